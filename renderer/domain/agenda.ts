/**
 * Numbering of agenda items as each language does it in practice: Korean minutes count each kind
 * on its own, in agenda order (보고 1, 심의 1, 심의 2 …); English ones number the items in one
 * sequence (Item 1, Item 2, Item 3 …), so that the third item is never called the second. The
 * locale says which (record.json `numbering`) and gives the words.
 */
import type { AgendaItem, AgendaKind } from './model';

/** `byKind`: 보고 1, 심의 1, 심의 2; anything else (`sequence`): 1, 2, 3 whatever the kind. */
export function itemNumbers(items: readonly Pick<AgendaItem, 'id' | 'kind'>[], numbering: string): Map<string, number> {
  const counters = new Map<AgendaKind | 'all', number>();
  const numbers = new Map<string, number>();
  for (const item of items) {
    const counter = numbering === 'byKind' ? item.kind : 'all';
    const next = (counters.get(counter) ?? 0) + 1;
    counters.set(counter, next);
    numbers.set(item.id, next);
  }
  return numbers;
}

/** Moves the element at `from` to `to` (both clamped), returning a new array. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved as T);
  return next;
}
