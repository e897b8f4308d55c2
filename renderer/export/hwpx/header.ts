/**
 * Contents/header.xml of the .hwpx minutes: the fonts, border fills, character and paragraph
 * properties and styles the section refers to by id. Each kind of paragraph of the minutes has a
 * style of its own (named as the .docx's, docx/styles.ts), so a clerk restyles every statement
 * at once in Hangul.
 *
 * Only what the section uses is written: the section asks `Refs` for the id of a style, a
 * paragraph or character property or a border fill as it writes, and the first ask gives the
 * next id. Hancom's own files carry its 18 default styles whether used or not; here a style in
 * the list is one the document uses. The XML is shaped as Hancom Office 9.1 writes it (the
 * samples in shared/reference/hwpx): same elements, attributes and order, the `hp:switch` around
 * paragraph margins included.
 */
import type { Language } from '../../domain/model';
import { STYLE } from '../docx/styles';
import { escapeXml } from '../docx/wordml';

/** The root namespaces, exactly as Hancom declares them on header, section and content.hpf. */
export const NAMESPACES =
  'xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" ' +
  'xmlns:hp10="http://www.hancom.co.kr/hwpml/2016/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" ' +
  'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" ' +
  'xmlns:hhs="http://www.hancom.co.kr/hwpml/2011/history" xmlns:hm="http://www.hancom.co.kr/hwpml/2011/master-page" ' +
  'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:opf="http://www.idpf.org/2007/opf/" xmlns:ooxmlchart="http://www.hancom.co.kr/hwpml/2016/ooxmlchart" ' +
  'xmlns:hwpunitchar="http://www.hancom.co.kr/hwpml/2016/HwpUnitChar" xmlns:epub="http://www.idpf.org/2007/ops" ' +
  'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"';

/** The XML declaration as Hancom writes it (with the space before `?>`). */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>';

/**
 * Font ids, the same in each of the seven script groups: 함초롬돋움 (a gothic, for headings and
 * labels) and 함초롬바탕 (a serif, for the text), the fonts Hangul ships and its own defaults use.
 * English minutes keep them: they still hold Korean names, and both have Latin letters.
 */
const FONT = { gothic: 0, serif: 1 } as const;
const FONT_FACES = ['함초롬돋움', '함초롬바탕'] as const;
const SCRIPT_GROUPS = ['HANGUL', 'LATIN', 'HANJA', 'JAPANESE', 'OTHER', 'SYMBOL', 'USER'] as const;

interface CharSpec {
  /** In 1/100 pt. */
  height: number;
  font: keyof typeof FONT;
  bold?: boolean;
  /** #RRGGBB */
  color?: string;
}

type Align = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';

interface ParaSpec {
  align: Align;
  /** Left margin, HWPUNIT. */
  left?: number;
  /** First-line indent, HWPUNIT; negative hangs (Hangul's 내어쓰기). */
  indent?: number;
  before?: number;
  after?: number;
  keepWithNext?: boolean;
  /** Line spacing, percent. */
  line?: number;
}

// Sizes as the .docx's (docx/styles.ts SIZE, in half-points there): 11 pt text, 16 pt title.
const PT = 100;
/** A twip (1/1440 in) in HWPUNIT (1/7200 in): the .docx's indents and spacing carried over. */
const TWIP = 5;

const CHARS = {
  body: { height: 11 * PT, font: 'serif' },
  speaker: { height: 11 * PT, font: 'serif', bold: true },
  title: { height: 16 * PT, font: 'gothic', bold: true },
  subtitle: { height: 11 * PT, font: 'gothic', color: '#404040' },
  heading1: { height: 13 * PT, font: 'gothic', bold: true },
  heading2: { height: 11 * PT, font: 'gothic', bold: true },
  presenter: { height: 11 * PT, font: 'serif', color: '#404040' },
  tableText: { height: 10 * PT, font: 'serif' },
  tableHeading: { height: 10 * PT, font: 'gothic', bold: true },
  sign: { height: 10 * PT, font: 'serif', color: '#595959' },
  header: { height: 8 * PT, font: 'gothic', color: '#595959' },
  footer: { height: 9 * PT, font: 'gothic' },
} as const satisfies Record<string, CharSpec>;

export type CharKey = keyof typeof CHARS;

function paras(language: Language) {
  const statement = { ko: 284, en: 360 }[language] * TWIP;
  const note = { ko: 567, en: 720 }[language] * TWIP;
  const attachment = { ko: 794, en: 1418 }[language] * TWIP;
  const list = 284 * TWIP;
  return {
    body: { align: 'JUSTIFY' },
    title: { align: 'CENTER', after: 360 * TWIP, keepWithNext: true },
    subtitle: { align: 'CENTER', after: 360 * TWIP, keepWithNext: true },
    heading1: { align: 'LEFT', before: 360 * TWIP, after: 120 * TWIP, keepWithNext: true },
    heading2: { align: 'LEFT', before: 240 * TWIP, after: 80 * TWIP, keepWithNext: true },
    tableText: { align: 'LEFT', line: 130 },
    tableTextCentered: { align: 'CENTER', line: 130 },
    tableHeading: { align: 'CENTER', line: 130, keepWithNext: true },
    agenda: { align: 'LEFT', left: list, after: 40 * TWIP },
    presenter: { align: 'LEFT', left: list, keepWithNext: true },
    // Ragged right, as the .docx: justified Korean stretches the space after "○" into a gap.
    statement: { align: 'LEFT', indent: -statement },
    note: { align: 'LEFT', left: note, before: 80 * TWIP, after: 120 * TWIP },
    // Korean minutes centre procedural lines "(10시 40분 정회)"; English ones set them as sentences.
    event: { align: language === 'ko' ? 'CENTER' : 'LEFT', before: 80 * TWIP, after: 120 * TWIP },
    motion: { align: 'LEFT', left: list, before: 120 * TWIP },
    attachment: { align: 'LEFT', indent: -attachment, before: 360 * TWIP, keepWithNext: true },
    signatureDate: { align: 'CENTER', before: 600 * TWIP, after: 360 * TWIP, keepWithNext: true },
    signature: { align: 'LEFT', line: 130, keepWithNext: true },
    signatureSign: { align: 'RIGHT', line: 130, keepWithNext: true },
    header: { align: 'RIGHT', line: 130 },
    footer: { align: 'CENTER', line: 130 },
  } as const satisfies Record<string, ParaSpec>;
}

export type ParaKey = keyof ReturnType<typeof paras>;

/** Each style: its name (the .docx's style id), its paragraph and its character properties. */
const STYLES = {
  // Hangul's own default style keeps its own name: Hangul shows it first and new text takes it.
  body: { name: '바탕글', engName: 'Normal', para: 'body', char: 'body' },
  title: { name: STYLE.title, para: 'title', char: 'title' },
  subtitle: { name: STYLE.subtitle, para: 'subtitle', char: 'subtitle' },
  heading1: { name: STYLE.heading1, para: 'heading1', char: 'heading1' },
  heading2: { name: STYLE.heading2, para: 'heading2', char: 'heading2' },
  metaLabel: { name: STYLE.metaLabel, para: 'tableHeading', char: 'tableHeading' },
  tableText: { name: STYLE.tableText, para: 'tableText', char: 'tableText' },
  tableHeading: { name: STYLE.tableHeading, para: 'tableHeading', char: 'tableHeading' },
  agenda: { name: STYLE.agenda, para: 'agenda', char: 'body' },
  presenter: { name: STYLE.presenter, para: 'presenter', char: 'presenter' },
  statement: { name: STYLE.statement, para: 'statement', char: 'body' },
  note: { name: STYLE.note, para: 'note', char: 'body' },
  event: { name: STYLE.event, para: 'event', char: 'body' },
  motion: { name: STYLE.motion, para: 'motion', char: 'body' },
  attachment: { name: STYLE.attachment, para: 'attachment', char: 'body' },
  signatureDate: { name: STYLE.signatureDate, para: 'signatureDate', char: 'body' },
  signature: { name: STYLE.signature, para: 'signature', char: 'tableText' },
  signatureLabel: { name: STYLE.signatureLabel, para: 'signature', char: 'tableHeading' },
  header: { name: STYLE.header, para: 'header', char: 'header' },
  footer: { name: STYLE.footer, para: 'footer', char: 'footer' },
} as const satisfies Record<string, { name: string; engName?: string; para: ParaKey; char: CharKey }>;

export type StyleKey = keyof typeof STYLES;

/**
 * Border fills: 1 is the page border Hancom's section properties name, 2 the character
 * background every charPr names (both no lines, as Hancom writes them); grid and shaded are
 * table cells, on first use.
 */
const BORDER_FILLS = {
  page: { lines: false, fill: null },
  char: { lines: false, fill: 'none' },
  grid: { lines: true, fill: null },
  shaded: { lines: true, fill: '#F2F2F2' },
} as const satisfies Record<string, { lines: boolean; fill: string | null }>;

export type BorderFillKey = keyof typeof BORDER_FILLS;

/** Ids handed out in order of first use, per list; what was never asked for is not written. */
class IdList<K extends string> {
  readonly keys: K[] = [];
  constructor(private readonly first: number) {}
  id(key: K): number {
    let at = this.keys.indexOf(key);
    if (at < 0) at = this.keys.push(key) - 1;
    return this.first + at;
  }
}

/** What the section refers to; header.xml then defines exactly these. */
export class Refs {
  // Ids start at 0 as Hancom's do, border fills at 1 (Hancom's first).
  readonly styles = new IdList<StyleKey>(0);
  readonly paraPrs = new IdList<ParaKey>(0);
  readonly charPrs = new IdList<CharKey>(0);
  readonly borderFills = new IdList<BorderFillKey>(1);

  constructor() {
    // Hancom's fixed ids: the page border fill is 1 and the character border fill 2; style 0 is
    // the default style.
    this.borderFills.id('page');
    this.borderFills.id('char');
    this.style('body');
  }

  /** The ids a paragraph of this style names, its paragraph properties `para` where they differ. */
  style(key: StyleKey, para: ParaKey = STYLES[key].para): { style: number; paraPr: number; charPr: number } {
    return { style: this.styles.id(key), paraPr: this.paraPrs.id(para), charPr: this.charPrs.id(STYLES[key].char) };
  }

  charPr(key: CharKey): number {
    return this.charPrs.id(key);
  }

  borderFill(key: BorderFillKey): number {
    return this.borderFills.id(key);
  }
}

const SEVEN = (value: string | number) => SCRIPT_GROUPS.map((g) => `${g.toLowerCase()}="${value}"`).join(' ');

function fontFaces(): string {
  const fonts = FONT_FACES.map(
    (face, id) =>
      `<hh:font id="${id}" face="${escapeXml(face)}" type="TTF" isEmbedded="0"><hh:typeInfo familyType="FCAT_GOTHIC" ` +
      'weight="8" proportion="4" contrast="0" strokeVariation="1" armStyle="1" letterform="1" midline="1" xHeight="1"/></hh:font>',
  ).join('');
  const faces = SCRIPT_GROUPS.map(
    (lang) => `<hh:fontface lang="${lang}" fontCnt="${FONT_FACES.length}">${fonts}</hh:fontface>`,
  );
  return `<hh:fontfaces itemCnt="${faces.length}">${faces.join('')}</hh:fontfaces>`;
}

function borderFill(id: number, key: BorderFillKey): string {
  const { lines, fill } = BORDER_FILLS[key];
  const side = (name: string) =>
    lines
      ? `<hh:${name} type="SOLID" width="0.12 mm" color="#000000"/>`
      : `<hh:${name} type="NONE" width="0.1 mm" color="#000000"/>`;
  const brush =
    fill === null
      ? ''
      : fill === 'none'
        ? '<hc:fillBrush><hc:winBrush faceColor="none" hatchColor="#FF000000" alpha="0"/></hc:fillBrush>'
        : `<hc:fillBrush><hc:winBrush faceColor="${fill}" hatchColor="#999999" alpha="0"/></hc:fillBrush>`;
  return (
    `<hh:borderFill id="${id}" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">` +
    '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>' +
    ['leftBorder', 'rightBorder', 'topBorder', 'bottomBorder'].map(side).join('') +
    `<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/>${brush}</hh:borderFill>`
  );
}

function charPr(id: number, spec: CharSpec, charBorderFill: number): string {
  return (
    `<hh:charPr id="${id}" height="${spec.height}" textColor="${spec.color ?? '#000000'}" shadeColor="none" ` +
    `useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="${charBorderFill}">` +
    `<hh:fontRef ${SEVEN(FONT[spec.font])}/><hh:ratio ${SEVEN(100)}/><hh:spacing ${SEVEN(0)}/>` +
    `<hh:relSz ${SEVEN(100)}/><hh:offset ${SEVEN(0)}/>${spec.bold ? '<hh:bold/>' : ''}` +
    '<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/>' +
    '<hh:outline type="NONE"/><hh:shadow type="NONE" color="none" offsetX="10" offsetY="10"/></hh:charPr>'
  );
}

/**
 * The margins and line spacing twice, as Hancom writes them: in HWPUNIT for readers that know
 * the HwpUnitChar namespace, and for older ones at twice the value (what HWP 5 stores).
 */
function margins(spec: ParaSpec): string {
  const block = (scale: number) =>
    '<hh:margin>' +
    (
      [
        ['intent', spec.indent],
        ['left', spec.left],
        ['right', 0],
        ['prev', spec.before],
        ['next', spec.after],
      ] as const
    )
      .map(([name, value]) => `<hc:${name} value="${(value ?? 0) * scale}" unit="HWPUNIT"/>`)
      .join('') +
    `</hh:margin><hh:lineSpacing type="PERCENT" value="${spec.line ?? 160}" unit="HWPUNIT"/>`;
  return (
    '<hp:switch><hp:case hp:required-namespace="http://www.hancom.co.kr/hwpml/2016/HwpUnitChar">' +
    `${block(1)}</hp:case><hp:default>${block(2)}</hp:default></hp:switch>`
  );
}

function paraPr(id: number, spec: ParaSpec, charBorderFill: number): string {
  return (
    `<hh:paraPr id="${id}" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">` +
    `<hh:align horizontal="${spec.align}" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>` +
    // Korean text breaks between words (어절), as Hangul's own 바탕글 does.
    '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" ' +
    `keepWithNext="${spec.keepWithNext ? 1 : 0}" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>` +
    `<hh:autoSpacing eAsianEng="0" eAsianNum="0"/>${margins(spec)}` +
    `<hh:border borderFillIDRef="${charBorderFill}" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/>` +
    '</hh:paraPr>'
  );
}

/** Hancom's default outline numbering: the section properties name it (outlineShapeIDRef="1"). */
const NUMBERINGS =
  '<hh:numberings itemCnt="1"><hh:numbering id="1" start="0">' +
  (
    [
      ['DIGIT', '^1.'],
      ['HANGUL_SYLLABLE', '^2.'],
      ['DIGIT', '^3)'],
      ['HANGUL_SYLLABLE', '^4)'],
      ['DIGIT', '(^5)'],
      ['HANGUL_SYLLABLE', '(^6)'],
      ['CIRCLED_DIGIT', '^7'],
    ] as const
  )
    .map(
      ([format, text], i) =>
        `<hh:paraHead start="1" level="${i + 1}" align="LEFT" useInstWidth="1" autoIndent="1" widthAdjust="0" ` +
        `textOffsetType="PERCENT" textOffset="50" numFormat="${format}" charPrIDRef="4294967295" checkable="${i === 6 ? 1 : 0}">${text}</hh:paraHead>`,
    )
    .join('') +
  '</hh:numbering></hh:numberings>';

/** Windows language ids, as Hancom writes a style's language. */
const LANGUAGE_ID: Record<Language, number> = { ko: 1042, en: 1033 };

/** Contents/header.xml defining what `refs` handed out; call it after the section is written. */
export function headerXml(refs: Refs, language: Language, sections = 1): string {
  const paraSpecs = paras(language);
  const charBorderFill = refs.borderFill('char');
  const list = (tag: string, items: string[]) => `<hh:${tag} itemCnt="${items.length}">${items.join('')}</hh:${tag}>`;
  const styles = refs.styles.keys.map((key, id) => {
    const style = STYLES[key];
    const ids = refs.style(key);
    const engName = 'engName' in style ? style.engName : style.name;
    return (
      `<hh:style id="${id}" type="PARA" name="${escapeXml(style.name)}" engName="${escapeXml(engName)}" ` +
      `paraPrIDRef="${ids.paraPr}" charPrIDRef="${ids.charPr}" nextStyleIDRef="${id}" langID="${LANGUAGE_ID[language]}" lockForm="0"/>`
    );
  });
  // After the styles: asking for a style's ids may hand out a property id.
  const borderFills = refs.borderFills.keys.map((key) => borderFill(refs.borderFill(key), key));
  const charPrs = refs.charPrs.keys.map((key, id) => charPr(id, CHARS[key], charBorderFill));
  const paraPrs = refs.paraPrs.keys.map((key, id) => paraPr(id, paraSpecs[key], charBorderFill));
  return (
    `${XML_DECLARATION}<hh:head ${NAMESPACES} version="1.4" secCnt="${sections}">` +
    '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>' +
    fontFaces() +
    list('borderFills', borderFills) +
    list('charProperties', charPrs) +
    '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>' +
    NUMBERINGS +
    list('paraProperties', paraPrs) +
    list('styles', styles) +
    '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>' +
    '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption>' +
    '<hh:trackchageConfig flags="56"/></hh:head>'
  );
}
