/**
 * Action items across meetings: the pure follow-up logic (overdue, filters, order), the
 * repository over fake-indexeddb (every item with its meeting's and item's names, done dates,
 * the previous meeting of a body), and the minutes' section on the previous meeting's items in
 * both languages.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addActionItem,
  getPreviousMeeting,
  listActionItems,
  listAllActionItems,
  listPreviousActionItems,
  setActionItemDone,
  updateActionItem,
} from '../../renderer/data/actionItems';
import { addAgendaItem } from '../../renderer/data/agenda';
import { db } from '../../renderer/data/db';
import { createMeeting, createNextMeeting, getMeeting } from '../../renderer/data/meetings';
import { loadMeetingRecord } from '../../renderer/data/record';
import {
  ALL_OPEN,
  filterActionRows,
  filterChoices,
  isOverdue,
  sortActionRows,
  type ActionRow,
} from '../../renderer/domain/actionItems';
import { actionItemSchema, type ActionItem } from '../../renderer/domain/model';
import { minutesContent } from '../../renderer/export/docx/content';
import { minutesToText } from '../../renderer/export/docx/text';
import { seedRecord } from '../fixtures/seedRecord';

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

const TODAY = '2026-03-10';

function row(fields: Partial<ActionItem>, meeting: Partial<ActionRow['meeting']> = {}): ActionRow {
  return {
    action: {
      id: fields.text ?? 'a',
      meetingId: 'm',
      agendaItemId: null,
      text: '',
      owner: '',
      dueDate: '',
      done: false,
      createdAt: 0,
      ...fields,
    },
    meeting: {
      id: 'm',
      title: '',
      organization: '',
      sessionLabel: '',
      date: '',
      status: 'ended',
      createdAt: 0,
      ...meeting,
    },
    itemTitle: null,
  };
}

describe('follow-up of action items (domain)', () => {
  it('is overdue when open and due before today, by a real date only', () => {
    expect(isOverdue({ done: false, dueDate: '2026-03-09' }, TODAY)).toBe(true);
    expect(isOverdue({ done: false, dueDate: ' 2026-03-09 ' }, TODAY)).toBe(true);
    expect(isOverdue({ done: false, dueDate: TODAY }, TODAY)).toBe(false);
    expect(isOverdue({ done: true, dueDate: '2020-01-01' }, TODAY)).toBe(false);
    expect(isOverdue({ done: false, dueDate: '' }, TODAY)).toBe(false);
    expect(isOverdue({ done: false, dueDate: '다음 회의 전' }, TODAY)).toBe(false);
    expect(isOverdue({ done: false, dueDate: '2026-02-30' }, TODAY)).toBe(false);
  });

  it('puts the overdue first, then by due date, then the undated (newest meeting first), then the done', () => {
    const rows = [
      row({ text: 'done earlier', done: true, doneAt: 100 }),
      row({ text: 'undated old' }, { date: '2025-01-01' }),
      row({ text: 'due later', dueDate: '2026-04-01' }),
      row({ text: 'done later', done: true, doneAt: 200, dueDate: '2020-01-01' }),
      row({ text: 'overdue recent', dueDate: '2026-03-01' }),
      row({ text: 'undated new' }, { date: '2026-01-01' }),
      row({ text: 'due soon', dueDate: '2026-03-12' }),
      row({ text: 'overdue long', dueDate: '2025-12-01' }),
    ];
    expect(sortActionRows(rows, TODAY).map((r) => r.action.text)).toEqual([
      'overdue long',
      'overdue recent',
      'due soon',
      'due later',
      'undated new',
      'undated old',
      'done later',
      'done earlier',
    ]);
  });

  it('filters by status, body and owner (spacing of a typed owner or body does not count)', () => {
    const rows = [
      row({ text: 'a', owner: '정수민' }, { organization: '양주시 협의체 ' }),
      row({ text: 'b', owner: ' 정수민', done: true }, { organization: '양주시 협의체' }),
      row({ text: 'c', owner: '오현우' }, { organization: '포천시 위원회' }),
    ];
    const texts = (filters: Parameters<typeof filterActionRows>[1]) =>
      filterActionRows(rows, filters).map((r) => r.action.text);
    expect(texts(ALL_OPEN)).toEqual(['a', 'c']);
    expect(texts({ ...ALL_OPEN, status: 'done' })).toEqual(['b']);
    expect(texts({ ...ALL_OPEN, status: 'all', owner: '정수민' })).toEqual(['a', 'b']);
    expect(texts({ ...ALL_OPEN, status: 'all', body: '양주시 협의체' })).toEqual(['a', 'b']);
    expect(texts({ body: '포천시 위원회', owner: '정수민', status: 'all' })).toEqual([]);
    expect(filterChoices(rows)).toEqual({ bodies: ['양주시 협의체', '포천시 위원회'], owners: ['오현우', '정수민'] });
  });
});

describe('action items across meetings (repository)', () => {
  it('lists every action item with its meeting and item titles, reading no other meeting', async () => {
    const first = await createMeeting('ko', {
      title: '대표협의체 회의',
      organization: '양주시 협의체',
      date: '2026-01-05',
    });
    const item = await addAgendaItem(first, { title: '청년분과 신설' });
    const other = await createMeeting('en', { title: 'Board', organization: 'Pocheon' });
    await createMeeting('ko', { title: '조치 없는 회의' });
    const a = await addActionItem(first, item, { text: '위원 위촉', owner: '정수민', dueDate: '2026-02-01' });
    const b = await addActionItem(other, null, { text: 'Survey' });
    // In no particular order: the screen sorts them (sortActionRows).
    const rows = (await listAllActionItems()).sort((x, y) => Number(y.action.id === a) - Number(x.action.id === a));
    expect(rows.map((r) => [r.action.id, r.meeting.title, r.meeting.organization, r.itemTitle])).toEqual([
      [a, '대표협의체 회의', '양주시 협의체', '청년분과 신설'],
      [b, 'Board', 'Pocheon', null],
    ]);
    expect(rows[0]!.meeting).toEqual({
      id: first,
      title: '대표협의체 회의',
      organization: '양주시 협의체',
      sessionLabel: '',
      date: '2026-01-05',
      status: 'draft',
      createdAt: expect.any(Number) as number,
    });
  });

  it('stamps the day an item is done, clears it when opened again, and touches its meeting', async () => {
    const meeting = await createMeeting('ko', { title: '회의' });
    const id = await addActionItem(meeting, null, { text: '보고서 배포' });
    expect((await listActionItems(meeting))[0]).not.toHaveProperty('doneAt');
    await setActionItemDone(id, true, 5000);
    expect((await listActionItems(meeting))[0]).toMatchObject({ done: true, doneAt: 5000 });
    expect((await getMeeting(meeting))?.updatedAt).toBeGreaterThanOrEqual(5000);
    await updateActionItem(id, { owner: '정수민' });
    expect((await listActionItems(meeting))[0]).toMatchObject({ done: true, doneAt: 5000, owner: '정수민' });
    await setActionItemDone(id, false, 6000);
    expect((await listActionItems(meeting))[0]).toMatchObject({ done: false, doneAt: null });
  });

  it('reads rows and backups made before done dates (no doneAt) and rows with one', () => {
    const base = { id: 'a', meetingId: 'm', agendaItemId: null, text: '', owner: '', dueDate: '', createdAt: 0 };
    expect(actionItemSchema.safeParse({ ...base, done: true }).success).toBe(true);
    expect(actionItemSchema.safeParse({ ...base, done: true, doneAt: 5 }).success).toBe(true);
    expect(actionItemSchema.safeParse({ ...base, done: false, doneAt: null }).success).toBe(true);
    expect(actionItemSchema.safeParse({ ...base, done: true, doneAt: 'yesterday' }).success).toBe(false);
  });

  it('finds the previous meeting: the one the next was made from, else the body’s latest earlier one', async () => {
    const body = '양주시 협의체';
    const fourth = await createMeeting('ko', { title: '제4차', organization: body, date: '2026-01-05' });
    const fifth = (await createNextMeeting(fourth))!;
    expect((await getPreviousMeeting((await getMeeting(fifth))!))?.id).toBe(fourth);

    // Made by hand (no previousMeetingId): the body's latest meeting before it, not a later one,
    // nor another body's, nor a meeting of no body.
    await createMeeting('ko', { title: '제3차', organization: ` ${body}`, date: '2025-12-01' });
    await createMeeting('ko', { title: '제7차', organization: body, date: '2026-05-01' });
    await createMeeting('ko', { title: '다른 기관', organization: '포천시', date: '2026-02-20' });
    const sixth = await createMeeting('ko', { title: '제6차', organization: `${body} `, date: '2026-03-02' });
    await db().meetings.update(fifth, { date: '2026-02-02' });
    expect((await getPreviousMeeting((await getMeeting(sixth))!))?.title).toBe('제4차');
    // 제4차 (created first) and 제5차 on different days: the later day wins.
    await db().meetings.update(fifth, { date: '2026-02-10' });
    expect((await getPreviousMeeting((await getMeeting(sixth))!))?.id).toBe(fifth);
    const loose = await createMeeting('ko', { title: '기관 없음', date: '2026-04-01' });
    expect(await getPreviousMeeting((await getMeeting(loose))!)).toBeNull();
  });

  it('gives the previous meeting’s action items to review and to the minutes’ record', async () => {
    const fourth = await createMeeting('ko', { title: '제4차', organization: '양주시' });
    const done = await addActionItem(fourth, null, { text: '위원 위촉' });
    await addActionItem(fourth, null, { text: '   ' });
    const open = await addActionItem(fourth, null, { text: '보고서 배포' });
    await setActionItemDone(done, true, 7000);
    const fifth = (await createNextMeeting(fourth))!;
    const review = await listPreviousActionItems(fifth);
    expect(review?.meeting.id).toBe(fourth);
    expect(review?.actions.map((a) => a.id)).toEqual([done, open]);
    const record = await loadMeetingRecord(fifth);
    expect(record?.previousActionItems?.map((a) => [a.text, a.done, a.doneAt ?? null])).toEqual([
      ['위원 위촉', true, 7000],
      ['보고서 배포', false, null],
    ]);
    // The first meeting has no predecessor: nothing to review, nothing in its record.
    expect(await listPreviousActionItems(fourth)).toBeNull();
    expect(await loadMeetingRecord(fourth)).not.toHaveProperty('previousActionItems');
  });
});

describe('the minutes’ section on the previous meeting’s action items', () => {
  const previous: ActionItem[] = [
    {
      id: 'p1',
      meetingId: 'previous',
      agendaItemId: null,
      text: '청년분과 위원 위촉',
      owner: '정수민',
      dueDate: '2021-12-31',
      done: true,
      createdAt: 0,
      doneAt: new Date(2021, 11, 20, 15, 0).getTime(),
    },
    {
      id: 'p2',
      meetingId: 'previous',
      agendaItemId: null,
      text: '운영성과 보고서 배포',
      owner: '',
      dueDate: '',
      done: false,
      createdAt: 1,
    },
    // Done before done dates were kept.
    {
      id: 'p3',
      meetingId: 'previous',
      agendaItemId: null,
      text: '예산 협의',
      owner: '',
      dueDate: '',
      done: true,
      createdAt: 2,
    },
  ];

  it('lists each with its status, before this meeting’s action items, in Korean', () => {
    const record = { ...seedRecord(), previousActionItems: previous };
    const content = minutesContent(record, 'ko');
    const headings = content.sections.map((s) => s.heading);
    expect(headings.slice(-2)).toEqual(['4. 지난 회의 조치 결과', '5. 향후 조치']);
    expect(content.sections.at(-2)?.blocks).toEqual([
      {
        kind: 'table',
        columns: ['조치 사항', '담당', '처리 결과'],
        rows: [
          ['청년분과 위원 위촉', '정수민', '완료(2021. 12. 20.)'],
          ['운영성과 보고서 배포', '', '진행 중'],
          ['예산 협의', '', '완료'],
        ],
      },
    ]);
    expect(minutesToText(record, 'ko')).toContain('완료(2021. 12. 20.)');
  });

  it('in English', () => {
    const content = minutesContent({ ...seedRecord(), previousActionItems: previous }, 'en');
    const section = content.sections.find((s) => s.heading.endsWith('Action items from the previous meeting'));
    expect(section?.blocks).toEqual([
      {
        kind: 'table',
        columns: ['Action', 'Responsible', 'Status'],
        rows: [
          ['청년분과 위원 위촉', '정수민', 'Done (20 December 2021)'],
          ['운영성과 보고서 배포', '', 'Open'],
          ['예산 협의', '', 'Done'],
        ],
      },
    ]);
  });

  it('is left out when the previous meeting left none', () => {
    for (const previousActionItems of [undefined, [], [{ ...previous[1]!, text: ' ' }]]) {
      const record = previousActionItems ? { ...seedRecord(), previousActionItems } : seedRecord();
      const headings = minutesContent(record, 'ko').sections.map((s) => s.heading);
      expect(headings.at(-1)).toBe('4. 향후 조치');
      expect(headings.join()).not.toContain('지난 회의');
    }
  });
});
