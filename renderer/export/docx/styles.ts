/**
 * The parts of the minutes' package that say how the document looks and what it is, written as
 * strings: styles.xml, fontTable.xml and core.xml (they replace what docx writes for them, see
 * packWithSplices). docx's own styles.xml always carries its defaults (blue Heading 3–6, Strong,
 * Hyperlink…) and its fontTable.xml is empty; a clerk opening the file should find only the
 * styles the minutes use, each kind of content under a name of its own, so that restyling every
 * statement at once is one change in Word.
 *
 * Fonts and languages are set once, in the document defaults: no run repeats them. The language
 * tags are those Korean Word writes (Latin text en-US, East Asian text ko-KR) in both languages;
 * what the document is written in is core.xml's dc:language.
 */
import type { Language } from '../../domain/model';
import { escapeXml } from './wordml';

/** The style ids the document uses; every paragraph of the minutes names one of these. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  metaLabel: 'MetaLabel',
  tableText: 'TableText',
  tableValue: 'TableValue',
  tableHeading: 'TableHeading',
  agenda: 'AgendaLine',
  presenter: 'Presenter',
  statement: 'Statement',
  speaker: 'Speaker',
  note: 'Note',
  event: 'Event',
  motion: 'Motion',
  attachment: 'Attachment',
  signatureDate: 'SignatureDate',
  signature: 'Signature',
  signatureSign: 'SignatureSign',
  signatureLabel: 'SignatureLabel',
  header: 'Header',
  footer: 'Footer',
} as const;

/**
 * Malgun Gothic is the Korean Windows UI font every Korean Word user has; LibreOffice, lacking
 * it, substitutes a Korean font (NanumGothic here). English minutes still hold Korean names, so
 * they keep the East Asian font too. Arial, for Latin text, is Liberation Sans in LibreOffice,
 * with the same metrics.
 */
const FONTS: Record<Language, { latin: string; eastAsia: string }> = {
  ko: { latin: 'Malgun Gothic', eastAsia: 'Malgun Gothic' },
  en: { latin: 'Arial', eastAsia: 'Malgun Gothic' },
};

/** What the document is written in (dc:language); runs are tagged by the defaults' w:lang. */
const DOCUMENT_LANGUAGE: Record<Language, string> = { ko: 'ko-KR', en: 'en-US' };

// Sizes in half-points.
export const SIZE = { body: 22, small: 18, header: 16, heading: 26, item: 22, title: 32 } as const;

/**
 * Indents in twips. A statement hangs: "○ " (or, in English, the first few letters of the
 * speaker) stands out at the margin, the wrapped lines start where the text after "○ " does. A
 * note sits deeper than that, so it never reads as the tail of the statement above it.
 */
export const INDENT = {
  list: 284,
  statement: { ko: 284, en: 360 },
  note: { ko: 567, en: 720 },
  // Wrapped lines of "붙임 1. …" / "Attachment 1: …" start under the name.
  attachment: { ko: 794, en: 1418 },
} as const;

/**
 * The look of each style, once: the preview (HTML) copies these. Spacing in twips, before/after.
 * Statements and notes are set ragged right (w:jc left) in both languages: justified Korean
 * stretched the spaces between words (and the one after "○") into wide gaps.
 */
function styleDefinitions(language: Language): string {
  const statementIndent = INDENT.statement[language];
  const noteIndent = INDENT.note[language];
  const attachmentIndent = INDENT.attachment[language];
  // Korean minutes centre procedural lines "(10시 40분 정회)"; English ones set them as sentences.
  const eventAlignment = language === 'ko' ? '<w:jc w:val="center"/>' : '';
  return [
    paragraphStyle('Normal', 'Normal', { isDefault: true }),
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
      '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
      '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
      '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>' +
      '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    paragraphStyle(STYLE.title, 'Title', {
      pPr: '<w:keepNext/><w:spacing w:before="0" w:after="360"/><w:jc w:val="center"/>',
      rPr: `<w:b/><w:bCs/><w:sz w:val="${SIZE.title}"/><w:szCs w:val="${SIZE.title}"/>`,
    }),
    paragraphStyle(STYLE.subtitle, 'Subtitle', {
      pPr: '<w:keepNext/><w:spacing w:before="0" w:after="360"/><w:jc w:val="center"/>',
      rPr: '<w:color w:val="404040"/>',
    }),
    paragraphStyle(STYLE.heading1, 'heading 1', {
      pPr: '<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
      rPr: `<w:b/><w:bCs/><w:sz w:val="${SIZE.heading}"/><w:szCs w:val="${SIZE.heading}"/>`,
    }),
    paragraphStyle(STYLE.heading2, 'heading 2', {
      pPr: '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
      rPr: `<w:b/><w:bCs/><w:sz w:val="${SIZE.item}"/><w:szCs w:val="${SIZE.item}"/>`,
    }),
    paragraphStyle(STYLE.tableText, 'Table Text', { pPr: '<w:spacing w:after="0"/>' }),
    // A table's cells after the first (outcomes, votes, counts) are centred.
    paragraphStyle(STYLE.tableValue, 'Table Value', { basedOn: STYLE.tableText, pPr: '<w:jc w:val="center"/>' }),
    paragraphStyle(STYLE.tableHeading, 'Table Heading', {
      basedOn: STYLE.tableText,
      // The header row stays with the first row under it.
      pPr: '<w:keepNext/><w:jc w:val="center"/>',
      rPr: '<w:b/><w:bCs/>',
    }),
    paragraphStyle(STYLE.metaLabel, 'Meta Label', {
      basedOn: STYLE.tableText,
      pPr: '<w:jc w:val="center"/>',
      rPr: '<w:b/><w:bCs/>',
    }),
    paragraphStyle(STYLE.agenda, 'Agenda Line', {
      pPr: `<w:spacing w:after="40"/><w:ind w:left="${INDENT.list}"/>`,
    }),
    paragraphStyle(STYLE.presenter, 'Presenter', {
      pPr: `<w:keepNext/><w:ind w:left="${INDENT.list}"/>`,
      rPr: '<w:color w:val="404040"/>',
    }),
    paragraphStyle(STYLE.statement, 'Statement', {
      pPr: `<w:ind w:left="${statementIndent}" w:hanging="${statementIndent}"/><w:jc w:val="left"/>`,
    }),
    '<w:style w:type="character" w:styleId="Speaker"><w:name w:val="Speaker"/><w:basedOn w:val="DefaultParagraphFont"/>' +
      '<w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
    paragraphStyle(STYLE.note, 'Note', {
      pPr: `<w:spacing w:before="80" w:after="120"/><w:ind w:left="${noteIndent}"/><w:jc w:val="left"/>`,
    }),
    paragraphStyle(STYLE.event, 'Event', {
      pPr: `<w:spacing w:before="80" w:after="120"/>${eventAlignment}`,
    }),
    paragraphStyle(STYLE.motion, 'Motion', {
      pPr: `<w:spacing w:before="120"/><w:ind w:left="${INDENT.list}"/><w:contextualSpacing/><w:jc w:val="left"/>`,
    }),
    paragraphStyle(STYLE.attachment, 'Attachment', {
      pPr:
        `<w:keepNext/><w:spacing w:before="360" w:after="40"/>` +
        `<w:ind w:left="${attachmentIndent}" w:hanging="${attachmentIndent}"/><w:contextualSpacing/>`,
    }),
    paragraphStyle(STYLE.signatureDate, 'Signature Date', {
      pPr: '<w:keepNext/><w:spacing w:before="600" w:after="360"/><w:jc w:val="center"/>',
    }),
    paragraphStyle(STYLE.signature, 'Signature', { basedOn: STYLE.tableText, pPr: '<w:keepNext/>' }),
    // "(서명)" / "(signature)": where the signature goes, set apart in grey.
    paragraphStyle(STYLE.signatureSign, 'Signature Sign', {
      basedOn: STYLE.signature,
      pPr: '<w:jc w:val="right"/>',
      rPr: '<w:color w:val="595959"/>',
    }),
    paragraphStyle(STYLE.signatureLabel, 'Signature Label', {
      basedOn: STYLE.signature,
      rPr: '<w:b/><w:bCs/>',
    }),
    paragraphStyle(STYLE.header, 'header', {
      pPr:
        '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>' +
        '<w:spacing w:after="0"/><w:jc w:val="right"/>',
      rPr: `<w:color w:val="595959"/><w:sz w:val="${SIZE.header}"/><w:szCs w:val="${SIZE.header}"/>`,
    }),
    paragraphStyle(STYLE.footer, 'footer', {
      pPr: '<w:spacing w:after="0"/><w:jc w:val="center"/>',
      rPr: `<w:sz w:val="${SIZE.small}"/><w:szCs w:val="${SIZE.small}"/>`,
    }),
  ].join('');
}

/** A paragraph style, based on Normal unless said otherwise; pPr and rPr children in schema order. */
function paragraphStyle(
  id: string,
  name: string,
  options: { basedOn?: string; isDefault?: boolean; pPr?: string; rPr?: string },
): string {
  const basedOn = options.isDefault ? '' : `<w:basedOn w:val="${options.basedOn ?? 'Normal'}"/>`;
  const next = id === STYLE.title || id.startsWith('Heading') ? '<w:next w:val="Normal"/>' : '';
  return (
    `<w:style w:type="paragraph"${options.isDefault ? ' w:default="1"' : ''} w:styleId="${id}">` +
    `<w:name w:val="${name}"/>${basedOn}${next}<w:qFormat/>` +
    (options.pPr ? `<w:pPr>${options.pPr}</w:pPr>` : '') +
    (options.rPr ? `<w:rPr>${options.rPr}</w:rPr>` : '') +
    '</w:style>'
  );
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** styles.xml: the document defaults (fonts, size, languages, spacing) and the styles above. */
export function stylesXml(language: Language): string {
  const { latin, eastAsia } = FONTS[language];
  const fonts = escapeXml(latin);
  return (
    `${XML_DECLARATION}<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr>` +
    `<w:rFonts w:ascii="${fonts}" w:eastAsia="${escapeXml(eastAsia)}" w:hAnsi="${fonts}" w:cs="${fonts}"/>` +
    `<w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="ko-KR" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    `</w:docDefaults>${styleDefinitions(language)}</w:styles>`
  );
}

/**
 * The fonts the document names, with what Word needs to find or substitute them: the Korean name
 * of Malgun Gothic, PANOSE, the character set (81 = HANGUL), family and pitch, and the Unicode
 * and code-page ranges (as Word itself writes them for these fonts).
 */
const FONT_ENTRIES: Record<string, string> = {
  'Malgun Gothic':
    '<w:altName w:val="맑은 고딕"/><w:panose1 w:val="020B0503020000020004"/><w:charset w:val="81"/>' +
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/><w:sig w:usb0="9000002F" w:usb1="29D77CFB" ' +
    'w:usb2="00000012" w:usb3="00000000" w:csb0="00080001" w:csb1="00000000"/>',
  Arial:
    '<w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/>' +
    '<w:pitch w:val="variable"/><w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" ' +
    'w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/>',
};

export function fontTableXml(language: Language): string {
  const names = [...new Set([FONTS[language].latin, FONTS[language].eastAsia])];
  const fonts = names.map((name) => `<w:font w:name="${escapeXml(name)}">${FONT_ENTRIES[name] ?? ''}</w:font>`);
  return `${XML_DECLARATION}<w:fonts ${W_NS}>${fonts.join('')}</w:fonts>`;
}

/** An instant as W3CDTF, to the second, as Word writes it. */
function w3cdtf(time: Date): string {
  return `${time.toISOString().slice(0, 19)}Z`;
}

/**
 * core.xml: the document's title (the heading it opens with), who wrote it and who last changed
 * it (the recorder; empty when not recorded), and its language. No description: it would only
 * repeat the title.
 */
export function coreXml(
  properties: { title: string; creator: string; lastModifiedBy: string; language: Language },
  now: Date = new Date(),
): string {
  const time = w3cdtf(now);
  return (
    `${XML_DECLARATION}<cp:coreProperties ` +
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(properties.title)}</dc:title>` +
    `<dc:creator>${escapeXml(properties.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(properties.lastModifiedBy)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dc:language>${DOCUMENT_LANGUAGE[properties.language]}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
