/**
 * Numbering of agenda items as it is done in practice: each kind is counted on its own, in agenda
 * order (보고 1, 심의 1, 심의 2 … / Report 1, Item 1, Item 2 …). The words come from the locale.
 */
import type { AgendaItem, AgendaKind } from './model';

export function kindNumbers(items: readonly Pick<AgendaItem, 'id' | 'kind'>[]): Map<string, number> {
  const counters = new Map<AgendaKind, number>();
  const numbers = new Map<string, number>();
  for (const item of items) {
    const next = (counters.get(item.kind) ?? 0) + 1;
    counters.set(item.kind, next);
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
