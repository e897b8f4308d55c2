/** Agenda numbering, by kind or in one sequence, and moving items (renderer/domain/agenda.ts). */
import { describe, expect, it } from 'vitest';
import { itemNumbers, moveItem } from '../../renderer/domain/agenda';
import { labelsFor } from '../../renderer/export/docx/labels';

describe('agenda numbering and moves', () => {
  const items = [
    { id: 'a', kind: 'report' as const },
    { id: 'b', kind: 'deliberation' as const },
    { id: 'c', kind: 'deliberation' as const },
    { id: 'd', kind: 'other' as const },
    { id: 'e', kind: 'deliberation' as const },
  ];

  it('numbers each kind on its own, in order (Korean: 보고 1, 심의 1, 심의 2)', () => {
    expect([...itemNumbers(items, 'byKind')]).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 2],
      ['d', 1],
      ['e', 3],
    ]);
  });

  it('numbers all items in one sequence, whatever their kind (English: Item 1, Item 2, Item 3)', () => {
    expect([...itemNumbers(items, 'sequence')]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
      ['e', 5],
    ]);
  });

  it('labels the items in the language of the labels', () => {
    expect([...labelsFor('ko').itemNumbers(items).values()]).toEqual([
      '보고 1',
      '심의 1',
      '심의 2',
      '기타 1',
      '심의 3',
    ]);
    expect([...labelsFor('en').itemNumbers(items).values()]).toEqual([
      'Item 1',
      'Item 2',
      'Item 3',
      'Item 4',
      'Item 5',
    ]);
  });

  it('moves and clamps', () => {
    expect(moveItem([1, 2, 3, 4], 0, 2)).toEqual([2, 3, 1, 4]);
    expect(moveItem([1, 2, 3, 4], 3, -5)).toEqual([4, 1, 2, 3]);
    expect(moveItem([1, 2, 3], 1, 99)).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 7, 0)).toEqual([1, 2, 3]);
  });
});
