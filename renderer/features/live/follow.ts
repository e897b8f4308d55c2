/**
 * The transcript's decisions, kept pure so that they can be tested without a browser: whether the
 * recorder is reading the newest entries (then new ones are followed) or has scrolled up to read
 * (then they are counted, not scrolled to); where the arrow keys go. Which entries are rendered is
 * hooks/windowRows.ts's rule, shared with the other windowed lists.
 */

/** How far above the very bottom still counts as "at the newest" (a wheel notch, a pixel rounding). */
export const FOLLOW_SLACK_PX = 48;

export interface ScrollBox {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

export function atNewest({ scrollTop, scrollHeight, clientHeight }: ScrollBox): boolean {
  return scrollHeight - scrollTop - clientHeight <= FOLLOW_SLACK_PX;
}

/**
 * The entries added after `seenId`, the newest entry shown when the recorder scrolled up. None
 * when that entry is gone (deleted): the count would be a guess.
 */
export function newBelow(ids: readonly string[], seenId: string | null): number {
  const seen = seenId === null ? -1 : ids.lastIndexOf(seenId);
  return seen < 0 ? 0 : ids.length - 1 - seen;
}

export type Move = 'previousEntry' | 'nextEntry' | 'firstEntry' | 'lastEntry';

/** The entry a move leads to, from `index` among `count` (it stops at either end). */
export function moveTo(move: Move, index: number, count: number): number {
  if (count === 0) return -1;
  switch (move) {
    case 'previousEntry':
      return Math.max(0, index - 1);
    case 'nextEntry':
      return Math.min(count - 1, index + 1);
    case 'firstEntry':
      return 0;
    case 'lastEntry':
      return count - 1;
  }
}

/** The active entry's index: the one chosen if it is still there, else the newest. */
export function activeIndex(ids: readonly string[], activeId: string | null): number {
  const index = activeId === null ? -1 : ids.indexOf(activeId);
  return index >= 0 ? index : ids.length - 1;
}

/** Where the active entry goes when it is deleted: the next one, or the previous at the end. */
export function afterRemoval(ids: readonly string[], removed: number): string | null {
  return ids[removed + 1] ?? ids[removed - 1] ?? null;
}
