/**
 * The .hwpx says what the .docx says: the same paragraphs' texts in the same order, for the same
 * record and language (docxRead's paragraphs against hwpxRead's: see hwpxRead for how tables map),
 * hostile text included: markup characters, quotes, controls, U+FFFF, lone surrogates and a very
 * long entry come out well-formed and equal after the same sanitizing (xmlSafe).
 */
import { describe, expect, it } from 'vitest';
import type { Language, MeetingRecord } from '../../renderer/domain/model';
import { minutesToBytes } from '../../renderer/export/docx/build';
import { xmlSafe } from '../../renderer/export/docx/sanitize';
import { minutesToHwpx } from '../../renderer/export/hwpx/build';
import { agendaItem, entry, seedRecord, withMeeting } from '../fixtures/seedRecord';
import { firstNonXml, readDocx } from './docxRead';
import { all, readHwpx } from './hwpxRead';

function approvalBoxes(): MeetingRecord {
  return withMeeting(seedRecord(), {
    signature: { style: 'approvalBox', signerIds: [], boxes: ['담당', '팀장', '과장'] },
  });
}

function members(): MeetingRecord {
  return withMeeting(seedRecord(), {
    signature: { style: 'members', signerIds: ['attendee-2', 'attendee-3'], boxes: [] },
    status: 'approved',
    approval: { date: '2021-12-20', by: '박춘배', at: 1 },
  });
}

/** Opening and closing remarks, an unplanned item, one not taken up, notes over lines and tabs, attachments. */
function varied(): MeetingRecord {
  const record = seedRecord();
  record.agendaItems.push(
    agendaItem(3, {
      id: 'item-extra',
      order: 4,
      title: '추가 안건 <검토>',
      presenter: '',
      unplanned: true,
      takenOrder: 5,
    }),
    agendaItem(2, { id: 'item-skipped', order: 5, takenOrder: null, outcome: null }),
  );
  record.agendaItems[1] = { ...record.agendaItems[1]!, attachments: ['2022년 연차별 시행계획(안)', '성과지표'] };
  record.entries.unshift({
    ...entry(0, { speakerId: 'attendee-1', text: '개회를 선언합니다.' }),
    agendaItemId: '',
    seq: -1,
  });
  for (let i = 0; i < 20; i++) {
    record.entries.push(
      i % 5 === 3
        ? entry(i % 4, { kind: 'note', text: `메모 ${i}\n\t들여쓴 줄\n\n빈 줄 다음 & "인용" 'ㅇ'` })
        : entry(i % 4, { speakerId: `attendee-${i % 6}`, text: `발언 ${i}: A&B <C> "D" 'E' 👍🏽` }),
    );
  }
  record.entries.push(
    { ...entry(0, { text: '  앞뒤 공백  ' }), agendaItemId: 'item-extra' },
    { ...entry(0, { speakerId: 'attendee-1', text: '산회를 선포합니다.' }), agendaItemId: '', seq: 10_000 },
  );
  record.actionItems.push({ ...record.actionItems[0]!, id: 'action-2', owner: '', dueDate: '', text: '둘째\n조치' });
  return record;
}

const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i))
  .filter((c) => !'\t\n\r'.includes(c))
  .join('');
const junk = `${controls}\uDC00\uDFFF\uD800\uDBFF\uFFFE\uFFFF`;
const kept = `<1인 가구> & "따옴표" '작은따옴표' &amp; 👍🏽 👨‍👩‍👧 {{name}}`;
const hostile = `${junk}${kept}${junk}`;
const long = '가나다라마바사아자차 abcdefghij '.repeat(1000).trim();

function hostileRecord(): MeetingRecord {
  const record = seedRecord();
  const meeting = withMeeting(record, {
    title: `회의 ${hostile}`,
    organization: hostile,
    sessionLabel: hostile,
    location: hostile,
    recorder: hostile,
  }).meeting;
  return {
    ...record,
    meeting: { ...meeting, signature: { style: 'approvalBox', signerIds: [], boxes: [hostile, '팀장'] } },
    attendees: record.attendees.map((a) => ({
      ...a,
      name: `${a.name}${hostile}`,
      role: hostile,
      absenceReason: hostile,
    })),
    agendaItems: record.agendaItems.map((item) => ({
      ...item,
      title: hostile,
      presenter: hostile,
      attachments: [hostile],
    })),
    entries: [
      entry(1, { speakerId: 'attendee-1', text: `첫 줄${hostile}\r\n둘째 줄\r셋째 줄\n넷째\t칸` }),
      entry(1, { kind: 'note', text: long }),
      entry(2, { speakerName: hostile, text: hostile }),
    ],
    events: [],
    actionItems: record.actionItems.map((a) => ({ ...a, text: hostile, owner: hostile, dueDate: hostile })),
  };
}

async function both(record: () => MeetingRecord, language: Language) {
  const [docx, hwpx] = await Promise.all([
    minutesToBytes(record(), language).then(readDocx),
    minutesToHwpx(record(), language).then(readHwpx),
  ]);
  return { docx: docx.paragraphs, hwpx };
}

describe('.hwpx text against the .docx', () => {
  const cases: [string, () => MeetingRecord][] = [
    ['seed', seedRecord],
    ['approval boxes', approvalBoxes],
    ['members signing, approved', members],
    ['varied', varied],
    ['hostile', hostileRecord],
  ];
  for (const [name, record] of cases) {
    for (const language of ['ko', 'en'] as const) {
      it(`has the .docx's paragraphs, in order: ${name}, ${language}`, async () => {
        const { docx, hwpx } = await both(record, language);
        expect(hwpx.paragraphs.length).toBeGreaterThan(40);
        expect(hwpx.paragraphs).toEqual(docx);
      });
    }
  }

  it('sets the speaker bold, in a run of its own, before what was said', async () => {
    const { hwpx } = await both(seedRecord, 'ko');
    const statement = all(hwpx.section, 'p').find((p) => all(p, 't')[0]?.textContent === '○ 공동위원장 박춘배:')!;
    const [speaker, said] = all(statement, 'run');
    const bold = new Set(
      Array.from(hwpx.header.getElementsByTagName('hh:charPr'))
        .filter((c) => c.getElementsByTagName('hh:bold').length > 0)
        .map((c) => c.getAttribute('id')),
    );
    expect(bold.has(speaker!.getAttribute('charPrIDRef'))).toBe(true);
    expect(bold.has(said!.getAttribute('charPrIDRef'))).toBe(false);
    expect(all(said!, 't')[0]!.textContent!.startsWith(' ')).toBe(true);
  });
});

describe('.hwpx with hostile text', async () => {
  const { hwpx } = await both(hostileRecord, 'ko');

  it('is well-formed in every part (readHwpx parses strictly) and holds no character XML cannot', async () => {
    for (const name of hwpx.names) {
      expect(firstNonXml(await hwpx.zip.file(name)!.async('string')), name).toBeNull();
    }
  });

  it('keeps markup characters, quotes and emoji, and drops only what XML cannot hold', () => {
    expect(xmlSafe(hostile)).toBe(kept);
    expect(hwpx.paragraphs.filter((p) => p.includes(kept)).length).toBeGreaterThan(15);
    const statement = hwpx.paragraphs.find((p) => p.startsWith('○ ') && p.includes('첫 줄'))!;
    expect(statement.endsWith(`: 첫 줄${kept}\n둘째 줄\n셋째 줄\n넷째\t칸`)).toBe(true);
  });

  it('writes line breaks and tabs as Hangul elements inside hp:t', () => {
    expect(all(hwpx.section, 'lineBreak').length).toBeGreaterThanOrEqual(3);
    expect(all(hwpx.section, 'tab').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps a 20,000-character entry whole', () => {
    expect(long.length).toBeGreaterThan(20_000);
    expect(hwpx.paragraphs).toContain(long);
  });

  it('keeps the title in content.hpf and the header well-formed too', () => {
    const hpf = hwpx.parts.get('Contents/content.hpf')!;
    expect(hpf.getElementsByTagName('opf:title')[0]?.textContent).toContain(kept);
    expect(hpf.getElementsByTagName('opf:meta')[0]?.textContent).toBe(kept);
  });
});
