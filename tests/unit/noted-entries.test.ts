/**
 * The entries the transcript shows (renderer/features/live/notedEntries.ts): those stored, then
 * those noted with Enter and not stored yet, under the item they go to, each once.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../renderer/domain/model';
import { withNoted } from '../../renderer/features/live/notedEntries';
import type { EntryOp } from '../../renderer/features/live/recorder';

const stored = (id: string): Entry => ({
  id,
  meetingId: 'm1',
  agendaItemId: 'i1',
  seq: 1,
  kind: 'note',
  speakerId: null,
  speakerName: '',
  text: id,
  createdAt: 0,
  updatedAt: 0,
  history: [],
});

const noted = (entryId: string, at: number, itemId: string | null = null): EntryOp => ({
  type: 'entry',
  entryId,
  itemId,
  text: `noted ${entryId}`,
  speakerId: 'a1',
  speakerName: '',
  seq: at,
  at,
});

const live = { meetingId: 'm1', itemId: 'i1', currentSince: 100 };

describe('the entries shown', () => {
  it('are the stored ones, then the noted ones not stored yet, as entries of the item', () => {
    const shown = withNoted([stored('a'), stored('b')], [noted('b', 150), noted('c', 160)], live);
    expect(shown.map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
    expect(shown[2]).toMatchObject({ agendaItemId: 'i1', kind: 'statement', text: 'noted c', createdAt: 160 });
  });

  it('are the stored list itself when nothing noted is waiting', () => {
    const list = [stored('a'), stored('c')];
    expect(withNoted(list, [noted('c', 160)], live)).toBe(list);
    expect(withNoted(list, [], live)).toBe(list);
  });

  it('leave out entries noted before the live item was taken up: they went under an earlier one', () => {
    expect(withNoted([], [noted('x', 90), noted('y', 100)], live).map((entry) => entry.id)).toEqual(['y']);
    // An item browsed after the meeting shows only the entries noted under it.
    const browsed = { meetingId: 'm1', itemId: 'i2', currentSince: null };
    expect(withNoted([], [noted('x', 200), noted('z', 210, 'i2'), noted('w', 220, 'i3')], browsed)).toHaveLength(1);
  });
});
