/**
 * Helpers shared by the roster and the agenda: keyboard reordering that is safe for IME input,
 * and keeping the focus on the same control when its row moves (React moves the row's DOM node,
 * which makes the browser drop focus).
 */
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/** True while an IME composition is in progress: such a key event belongs to the IME. */
export function isComposing(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/** Alt+↑ / Alt+↓: -1 or +1, or 0 for any other key. */
export function reorderDirection(event: KeyboardEvent): -1 | 0 | 1 {
  if (isComposing(event) || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
  if (event.key === 'ArrowUp') return -1;
  if (event.key === 'ArrowDown') return 1;
  return 0;
}

/**
 * Remembers which control of which row had focus before a move, and focuses it again once the
 * list has been re-rendered in its new order.
 */
export function useKeepFocus(listRef: RefObject<HTMLElement | null>, order: unknown) {
  const pending = useRef<{ rowId: string; field: string } | null>(null);

  useLayoutEffect(() => {
    const wanted = pending.current;
    if (!wanted) return;
    pending.current = null;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-row-id="${wanted.rowId}"]`);
    const candidates = [wanted.field, 'moveUp', 'moveDown', 'name', 'title'];
    for (const field of candidates) {
      const control = row?.querySelector<HTMLElement>(`[data-field="${field}"]`);
      if (control && !(control as HTMLButtonElement).disabled) {
        control.focus();
        return;
      }
    }
  }, [listRef, order]);

  return useCallback((rowId: string) => {
    const active = document.activeElement as HTMLElement | null;
    pending.current = { rowId, field: active?.dataset.field ?? 'moveUp' };
  }, []);
}

/** Shallow equality of two rows, so a memoised row re-renders only when its own data changed. */
export function sameRow(a: object, b: object): boolean {
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
