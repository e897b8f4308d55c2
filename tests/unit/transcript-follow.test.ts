/**
 * The transcript's pure decisions (renderer/features/live/follow.ts): when the recorder counts as
 * reading the newest entries, how many came below while they read further up, which entries are
 * rendered, and where the keys move.
 */
import { describe, expect, it } from 'vitest';
import {
  activeIndex,
  afterRemoval,
  atNewest,
  FOLLOW_SLACK_PX,
  moveTo,
  newBelow,
} from '../../renderer/features/live/follow';
import { RENDER_ALL_UP_TO, rowsToRender } from '../../renderer/hooks/windowRows';

describe('following the newest entry', () => {
  it('counts the bottom, and a little above it, as at the newest', () => {
    expect(atNewest({ scrollTop: 600, scrollHeight: 1000, clientHeight: 400 })).toBe(true);
    expect(atNewest({ scrollTop: 600 - FOLLOW_SLACK_PX, scrollHeight: 1000, clientHeight: 400 })).toBe(true);
    expect(atNewest({ scrollTop: 599 - FOLLOW_SLACK_PX, scrollHeight: 1000, clientHeight: 400 })).toBe(false);
    // A column with less than a screenful is at its newest.
    expect(atNewest({ scrollTop: 0, scrollHeight: 300, clientHeight: 400 })).toBe(true);
  });

  it('counts the entries added after the newest one seen', () => {
    expect(newBelow(['a', 'b', 'c'], 'c')).toBe(0);
    expect(newBelow(['a', 'b', 'c', 'd', 'e'], 'c')).toBe(2);
    // Nothing seen yet, or the entry seen was deleted: no count rather than a wrong one.
    expect(newBelow(['a', 'b'], null)).toBe(0);
    expect(newBelow(['a', 'b'], 'x')).toBe(0);
  });
});

describe('the entries rendered', () => {
  const range = (startIndex: number, endIndex: number, count: number) => ({ startIndex, endIndex, overscan: 5, count });

  it('are all of a short item', () => {
    expect(rowsToRender(range(30, 39, 40), 39)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(rowsToRender(range(0, 5, RENDER_ALL_UP_TO), 0)).toHaveLength(RENDER_ALL_UP_TO);
  });

  it('are those in view with the overscan in a long item, in order', () => {
    expect(rowsToRender(range(100, 109, 2000), 105)).toEqual(Array.from({ length: 20 }, (_, i) => 95 + i));
    expect(rowsToRender(range(0, 9, 2000), 3)).toEqual(Array.from({ length: 15 }, (_, i) => i));
    expect(rowsToRender(range(1990, 1999, 2000), 1999)).toEqual(Array.from({ length: 15 }, (_, i) => 1985 + i));
  });

  it('hold the active entry (the Tab stop) wherever it is', () => {
    const rows = rowsToRender(range(100, 109, 2000), 1999);
    expect(rows.at(-1)).toBe(1999);
    expect(rows).toHaveLength(21);
    expect(rowsToRender(range(100, 109, 2000), 0)[0]).toBe(0);
  });
});

describe('the keys', () => {
  it('move one entry, or to either end, and stop there', () => {
    expect(moveTo('previousEntry', 3, 10)).toBe(2);
    expect(moveTo('previousEntry', 0, 10)).toBe(0);
    expect(moveTo('nextEntry', 3, 10)).toBe(4);
    expect(moveTo('nextEntry', 9, 10)).toBe(9);
    expect(moveTo('firstEntry', 7, 10)).toBe(0);
    expect(moveTo('lastEntry', 2, 10)).toBe(9);
    expect(moveTo('nextEntry', -1, 0)).toBe(-1);
  });

  it('start on the newest entry, and keep the one chosen while it is there', () => {
    expect(activeIndex(['a', 'b', 'c'], null)).toBe(2);
    expect(activeIndex(['a', 'b', 'c'], 'a')).toBe(0);
    expect(activeIndex(['a', 'c'], 'b')).toBe(1);
    expect(activeIndex([], null)).toBe(-1);
  });

  it('give a deleted entry’s place to the next one, or the previous one at the end', () => {
    expect(afterRemoval(['a', 'b', 'c'], 1)).toBe('c');
    expect(afterRemoval(['a', 'b', 'c'], 2)).toBe('b');
    expect(afterRemoval(['a'], 0)).toBeNull();
  });
});
