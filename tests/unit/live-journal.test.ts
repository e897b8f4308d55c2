/**
 * The live journal's writes over IndexedDB (fake-indexeddb): each operation in one transaction
 * with the journal mark, so that a replay never applies one twice; an entry's item read inside
 * that transaction; writes kept aside never coming back over newer ones.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAgendaItem, listAgenda } from '../../renderer/data/agenda';
import { db } from '../../renderer/data/db';
import { addAttendee, listAttendees } from '../../renderer/data/attendees';
import { listMeetingEntries } from '../../renderer/data/entries';
import { listMeetingEvents, removeEvent, restoreEvent } from '../../renderer/data/procedure';
import { pendingWrites, replayPendingWrites } from '../../renderer/data/fallback';
import {
  appliedSeq,
  applyLiveOp,
  NoItemError,
  readJournal,
  saveField,
  storedField,
  writeJournal,
  type JournaledOp,
  type LiveOp,
} from '../../renderer/data/liveJournal';
import { createMeeting, deleteMeeting, getMeeting } from '../../renderer/data/meetings';
import { ReadOnlyWindowError, setWritable } from '../../renderer/data/writer';

/** Node has no localStorage; the journal and the kept-aside writes live there in a browser. */
class MemoryStorage {
  private readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, String(value));
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  clear() {
    this.map.clear();
  }
}
Object.assign(globalThis, { localStorage: new MemoryStorage() });

beforeEach(async () => {
  localStorage.clear();
  setWritable(true);
  await db().delete({ disableAutoOpen: false });
});

async function meeting() {
  const meetingId = await createMeeting('ko', { title: '회의' });
  const items = [
    await addAgendaItem(meetingId, { kind: 'report', title: '보고' }),
    await addAgendaItem(meetingId, { title: '심의 1' }),
    await addAgendaItem(meetingId, { title: '심의 2' }),
  ];
  return { meetingId, items };
}

let seq = 0;
/** Numbered and timed like the recorder's: by the wall clock, as kept-aside writes are. */
function op(body: LiveOp): JournaledOp {
  seq += 1;
  return { seq, at: Date.now() + seq, ...body } as JournaledOp;
}
function entry(text: string, speakerId: string | null = null): LiveOp {
  return { type: 'entry', entryId: crypto.randomUUID(), itemId: null, text, speakerId, speakerName: '' };
}

describe('applying live operations', () => {
  it('files an entry under the item current when its turn comes, and numbers entries in order', async () => {
    const { meetingId, items } = await meeting();
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'start' } }));
    await applyLiveOp(meetingId, op(entry('하나')));
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'next' } }));
    const second = op(entry('둘', 'a1'));
    await applyLiveOp(meetingId, second);
    const stored = await listMeetingEntries(meetingId);
    expect(stored.map((e) => [e.seq, e.agendaItemId, e.kind, e.text])).toEqual([
      [1, items[0], 'note', '하나'],
      [2, items[1], 'statement', '둘'],
    ]);
    expect(stored[1]!.createdAt).toBe(second.at);
  });

  it('applies an operation once: a replay at or below the mark is skipped', async () => {
    const { meetingId } = await meeting();
    const start = op({ type: 'session', action: { type: 'start' } });
    const first = op(entry('한 번만'));
    const next = op({ type: 'session', action: { type: 'next' } });
    expect(await applyLiveOp(meetingId, start)).toBe(true);
    expect(await applyLiveOp(meetingId, first)).toBe(true);
    expect(await applyLiveOp(meetingId, next)).toBe(true);
    expect(await applyLiveOp(meetingId, first)).toBe(false);
    expect(await applyLiveOp(meetingId, next)).toBe(false);
    expect((await listMeetingEntries(meetingId)).map((e) => e.text)).toEqual(['한 번만']);
    expect((await listAgenda(meetingId)).map((i) => i.takenOrder)).toEqual([1, 2, null]);
    expect(await appliedSeq(meetingId)).toBe(next.seq);
  });

  it('writes the procedure into the record where it happened; removing a line gives back the stamps before it', async () => {
    const { meetingId, items } = await meeting();
    const late = await addAttendee(meetingId, { name: '정윤석', role: '위원', attendance: 'absent' });
    const leaving = await addAttendee(meetingId, { name: '김철수', role: '위원' });
    await applyLiveOp(meetingId, op({ type: 'presence', attendeeId: late })); // before the opening: no line
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'start' } }));
    await applyLiveOp(meetingId, op(entry('하나')));
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'next' } }));
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'recess' } }));
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'resume' } }));
    await applyLiveOp(meetingId, op(entry('둘')));
    const left = op({ type: 'presence', attendeeId: leaving });
    await applyLiveOp(meetingId, left);
    // Entries stay what was said; each event sits after the entry recorded before it.
    expect((await listMeetingEntries(meetingId)).map((e) => [e.seq, e.text])).toEqual([
      [1, '하나'],
      [2, '둘'],
    ]);
    const events = await listMeetingEvents(meetingId);
    expect(events.map((e) => [e.agendaItemId, e.type, e.afterSeq, e.attendeeId])).toEqual([
      [items[0], 'opened', 0, null],
      [items[0], 'takenUp', 0, null],
      [items[1], 'takenUp', 1, null],
      [items[1], 'recessed', 1, null],
      [items[1], 'resumed', 1, null],
      [items[1], 'left', 2, leaving],
    ]);
    const stamps = async () =>
      (await listAttendees(meetingId)).map((a) => [a.name, a.attendance, a.arrivedAt !== null, a.leftAt]);
    expect(await stamps()).toEqual([
      ['정윤석', 'late', true, null],
      ['김철수', 'left', false, left.at],
    ]);
    expect((await getMeeting(meetingId))?.recesses).toHaveLength(1);

    // The departure and the recess taken out of the record: the stamps follow; undo restores them.
    const removed = [
      await removeEvent(events.find((e) => e.type === 'left')!),
      await removeEvent(events.find((e) => e.type === 'recessed')!),
    ];
    expect(await stamps()).toEqual([
      ['정윤석', 'late', true, null],
      ['김철수', 'present', false, null],
    ]);
    expect((await getMeeting(meetingId))?.recesses).toEqual([]);
    for (const event of removed) await restoreEvent(event!);
    expect((await stamps())[1]).toEqual(['김철수', 'left', false, left.at]);
    expect((await getMeeting(meetingId))?.recesses).toHaveLength(1);
  });

  it('a step past the last item, or a second start, does nothing (keys faster than the screen)', async () => {
    const { meetingId, items } = await meeting();
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'start' } }));
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'start' } }));
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'previous' } }));
    for (let i = 0; i < 4; i++) await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'next' } }));
    expect((await getMeeting(meetingId))?.currentItemId).toBe(items[2]);
  });

  it('adds an unplanned item at the end of the agenda and takes it up, in one operation', async () => {
    const { meetingId } = await meeting();
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'start' } }));
    const itemId = crypto.randomUUID();
    await applyLiveOp(meetingId, op({ type: 'unplanned', itemId, title: '기타 안건' }));
    await applyLiveOp(meetingId, op(entry('기타 발언')));
    const agenda = await listAgenda(meetingId);
    expect(agenda.at(-1)).toMatchObject({ id: itemId, order: 3, kind: 'other', unplanned: true, takenOrder: 2 });
    expect((await getMeeting(meetingId))?.currentItemId).toBe(itemId);
    expect((await listMeetingEntries(meetingId))[0]?.agendaItemId).toBe(itemId);
  });

  it('after the meeting, an entry goes under the item browsed; with no item at all it is refused', async () => {
    const { meetingId, items } = await meeting();
    await expect(applyLiveOp(meetingId, op(entry('시작 전')))).rejects.toBeInstanceOf(NoItemError);
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'start' } }));
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'end' } }));
    await applyLiveOp(meetingId, op(entry('끝난 직후')));
    await applyLiveOp(meetingId, op({ ...entry('보충'), itemId: items[2]! } as LiveOp));
    expect((await listMeetingEntries(meetingId)).map((e) => [e.agendaItemId, e.text])).toEqual([
      [items[0], '끝난 직후'],
      [items[2], '보충'],
    ]);
  });

  it('an entry clears the stored draft, and a draft kept aside before it never comes back', async () => {
    const { meetingId } = await meeting();
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'start' } }));
    // The disk is full while the draft is typed: the draft is kept aside.
    setWritable(false);
    await expect(
      saveField(meetingId, { text: '입력 중', speakerId: null, speakerName: '', updatedAt: Date.now() }),
    ).rejects.toBeInstanceOf(ReadOnlyWindowError);
    setWritable(true);
    expect(pendingWrites()).toHaveLength(1);
    expect((await storedField(meetingId))?.text).toBe('입력 중');
    await applyLiveOp(meetingId, op(entry('입력 중')));
    expect(pendingWrites()).toEqual([]);
    expect(await replayPendingWrites()).toBe(true);
    expect(await storedField(meetingId)).toBeNull();
  });

  it('a kept row never replaces one stored after it', async () => {
    const { meetingId } = await meeting();
    setWritable(false);
    await saveField(meetingId, { text: '옛 글', speakerId: null, speakerName: '', updatedAt: 10 }).catch(
      () => undefined,
    );
    setWritable(true);
    await db().drafts.put({
      meetingId,
      text: '새 글',
      speakerId: null,
      speakerName: '',
      updatedAt: 20,
    });
    expect(await replayPendingWrites()).toBe(true);
    expect((await storedField(meetingId))?.text).toBe('새 글');
  });

  it('a read-only window writes nothing', async () => {
    const { meetingId } = await meeting();
    setWritable(false);
    await expect(applyLiveOp(meetingId, op({ type: 'session', action: { type: 'start' } }))).rejects.toBeInstanceOf(
      ReadOnlyWindowError,
    );
    setWritable(true);
    expect((await getMeeting(meetingId))?.status).toBe('draft');
    expect(await appliedSeq(meetingId)).toBe(0);
  });

  it('deleting a meeting removes its journal and its mark', async () => {
    const { meetingId } = await meeting();
    await applyLiveOp(meetingId, op({ type: 'session', action: { type: 'start' } }));
    writeJournal(meetingId, { field: { text: '쓰던', speakerId: null, speakerName: '', updatedAt: 1 }, ops: [] });
    expect(readJournal(meetingId)?.field.text).toBe('쓰던');
    await deleteMeeting(meetingId);
    expect(readJournal(meetingId)).toBeNull();
    expect(await appliedSeq(meetingId)).toBe(0);
  });
});
