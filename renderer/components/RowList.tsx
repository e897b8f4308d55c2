/**
 * An ordered list of editable rows. Short lists render every row. Long ones (a 500-name roster)
 * render only the rows near the viewport, plus a margin: Chromium's per-keystroke work grows with
 * the number of form controls in the page (measured in bench/typing: a page with 3,000 inputs
 * makes every keystroke several times slower), so thousands of off-screen inputs must not exist.
 * The rows keep their order and position for assistive technology (aria-setsize / aria-posinset),
 * and Tab still walks through them: focusing a row near the edge scrolls it in and renders more.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useState, type ReactNode, type Ref, type RefObject } from 'react';

export const WINDOW_FROM_ROWS = 60;

/** Scrolls the end of a list into view, so that a row just added at its end gets rendered. */
export function revealListEnd(list: HTMLElement | null): void {
  if (!list) return;
  const bottom = list.getBoundingClientRect().bottom;
  if (bottom > window.innerHeight) window.scrollBy(0, bottom - window.innerHeight + 80);
}

interface Props<T> {
  items: readonly T[];
  listRef: RefObject<HTMLOListElement | null>;
  labelledBy: string;
  /** Expected row height in pixels, before rows are measured. */
  estimateSize: number;
  renderRow: (item: T, index: number, position: { measureRef?: Ref<HTMLLIElement>; windowed: boolean }) => ReactNode;
}

export function RowList<T>({ items, listRef, labelledBy, estimateSize, renderRow }: Props<T>) {
  return items.length >= WINDOW_FROM_ROWS ? (
    <WindowedRows
      items={items}
      listRef={listRef}
      labelledBy={labelledBy}
      estimateSize={estimateSize}
      renderRow={renderRow}
    />
  ) : (
    <ol className="rows" ref={listRef} aria-labelledby={labelledBy}>
      {items.map((item, index) => renderRow(item, index, { windowed: false }))}
    </ol>
  );
}

function WindowedRows<T>({ items, listRef, labelledBy, estimateSize, renderRow }: Props<T>) {
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the list starts in the page moves when anything above it grows or shrinks.
  useLayoutEffect(() => {
    const measure = () => {
      const list = listRef.current;
      if (list) setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [listRef]);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimateSize,
    overscan: 10,
    scrollMargin,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  return (
    <ol
      className="rows"
      ref={listRef}
      aria-labelledby={labelledBy}
      style={{
        paddingTop: first ? first.start - scrollMargin : 0,
        paddingBottom: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0,
      }}
    >
      {rows.map((row) => {
        const item = items[row.index];
        return item === undefined
          ? null
          : renderRow(item, row.index, { measureRef: virtualizer.measureElement, windowed: true });
      })}
    </ol>
  );
}
