/**
 * Focus for small lists inside a section (an item's attachments, the approval boxes), whose rows
 * appear or go when the live query answers after a write: the wanted control is focused on the
 * first render that has it. Controls are found by `data-field` and their place among those of the
 * same field; place -1 means the list's own add button (`data-field` given as `fallback`).
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useFocusLater<T extends HTMLElement>(field: string, fallback: string) {
  const containerRef = useRef<T>(null);
  const wanted = useRef<number | null>(null);
  const tryFocus = useCallback(() => {
    const place = wanted.current;
    const container = containerRef.current;
    if (place === null || !container) return;
    const target =
      place < 0
        ? container.querySelector<HTMLElement>(`[data-field="${fallback}"]`)
        : container.querySelectorAll<HTMLElement>(`[data-field="${field}"]`)[place];
    if (target) {
      target.focus();
      wanted.current = null;
    }
  }, [field, fallback]);
  // After every render: the wanted control may have just appeared.
  useLayoutEffect(tryFocus);
  return {
    containerRef,
    /** Focus the control at `place` (-1: the add button), now or once it is drawn. */
    focusLater: (place: number) => {
      wanted.current = place;
      tryFocus();
    },
    /** Before row `index` of `count` goes: the row taking its place, the one above, or the add button. */
    focusAfterRemoving: (index: number, count: number) => {
      wanted.current = count > 1 ? Math.min(index, count - 2) : -1;
    },
  };
}
