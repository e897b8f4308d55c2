/**
 * The data behind the minutes that the recorder enters in Prepare: attachments per agenda item,
 * the body's signature block, the next meeting's day; stored, carried to the body's next meeting,
 * and said in the minutes (the content model, in Korean and English).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  addAttachment,
  listAgenda,
  removeAttachment,
  restoreAttachment,
  updateAttachment,
} from '../../renderer/data/agenda';
import { addAttendees, listAttendees } from '../../renderer/data/attendees';
import { db } from '../../renderer/data/db';
import {
  changeSignature,
  createMeeting,
  createNextMeeting,
  getMeeting,
  updateMeeting,
} from '../../renderer/data/meetings';
import type { MeetingRecord, Signature } from '../../renderer/domain/model';
import {
  carriedSignature,
  DEFAULT_SIGNATURE,
  MAX_BOXES,
  withBox,
  withBoxAt,
  withoutBox,
  withSigner,
  withStyle,
} from '../../renderer/domain/signature';
import { minutesContent, type Block } from '../../renderer/export/docx/content';
import { approvalBoxDefaults } from '../../renderer/i18n/resources';
import { seedRecord, withMeeting } from '../fixtures/seedRecord';

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

const signature = (fields: Partial<Signature>): Signature => ({ ...DEFAULT_SIGNATURE, ...fields });

describe('signature block choices', () => {
  it('starts a 결재란 from the defaults, and keeps each style’s own settings when switching', () => {
    const boxes = withStyle(DEFAULT_SIGNATURE, 'approvalBox', approvalBoxDefaults('ko'));
    expect(boxes).toEqual({ style: 'approvalBox', signerIds: [], boxes: ['담당', '팀장', '과장'] });
    expect(approvalBoxDefaults('en')).toEqual(['Prepared', 'Reviewed', 'Approved']);
    const members = withStyle(withBox(boxes, 0, '주무관'), 'members', ['x']);
    expect(members.boxes).toEqual(['주무관', '팀장', '과장']);
    expect(withStyle(members, 'approvalBox', ['x']).boxes).toEqual(['주무관', '팀장', '과장']);
  });

  it('sets, replaces and clears signers; a person signs once; a slot past the end adds at the end', () => {
    let s = withSigner(DEFAULT_SIGNATURE, 1, 'b');
    expect(s.signerIds).toEqual(['b']);
    s = withSigner(s, 1, 'c');
    expect(s.signerIds).toEqual(['b', 'c']);
    s = withSigner(s, 0, 'c');
    expect(s.signerIds).toEqual(['c']);
    s = withSigner(withSigner(s, 1, 'a'), 0, null);
    expect(s.signerIds).toEqual(['a']);
  });

  it('adds, renames, removes and puts back boxes, ten at most', () => {
    let s = signature({ boxes: ['담당', '팀장'] });
    s = withBox(s, 2, '과장');
    expect(s.boxes).toEqual(['담당', '팀장', '과장']);
    s = withoutBox(s, 1);
    expect(s.boxes).toEqual(['담당', '과장']);
    expect(withBoxAt(s, 1, '팀장').boxes).toEqual(['담당', '팀장', '과장']);
    let full = s;
    for (let i = 0; i < 20; i++) full = withBox(full, full.boxes.length, `칸 ${i}`);
    expect(full.boxes).toHaveLength(MAX_BOXES);
  });

  it('carries signers to the copies of the same people, dropping those with none', () => {
    const s = signature({ style: 'members', signerIds: ['a', 'gone', 'b'] });
    const copies = new Map([
      ['a', 'a2'],
      ['b', 'b2'],
    ]);
    expect(carriedSignature(s, (id) => copies.get(id) ?? null).signerIds).toEqual(['a2', 'b2']);
  });
});

describe('attachments of an agenda item', () => {
  it('adds, names (one line), removes and restores, in order', async () => {
    const m = await createMeeting('ko');
    const item = await addAgendaItem(m, { title: '2022년 시행계획(안)' });
    const names = async () => (await listAgenda(m))[0]!.attachments;
    expect(await names()).toBeUndefined();
    expect(await addAttachment(item)).toBe(0);
    expect(await addAttachment(item)).toBe(1);
    await updateAttachment(item, 0, '2022년 연차별\n시행계획(안)');
    await updateAttachment(item, 1, '예산서');
    expect(await names()).toEqual(['2022년 연차별 시행계획(안)', '예산서']);
    const removed = await removeAttachment(item, 0);
    expect(removed).toEqual({ itemId: item, index: 0, name: '2022년 연차별 시행계획(안)' });
    expect(await names()).toEqual(['예산서']);
    await restoreAttachment(removed!);
    expect(await names()).toEqual(['2022년 연차별 시행계획(안)', '예산서']);
    expect(await removeAttachment(item, 5)).toBeNull();
  });
});

describe('signature block and next meeting, per body', () => {
  async function body(organization: string) {
    const m = await createMeeting('ko', { organization, title: '정기회의', date: '2021-11-23', startTime: '10:00' });
    await addAttendees(m, [
      { name: '김종석', role: '부시장', affiliation: '', group: 'member' },
      { name: '박춘배', role: '공동위원장', affiliation: '', group: 'member' },
    ]);
    return m;
  }

  it('stores the choice, and carries it with the next meeting’s day and time to the next meeting', async () => {
    const m = await body('양주시지역사회보장협의체');
    const [kim, park] = await listAttendees(m);
    await changeSignature(m, (s) => withStyle(s, 'members', []));
    await changeSignature(m, (s) => withSigner(s, 0, park!.id));
    await changeSignature(m, (s) => withSigner(s, 1, kim!.id));
    await updateMeeting(m, { nextMeetingDate: '2022-01-25', nextMeetingTime: '14:00' });
    expect((await getMeeting(m))!.signature).toEqual({
      style: 'members',
      signerIds: [park!.id, kim!.id],
      boxes: [],
    });

    const next = (await createNextMeeting(m))!;
    const meeting = (await getMeeting(next))!;
    const roster = await listAttendees(next);
    expect(meeting).toMatchObject({ date: '2022-01-25', startTime: '14:00' });
    expect(meeting.signature).toEqual({ style: 'members', signerIds: [roster[1]!.id, roster[0]!.id], boxes: [] });
    expect(meeting.nextMeetingDate).toBeUndefined();
  });

  it('gives a body’s new meeting the body’s latest choice once its organization is typed', async () => {
    const older = await body('포천시 청년정책위원회');
    await changeSignature(older, (s) => withStyle(s, 'members', []));
    const latest = await body('포천시 청년정책위원회');
    await changeSignature(latest, (s) => withStyle(s, 'approvalBox', ['주무관', '팀장']));
    const other = await body('다른 위원회');
    // A body none of whose meetings chose keeps the recorder and approver lines.
    await updateMeeting(other, { organization: '다른 위원회' });
    expect((await getMeeting(other))!.signature).toBeUndefined();

    const m = await createMeeting('ko');
    expect((await getMeeting(m))!.signature).toBeUndefined();
    await updateMeeting(m, { organization: '포천시 청년정책위원회 ' });
    expect((await getMeeting(m))!.signature).toEqual({
      style: 'approvalBox',
      signerIds: [],
      boxes: ['주무관', '팀장'],
    });
    // Once it has its own, typing the organization again changes nothing.
    await updateMeeting(m, { organization: '다른 위원회' });
    expect((await getMeeting(m))!.signature?.style).toBe('approvalBox');
  });
});

describe('the minutes say it', () => {
  const events = (blocks: readonly Block[]) =>
    blocks.flatMap((b) => (b.kind === 'event' || b.kind === 'itemHeading' ? [b.text] : []));
  const proceedings = (record: MeetingRecord, language: 'ko' | 'en') =>
    minutesContent(record, language).sections.find((s) => /회의내용|Proceedings/.test(s.heading))!.blocks;

  it('announces the next meeting after the adjournment, in Korean and English', () => {
    const record = withMeeting(seedRecord(), { nextMeetingDate: '2022-01-25', nextMeetingTime: '14:00' });
    expect(events(proceedings(record, 'ko')).slice(-2)).toEqual([
      '(11시 30분 산회)',
      '(다음 회의: 2022년 1월 25일(화) 14시 00분)',
    ]);
    expect(events(proceedings(record, 'en')).slice(-3)).toEqual([
      'Adjournment',
      'The meeting adjourned at 11:30 a.m.',
      'The next meeting will be held on Tuesday 25 January 2022 at 2:00 p.m.',
    ]);
    const dayOnly = withMeeting(record, { nextMeetingTime: '' });
    expect(events(proceedings(dayOnly, 'ko')).at(-1)).toBe('(다음 회의: 2022년 1월 25일(화))');
    expect(events(proceedings(dayOnly, 'en')).at(-1)).toBe('The next meeting will be held on Tuesday 25 January 2022.');
  });

  it('still says it at the end of proceedings never adjourned live, and nothing without a day', () => {
    const record = withMeeting(seedRecord(), { endedAt: null, nextMeetingDate: '2022-01-25' });
    expect(proceedings(record, 'ko').at(-1)).toEqual({ kind: 'event', text: '(다음 회의: 2022년 1월 25일(화))' });
    const none = withMeeting(seedRecord(), { nextMeetingDate: ' ', nextMeetingTime: '14:00' });
    expect(events(proceedings(none, 'ko')).join('\n')).not.toContain('다음 회의');
  });

  it('lists the attachments across the agenda and the chosen signers or boxes', () => {
    const record = seedRecord();
    record.agendaItems = record.agendaItems.map((item, i) =>
      i === 1
        ? { ...item, attachments: ['2022년 연차별 시행계획(안)', ' '] }
        : i === 2
          ? { ...item, attachments: ['예산서'] }
          : item,
    );
    const [first, second] = record.attendees;
    const members = withMeeting(record, {
      signature: { style: 'members', signerIds: [second!.id, first!.id], boxes: [] },
    });
    const ko = minutesContent(members, 'ko');
    expect(ko.attachments).toEqual(['붙임 1. 2022년 연차별 시행계획(안) 1부.', '붙임 2. 예산서 1부.']);
    expect(ko.signatures).toEqual([
      { label: '서명위원', name: `${second!.role} ${second!.name}` },
      { label: '서명위원', name: `${first!.role} ${first!.name}` },
    ]);
    expect(ko.approvalBoxes).toEqual([]);
    const boxes = minutesContent(
      withMeeting(record, { signature: { style: 'approvalBox', signerIds: [], boxes: ['담당', '팀장', '과장'] } }),
      'en',
    );
    expect(boxes.approvalBoxes).toEqual(['담당', '팀장', '과장']);
    expect(boxes.signatures).toEqual([]);
    expect(boxes.attachments).toEqual(['Attachment 1: 2022년 연차별 시행계획(안)', 'Attachment 2: 예산서']);
  });
});
