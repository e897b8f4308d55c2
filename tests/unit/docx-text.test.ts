/**
 * The minutes as plain text (renderer/export/docx/text.ts), for an e-mail: the same content, in
 * the same order, as the .docx, with no markup.
 */
import { describe, expect, it } from 'vitest';
import { minutesToBytes } from '../../renderer/export/docx/build';
import { minutesToText } from '../../renderer/export/docx/text';
import { SEED_KO } from '../fixtures/seed';
import { at, NOTE, seedRecord, withMeeting } from '../fixtures/seedRecord';
import type { EventType, MeetingRecord } from '../../renderer/domain/model';
import { readDocx } from './docxRead';

const AGENDA = SEED_KO.agenda.map((item) => item.title);

describe('minutesToText', () => {
  it('gives the Korean minutes as plain text: title, label: value lines, underlined headings, indented lists', () => {
    const text = minutesToText(seedRecord(), 'ko');
    const title = '2021년 제4차 양주시지역사회보장협의체 대표협의체 회의 회의록';
    // A rule about as wide as the title: Hangul counts double.
    expect(text.startsWith(`${title}\n${'='.repeat(60)}\n\n회의명: 제4차 대표협의체 회의\n개최기관: `)).toBe(true);
    for (const line of [
      '일시: 2021년 11월 23일(화) 10:00 / 개의 10:00, 정회 10:40~10:55, 산회 11:30',
      '재적/출석: 재적 6명 중 출석 5명 — 성원',
      '불참위원: 위원 윤대호(양주시보건소, 출장)',
      '1. 안건',
      `  보고 1. ${AGENDA[0]}`,
      '2. 회의내용',
      `심의 1. ${AGENDA[1]}`,
      `○ 공동위원장 박춘배: ${SEED_KO.statements.park}`,
      '3. 의결사항',
      `  보고 1. ${AGENDA[0]}: 보고 접수`,
      `  심의 2. ${AGENDA[2]}: 수정 가결(찬성 4, 반대 0, 기권 1)`,
      '4. 향후 조치',
      "  '청년분과' 위원 모집 공고(담당: 복지정책팀, 기한: 2021년 12월 31일(금))",
      '작성자: 오서기',
      '확인자: 공동위원장 박춘배',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
    const lines = text.split('\n');
    expect(lines[lines.indexOf('2. 회의내용') + 1]).toBe('===========');
    expect(lines[lines.indexOf(`심의 1. ${AGENDA[1]}`) + 1]).toMatch(/^-+$/);
    expect(text).toContain(NOTE);
    expect(text.endsWith('확인자: 공동위원장 박춘배\n')).toBe(true);
  });

  it('has no Markdown: no #, no - bullets, no emphasis', () => {
    for (const language of ['ko', 'en'] as const) {
      const text = minutesToText(seedRecord(), language);
      expect(text).not.toMatch(/^#|^\s*[-*+] |\*\*|__/m);
    }
  });

  it('gives the English minutes with English labels, the date under the title', () => {
    const text = minutesToText(seedRecord(), 'en');
    expect(
      text.startsWith(
        'Minutes of the 양주시지역사회보장협의체 — 제4차 대표협의체 회의\nTuesday 23 November 2021\n=====',
      ),
    ).toBe(true);
    for (const line of [
      'Date and time: Tuesday 23 November 2021, 10:00 a.m. / opened 10:00 a.m., recess 10:40 a.m.–10:55 a.m., adjourned 11:30 a.m.',
      '3. Decisions',
      `  Item 2: ${AGENDA[1]} — Approved as proposed (5 for, 0 against, 0 abstaining)`,
      "  '청년분과' 위원 모집 공고 (Responsible: 복지정책팀, Due: Friday 31 December 2021)",
      'Approved by: 공동위원장 박춘배',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
  });

  it('indents the continuation lines of a statement, lists attachments, and names the approval boxes', () => {
    const record = withMeeting(seedRecord(), {
      signature: { style: 'approvalBox', signerIds: [], boxes: ['담당', '팀장', '과장'] },
    });
    record.entries[1] = { ...record.entries[1]!, text: '첫째 줄\n둘째 줄' };
    record.agendaItems[1] = { ...record.agendaItems[1]!, attachments: ['시행계획(안)'] };
    const text = minutesToText(record, 'ko');
    expect(text).toContain('○ 공동위원장 박춘배: 첫째 줄\n  둘째 줄\n');
    expect(text.endsWith('붙임 시행계획(안) 1부.\n\n결재: 담당, 팀장, 과장\n')).toBe(true);
  });

  it('has the same content in the same order as the document', async () => {
    const record = seedRecord();
    const { paragraphs } = await readDocx(await minutesToBytes(record, 'ko'));
    const text = minutesToText(record, 'ko');
    const needles = [
      '시청 상황실',
      '1. 안건',
      `심의 3. ${AGENDA[3]}`,
      '2. 회의내용',
      NOTE,
      SEED_KO.statements.park,
      SEED_KO.statements.kim,
      '3. 의결사항',
      '수정 가결',
      '4. 향후 조치',
      '복지정책팀',
      '작성자',
      '확인자',
    ];
    const positions = (find: (needle: string, from: number) => number) => {
      let from = 0;
      return needles.map((needle) => (from = find(needle, from)));
    };
    const inText = positions((needle, from) => text.indexOf(needle, from));
    const inDocument = positions((needle, from) => paragraphs.findIndex((p, i) => i >= from && p.includes(needle)));
    expect(inText.every((p) => p >= 0)).toBe(true);
    expect(inDocument.every((p) => p >= 0)).toBe(true);
  });

  it('drops what XML cannot hold, and nothing else', () => {
    const record = withMeeting(seedRecord(), { location: 'A\u0000B\uFFFE👍🏽<&>' });
    expect(minutesToText(record, 'ko').split('\n')).toContain('장소: AB👍🏽<&>');
  });

  describe('procedure in the proceedings', () => {
    /** The seed meeting with its procedure recorded: a recess in 보고 1, a departure in 심의 2. */
    function withProcedure(): MeetingRecord {
      const record = seedRecord();
      const [note, park, kim] = record.entries.map((e) => e.seq) as [number, number, number];
      let seq = 0;
      const event = (item: number, afterSeq: number, time: [number, number], type: EventType, attendeeId?: string) => ({
        id: `event-${++seq}`,
        meetingId: record.meeting.id,
        agendaItemId: `item-${item}`,
        afterSeq,
        seq,
        type,
        attendeeId: attendeeId ?? null,
        createdAt: at(...time),
        updatedAt: at(...time),
        history: [],
      });
      return {
        ...record,
        events: [
          event(0, note - 1, [10, 0], 'opened'),
          event(0, note - 1, [10, 0], 'takenUp'),
          event(0, note, [10, 40], 'recessed'),
          event(0, note, [10, 55], 'resumed'),
          event(1, note, [11, 0], 'takenUp'),
          event(2, park, [11, 5], 'takenUp'),
          event(2, park, [16, 31], 'left', 'attendee-4'),
          event(3, park, [11, 20], 'takenUp'),
          event(1, kim, [11, 25], 'takenUp'),
          event(1, kim, [11, 30], 'adjourned'),
        ],
      };
    }

    it('writes the Korean procedural lines where they happened', () => {
      const lines = minutesToText(withProcedure(), 'ko').split('\n');
      const order = [
        '(10시 00분 개의)',
        `보고 1. ${AGENDA[0]}`,
        '(10시 40분 정회)',
        '(10시 55분 속개)',
        `심의 1. ${AGENDA[1]}`,
        '(11시 25분 계속 심의)',
        `심의 2. ${AGENDA[2]}`,
        '(16시 31분 한미경 위원 퇴장)',
        '(11시 30분 산회)',
      ].map((line) => lines.indexOf(line));
      expect(order.every((index) => index >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    });

    it('writes the English call to order, recesses, departures and adjournment', () => {
      const text = minutesToText(withProcedure(), 'en');
      const lines = text.split('\n');
      expect(lines).toContain('The meeting was called to order at 10:00 a.m. by the Chair, 공동위원장 박춘배.');
      for (const line of [
        'Call to order',
        'The meeting recessed at 10:40 a.m. and resumed at 10:55 a.m.',
        '(The meeting returned to this item at 11:25 a.m.)',
        '(위원 한미경 left the meeting at 4:31 p.m.)',
        'Adjournment',
        'The meeting adjourned at 11:30 a.m.',
      ]) {
        expect(lines).toContain(line);
      }
      expect(lines.indexOf('Adjournment')).toBeGreaterThan(
        lines.indexOf('(위원 한미경 left the meeting at 4:31 p.m.)'),
      );
    });
  });
});
