/**
 * Windowed lists: a long list (a transcript of 2,000 entries, a roster of 500, years of meetings)
 * renders only the rows near the view, so that its cost does not grow with its length. One rule
 * says which rows are rendered (short lists render every row, and the row holding the focus or
 * the Tab stop is always rendered, wherever it is), and one hook windows a list that scrolls with
 * the page: the transcript scrolls in its own column and keeps its own virtualizer.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useState, type RefObject } from 'react';

/** Lists of up to this many rows render every row; longer ones only those near the view. */
export const RENDER_ALL_UP_TO = 60;

/**
 * The indexes to render: every one in a short list; otherwise the visible range with its overscan,
 * plus the active row wherever it is, so that a list's Tab stop (and the focus, when it is there)
 * never leaves the page.
 */
export function rowsToRender(
  range: { startIndex: number; endIndex: number; overscan: number; count: number },
  active: number,
): number[] {
  const { count } = range;
  const all = count <= RENDER_ALL_UP_TO;
  const start = all ? 0 : Math.max(0, range.startIndex - range.overscan);
  const end = all ? count - 1 : Math.min(count - 1, range.endIndex + range.overscan);
  const rows = Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => start + i);
  if (active >= 0 && active < count && (active < start || active > end)) {
    rows.push(active);
    rows.sort((a, b) => a - b);
  }
  return rows;
}

/**
 * A virtualizer for a list that scrolls with the page, starting where `listRef` is: rows are
 * measured once rendered (give each one `virtualizer.measureElement` and `data-index`). `active`
 * is the row kept rendered (-1 for none).
 */
export function useWindowRows({
  count,
  estimateSize,
  listRef,
  active = -1,
}: {
  count: number;
  estimateSize: number;
  listRef: RefObject<HTMLElement | null>;
  active?: number;
}) {
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
    count,
    estimateSize: () => estimateSize,
    overscan: 10,
    scrollMargin,
    rangeExtractor: (range) => rowsToRender(range, active),
  });
  return { virtualizer, scrollMargin };
}
