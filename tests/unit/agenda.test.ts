/** Agenda numbering by kind and moving items (renderer/domain/agenda.ts). */
import { describe, expect, it } from 'vitest';
import { kindNumbers, moveItem } from '../../renderer/domain/agenda';

describe('agenda numbering and moves', () => {
  it('numbers each kind on its own, in order', () => {
    const items = [
      { id: 'a', kind: 'report' as const },
      { id: 'b', kind: 'deliberation' as const },
      { id: 'c', kind: 'deliberation' as const },
      { id: 'd', kind: 'other' as const },
      { id: 'e', kind: 'deliberation' as const },
    ];
    expect([...kindNumbers(items)]).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 2],
      ['d', 1],
      ['e', 3],
    ]);
  });

  it('moves and clamps', () => {
    expect(moveItem([1, 2, 3, 4], 0, 2)).toEqual([2, 3, 1, 4]);
    expect(moveItem([1, 2, 3, 4], 3, -5)).toEqual([4, 1, 2, 3]);
    expect(moveItem([1, 2, 3], 1, 99)).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 7, 0)).toEqual([1, 2, 3]);
  });
});
