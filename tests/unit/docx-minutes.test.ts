/**
 * The minutes export, read back the way another program would: the .docx is unzipped, every XML
 * part parsed strictly, and the paragraphs' text compared in order, in Korean and English.
 */
import { Document as DocxDocument, Packer } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { emptyVotes, type Entry, type MeetingRecord } from '../../renderer/domain/model';
import { buildMinutesDocument, minutesFileName, minutesParts, minutesToBytes } from '../../renderer/export/docx/build';
import { minutesContent } from '../../renderer/export/docx/content';
import { minutesToText } from '../../renderer/export/docx/text';
import { SEED_KO } from '../fixtures/seed';
import { agendaItem, at, attendee, entry, NOTE, seedRecord, withMeeting } from '../fixtures/seedRecord';
import { elements, expectInOrder, firstNonXml, paragraphText, readDocx, sectionPart, W } from './docxRead';

const AGENDA = SEED_KO.agenda.map((item) => item.title);

describe('minutes document, Korean', async () => {
  const pkg = await readDocx(await minutesToBytes(seedRecord(), 'ko'));

  it('has every field, in order', () => {
    const title = '2021년 제4차 양주시지역사회보장협의체 대표협의체 회의';
    expect(pkg.paragraphs[0]).toBe(`${title} 회의록`);
    expectInOrder(pkg.paragraphs, [
      `${title} 회의록`,
      '회의명',
      '제4차 대표협의체 회의',
      '개최기관',
      '양주시지역사회보장협의체',
      '일시',
      '2021년 11월 23일(화) 10:00',
      '개의 10:00, 정회 10:40~10:55, 산회 11:30',
      '장소',
      '시청 상황실',
      '재적/출석',
      '재적 6명 중 출석 5명 — 성원',
      '출석위원',
      '부시장 김종석(양주시), 공동위원장 박춘배(양주시지역사회보장협의체), 위원 이정희(양주시노인복지관), 위원 최성민(양주시장애인복지관), 위원 한미경(회천동 지역사회보장협의체)',
      '불참위원',
      '위원 윤대호(양주시보건소, 출장)',
      '배석 공무원',
      '복지정책과장 정수민(양주시), 복지정책팀장 오현우(양주시)',
      '1. 안건',
      `보고 1. ${AGENDA[0]}`,
      `심의 1. ${AGENDA[1]}`,
      `심의 2. ${AGENDA[2]}`,
      `심의 3. ${AGENDA[3]}`,
      '2. 회의내용',
      `보고 1. ${AGENDA[0]}`,
      '발표: 복지정책과장 정수민',
      NOTE,
      `심의 1. ${AGENDA[1]}`,
      '발표: 복지정책과장 정수민',
      `○ 공동위원장 박춘배: ${SEED_KO.statements.park}`,
      `심의 2. ${AGENDA[2]}`,
      '발표: 복지정책팀장 오현우',
      `심의 3. ${AGENDA[3]}`,
      '발표: 복지정책팀장 오현우',
      `○ 부시장 김종석: ${SEED_KO.statements.kim}`,
      '3. 의결사항',
      '안건',
      '결과',
      '표결',
      `보고 1. ${AGENDA[0]}`,
      '보고 접수',
      `심의 1. ${AGENDA[1]}`,
      '원안 가결',
      '찬성 5, 반대 0, 기권 0',
      `심의 2. ${AGENDA[2]}`,
      '수정 가결',
      '찬성 4, 반대 0, 기권 1',
      `심의 3. ${AGENDA[3]}`,
      '원안 가결',
      '찬성 5, 반대 0, 기권 0',
      '4. 향후 조치',
      '조치 사항',
      '담당',
      '기한',
      "'청년분과' 위원 모집 공고",
      '복지정책팀',
      '2021년 12월 31일(금)',
      '작성자',
      '오서기',
      '(서명)',
      '확인자',
      '공동위원장 박춘배',
      '(서명)',
    ]);
  });

  it('gives the report item no vote block', () => {
    const report = pkg.paragraphs.lastIndexOf(`보고 1. ${AGENDA[0]}`);
    expect(pkg.paragraphs.slice(report, report + 3)).toEqual([`보고 1. ${AGENDA[0]}`, '보고 접수', '']);
  });

  it('keeps line breaks within a paragraph as breaks', () => {
    const note = elements(pkg.document, 'p').find((p) => paragraphText(p) === NOTE)!;
    expect(elements(note, 'br')).toHaveLength(1);
  });

  it('sets fonts and languages once, in the document defaults, as Korean Word does', () => {
    const styles = pkg.parts.get('word/styles.xml')!;
    const defaults = elements(styles, 'rPrDefault')[0]!;
    const fonts = elements(defaults, 'rFonts')[0]!;
    expect(['ascii', 'hAnsi', 'eastAsia', 'cs'].map((a) => fonts.getAttributeNS(W, a))).toEqual(
      Array(4).fill('Malgun Gothic'),
    );
    // Latin text en-US, Hangul ko-KR; the document's language is core.xml's.
    const lang = elements(defaults, 'lang')[0]!;
    expect([lang.getAttributeNS(W, 'val'), lang.getAttributeNS(W, 'eastAsia')]).toEqual(['en-US', 'ko-KR']);
    const core = pkg.parts.get('docProps/core.xml')!;
    expect(core.getElementsByTagName('dc:language')[0]?.textContent).toBe('ko-KR');
  });

  it('is A4 portrait with 20–25 mm margins', () => {
    const size = elements(pkg.document, 'pgSz')[0]!;
    expect([size.getAttributeNS(W, 'w'), size.getAttributeNS(W, 'h')]).toEqual(['11906', '16838']);
    const margin = elements(pkg.document, 'pgMar')[0]!;
    for (const side of ['top', 'bottom', 'left', 'right']) {
      const mm = (Number(margin.getAttributeNS(W, side)) / 1440) * 25.4;
      expect(mm, side).toBeGreaterThanOrEqual(19.9);
      expect(mm, side).toBeLessThanOrEqual(25.1);
    }
  });

  it('has the meeting name in the header from page 2 and "- n -" page numbers on every page', () => {
    expect(elements(pkg.document, 'titlePg')).toHaveLength(1);
    const first = sectionPart(pkg, 'headerReference', 'first');
    expect(elements(first, 'p').map(paragraphText).join('')).toBe('');
    const header = sectionPart(pkg, 'headerReference', 'default');
    expect(elements(header, 'p').map(paragraphText)).toEqual([
      '2021년 제4차 양주시지역사회보장협의체 대표협의체 회의 회의록',
    ]);
    for (const type of ['first', 'default']) {
      const footer = sectionPart(pkg, 'footerReference', type);
      // Fields with a result, for readers that show it without updating fields.
      expect(elements(footer, 'fldSimple').map((e) => e.getAttributeNS(W, 'instr'))).toEqual(['PAGE']);
      expect(elements(footer, 'p').map(paragraphText)).toEqual(['- 1 -']);
    }
  });

  it('sets both the grid and each cell width of every table', () => {
    const tables = elements(pkg.document, 'tbl');
    expect(tables.length).toBe(4);
    for (const table of tables) {
      const grid = elements(table, 'gridCol').map((c) => Number(c.getAttributeNS(W, 'w')));
      expect(grid.every((w) => w > 0)).toBe(true);
      for (const row of elements(table, 'tr')) {
        const widths = elements(row, 'tcW').map((c) => [c.getAttributeNS(W, 'type'), Number(c.getAttributeNS(W, 'w'))]);
        expect(widths).toEqual(grid.map((w) => ['dxa', w]));
      }
    }
  });

  it('opens in mammoth with the same text', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await minutesToBytes(seedRecord(), 'ko')) });
    expect(value).toContain(`○ 공동위원장 박춘배: ${SEED_KO.statements.park}`);
    expect(value).toContain('재적 6명 중 출석 5명 — 성원');
  });
});

describe('minutes document, English', async () => {
  const pkg = await readDocx(await minutesToBytes(seedRecord(), 'en'));

  it('has every field, in order, with English labels around the Korean record', () => {
    const title = '양주시지역사회보장협의체 — 제4차 대표협의체 회의';
    expect(pkg.paragraphs[0]).toBe(`Minutes of the ${title}`);
    expectInOrder(pkg.paragraphs, [
      'Tuesday 23 November 2021',
      'Meeting',
      '제4차 대표협의체 회의',
      'Convened by',
      'Date and time',
      'Tuesday 23 November 2021, 10:00 a.m.',
      'opened 10:00 a.m., recess 10:40 a.m.–10:55 a.m., adjourned 11:30 a.m.',
      'Place',
      'Members on roll / present',
      '6 members on the roll, 5 present — quorum met',
      'Members present',
      '부시장 김종석 (양주시), 공동위원장 박춘배 (양주시지역사회보장협의체), 위원 이정희 (양주시노인복지관), 위원 최성민 (양주시장애인복지관), 위원 한미경 (회천동 지역사회보장협의체)',
      'Members absent',
      '위원 윤대호 (양주시보건소, 출장)',
      'Officials in attendance',
      '1. Agenda',
      `Item 1: ${AGENDA[0]}`,
      `Item 2: ${AGENDA[1]}`,
      `Item 3: ${AGENDA[2]}`,
      `Item 4: ${AGENDA[3]}`,
      '2. Proceedings',
      `Item 1: ${AGENDA[0]}`,
      'Presented by 복지정책과장 정수민',
      NOTE,
      `Item 2: ${AGENDA[1]}`,
      `공동위원장 박춘배: ${SEED_KO.statements.park}`,
      `Item 4: ${AGENDA[3]}`,
      `부시장 김종석: ${SEED_KO.statements.kim}`,
      '3. Decisions',
      'Item',
      'Outcome',
      'Vote',
      'Noted',
      'Approved as proposed',
      '5 for, 0 against, 0 abstaining',
      'Approved as amended',
      '4 for, 0 against, 1 abstaining',
      '4. Action items',
      'Action',
      'Responsible',
      'Due',
      'Friday 31 December 2021',
      'Recorded by',
      '오서기',
      '(signature)',
      'Approved by',
      '공동위원장 박춘배',
    ]);
  });

  it('sets Latin text in Arial, Hangul in Malgun Gothic, and tags the languages', () => {
    const defaults = elements(pkg.parts.get('word/styles.xml')!, 'rPrDefault')[0]!;
    const fonts = elements(defaults, 'rFonts')[0]!;
    expect(['ascii', 'hAnsi', 'eastAsia', 'cs'].map((a) => fonts.getAttributeNS(W, a))).toEqual([
      'Arial',
      'Arial',
      'Malgun Gothic',
      'Arial',
    ]);
    const lang = elements(defaults, 'lang')[0]!;
    expect([lang.getAttributeNS(W, 'val'), lang.getAttributeNS(W, 'eastAsia')]).toEqual(['en-US', 'ko-KR']);
    const core = pkg.parts.get('docProps/core.xml')!;
    expect(core.getElementsByTagName('dc:language')[0]?.textContent).toBe('en-US');
  });

  it('numbers pages "Page n of total"', () => {
    const footer = sectionPart(pkg, 'footerReference', 'default');
    expect(elements(footer, 'fldSimple').map((e) => e.getAttributeNS(W, 'instr'))).toEqual(['PAGE', 'NUMPAGES']);
    expect(elements(footer, 'p').map(paragraphText)).toEqual(['Page 1 of 1']);
  });
});

describe('what the minutes show, and leave out', () => {
  async function paragraphs(record: MeetingRecord, language: 'ko' | 'en' = 'ko'): Promise<string[]> {
    return (await readDocx(await minutesToBytes(record, language))).paragraphs;
  }

  it('gives proceedings and decisions in the order taken, the agenda in the planned order', async () => {
    const record = seedRecord();
    const order = [3, 1, 2, 4];
    record.agendaItems = record.agendaItems.map((item, i) => ({ ...item, takenOrder: order[i]! }));
    const text = await paragraphs(record);
    const proceedings = text.indexOf('2. 회의내용');
    const decisions = text.indexOf('3. 의결사항');
    const headings = (from: number, to: number) =>
      text.slice(from, to).filter((p) => /^(보고|심의) \d\. /.test(p) && AGENDA.some((t) => p.endsWith(t)));
    expect(headings(0, proceedings)).toEqual([
      `보고 1. ${AGENDA[0]}`,
      `심의 1. ${AGENDA[1]}`,
      `심의 2. ${AGENDA[2]}`,
      `심의 3. ${AGENDA[3]}`,
    ]);
    const taken = [`심의 1. ${AGENDA[1]}`, `심의 2. ${AGENDA[2]}`, `보고 1. ${AGENDA[0]}`, `심의 3. ${AGENDA[3]}`];
    expect(headings(proceedings, decisions)).toEqual(taken);
    expect(headings(decisions, text.length)).toEqual(taken);
  });

  it('puts items never taken up last, marked as such, when nothing was recorded under them', async () => {
    const record = seedRecord();
    record.agendaItems = record.agendaItems.map((item, i) =>
      i === 2 ? { ...item, takenOrder: null, outcome: null, votes: emptyVotes(), voteRecorded: false } : item,
    );
    const text = await paragraphs(record);
    const decisions = text.indexOf('3. 의결사항');
    expect(text.slice(decisions - 3, decisions - 1)).toEqual([`심의 2. ${AGENDA[2]}`, '상정되지 않음']);
    expect(text[decisions - 1]).toMatch(/^\(\d+시 \d\d분 산회\)$/);
    expect(text.slice(decisions)).not.toContain(`심의 2. ${AGENDA[2]}`);
  });

  it('shows votes on a report item only when the recorder recorded them', async () => {
    const record = seedRecord();
    record.agendaItems[0] = { ...record.agendaItems[0]!, votes: { for: 6, against: 0, abstain: 0 } };
    expect(await paragraphs(record)).not.toContain('찬성 6, 반대 0, 기권 0');
    record.agendaItems[0] = { ...record.agendaItems[0], voteRecorded: true };
    expect(await paragraphs(record)).toContain('찬성 6, 반대 0, 기권 0');
  });

  it('shows votes on a deliberation item whenever a count was entered, and only those counts', async () => {
    const record = seedRecord();
    record.agendaItems[1] = {
      ...record.agendaItems[1]!,
      votes: { for: 5, against: null, abstain: null },
      voteRecorded: false,
    };
    expect(await paragraphs(record)).toContain('찬성 5');
  });

  it('notes late arrivals and early leavers with their times', async () => {
    const record = seedRecord();
    record.attendees[3] = { ...record.attendees[3]!, attendance: 'late', arrivedAt: at(10, 20) };
    record.attendees[4] = { ...record.attendees[4]!, attendance: 'left', leftAt: null };
    record.attendees = record.attendees.map((a) => ({ ...a, affiliation: '' }));
    expect(await paragraphs(record)).toContain(
      '부시장 김종석, 공동위원장 박춘배, 위원 이정희, 위원 최성민(지각, 10:20 출석), 위원 한미경(조퇴)',
    );
    expect(await paragraphs(record, 'en')).toContain(
      '부시장 김종석, 공동위원장 박춘배, 위원 이정희, 위원 최성민 (late, arrived 10:20 a.m.), 위원 한미경 (left early)',
    );
  });

  it('lists guests with their affiliation', async () => {
    const record = seedRecord();
    record.attendees.push({
      ...attendee(0),
      id: 'guest',
      order: 8,
      name: '홍길동',
      role: '',
      affiliation: '양주신문',
      group: 'guest',
    });
    const text = await paragraphs(record);
    expect(text.slice(text.indexOf('참관인'), text.indexOf('참관인') + 2)).toEqual(['참관인', '홍길동(양주신문)']);
  });

  it('leaves empty fields out, but keeps the signature block with blanks to fill in', async () => {
    const record = withMeeting(seedRecord(), { location: '', organization: '', recorder: '', chairId: null });
    record.actionItems = [];
    const text = await paragraphs(record);
    for (const label of ['장소', '개최기관', '4. 향후 조치']) expect(text).not.toContain(label);
    expectInOrder(text, ['작성자', '', '(서명)', '확인자', '', '(서명)']);
  });

  it('shows the scheduled time for a meeting not started, and no opened/adjourned line', async () => {
    const record = withMeeting(seedRecord(), {
      status: 'draft',
      startedAt: null,
      endedAt: null,
      recesses: [],
      startTime: '14:00',
    });
    const text = await paragraphs(record);
    const at = text.indexOf('일시');
    expect(text.slice(at, at + 3)).toEqual(['일시', '2021년 11월 23일(화) 14:00', '장소']);
  });

  it('does not write the year twice when the session label already has it', async () => {
    const record = withMeeting(seedRecord(), { sessionLabel: '2021년 제4차' });
    expect((await paragraphs(record))[0]).toBe('2021년 제4차 양주시지역사회보장협의체 대표협의체 회의 회의록');
  });

  it('names the speaker typed in by hand, and marks a statement with no speaker', async () => {
    const record = seedRecord();
    record.entries.push(entry(2, { speakerName: '방청인 홍길동', text: '질의함.' }), entry(2, { text: '발언함.' }));
    expectInOrder(await paragraphs(record), ['○ 방청인 홍길동: 질의함.', '○ 발언자 미상: 발언함.']);
  });

  it('puts remarks recorded under no item before the first item (opening) or after the last (closing)', async () => {
    const record = seedRecord();
    record.entries.unshift({
      ...entry(0, { speakerId: 'attendee-1', text: '개회를 선언합니다.' }),
      agendaItemId: '',
      seq: 0,
    });
    record.entries.push({ ...entry(0, { speakerId: 'attendee-1', text: '산회를 선포합니다.' }), agendaItemId: '' });
    const text = await paragraphs(record);
    expectInOrder(text, [
      '2. 회의내용',
      '개회',
      '○ 공동위원장 박춘배: 개회를 선언합니다.',
      `보고 1. ${AGENDA[0]}`,
      `심의 3. ${AGENDA[3]}`,
      '폐회',
      '○ 공동위원장 박춘배: 산회를 선포합니다.',
      '3. 의결사항',
    ]);
  });
});

const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i))
  .filter((c) => !'\t\n\r'.includes(c))
  .join('');
// Lone surrogates only: a high one followed by a low one would be a valid pair, and kept.
const junk = `${controls}\uDC00\uDFFF\uD800\uDBFF\uFFFE\uFFFF`;
const kept = `<&>"' 👍🏽 👨‍👩‍👧 {{name}} $t(record:kind.report) &amp;`;
const hostile = `${junk}${kept}${junk}`;
const long = '가나다라마바사아자차 abcdefghij '.repeat(500).trim();

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
    meeting,
    attendees: record.attendees.map((a) => ({
      ...a,
      name: `${a.name}${hostile}`,
      role: hostile,
      absenceReason: hostile,
    })),
    agendaItems: record.agendaItems.map((item) => ({ ...item, title: hostile, presenter: hostile })),
    entries: [
      entry(1, { speakerId: 'attendee-1', text: `첫 줄${hostile}\r\n둘째 줄\r셋째 줄\n넷째\t칸` }),
      entry(1, { kind: 'note', text: long }),
      entry(2, { speakerName: hostile, text: hostile }),
    ],
    events: [],
    actionItems: record.actionItems.map((a) => ({ ...a, text: hostile, owner: hostile, dueDate: hostile })),
  };
}

describe('hostile text', async () => {
  const bytes = await minutesToBytes(hostileRecord(), 'ko');

  it('gives well-formed XML in every part of the package', async () => {
    const pkg = await readDocx(bytes);
    expect(pkg.parts.size).toBeGreaterThan(10);
  });

  it('keeps markup characters, emoji and look-alike placeholders intact', async () => {
    const { paragraphs } = await readDocx(bytes);
    const withKept = paragraphs.filter((p) => p.includes(kept));
    // title, name, organization, place, date, members, officials, items, statements, table cells…
    expect(withKept.length).toBeGreaterThan(20);
    expect(firstNonXml(paragraphs.join('\n'))).toBeNull();
  });

  it('keeps line breaks and tabs of a statement, and drops only what XML cannot hold', async () => {
    const { paragraphs } = await readDocx(bytes);
    const statement = paragraphs.find((p) => p.startsWith('○ ') && p.includes('첫 줄'))!;
    expect(statement).toMatch(/^○ .*박춘배/);
    expect(statement.endsWith(`: 첫 줄${kept}\n둘째 줄\n셋째 줄\n넷째\t칸`)).toBe(true);
  });

  it('keeps a 10,000-character paragraph whole', async () => {
    expect(long.length).toBeGreaterThan(10_000);
    expect((await readDocx(bytes)).paragraphs).toContain(long);
  });

  it('opens in mammoth', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain(kept);
  });

  it('keeps the document properties well-formed too', async () => {
    const core = (await readDocx(bytes)).parts.get('docProps/core.xml')!;
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toContain(kept);
  });

  it('still builds in English', async () => {
    const { paragraphs } = await readDocx(await minutesToBytes(hostileRecord(), 'en'));
    expect(paragraphs.filter((p) => p.includes(kept)).length).toBeGreaterThan(20);
  });
});

describe('minutesFileName', () => {
  const english = withMeeting(seedRecord(), {
    title: 'Representative Council Meeting',
    organization: 'Yangju Community Social Security Council',
    sessionLabel: '4th',
  });

  it('names Korean minutes by date and meeting, without doubling 회의', () => {
    expect(minutesFileName(seedRecord(), 'ko')).toBe(
      '2021-11-23 제4차 양주시지역사회보장협의체 대표협의체 회의록.docx',
    );
  });

  it('names English minutes by date, body and meeting', () => {
    expect(minutesFileName(english, 'en')).toBe(
      '2021-11-23 Yangju Community Social Security Council — 4th Representative Council Meeting minutes.docx',
    );
    expect(minutesFileName(seedRecord(), 'en')).toBe(
      '2021-11-23 양주시지역사회보장협의체 — 제4차 대표협의체 회의 minutes.docx',
    );
  });

  it('adds 회의록 after a title that does not end in 회의', () => {
    const record = withMeeting(seedRecord(), { title: '운영위원회' });
    expect(minutesFileName(record, 'ko')).toBe('2021-11-23 제4차 양주시지역사회보장협의체 운영위원회 회의록.docx');
  });

  it('replaces characters Windows and macOS do not allow, and drops control characters', () => {
    const record = withMeeting(seedRecord(), { title: 'a/b\\c:d*e?f"g<h>i|j\u0001\u007F\uFFFE\uD800 회의' });
    const name = minutesFileName(record, 'ko');
    expect(name).toBe('2021-11-23 제4차 양주시지역사회보장협의체 a_b_c_d_e_f_g_h_i_j_ 회의록.docx');
    expect(name).not.toMatch(/[\\/:*?"<>|\u007F\uFFFE\uFFFF]/);
    expect(firstNonXml(name)).toBeNull();
    expect([...name].every((c) => c.charCodeAt(0) >= 0x20)).toBe(true);
  });

  it('collapses whitespace and line breaks and trims', () => {
    const record = withMeeting(seedRecord(), {
      title: '  대표\n\t협의체   회의  ',
      organization: ' ',
      sessionLabel: '',
    });
    expect(minutesFileName(record, 'ko')).toBe('2021-11-23 대표 협의체 회의록.docx');
  });

  it('caps the length in UTF-8 bytes, cutting whole characters and keeping date and suffix', () => {
    const record = withMeeting(seedRecord(), { title: '가'.repeat(500) });
    const name = minutesFileName(record, 'ko');
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
    expect(name.startsWith('2021-11-23 제4차 양주시지역사회보장협의체 가가')).toBe(true);
    expect(name.endsWith('가 회의록.docx')).toBe(true);

    const emoji = withMeeting(seedRecord(), { title: '👨‍👩‍👧'.repeat(100), organization: '', sessionLabel: '' });
    const stem = minutesFileName(emoji, 'en')
      .replace(/^2021-11-23 /, '')
      .replace(/ minutes\.docx$/, '');
    expect(stem).toMatch(/^(👨‍👩‍👧)+$/u);
  });

  it('is never empty and never hidden', () => {
    const blank = withMeeting(seedRecord(), {
      title: '',
      organization: '',
      sessionLabel: '',
      date: '',
      startedAt: null,
    });
    expect(minutesFileName(blank, 'ko')).toBe('회의록.docx');
    expect(minutesFileName(blank, 'en')).toBe('minutes.docx');
    const dots = withMeeting(blank, { title: '...' });
    expect(minutesFileName(dots, 'ko')).toBe('회의록.docx');
  });

  it('takes the date from when the meeting started when none was typed', () => {
    const record = withMeeting(seedRecord(), { date: '' });
    expect(minutesFileName(record, 'ko')).toBe('2021-11-23 제4차 양주시지역사회보장협의체 대표협의체 회의록.docx');
  });
});

describe('buildMinutesDocument', () => {
  it('builds a docx Document without packing it', () => {
    expect(buildMinutesDocument(seedRecord(), 'ko')).toBeInstanceOf(DocxDocument);
  });
});

// ---------------------------------------------------------------------------------------------
// minutesToBytes writes the sections as XML itself (wordml.ts) and splices it into the package
// docx writes (splice.ts, zip.ts); buildMinutesDocument has docx write all of it. The two must
// give the same document.

/** Every file of a package in zip order, as text; the creation and modification times blanked. */
async function packageFiles(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  return Promise.all(
    Object.keys(zip.files).map(async (name): Promise<[string, string]> => {
      const text = await zip.file(name)!.async('string');
      return [name, text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1')];
    }),
  );
}

const PLACEHOLDER_LOOKALIKE = 'seogi-splice-0';

/** Everything the sections hold: opening and closing remarks, an unplanned item, one not taken up, notes over lines and tabs. */
function variedRecord(): MeetingRecord {
  const record = seedRecord();
  const extra = agendaItem(3, {
    id: 'item-extra',
    order: 4,
    title: '추가 안건 <검토>',
    presenter: '',
    unplanned: true,
    takenOrder: 5,
    outcome: 'deferred',
    votes: emptyVotes(),
  });
  const skipped = agendaItem(2, { id: 'item-skipped', order: 5, takenOrder: null, outcome: null, votes: emptyVotes() });
  record.agendaItems.push(extra, skipped);
  const loose = (seq: number, text: string): Entry => ({
    ...entry(0, { speakerId: 'attendee-1', text }),
    agendaItemId: '',
    seq,
  });
  record.entries.unshift(loose(-1, '개회를 선언합니다.'));
  for (let i = 0; i < 60; i++) {
    const itemIndex = i % 4;
    record.entries.push(
      i % 7 === 3
        ? entry(itemIndex, { kind: 'note', text: `메모 ${i}\n\t들여쓴 줄\n\n빈 줄 다음 & "인용" 'ㅇ'` })
        : entry(itemIndex, { speakerId: `attendee-${i % 6}`, text: `발언 ${i}: A&B <C> "D" 'E' 👍🏽` }),
    );
  }
  record.entries.push(
    { ...entry(0, { speakerName: '방청인', text: PLACEHOLDER_LOOKALIKE }), agendaItemId: 'item-extra' },
    { ...entry(0, { text: '  앞뒤 공백  ' }), agendaItemId: 'item-extra' },
    loose(10_000, '산회를 선포합니다.'),
  );
  record.actionItems.push({ ...record.actionItems[0]!, id: 'action-2', owner: '', dueDate: '', text: '둘째\n조치' });
  return record;
}

describe('minutesToBytes against docx writing every paragraph', async () => {
  const cases: [string, () => MeetingRecord][] = [
    ['seed', seedRecord],
    ['varied', variedRecord],
    ['hostile', hostileRecord],
  ];
  for (const [name, record] of cases) {
    for (const language of ['ko', 'en'] as const) {
      it(`writes the same package, file for file, for the ${name} meeting in ${language}`, async () => {
        const fast = await packageFiles(await minutesToBytes(record(), language));
        const reference = await packageFiles(
          await Packer.pack(
            buildMinutesDocument(record(), language),
            'uint8array',
            undefined,
            minutesParts(record(), language),
          ),
        );
        expect(fast.map(([file]) => file)).toEqual(reference.map(([file]) => file));
        for (const [i, [file, text]] of fast.entries()) expect(text, file).toBe(reference[i]![1]);
      });
    }
  }

  it('writes the same files each time', async () => {
    const once = await packageFiles(await minutesToBytes(variedRecord(), 'ko'));
    expect(await packageFiles(await minutesToBytes(variedRecord(), 'ko'))).toEqual(once);
  });

  for (const language of ['ko', 'en'] as const) {
    it(`leaves fonts and languages to the styles: no run of the body, tables, headers and footers repeats them (${language})`, async () => {
      const pkg = await readDocx(await minutesToBytes(variedRecord(), language));
      let runs = 0;
      for (const [name, part] of pkg.parts) {
        if (!/^word\/(document|header\d+|footer\d+)\.xml$/.test(name)) continue;
        for (const run of elements(part, 'r')) {
          runs += 1;
          expect(elements(run, 'rFonts'), `${name}: ${paragraphText(run)}`).toEqual([]);
          expect(elements(run, 'lang'), `${name}: ${paragraphText(run)}`).toEqual([]);
          expect(elements(run, 'sz'), `${name}: ${paragraphText(run)}`).toEqual([]);
        }
      }
      expect(runs).toBeGreaterThan(150);
    });
  }

  it('keeps typed text that looks like the placeholder it splices at', async () => {
    const { paragraphs } = await readDocx(await minutesToBytes(variedRecord(), 'ko'));
    expect(paragraphs).toContain(`○ 방청인: ${PLACEHOLDER_LOOKALIKE}`);
    expect(paragraphs.join('\n')).not.toMatch(/seogi-splice-[1-9]/);
  });

  it('keeps the sections in order, between the meta table and the signatures', async () => {
    const { paragraphs } = await readDocx(await minutesToBytes(variedRecord(), 'ko'));
    expectInOrder(paragraphs, [
      '재적/출석',
      '1. 안건',
      '2. 회의내용',
      '개회',
      '○ 공동위원장 박춘배: 개회를 선언합니다.',
      { contains: '메모 3\n\t들여쓴 줄\n\n빈 줄 다음 & "인용"' },
      '심의 4. 추가 안건 <검토>(추가 안건)',
      '○ 방청인: seogi-splice-0',
      '○ 발언자 미상:   앞뒤 공백  ',
      `심의 5. ${AGENDA[2]}`,
      '상정되지 않음',
      '폐회',
      '○ 공동위원장 박춘배: 산회를 선포합니다.',
      '3. 의결사항',
      '4. 향후 조치',
      '둘째\n조치',
      '작성자',
    ]);
  });
});

describe('approved minutes', () => {
  it('name who approved them and the date, in both languages', async () => {
    for (const [language, date] of [
      ['ko', '2021년 12월 20일(월)'],
      ['en', 'Monday 20 December 2021'],
    ] as const) {
      const record = seedRecord();
      record.meeting = {
        ...record.meeting,
        status: 'approved',
        approval: { date: '2021-12-20', by: '박춘배', at: 1 },
      };
      const text = minutesToText(record, language);
      expect(text).toContain(date);
      const { paragraphs } = await readDocx(await minutesToBytes(record, language));
      expect(paragraphs).toContain(date);
      expect(paragraphs.join('\n')).toContain('박춘배');
      expect(paragraphs).not.toContain('      년      월      일');
    }
  });
});

describe('what the minutes are called', () => {
  const named = (fields: Partial<MeetingRecord['meeting']>, language: 'ko' | 'en' = 'ko') =>
    minutesContent(withMeeting(seedRecord(), fields), language);

  it('says 회의록 / Minutes of the … once, and the date under the English heading', () => {
    expect(named({}).heading).toBe('2021년 제4차 양주시지역사회보장협의체 대표협의체 회의 회의록');
    expect(named({}).subheading).toBe('');
    expect(named({ title: '운영위원회 회의록' }).heading).toBe(
      '2021년 제4차 양주시지역사회보장협의체 운영위원회 회의록',
    );
    const english = { organization: 'The Board of Trustees', sessionLabel: '4th', title: 'Regular Meeting' };
    expect(named(english, 'en').heading).toBe('Minutes of the Board of Trustees — 4th Regular Meeting');
    expect(named(english, 'en').subheading).toBe('Tuesday 23 November 2021');
    expect(named({ ...english, title: 'Minutes of the Annual Meeting' }, 'en').heading).toBe(
      'The Board of Trustees — 4th Minutes of the Annual Meeting',
    );
    const untitled = { title: '', organization: '', sessionLabel: '' };
    expect(named(untitled).heading).toBe('회의록');
    expect(named(untitled, 'en').heading).toBe('Minutes');
    expect(named({ ...untitled, date: '' }, 'en').subheading).toBe('Tuesday 23 November 2021');
  });

  it('does not repeat the body’s name the title already holds', () => {
    const youth = { organization: '포천시 청년정책위원회', sessionLabel: '제2차', date: '2024-05-14' };
    // The title starts with the end of the body's name.
    expect(named({ ...youth, title: '청년정책위원회 정기회의' }).title).toBe(
      '2024년 제2차 포천시 청년정책위원회 정기회의',
    );
    // The title holds the whole name (spacing aside).
    expect(named({ ...youth, title: '포천시청년정책위원회 정기회의' }).title).toBe(
      '2024년 제2차 포천시청년정책위원회 정기회의',
    );
    // The body's last word ends with the title's first.
    expect(named({ title: '지역사회보장협의체 대표협의체 회의' }).title).toBe(
      '2021년 제4차 양주시지역사회보장협의체 대표협의체 회의',
    );
    // The title is the body's last word and nothing else.
    expect(named({ ...youth, title: '청년정책위원회' }).title).toBe('2024년 제2차 포천시 청년정책위원회');
    // No overlap; one syllable in common is none.
    expect(named({ ...youth, title: '정기회의' }).title).toBe('2024년 제2차 포천시 청년정책위원회 정기회의');
    expect(named({ organization: '양주시청', title: '청 간부회의' }).title).toBe('2021년 제4차 양주시청 청 간부회의');
    // English, whatever the case.
    const board = { organization: 'Yangju Planning Committee', sessionLabel: '4th' };
    expect(named({ ...board, title: 'planning committee meeting' }, 'en').title).toBe(
      'Yangju Planning Committee — 4th meeting',
    );
    expect(named({ ...board, title: 'Yangju Planning Committee meeting' }, 'en').title).toBe(
      '4th Yangju Planning Committee meeting',
    );
    expect(named({ ...board, title: 'Regular meeting' }, 'en').title).toBe(
      'Yangju Planning Committee — 4th Regular meeting',
    );
  });

  it('gives the 회의명 row the meeting’s own name, not the title line again', () => {
    const row = (content: ReturnType<typeof minutesContent>) =>
      content.meta.find((r) => r.label === content.meta[0]!.label);
    expect(row(named({}))).toEqual({ label: '회의명', lines: ['제4차 대표협의체 회의'] });
    expect(row(named({}, 'en'))).toEqual({ label: 'Meeting', lines: ['제4차 대표협의체 회의'] });
  });
});

describe('people in the minutes', () => {
  it('sets 소속 after the name, unless the role already says it', () => {
    const record = seedRecord();
    record.attendees[0] = { ...record.attendees[0]!, role: '양주시 부시장' };
    const members = minutesContent(record, 'ko').meta.find((row) => row.label === '출석위원')!.lines[0]!;
    expect(members.startsWith('양주시 부시장 김종석, 공동위원장 박춘배(양주시지역사회보장협의체), ')).toBe(true);
  });

  it('names the approver with their role when the roster has them, as typed otherwise', () => {
    const approved = (by: string) =>
      minutesContent(
        withMeeting(seedRecord(), { status: 'approved', approval: { date: '2021-12-20', by, at: 1 } }),
        'ko',
      ).signatures[1];
    expect(approved('박춘배')).toEqual({ label: '확인자', name: '공동위원장 박춘배' });
    expect(approved(' 홍길동 ')).toEqual({ label: '확인자', name: '홍길동' });
  });
});

describe('attachments', () => {
  const attached = (names: string[][], language: 'ko' | 'en') => {
    const record = seedRecord();
    record.agendaItems = record.agendaItems.map((item, i) => ({ ...item, attachments: names[i] ?? [] }));
    return minutesContent(record, language).attachments;
  };

  it('says 붙임 once for one paper, numbers them when there are more', () => {
    expect(attached([[], ['2022년 연차별 시행계획(안)']], 'ko')).toEqual(['붙임 2022년 연차별 시행계획(안) 1부.']);
    expect(attached([['운영성과'], ['시행계획(안)', ' ']], 'ko')).toEqual([
      '붙임 1. 운영성과 1부.',
      '붙임 2. 시행계획(안) 1부.',
    ]);
    expect(attached([[], ['Plan']], 'en')).toEqual(['Attachment: Plan']);
    expect(attached([['Report'], ['Plan']], 'en')).toEqual(['Attachment 1: Report', 'Attachment 2: Plan']);
  });
});
