import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb, SCHEMA_V1 } from '../../renderer/data/db';

/** Rows as version 1 of the app wrote them: no edit history, no approval. */
function v1Rows() {
  const meeting = {
    id: 'm1',
    title: '대표협의체 회의',
    organization: '양주시지역사회보장협의체',
    sessionLabel: '제4차',
    date: '2021-11-23',
    startTime: '10:00',
    location: '시청 상황실',
    minutesLanguage: 'ko',
    status: 'ended',
    startedAt: 1,
    endedAt: 9,
    recesses: [{ start: 3, end: 4 }],
    chairId: 'a2',
    recorder: '오서기',
    quorum: {
      open: { numerator: 1, denominator: 2, inclusive: false },
      pass: { numerator: 1, denominator: 2, inclusive: false },
    },
    currentItemId: null,
    currentItemSince: null,
    previousMeetingId: null,
    createdAt: 1,
    updatedAt: 9,
  };
  const attendees = [
    {
      id: 'a1',
      meetingId: 'm1',
      order: 0,
      name: '김종석',
      role: '부시장',
      affiliation: '양주시',
      group: 'member',
      attendance: 'present',
      arrivedAt: null,
      leftAt: null,
      absenceReason: '',
    },
    {
      id: 'a2',
      meetingId: 'm1',
      order: 1,
      name: '박춘배',
      role: '공동위원장',
      affiliation: '',
      group: 'member',
      attendance: 'present',
      arrivedAt: null,
      leftAt: null,
      absenceReason: '',
    },
  ];
  const agendaItems = [
    {
      id: 'i1',
      meetingId: 'm1',
      order: 0,
      kind: 'deliberation',
      title: '연차별 시행계획(안)',
      presenter: '',
      plannedMinutes: null,
      notes: '',
      unplanned: false,
      startedAt: 2,
      endedAt: 8,
      takenOrder: 1,
      outcome: 'approved',
      votes: { for: 5, against: 0, abstain: 0 },
      voteRecorded: false,
    },
  ];
  const entries = Array.from({ length: 250 }, (_, i) => ({
    id: `e${i}`,
    meetingId: 'm1',
    agendaItemId: 'i1',
    seq: i + 1,
    kind: i % 2 ? 'statement' : 'note',
    speakerId: i % 2 ? 'a1' : null,
    speakerName: '',
    text: `발언 ${i}\n둘째 줄`,
    createdAt: 100 + i,
    updatedAt: 100 + i,
  }));
  const actionItems = [
    {
      id: 'x1',
      meetingId: 'm1',
      agendaItemId: 'i1',
      text: '위촉',
      owner: '정수민',
      dueDate: '2021-12-31',
      done: false,
      createdAt: 5,
    },
  ];
  const drafts = [
    { meetingId: 'm1', agendaItemId: 'i1', text: '쓰던 중', speakerId: null, speakerName: '', updatedAt: 9 },
  ];
  return { meetings: [meeting], attendees, agendaItems, entries, actionItems, drafts };
}

describe('schema upgrade', () => {
  it('opens a version-1 database with data, upgrades it to the current version and loses nothing', async () => {
    const name = 'seogi-upgrade-test';
    const rows = v1Rows();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    for (const [table, list] of Object.entries(rows)) await v1.table(table).bulkAdd(list);
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = openDb(name);
    await v2.open();
    expect(v2.verno).toBe(7);
    expect(await v2.meetingList.toArray()).toEqual([]);
    expect(await v2.journal.toArray()).toEqual([]);
    expect(await v2.phrases.toArray()).toEqual([]);
    expect(await v2.events.toArray()).toEqual([]);
    for (const [table, list] of Object.entries(rows)) {
      const stored = await v2.table(table).toArray();
      expect(stored, table).toHaveLength(list.length);
    }
    const entries = await v2.entries.orderBy('[meetingId+seq]').toArray();
    expect(entries.map((e) => ({ ...e, history: undefined }))).toEqual(
      rows.entries.map((e) => ({ ...e, history: undefined })),
    );
    expect(entries.every((e) => Array.isArray(e.history) && e.history.length === 0)).toBe(true);
    const meeting = await v2.meetings.get('m1');
    expect(meeting).toEqual({ ...rows.meetings[0], approval: null, approvalLog: [] });
    expect(await v2.attendees.toArray()).toEqual(rows.attendees);
    expect(await v2.agendaItems.toArray()).toEqual(rows.agendaItems);
    expect(await v2.actionItems.toArray()).toEqual(rows.actionItems);
    expect(await v2.drafts.toArray()).toEqual(rows.drafts);
    v2.close();
    await Dexie.delete(name);
  });
});
