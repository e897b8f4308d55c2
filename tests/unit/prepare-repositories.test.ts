import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  duplicateAgendaItem,
  listAgenda,
  moveAgendaItem,
  removeAgendaItem,
  restoreAgendaItem,
} from '../../renderer/data/agenda';
import {
  addAttendee,
  addAttendees,
  listAttendees,
  moveAttendee,
  removeAttendee,
  restoreAttendee,
  updateAttendee,
} from '../../renderer/data/attendees';
import { db } from '../../renderer/data/db';
import {
  createMeeting,
  createNextMeeting,
  deleteMeeting,
  getMeeting,
  listMeetings,
  updateMeeting,
} from '../../renderer/data/meetings';
import { THRESHOLD_CHOICES } from '../../renderer/domain/quorum';

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

const names = async (meetingId: string) => (await listAttendees(meetingId)).map((a) => a.name);
const titles = async (meetingId: string) => (await listAgenda(meetingId)).map((a) => a.title);

describe('roster', () => {
  it('keeps attendees in order through moves, removal and undo', async () => {
    const m = await createMeeting('ko');
    await addAttendees(m, [
      { name: '김종석', role: '부시장', affiliation: '', group: 'member' },
      { name: '박춘배', role: '공동위원장', affiliation: '', group: 'member' },
      { name: '정수민', role: '복지정책과장', affiliation: '양주시', group: 'official' },
    ]);
    const ids = (await listAttendees(m)).map((a) => a.id);
    await moveAttendee(ids[2] as string, 0);
    expect(await names(m)).toEqual(['정수민', '김종석', '박춘배']);
    const removed = await removeAttendee(ids[0] as string);
    expect(await names(m)).toEqual(['정수민', '박춘배']);
    expect((await listAttendees(m)).map((a) => a.order)).toEqual([0, 1]);
    await restoreAttendee(removed!);
    expect(await names(m)).toEqual(['정수민', '김종석', '박춘배']);
    expect((await listAttendees(m)).map((a) => a.order)).toEqual([0, 1, 2]);
  });

  it('marks the meeting changed when its roster or agenda changes (the revision a restore compares)', async () => {
    const m = await createMeeting('ko');
    const before = (await getMeeting(m))!.updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const id = await addAttendee(m, { name: '김종석' });
    const afterAdd = (await getMeeting(m))!.updatedAt;
    expect(afterAdd).toBeGreaterThan(before);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateAttendee(id, { role: '부시장' });
    expect((await getMeeting(m))!.updatedAt).toBeGreaterThan(afterAdd);
  });

  it('adds a single attendee at the end and saves edits', async () => {
    const m = await createMeeting('en');
    await addAttendee(m, { name: 'A' });
    const id = await addAttendee(m);
    await updateAttendee(id, { name: 'B', attendance: 'absent', absenceReason: 'Travel' });
    const list = await listAttendees(m);
    expect(list.map((a) => [a.name, a.attendance, a.absenceReason])).toEqual([
      ['A', 'present', ''],
      ['B', 'absent', 'Travel'],
    ]);
  });
});

describe('agenda', () => {
  it('reorders, duplicates below, removes and restores', async () => {
    const m = await createMeeting('ko');
    const a = await addAgendaItem(m, { kind: 'report', title: '운영성과 보고' });
    const b = await addAgendaItem(m, { title: '연차별 시행계획(안)' });
    await addAgendaItem(m, { title: '성과지표 변경' });
    await moveAgendaItem(b, 99);
    expect(await titles(m)).toEqual(['운영성과 보고', '성과지표 변경', '연차별 시행계획(안)']);
    const copy = await duplicateAgendaItem(a);
    expect(await titles(m)).toEqual(['운영성과 보고', '운영성과 보고', '성과지표 변경', '연차별 시행계획(안)']);
    const removed = await removeAgendaItem(copy!);
    expect(await titles(m)).toHaveLength(3);
    await restoreAgendaItem(removed!);
    expect((await listAgenda(m)).map((i) => i.id)[1]).toBe(copy);
  });
});

describe('meetings', () => {
  it('deletes a meeting and all its rows, and nothing of other meetings', async () => {
    const keep = await createMeeting('ko', { title: 'keep' });
    const gone = await createMeeting('ko', { title: 'gone' });
    for (const m of [keep, gone]) {
      await addAttendee(m, { name: 'x' });
      await addAgendaItem(m, { title: 'y' });
    }
    const d = db();
    await d.entries.add({
      id: 'e1',
      meetingId: gone,
      agendaItemId: 'i',
      seq: 1,
      kind: 'note',
      speakerId: null,
      speakerName: '',
      text: 't',
      createdAt: 1,
      updatedAt: 1,
      history: [],
    });
    await d.actionItems.add({
      id: 'a1',
      meetingId: gone,
      agendaItemId: null,
      text: 't',
      owner: '',
      dueDate: '',
      done: false,
      createdAt: 1,
    });
    await deleteMeeting(gone);
    expect(await getMeeting(gone)).toBeUndefined();
    expect(await d.attendees.where('meetingId').equals(gone).count()).toBe(0);
    expect(await d.agendaItems.where('meetingId').equals(gone).count()).toBe(0);
    expect(await d.entries.count()).toBe(0);
    expect(await d.actionItems.count()).toBe(0);
    expect(await names(keep)).toEqual(['x']);
    expect(await titles(keep)).toEqual(['y']);
  });

  it('lists newest first by meeting date, undated by creation', async () => {
    const old = await createMeeting('ko', { title: 'old', date: '2021-03-02' });
    const recent = await createMeeting('ko', { title: 'recent', date: '2021-11-23' });
    const mid = await createMeeting('ko', { title: 'mid', date: '2021-06-15' });
    expect((await listMeetings()).map((m) => m.id)).toEqual([recent, mid, old]);
  });

  it('creates the next meeting from the last one', async () => {
    const prev = await createMeeting('ko', {
      title: '대표협의체 회의',
      organization: '양주시지역사회보장협의체',
      sessionLabel: '2021년 제4차',
      date: '2021-11-23',
      startTime: '10:00',
      location: '시청 상황실',
      recorder: '이서기',
      quorum: { open: THRESHOLD_CHOICES.oneThird, pass: THRESHOLD_CHOICES.twoThirds },
    });
    await addAttendees(prev, [
      { name: '김종석', role: '부시장', affiliation: '', group: 'member' },
      { name: '박춘배', role: '공동위원장', affiliation: '', group: 'member' },
    ]);
    const [kim, park] = await listAttendees(prev);
    await updateAttendee(kim!.id, { attendance: 'absent', absenceReason: '출장' });
    await updateMeeting(prev, { chairId: park!.id, speakerKeys: [null, kim!.id] });
    await addAgendaItem(prev, { title: '안건' });

    const next = (await createNextMeeting(prev))!;
    const meeting = (await getMeeting(next))!;
    expect(meeting).toMatchObject({
      title: '대표협의체 회의',
      organization: '양주시지역사회보장협의체',
      sessionLabel: '2021년 제5차',
      date: '',
      startTime: '10:00',
      location: '시청 상황실',
      recorder: '이서기',
      status: 'draft',
      previousMeetingId: prev,
      quorum: { open: THRESHOLD_CHOICES.oneThird, pass: THRESHOLD_CHOICES.twoThirds },
    });
    const roster = await listAttendees(next);
    expect(roster.map((a) => [a.name, a.role, a.attendance, a.absenceReason])).toEqual([
      ['김종석', '부시장', 'present', ''],
      ['박춘배', '공동위원장', 'present', ''],
    ]);
    expect(roster.every((a) => a.meetingId === next && a.id !== kim!.id && a.id !== park!.id)).toBe(true);
    expect(meeting.chairId).toBe(roster[1]!.id);
    expect(meeting.speakerKeys).toEqual([null, roster[0]!.id]);
    expect(await listAgenda(next)).toEqual([]);
  });
});
