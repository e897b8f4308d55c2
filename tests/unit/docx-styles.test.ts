/**
 * The minutes' styles (renderer/export/docx/styles.ts) as a clerk restyling the document meets
 * them: every paragraph names a style for what it holds, the styles are defined once and only
 * those the minutes use, headings carry outline levels, and the fonts table and properties say
 * what Word needs. Also the parts the content model added: heading, attachments, 결재란.
 */
import { describe, expect, it } from 'vitest';
import type { Language, MeetingRecord } from '../../renderer/domain/model';
import { minutesToBytes } from '../../renderer/export/docx/build';
import { STYLE } from '../../renderer/export/docx/styles';
import { entry, seedRecord } from '../fixtures/seedRecord';
import { elements, expectInOrder, paragraphText, readDocx, W, type Package } from './docxRead';

/** The seed meeting with a note between statements, a recess, attachments and (optionally) a 결재란. */
function fullRecord(boxes: boolean): MeetingRecord {
  const record = seedRecord();
  record.agendaItems[1] = { ...record.agendaItems[1]!, attachments: ['2022년 연차별 시행계획(안)'] };
  record.agendaItems[2] = { ...record.agendaItems[2]!, attachments: ['성과지표 변경 대비표'] };
  record.entries.push(
    entry(1, { kind: 'note', text: '위원들의 질의응답이 있었음.' }),
    entry(1, { speakerId: 'attendee-2', text: '세부 추진 일정을 보완해 주시기 바랍니다.' }),
  );
  if (boxes)
    record.meeting = {
      ...record.meeting,
      signature: { style: 'approvalBox', signerIds: [], boxes: ['담당', '팀장', '과장'] },
    };
  return record;
}

const attr = (element: Element, name: string) => element.getAttributeNS(W, name);

function stylesOf(pkg: Package): Map<string, Element> {
  return new Map(elements(pkg.parts.get('word/styles.xml')!, 'style').map((s) => [attr(s, 'styleId') ?? '', s]));
}

function paragraphStyle(paragraph: Element): string | null {
  const pPr = elements(paragraph, 'pPr')[0];
  const pStyle = pPr ? elements(pPr, 'pStyle')[0] : undefined;
  return pStyle ? attr(pStyle, 'val') : null;
}

describe.each(['ko', 'en'] as const)('styles of the %s minutes', (language: Language) => {
  it('name a style on every paragraph of the body, and define every style they name', async () => {
    const pkg = await readDocx(await minutesToBytes(fullRecord(false), language));
    const styles = stylesOf(pkg);
    const body = elements(pkg.document, 'body')[0]!;
    const paragraphs = elements(body, 'p').filter((p) => paragraphText(p) !== '' || elements(p, 'pStyle').length > 0);
    expect(paragraphs.length).toBeGreaterThan(40);
    for (const paragraph of paragraphs) {
      const style = paragraphStyle(paragraph);
      expect(style, paragraphText(paragraph)).not.toBeNull();
      expect(styles.has(style!), `${style}`).toBe(true);
      // No direct indents, alignment or colours: a clerk restyles by style.
      expect(elements(paragraph, 'ind'), paragraphText(paragraph)).toEqual([]);
      expect(elements(paragraph, 'jc'), paragraphText(paragraph)).toEqual([]);
    }
    expect(elements(body, 'color')).toEqual([]);
    for (const rStyle of elements(body, 'rStyle')) expect(styles.has(attr(rStyle, 'val')!)).toBe(true);
    // Each kind of content under its own name.
    const used = new Set(paragraphs.map(paragraphStyle));
    for (const id of [
      STYLE.title,
      STYLE.heading1,
      STYLE.heading2,
      STYLE.metaLabel,
      STYLE.tableText,
      STYLE.tableValue,
      STYLE.tableHeading,
      STYLE.agenda,
      STYLE.presenter,
      STYLE.statement,
      STYLE.note,
      STYLE.motion,
      STYLE.attachment,
      STYLE.signatureDate,
      STYLE.signature,
      STYLE.signatureSign,
      STYLE.signatureLabel,
      ...(language === 'en' ? [STYLE.subtitle] : [STYLE.event]),
    ])
      expect(used.has(id), id).toBe(true);
  });

  it('define only the styles the minutes use, each based on a defined style, headings in the outline', async () => {
    const pkg = await readDocx(await minutesToBytes(seedRecord(), language));
    const styles = stylesOf(pkg);
    const defaults = ['Normal', 'DefaultParagraphFont', 'TableNormal'];
    expect([...styles.keys()].sort()).toEqual([...defaults, ...Object.values(STYLE)].sort());
    for (const [id, style] of styles) {
      const basedOn = elements(style, 'basedOn')[0];
      if (basedOn) expect(styles.has(attr(basedOn, 'val')!), `${id} based on ${attr(basedOn, 'val')}`).toBe(true);
    }
    const outline = (id: string) => attr(elements(styles.get(id)!, 'outlineLvl')[0]!, 'val');
    expect([outline(STYLE.heading1), outline(STYLE.heading2)]).toEqual(['0', '1']);
    for (const id of [STYLE.heading1, STYLE.heading2, STYLE.tableHeading, STYLE.signatureDate, STYLE.signature])
      expect(elements(styles.get(id)!, 'keepNext'), id).toHaveLength(1);
    // The speaker is set off in bold; statements are not justified (the space after ○ never stretches).
    expect(elements(styles.get(STYLE.speaker)!, 'b')).toHaveLength(1);
    expect(attr(elements(styles.get(STYLE.statement)!, 'jc')[0]!, 'val')).toBe('left');
  });

  it('list the fonts with their alternate names, PANOSE and character set, and say who wrote what in which language', async () => {
    const pkg = await readDocx(await minutesToBytes(seedRecord(), language));
    const fonts = elements(pkg.parts.get('word/fontTable.xml')!, 'font');
    const malgun = fonts.find((f) => attr(f, 'name') === 'Malgun Gothic')!;
    expect(attr(elements(malgun, 'altName')[0]!, 'val')).toBe('맑은 고딕');
    expect(attr(elements(malgun, 'charset')[0]!, 'val')).toBe('81');
    expect(attr(elements(malgun, 'panose1')[0]!, 'val')).toMatch(/^[0-9A-F]{20}$/);
    expect(fonts.map((f) => attr(f, 'name'))).toEqual(
      language === 'ko' ? ['Malgun Gothic'] : ['Arial', 'Malgun Gothic'],
    );
    const core = pkg.parts.get('docProps/core.xml')!;
    const text = (tag: string) => core.getElementsByTagName(tag)[0]?.textContent;
    expect(text('dc:title')).toBe(pkg.paragraphs[0]);
    expect(text('dc:language')).toBe(language === 'ko' ? 'ko-KR' : 'en-US');
    expect(text('cp:lastModifiedBy')).toBe('오서기');
    expect(core.getElementsByTagName('dc:description')).toHaveLength(0);
  });
});

describe('attachments and the 결재란', () => {
  it('lists the attachments after the last section and signs in approval boxes instead of lines', async () => {
    const pkg = await readDocx(await minutesToBytes(fullRecord(true), 'ko'));
    expectInOrder(pkg.paragraphs, [
      '4. 향후 조치',
      '붙임 1. 2022년 연차별 시행계획(안) 1부.',
      '붙임 2. 성과지표 변경 대비표 1부.',
      '담당',
      '팀장',
      '과장',
    ]);
    expect(pkg.paragraphs).not.toContain('작성자');
    const attachment = elements(pkg.document, 'p').find((p) => paragraphText(p).startsWith('붙임 1.'))!;
    expect(paragraphStyle(attachment)).toBe(STYLE.attachment);
    const boxes = elements(pkg.document, 'tbl').at(-1)!;
    expect(attr(elements(boxes, 'jc')[0]!, 'val')).toBe('right');
    const [, signRow] = elements(boxes, 'tr');
    // ~15 mm to sign in.
    expect(Number(attr(elements(signRow!, 'trHeight')[0]!, 'val'))).toBeGreaterThanOrEqual(800);
  });
});
