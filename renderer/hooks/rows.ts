/**
 * Helpers shared by the row lists (roster, agenda, action items): keyboard reordering that is safe
 * for IME input, and putting the focus on a control of a given row once that row is on screen: a
 * row added a moment ago appears when its live query answers, and a row that moved was re-inserted
 * by React, which makes the browser drop the focus.
 */
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { shortcutFor } from './keys';

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
