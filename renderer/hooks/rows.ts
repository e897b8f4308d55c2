/**
 * The behaviour shared by the row lists (roster, agenda, action items): adding a row and putting
 * the focus in it, moving a row (also with Alt+↑ / Alt+↓, safe for IME input) with the focus kept
 * on it, removing a row with an offer to undo and the focus on its neighbour. Focus needs care: a
 * row added a moment ago appears when its live query answers, and a row that moved was
 * re-inserted by React, which makes the browser drop the focus. (Long lists are windowed by
 * components/RowList.tsx; rows carry their position so that all of this holds there too.)
 */
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { shortcutFor } from './keys';
import { offerUndo } from './undo';

/** Alt+↑ / Alt+↓ (domain/shortcuts.ts): -1 or +1, or 0 for any other key. */
export function reorderDirection(event: KeyboardEvent): -1 | 0 | 1 {
  const command = shortcutFor(event, 'editorRow');
  return command === 'moveRowUp' ? -1 : command === 'moveRowDown' ? 1 : 0;
}

interface FocusRequest {
  rowId: string;
  /** `data-field` values to try in turn; the first enabled one gets the focus. */
  fields: string[];
}

function focusIn(list: HTMLElement | null, request: FocusRequest): boolean {
  const row = list?.querySelector<HTMLElement>(`[data-row-id="${request.rowId}"]`);
  if (!row) return false;
  for (const field of request.fields) {
    const control = row.querySelector<HTMLElement>(`[data-field="${field}"]`);
    if (control && !(control as HTMLButtonElement).disabled) {
      control.focus();
      return true;
    }
  }
  return false;
}

export function useRowFocus(listRef: RefObject<HTMLElement | null>) {
  const pending = useRef<FocusRequest | null>(null);

  // After every render: the wanted row may have just appeared or moved.
  useLayoutEffect(() => {
    const request = pending.current;
    if (request && focusIn(listRef.current, request)) pending.current = null;
  });

  /** Focuses the row's control as soon as the row is rendered (a new row). */
  const focusRow = useCallback(
    (rowId: string, fields: string[]) => {
      const request = { rowId, fields };
      pending.current = focusIn(listRef.current, request) ? null : request;
    },
    [listRef],
  );

  /** Keeps the focus on the control that has it now, for after the row moves. */
  const keepFocus = useCallback((rowId: string) => {
    const active = document.activeElement as HTMLElement | null;
    const field = active?.dataset.field;
    pending.current = { rowId, fields: [...(field ? [field] : []), 'moveUp', 'moveDown', 'name', 'title'] };
  }, []);

  /**
   * Before the row at `index` goes: focus `field` of the row that takes its place (or the one
   * above), else the element `fallbackId`. Rows carry their list position in `data-index`, which
   * holds in a windowed list too, where DOM order starts at the first row on screen.
   */
  const focusNeighbour = useCallback(
    (index: number, field: string, fallbackId: string) => {
      const row = (at: number) => listRef.current?.querySelector<HTMLElement>(`[data-index="${at}"]`);
      const next = row(index + 1) ?? row(index - 1);
      (next?.querySelector<HTMLElement>(`[data-field="${field}"]`) ?? document.getElementById(fallbackId))?.focus();
    },
    [listRef],
  );

  return { focusRow, keepFocus, focusNeighbour };
}

/** Scrolls the end of a list into view, so that a row just added at its end gets rendered. */
function revealListEnd(list: HTMLElement | null): void {
  if (!list) return;
  const bottom = list.getBoundingClientRect().bottom;
  if (bottom > window.innerHeight) window.scrollBy(0, bottom - window.innerHeight + 80);
}

/** What a section tells useOrderedRows: its repository's functions and how its rows are named. */
interface OrderedRows<Row extends { id: string }, Removed> {
  /** The `data-field` of the control focused in a new row, or in the row taking a removed one's place. */
  firstField: string;
  /** The add button's id: it gets the focus when the last row goes. */
  addButtonId: string;
  add: () => Promise<string>;
  move: (id: string, to: number) => Promise<void>;
  remove: (id: string) => Promise<Removed | null>;
  restore: (removed: Removed) => Promise<void>;
  /** What the offer to undo says of a removed row. */
  removedMessage: (row: Row) => string;
}

/**
 * An ordered list of rows kept by a repository (roster, agenda). The callbacks keep their identity
 * from render to render, so that memoised rows are not drawn again when another row changes.
 */
export function useOrderedRows<Row extends { id: string }, Removed>(options: OrderedRows<Row, Removed>) {
  const listRef = useRef<HTMLOListElement>(null);
  const { focusRow, keepFocus, focusNeighbour } = useRowFocus(listRef);
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  const onMove = useCallback(
    (id: string, to: number) => {
      keepFocus(id);
      void latest.current.move(id, to);
    },
    [keepFocus],
  );

  const onRemove = useCallback(
    (row: Row, index: number) => {
      const { firstField, addButtonId, remove, restore, removedMessage } = latest.current;
      // Named as shown now: once removed, an agenda item's number is another item's.
      const message = removedMessage(row);
      focusNeighbour(index, firstField, addButtonId);
      void remove(row.id).then((removed) => {
        if (removed) offerUndo(message, () => restore(removed));
      });
    },
    [focusNeighbour],
  );

  const add = useCallback(async () => {
    const id = await latest.current.add();
    revealListEnd(listRef.current);
    focusRow(id, [latest.current.firstField]);
  }, [focusRow]);

  return { listRef, focusRow, onMove, onRemove, add };
}

/**
 * For memo() on list rows: props equal by identity, except the row's data, which a live query
 * hands over as a new object on every change anywhere in the list, compared field by field.
 */
export function sameRowProps(a: object, b: object): boolean {
  const keys = Object.keys(a) as (keyof typeof a)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key] as unknown;
    const y = b[key] as unknown;
    return (
      Object.is(x, y) || (typeof x === 'object' && typeof y === 'object' && x !== null && y !== null && sameRow(x, y))
    );
  });
}

/** Shallow equality of two rows, so a memoised row re-renders only when its own data changed. */
function sameRow(a: object, b: object): boolean {
  const ak = Object.keys(a) as (keyof typeof a)[];
  if (ak.length !== Object.keys(b).length) return false;
  return ak.every((key) => {
    const x = a[key] as unknown;
    const y = b[key] as unknown;
    if (x === y) return true;
    return typeof x === 'object' && typeof y === 'object' && x !== null && y !== null
      ? JSON.stringify(x) === JSON.stringify(y)
      : false;
  });
}
