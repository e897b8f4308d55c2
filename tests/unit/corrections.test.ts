import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAgendaItem } from '../../renderer/data/agenda';
import { approveMinutes, unlockMinutes } from '../../renderer/data/approval';
import { db } from '../../renderer/data/db';
import { addEntry, listItemEntries, listMeetingEntries, updateEntry } from '../../renderer/data/entries';
import { createMeeting, deleteMeeting, getMeeting } from '../../renderer/data/meetings';
import { applySessionAction } from '../../renderer/data/session';
import {
  correctionOf,
  earlierVersions,
  onSameDay,
  readClockTime,
  type CorrectionForm,
} from '../../renderer/domain/corrections';
import { blankAttendee } from '../../renderer/data/attendees';
import type { Attendee, Entry } from '../../renderer/domain/model';

const roster: Attendee[] = [
  { name: '김종석', role: '부시장' },
  { name: '박춘배', role: '위원장' },
].map((person, order) => ({ ...blankAttendee('m', order, person), id: `a${order}` }));

// 2021-11-23 10:41:17.250, local time.
const STAMP = new Date(2021, 10, 23, 10, 41, 17, 250).getTime();

const entry: Entry = {
  id: 'e',
  meetingId: 'm',
  agendaItemId: 'i1',
  seq: 3,
  kind: 'statement',
  speakerId: 'a1',
  speakerName: '',
  text: '보고하겠습니다.',
  createdAt: STAMP,
  updatedAt: STAMP,
  history: [],
};

function form(changes: Partial<CorrectionForm> = {}): CorrectionForm {
  return {
    text: entry.text,
    speakerId: entry.speakerId,
    speakerName: entry.speakerName,
    time: '10:41',
    agendaItemId: entry.agendaItemId,
    ...changes,
  };
}

describe('what a correction changes', () => {
  it('nothing, when the fields are as shown: the stamp keeps its seconds', () => {
    expect(correctionOf(entry, form(), roster)).toEqual({ changes: {} });
  });

  it('the speaker by `@name` at the start of the text, read as when an entry is added, the mention removed', () => {
    expect(correctionOf(entry, form({ text: '@부시장 보고하겠습니다.' }), roster)).toEqual({
      changes: { speakerId: 'a0', speakerName: '' },
    });
    expect(correctionOf(entry, form({ text: '@김종 보고드립니다.' }), roster)).toEqual({
      changes: { text: '보고드립니다.', speakerId: 'a0', speakerName: '' },
    });
    // Nobody by that name: the text is kept as typed.
    expect(correctionOf(entry, form({ text: '@감사관 보고' }), roster)).toEqual({ changes: { text: '@감사관 보고' } });
  });

  it('the speaker by the field: a free name, or none (a note)', () => {
    expect(correctionOf(entry, form({ speakerId: null, speakerName: '방청인' }), roster)).toEqual({
      changes: { speakerId: null, speakerName: '방청인' },
    });
    expect(correctionOf(entry, form({ speakerId: null, speakerName: '' }), roster)).toEqual({
      changes: { speakerId: null, speakerName: '' },
    });
  });

  it('the time, on the entry’s day, as HH:MM, HH:MM:SS or any form readTime reads', () => {
    const at = (time: string) => correctionOf(entry, form({ time }), roster);
    expect(at('10:40')).toEqual({ changes: { createdAt: new Date(2021, 10, 23, 10, 40, 0).getTime() } });
    expect(at('10:40:05')).toEqual({ changes: { createdAt: new Date(2021, 10, 23, 10, 40, 5).getTime() } });
    expect(at('오전 10시 30분')).toEqual({ changes: { createdAt: new Date(2021, 10, 23, 10, 30).getTime() } });
    expect(at('  10:41 ')).toEqual({ changes: {} });
  });

  it('refuses a time it cannot read, saying why', () => {
    expect(correctionOf(entry, form({ time: '열시' }), roster)).toEqual({ problem: 'notATime' });
    expect(correctionOf(entry, form({ time: '' }), roster)).toEqual({ problem: 'notATime' });
    expect(correctionOf(entry, form({ time: '25:00' }), roster)).toEqual({ problem: 'noSuchTime' });
    expect(correctionOf(entry, form({ time: '10:40:75' }), roster)).toEqual({ problem: 'noSuchTime' });
  });

  it('the item; emptied text keeps the words', () => {
    expect(correctionOf(entry, form({ agendaItemId: 'i2', text: '  ' }), roster)).toEqual({
      changes: { agendaItemId: 'i2' },
    });
  });

  it('reads clock times with seconds', () => {
    expect(readClockTime('16:31:20')).toEqual({ kind: 'valid', value: '16:31:20' });
    expect(readClockTime('오후 4:31:20')).toEqual({ kind: 'valid', value: '16:31:20' });
    expect(readClockTime('16:31')).toEqual({ kind: 'valid', value: '16:31' });
    expect(readClockTime('16:31:2')).toEqual({ kind: 'unreadable' });
    expect(onSameDay(STAMP, '09:05')).toBe(new Date(2021, 10, 23, 9, 5).getTime());
  });
});

describe('earlier versions', () => {
  it('are whole: a revision without a time or item had those of the version after it', () => {
    const corrected: Entry = {
      ...entry,
      agendaItemId: 'i2',
      createdAt: 3,
      history: [
        { kind: 'note', speakerId: null, speakerName: '', text: 'a', createdAt: 1, replacedAt: 10, replacedBy: 'x' },
        {
          kind: 'note',
          speakerId: null,
          speakerName: '',
          text: 'b',
          agendaItemId: 'i1',
          replacedAt: 20,
          replacedBy: 'y',
        },
      ],
    };
    expect(earlierVersions(corrected).map((v) => [v.text, v.createdAt, v.agendaItemId, v.replacedBy])).toEqual([
      ['b', 3, 'i1', 'y'],
      ['a', 1, 'i1', 'x'],
    ]);
  });
});

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

async function recorded() {
  const meetingId = await createMeeting('ko', { title: '회의' });
  const first = await addAgendaItem(meetingId, { kind: 'report', title: '보고' });
  const second = await addAgendaItem(meetingId, { title: '심의' });
  await applySessionAction(meetingId, { type: 'start' }, 1000);
  const add = (agendaItemId: string, text: string, at: number) =>
    addEntry(meetingId, { agendaItemId, kind: 'statement', speakerId: 'a1', speakerName: '', text }, at);
  const ids = [await add(first, '하나', 2000), await add(second, '둘', 3000), await add(first, '셋', 4000)];
  return { meetingId, first, second, ids };
}

describe('updateEntry: corrections and their history', () => {
  it('a speaker changed to none makes a note; the earlier speaker is in the history', async () => {
    const { ids } = await recorded();
    await updateEntry(ids[0]!, { speakerId: null, speakerName: '' }, '오서기', 5000);
    const entry = await db().entries.get(ids[0]!);
    expect(entry).toMatchObject({ kind: 'note', speakerId: null, updatedAt: 5000 });
    expect(entry!.history).toEqual([
      { kind: 'statement', speakerId: 'a1', speakerName: '', text: '하나', replacedAt: 5000, replacedBy: '오서기' },
    ]);
  });

  it('a time stamp: the earlier one is in the history', async () => {
    const { ids } = await recorded();
    await updateEntry(ids[1]!, { createdAt: 2500 }, '오서기', 6000);
    await updateEntry(ids[1]!, { createdAt: 2500 }, '오서기', 7000);
    const entry = await db().entries.get(ids[1]!);
    expect(entry!.createdAt).toBe(2500);
    expect(entry!.history).toEqual([
      {
        kind: 'statement',
        speakerId: 'a1',
        speakerName: '',
        text: '둘',
        createdAt: 3000,
        replacedAt: 6000,
        replacedBy: '오서기',
      },
    ]);
  });

  it('a move to another item keeps the entry’s place in the order it was recorded', async () => {
    const { meetingId, first, second, ids } = await recorded();
    await updateEntry(ids[2]!, { agendaItemId: second }, '오서기', 6000);
    expect((await listItemEntries(first)).map((e) => e.text)).toEqual(['하나']);
    expect((await listItemEntries(second)).map((e) => e.text)).toEqual(['둘', '셋']);
    expect((await listMeetingEntries(meetingId)).map((e) => e.seq)).toEqual([1, 2, 3]);
    const moved = await db().entries.get(ids[2]!);
    expect(moved!.history).toEqual([
      {
        kind: 'statement',
        speakerId: 'a1',
        speakerName: '',
        text: '셋',
        agendaItemId: first,
        replacedAt: 6000,
        replacedBy: '오서기',
      },
    ]);
  });

  it('refuses a move to an item of another meeting, and writes nothing', async () => {
    const { ids } = await recorded();
    const other = await createMeeting('ko', { title: '다른 회의' });
    const elsewhere = await addAgendaItem(other, { title: '다른 안건' });
    const before = await db().entries.get(ids[0]!);
    await expect(updateEntry(ids[0]!, { agendaItemId: elsewhere, text: '바뀜' }, '오서기', 6000)).rejects.toThrow(
      /not an item of its meeting/,
    );
    expect(await db().entries.get(ids[0]!)).toEqual(before);
  });
});

describe('approved meetings are not deleted', () => {
  it('refuses to delete approved minutes, and removes nothing; unlocked, they can be', async () => {
    const { meetingId } = await recorded();
    await applySessionAction(meetingId, { type: 'end' }, 9000);
    await approveMinutes(meetingId, { date: '2021-12-20', by: '박춘배' }, 10000);
    await expect(deleteMeeting(meetingId)).rejects.toThrow(/approved/);
    expect(await getMeeting(meetingId)).toMatchObject({ status: 'approved' });
    expect(await listMeetingEntries(meetingId)).toHaveLength(3);
    await unlockMinutes(meetingId, '오서기', 11000);
    await deleteMeeting(meetingId);
    expect(await getMeeting(meetingId)).toBeUndefined();
  });
});
