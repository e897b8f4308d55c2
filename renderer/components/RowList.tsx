/**
 * An ordered list of editable rows (roster, agenda), and the shell of one row. Short lists render
 * every row. Long ones (a 500-name roster) render only the rows near the viewport, plus a margin:
 * Chromium's per-keystroke work grows with the number of form controls in the page (measured in
 * bench/typing: a page with 3,000 inputs makes every keystroke several times slower), so
 * thousands of off-screen inputs must not exist. The rows keep their order and position for
 * assistive technology (aria-setsize / aria-posinset), and Tab still walks through them: focusing
 * a row near the edge scrolls it in and renders more.
 */
import { type CSSProperties, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../hooks/readOnly';
import { reorderDirection } from '../hooks/rows';
import { RENDER_ALL_UP_TO, useWindowRows } from '../hooks/windowRows';
import { IconButton, MoveButtons } from './IconButton';

/** Where a row stands in its list. */
export interface RowPlace {
  index: number;
  total: number;
  /** In a windowed list the row is measured, and tells assistive technology its position. */
  windowed: boolean;
  measureRef?: ((node: HTMLLIElement | null) => void) | undefined;
}

interface Props<T> {
  items: readonly T[];
  listRef: RefObject<HTMLOListElement | null>;
  labelledBy: string;
  /** Expected row height in pixels, before rows are measured. */
  estimateSize: number;
  renderRow: (item: T, place: RowPlace) => ReactNode;
}

export function RowList<T>({ items, listRef, labelledBy, estimateSize, renderRow }: Props<T>) {
  return items.length > RENDER_ALL_UP_TO ? (
    <WindowedRows
      items={items}
      listRef={listRef}
      labelledBy={labelledBy}
      estimateSize={estimateSize}
      renderRow={renderRow}
    />
  ) : (
    <ol className="rows" ref={listRef} aria-labelledby={labelledBy}>
      {items.map((item, index) => renderRow(item, { index, total: items.length, windowed: false }))}
    </ol>
  );
}

function WindowedRows<T>({ items, listRef, labelledBy, estimateSize, renderRow }: Props<T>) {
  const { virtualizer, scrollMargin } = useWindowRows({ count: items.length, estimateSize, listRef });
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
          : renderRow(item, {
              index: row.index,
              total: items.length,
              windowed: true,
              measureRef: virtualizer.measureElement,
            });
      })}
    </ol>
  );
}

/**
 * One row of an ordered list: it carries its id and position (the focus helpers of hooks/rows.ts
 * find rows by them), and moves with Alt+↑ / Alt+↓ unless this window is read-only.
 */
export function RowShell({
  rowId,
  place,
  className,
  style,
  nodeRef,
  onMove,
  children,
}: {
  rowId: string;
  place: RowPlace;
  className: string;
  style?: CSSProperties;
  /** Another ref for the row's element (a drag-and-drop node). */
  nodeRef?: (node: HTMLLIElement | null) => void;
  onMove: (id: string, to: number) => void;
  children: ReactNode;
}) {
  const readOnly = useReadOnly();
  const { index, total, windowed, measureRef } = place;
  return (
    <li
      className={className}
      style={style}
      ref={
        nodeRef
          ? (node) => {
              nodeRef(node);
              measureRef?.(node);
            }
          : measureRef
      }
      data-index={index}
      data-row-id={rowId}
      aria-setsize={windowed ? total : undefined}
      aria-posinset={windowed ? index + 1 : undefined}
      onKeyDown={(event) => {
        const direction = readOnly ? 0 : reorderDirection(event);
        if (direction === 0) return;
        event.preventDefault();
        onMove(rowId, index + direction);
      }}
    >
      {children}
    </li>
  );
}

/** A row's Move up / Move down, its own buttons (`children`), and Remove. */
export function RowActions<Row extends { id: string }>({
  row,
  place,
  onMove,
  onRemove,
  removeLabel,
  children,
}: {
  row: Row;
  place: RowPlace;
  onMove: (id: string, to: number) => void;
  onRemove: (row: Row, index: number) => void;
  removeLabel: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('editor');
  return (
    <div className="row-actions">
      <MoveButtons
        index={place.index}
        total={place.total}
        onMove={(to) => onMove(row.id, to)}
        labels={{ up: t('moveUp'), down: t('moveDown') }}
      />
      {children}
      <IconButton icon="✕" danger label={removeLabel} data-field="remove" onClick={() => onRemove(row, place.index)} />
    </div>
  );
}
