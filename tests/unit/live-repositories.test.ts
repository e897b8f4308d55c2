import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAgendaItem, listAgenda, removeAgendaItem, restoreAgendaItem, setVote } from '../../renderer/data/agenda';
import { addActionItem, listActionItems } from '../../renderer/data/actionItems';
import { db } from '../../renderer/data/db';
import {
  addEntry,
  countEntriesByItem,
  listItemEntries,
  removeEntry,
  restoreEntry,
  updateEntry,
} from '../../renderer/data/entries';
import { createMeeting, getMeeting } from '../../renderer/data/meetings';
import { applySessionAction } from '../../renderer/data/session';
import { saveField, storedField } from '../../renderer/data/liveJournal';

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

async function liveMeeting() {
  const meetingId = await createMeeting('ko', { title: '회의' });
  const first = await addAgendaItem(meetingId, { kind: 'report', title: '보고' });
  const second = await addAgendaItem(meetingId, { title: '심의' });
  await applySessionAction(meetingId, { type: 'start' }, 1000);
  return { meetingId, first, second };
}

describe('live session storage', () => {
  it('writes the meeting and the items of a transition together', async () => {
    const { meetingId, first, second } = await liveMeeting();
    await applySessionAction(meetingId, { type: 'next' }, 2000);
    expect(await getMeeting(meetingId)).toMatchObject({
      status: 'live',
      currentItemId: second,
      currentItemSince: 2000,
    });
    const items = await listAgenda(meetingId);
    expect(items.map((i) => [i.id, i.takenOrder, i.startedAt, i.endedAt])).toEqual([
      [first, 1, 1000, 2000],
      [second, 2, 2000, null],
    ]);
  });

  it('a transition that is not allowed changes nothing', async () => {
    const { meetingId } = await liveMeeting();
    await expect(applySessionAction(meetingId, { type: 'previous' }, 3000)).rejects.toThrow();
    expect((await listAgenda(meetingId)).map((i) => i.endedAt)).toEqual([null, null]);
  });

  it('committing an entry clears the draft in the same transaction, and numbers entries in order', async () => {
    const { meetingId, first } = await liveMeeting();
    await saveField(meetingId, { text: '입력 중', speakerId: null, speakerName: '', updatedAt: 1500 });
    expect((await storedField(meetingId))?.text).toBe('입력 중');
    await addEntry(meetingId, { agendaItemId: first, kind: 'note', speakerId: null, speakerName: '', text: '입력 중' });
    await addEntry(meetingId, { agendaItemId: first, kind: 'note', speakerId: null, speakerName: '', text: '둘째' });
    expect(await storedField(meetingId)).toBeNull();
    expect((await listItemEntries(first)).map((e) => [e.seq, e.text])).toEqual([
      [1, '입력 중'],
      [2, '둘째'],
    ]);
    expect(await countEntriesByItem(meetingId)).toEqual(new Map([[first, 2]]));
  });

  it('keeps the edit history of an entry: what it said before, who changed it and when', async () => {
    const { meetingId, first } = await liveMeeting();
    const id = await addEntry(meetingId, {
      agendaItemId: first,
      kind: 'note',
      speakerId: null,
      speakerName: '',
      text: '원문',
    });
    await updateEntry(id, { text: '첫 수정' }, '오서기', 5000);
    await updateEntry(id, { text: '첫 수정' }, '오서기', 6000);
    await updateEntry(id, { text: '둘째 수정', speakerName: '방청인', kind: 'statement' }, '박춘배', 7000);
    const [entry] = await listItemEntries(first);
    expect(entry).toMatchObject({ text: '둘째 수정', speakerName: '방청인', kind: 'statement', updatedAt: 7000 });
    expect(entry!.history).toEqual([
      { kind: 'note', speakerId: null, speakerName: '', text: '원문', replacedAt: 5000, replacedBy: '오서기' },
      { kind: 'note', speakerId: null, speakerName: '', text: '첫 수정', replacedAt: 7000, replacedBy: '박춘배' },
    ]);
  });

  it('an empty draft is removed rather than stored', async () => {
    const { meetingId } = await liveMeeting();
    await saveField(meetingId, { text: 'x', speakerId: null, speakerName: '', updatedAt: 1 });
    await saveField(meetingId, { text: '', speakerId: null, speakerName: '', updatedAt: 2 });
    expect(await storedField(meetingId)).toBeNull();
  });

  it('deletes and restores an entry', async () => {
    const { meetingId, first } = await liveMeeting();
    const id = await addEntry(meetingId, {
      agendaItemId: first,
      kind: 'note',
      speakerId: null,
      speakerName: '',
      text: 'a',
    });
    const removed = await removeEntry(id);
    expect(await listItemEntries(first)).toEqual([]);
    await restoreEntry(removed!);
    expect((await listItemEntries(first)).map((e) => e.text)).toEqual(['a']);
  });

  it('removing an agenda item takes its entries and action items along, and undo brings all back', async () => {
    const { meetingId, first } = await liveMeeting();
    await addEntry(meetingId, { agendaItemId: first, kind: 'note', speakerId: null, speakerName: '', text: 'a' });
    await addActionItem(meetingId, first, { text: '조치' });
    const removed = await removeAgendaItem(first);
    expect(await listItemEntries(first)).toEqual([]);
    expect(await listActionItems(meetingId)).toEqual([]);
    expect((await getMeeting(meetingId))?.currentItemId).toBeNull();
    await restoreAgendaItem(removed!);
    expect((await listItemEntries(first)).map((e) => e.text)).toEqual(['a']);
    expect((await listActionItems(meetingId)).map((a) => a.text)).toEqual(['조치']);
    expect((await listAgenda(meetingId)).map((i) => i.id)[0]).toBe(first);
  });
});

describe('votes', () => {
  it('saves each count on its own, so counts typed one after another never undo each other', async () => {
    const { meetingId, second } = await liveMeeting();
    // All three saves start before any finishes, as when For, Against and Abstain are typed fast.
    await Promise.all([setVote(second, 'for', 4), setVote(second, 'against', 0), setVote(second, 'abstain', 1)]);
    expect((await listAgenda(meetingId)).find((i) => i.id === second)?.votes).toEqual({
      for: 4,
      against: 0,
      abstain: 1,
    });
  });
});
