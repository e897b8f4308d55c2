/**
 * Motions in the minutes (renderer/export/docx/content.ts): under each item, after what was said,
 * who moved and seconded the motion and its amendment, the result of the vote and, after a roll
 * call, the votes by name; in Korean and English, the same in the document and in the text.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../renderer/domain/model';
import { minutesToBytes } from '../../renderer/export/docx/build';
import { minutesContent, type Block } from '../../renderer/export/docx/content';
import { minutesToText } from '../../renderer/export/docx/text';
import { SEED_KO } from '../fixtures/seed';
import { agendaItem, at, seedRecord } from '../fixtures/seedRecord';
import { readDocx } from './docxRead';

/**
 * The seed meeting with a seconded motion, an amendment and a roll call under 심의 2, taken at
 * 10:50, after 최성민 left at 10:45; 심의 3 rejected.
 */
function recordWithMotions(): MeetingRecord {
  const record = seedRecord();
  const attendees = record.attendees.map((a) =>
    a.id === 'attendee-3' ? { ...a, attendance: 'left' as const, leftAt: at(10, 45) } : a,
  );
  const agendaItems = record.agendaItems.map((item) => {
    if (item.id === 'item-2')
      return agendaItem(2, {
        outcome: 'amended',
        motion: {
          text: '성과지표 변경사항을 원안대로 의결함',
          mover: { attendeeId: 'attendee-2', name: '' },
          seconder: { attendeeId: 'attendee-3', name: '' },
        },
        amendment: {
          text: '지표 3을 삭제함',
          mover: { attendeeId: 'attendee-4', name: '' },
          seconder: { attendeeId: null, name: '홍길동' },
        },
        votedAt: at(10, 50),
        // 최성민 had left: his mark is not counted.
        rollCall: [
          { attendeeId: 'attendee-0', vote: 'for' },
          { attendeeId: 'attendee-1', vote: 'for' },
          { attendeeId: 'attendee-2', vote: 'for' },
          { attendeeId: 'attendee-3', vote: 'against' },
          { attendeeId: 'attendee-4', vote: 'abstain' },
        ],
      });
    if (item.id === 'item-3')
      return agendaItem(3, { outcome: 'rejected', votes: { for: 1, against: 3, abstain: 1 }, votedAt: at(11, 10) });
    return item;
  });
  return { ...record, attendees, agendaItems };
}

const AGENDA = SEED_KO.agenda.map((item) => item.title);

function motionBlocks(record: MeetingRecord, language: 'ko' | 'en'): string[][] {
  const proceedings = minutesContent(record, language).sections[1]!;
  return proceedings.blocks
    .filter((block): block is Extract<Block, { kind: 'motion' }> => block.kind === 'motion')
    .map((block) => block.lines);
}

const KO = {
  report: ['(보고 접수)'],
  d1: ['(원안 가결: 찬성 5, 반대 0, 기권 0)'],
  d2: [
    '동의: 이정희 위원, 재청: 최성민 위원 — 성과지표 변경사항을 원안대로 의결함',
    '수정동의: 한미경 위원, 재청: 홍길동 — 지표 3을 삭제함',
    '(수정 가결: 찬성 3, 반대 0, 기권 1)',
    '찬성: 김종석, 박춘배, 이정희 / 기권: 한미경',
  ],
  d3: ['(부결: 찬성 1, 반대 3, 기권 1)'],
};

const EN = {
  report: ['Noted.'],
  d1: ['Carried (5 for, 0 against, 0 abstaining).'],
  d2: [
    'Moved by 위원 이정희, seconded by 위원 최성민: 성과지표 변경사항을 원안대로 의결함',
    'Amendment moved by 위원 한미경, seconded by 홍길동: 지표 3을 삭제함',
    'Carried as amended (3 for, 0 against, 1 abstaining).',
    'For: 김종석, 박춘배, 이정희; Abstaining: 한미경',
  ],
  d3: ['Defeated (1 for, 3 against, 1 abstaining).'],
};

describe('motions in the minutes', () => {
  it('writes each item’s motion, amendment, result and votes by name after what was said, in Korean', () => {
    expect(motionBlocks(recordWithMotions(), 'ko')).toEqual([KO.report, KO.d1, KO.d2, KO.d3]);
  });

  it('writes Moved by / Seconded by and Carried / Defeated in English', () => {
    expect(motionBlocks(recordWithMotions(), 'en')).toEqual([EN.report, EN.d1, EN.d2, EN.d3]);
  });

  it('counts the decisions table’s votes from the roll call', () => {
    const ko = minutesToText(recordWithMotions(), 'ko').split('\n');
    expect(ko).toContain(`  심의 2. ${AGENDA[2]}: 수정 가결(찬성 3, 반대 0, 기권 1)`);
    const en = minutesToText(recordWithMotions(), 'en').split('\n');
    expect(en).toContain(`  Item 3: ${AGENDA[2]} — Approved as amended (3 for, 0 against, 1 abstaining)`);
  });

  it('leaves out what was not recorded: no mover, no seconder, no text', () => {
    const record = seedRecord();
    record.agendaItems[1] = agendaItem(1, {
      outcome: null,
      motion: { text: '원안대로 의결함', mover: null, seconder: null },
      amendment: { text: '', mover: { attendeeId: null, name: '홍길동' }, seconder: null },
    });
    expect(motionBlocks(record, 'ko')[1]).toEqual(['동의 — 원안대로 의결함', '수정동의: 홍길동']);
    expect(motionBlocks(record, 'en')[1]).toEqual(['Motion: 원안대로 의결함', 'Amendment moved by 홍길동']);
  });

  it('puts the same lines, in order, into the document and the text', async () => {
    for (const [language, lines] of [
      ['ko', KO],
      ['en', EN],
    ] as const) {
      const record = recordWithMotions();
      const { paragraphs } = await readDocx(await minutesToBytes(record, language));
      const text = minutesToText(record, language);
      let inDocument = -1;
      let inText = -1;
      for (const line of [...lines.d1, ...lines.d2, ...lines.d3]) {
        inDocument = paragraphs.findIndex((p, i) => i > inDocument && p === line);
        inText = text.indexOf(`${line}\n`, inText + 1);
        expect(inDocument, line).toBeGreaterThan(0);
        expect(inText, line).toBeGreaterThan(0);
      }
    }
  });
});
