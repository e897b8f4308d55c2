/**
 * The minutes as a Word document: a meeting record and a language in, a docx `Document` (or its
 * bytes) out. Pure: no DOM, no database, so it runs in Node and in a Web Worker alike.
 *
 * Every paragraph names a style (styles.ts) for the kind of content it holds: statement, note,
 * procedural line, table text…, so a clerk restyles all statements at once. Fonts and languages
 * are set once, in styles.xml's defaults; a run carries only a character style (the speaker) or
 * what differs. Text goes through xmlSafe (docx writes U+FFFE/U+FFFF through and the file then
 * will not open).
 *
 * Section and agenda numbers ("2. 회의내용", "심의 1.") are typed text, not Word numbering: the
 * same words then reach the .docx, the PDF, the plain text and readers (mammoth) that do not
 * compute numbering.
 *
 * Left at its default on purpose: Word and LibreOffice set a quarter em between Hangul and digits
 * (제4차 looks like 제 4 차) in documents that define their own Normal style. docx's
 * `autoSpaceEastAsianText` would turn that off in Word, but it writes w:autoSpaceDN after
 * w:ind/w:jc, out of the schema's order, which risks Word's "unreadable content" prompt; and
 * LibreOffice ignores the setting on import anyway.
 *
 * Speed: docx builds two object trees for every paragraph and run before it writes a byte, which
 * for a long meeting (5,000 statements) took most of a second. So minutesToBytes has docx write
 * the frame of the document (numbering, settings, page setup, headers and footers with their page
 * fields, the title, the meta table, the attachments, the signatures) and writes the bulk, the
 * sections' blocks, as strings (blockXml, wordml.ts): the XML docx would write for them, byte for
 * byte, which the tests check against buildMinutesDocument, where docx writes it all. styles.xml,
 * fontTable.xml and core.xml are written as strings in both cases (minutesParts).
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  Paragraph,
  SimpleField,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  BorderStyle,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import type { Language, MeetingRecord } from '../../domain/model';
import { fill, minutesContent, minutesNames, type Block, type MinutesContent } from './content';
import { replaceReserved, utf8Length } from '../../domain/text';
import { labelsFor, type Labels } from './labels';
import { xmlSafe } from './sanitize';
import { packWithSplices, placeholder, type Part } from './splice';
import { coreXml, fontTableXml, SIZE, STYLE, stylesXml } from './styles';
import { paragraphXml, runProperties, runsXml, type XmlRunStyle } from './wordml';

// A4 portrait in twips (1/20 pt); 20 mm top and bottom, 25 mm left and right.
const PAGE = { width: 11906, height: 16838 } as const;
const MARGIN = { top: 1134, bottom: 1134, left: 1418, right: 1418, header: 567, footer: 567 } as const;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Text as typed, as runs: line breaks become breaks within the paragraph, tabs become tabs. */
function runs(text: string, style: XmlRunStyle = {}): TextRun[] {
  return xmlSafe(text)
    .split('\n')
    .map((line, i) => {
      const children = line.split('\t').flatMap((piece, j) => (j === 0 ? [piece] : [new Tab(), piece]));
      return new TextRun({ ...style, children, ...(i > 0 ? { break: 1 } : {}) });
    });
}

/** A pattern with `{{fields}}`: each field given as a paragraph child (a page field). */
function pattern(text: string, fields: Record<string, ParagraphChild>): ParagraphChild[] {
  return text
    .split(/({{\s*\w+\s*}})/)
    .filter((piece) => piece !== '')
    .flatMap((piece) => {
      const name = /^{{\s*(\w+)\s*}}$/.exec(piece)?.[1];
      const field = name !== undefined ? fields[name] : undefined;
      return field ? [field] : runs(piece);
    });
}

/** `<w:pPr>` naming a paragraph style, as docx writes `{ style }`. */
function styled(style: string, more = ''): string {
  return `<w:pPr><w:pStyle w:val="${style}"/>${more}</w:pPr>`;
}

const SPEAKER = { style: STYLE.speaker } as const;
const SPEAKER_RPR = runProperties(SPEAKER);

// Cell padding left and right, plus a little slack for the font LibreOffice substitutes.
const CELL_PADDING = 2 * 120 + 120;

// Digits are set in the Latin font: Malgun Gothic in Korean minutes (NanumGothic in LibreOffice,
// 0.62 em), Arial in English ones (0.56 em).
const DIGIT_EMS: Record<Language, number> = { ko: 0.62, en: 0.56 };
const WIDE = /[\u1100-\u11FF\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\u25CB]/;
const ALPHANUMERIC = /[A-Za-z0-9]/;

/**
 * About how wide a character is set, in ems: Hangul, CJK and full-width forms a little under a
 * full em (Malgun Gothic, NanumGothic); Latin letters and punctuation by their class in Arial's
 * metrics, digits by the document's Latin font. Spaces, commas and periods are narrow: counting
 * them as half an em made the vote column a third of the page.
 */
function charEms(char: string, language: Language): number {
  if (WIDE.test(char)) return 0.95;
  if (/[\s,.:;'!|()[\]\-/ijlftrI]/.test(char)) return 0.3;
  if (/[mwMW]/.test(char)) return 0.86;
  if (/[A-Z]/.test(char)) return 0.7;
  if (/[0-9]/.test(char)) return DIGIT_EMS[language];
  return 0.56;
}

/**
 * About how wide a line of text is set, in twips, with a cell's padding. Used to give short
 * columns (labels, outcomes, votes, dates, names) the room their longest value needs, so they do
 * not wrap after a word or two. Word and LibreOffice put a quarter em between Hangul and a
 * letter or digit (12월 is set 12 월): counted too.
 */
function estimatedWidth(text: string, language: Language, size: number = SIZE.body): number {
  let ems = 0;
  let previous = '';
  for (const char of text) {
    ems += charEms(char, language);
    const gap = (WIDE.test(previous) && ALPHANUMERIC.test(char)) || (ALPHANUMERIC.test(previous) && WIDE.test(char));
    if (gap) ems += 0.25;
    previous = char;
  }
  // size is in half-points; a twip is 1/20 pt.
  return Math.ceil(ems * size * 10) + CELL_PADDING;
}

export function fitWidth(language: Language, texts: readonly string[], min: number, max: number): number {
  const lines = texts.flatMap((text) => text.split('\n'));
  const widest = Math.max(0, ...lines.map((line) => estimatedWidth(line, language)));
  return Math.min(max, Math.max(min, widest));
}

const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const CELL_MARGINS = { top: 60, bottom: 60, left: 120, right: 120 };
const LABEL_SHADING = { fill: 'F2F2F2', color: 'auto', type: 'clear' } as const;

/**
 * A table whose widths LibreOffice and Word both honour: the grid (columnWidths) and every
 * cell's own width, in twips, with a fixed layout so no column is resized to its content.
 */
function table(
  widths: readonly number[],
  rows: { cells: { children: Paragraph[]; shaded?: boolean }[]; header?: boolean; height?: number }[],
  options: { borders?: typeof GRID; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
): Table {
  const total = widths.reduce((sum, w) => sum + w, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: options.borders ?? GRID,
    margins: CELL_MARGINS,
    ...(options.alignment ? { alignment: options.alignment } : {}),
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          tableHeader: row.header ?? false,
          ...(row.height !== undefined ? { height: { value: row.height, rule: HeightRule.ATLEAST } } : {}),
          children: row.cells.map(
            (cell, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.CENTER,
                ...(cell.shaded ? { shading: LABEL_SHADING } : {}),
                children: cell.children.length > 0 ? cell.children : [new Paragraph({ style: STYLE.tableText })],
              }),
          ),
        }),
    ),
  });
}

const ASIDE_STYLE: Record<Extract<Block, { kind: 'note' | 'event' | 'motion' }>['kind'], string> = {
  note: STYLE.note,
  event: STYLE.event,
  motion: STYLE.motion,
};

/** The columns and rows of the decisions table: the vote column only when a vote was taken. */
export function decisionGrid(block: Extract<Block, { kind: 'decisions' }>): { header: string[]; rows: string[][] } {
  const withVotes = block.rows.some((row) => row.votes !== '');
  return {
    header: [block.columns.item, block.columns.outcome, ...(withVotes ? [block.columns.votes] : [])],
    rows: block.rows.map((row) => [row.item, row.outcome, ...(withVotes ? [row.votes] : [])]),
  };
}

/** The paragraphs of a note or a procedural line (one) or of a motion block (one a line). */
function noteLines(block: Extract<Block, { kind: 'note' | 'event' | 'motion' }>): string[] {
  return block.kind === 'motion' ? block.lines : [block.text];
}

function blockParagraphs(block: Block, language: Language): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'list':
      return block.items.map((item) => new Paragraph({ style: STYLE.agenda, children: runs(item) }));
    case 'itemHeading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.text) })];
    case 'aside':
      return [new Paragraph({ style: STYLE.presenter, children: runs(block.text) })];
    // A procedural line stands where it happened: part of the record, not an aside. A motion is
    // the procedure around what was said, one paragraph a line.
    case 'event':
    case 'note':
    case 'motion':
      return noteLines(block).map((line) => new Paragraph({ style: ASIDE_STYLE[block.kind], children: runs(line) }));
    case 'statement':
      return [
        new Paragraph({
          style: STYLE.statement,
          // The speaker in a run of their own (bold, by the Speaker style); what was said, as typed.
          children: [...runs(block.speaker, SPEAKER), ...runs(` ${block.text}`)],
        }),
      ];
    case 'decisions': {
      const { header, rows } = decisionGrid(block);
      return [gridTable(header, rows, language)];
    }
    case 'table':
      return [gridTable(block.columns, block.rows, language)];
  }
}

/**
 * What blockParagraphs gives for a block, as the XML docx writes for it (wordml.ts): the same
 * paragraph and table properties (elements in the schema's order, attributes in docx's order),
 * the same runs. The test suite compares the two ways of writing the minutes, whole.
 */
function blockXml(block: Block, language: Language): string {
  switch (block.kind) {
    case 'list': {
      const pPr = styled(STYLE.agenda);
      return block.items.map((item) => paragraphXml(pPr, runsXml(item, ''))).join('');
    }
    case 'itemHeading':
      return paragraphXml(styled(STYLE.heading2), runsXml(block.text, ''));
    case 'aside':
      return paragraphXml(styled(STYLE.presenter), runsXml(block.text, ''));
    case 'event':
    case 'note':
    case 'motion': {
      const pPr = styled(ASIDE_STYLE[block.kind]);
      return noteLines(block)
        .map((line) => paragraphXml(pPr, runsXml(line, '')))
        .join('');
    }
    case 'statement':
      return paragraphXml(styled(STYLE.statement), runsXml(block.speaker, SPEAKER_RPR) + runsXml(` ${block.text}`, ''));
    case 'decisions': {
      const { header, rows } = decisionGrid(block);
      return gridTableXml(header, rows, language);
    }
    case 'table':
      return gridTableXml(block.columns, block.rows, language);
  }
}

/**
 * A section's blocks as docx objects; or, given `stretches`, as one string of XML (blockXml)
 * added to `stretches`, and a placeholder paragraph where it goes (splice.ts).
 */
function sectionBlocks(blocks: readonly Block[], language: Language, stretches?: string[]): (Paragraph | Table)[] {
  if (!stretches) return blocks.flatMap((block) => blockParagraphs(block, language));
  if (blocks.length === 0) return [];
  const index = stretches.length;
  stretches.push(blocks.map((block) => blockXml(block, language)).join(''));
  return [placeholder(index)];
}

// The first column of a grid table (the item, the action) keeps at least this much of the line.
const FIRST_COLUMN_SHARE = 0.38;

/**
 * The widths of a table with a shaded header row that repeats on each page: the short columns
 * (outcome, votes, owner, due date) get what their longest value needs, so an outcome or a vote
 * count never wraps; the first column (what, which item) takes the rest, at least
 * FIRST_COLUMN_SHARE of the line (past that the short ones give way and wrap).
 */
export function gridWidths(header: readonly string[], rows: readonly string[][], language: Language): number[] {
  const wanted = header
    .slice(1)
    .map((label, i) => fitWidth(language, [label, ...rows.map((row) => row[i + 1] ?? '')], 1100, 3800));
  const room = TEXT_WIDTH * (1 - FIRST_COLUMN_SHARE);
  const scale = Math.min(1, room / wanted.reduce((sum, width) => sum + width, 0));
  const side = wanted.map((width) => Math.floor(width * scale));
  return [TEXT_WIDTH - side.reduce((sum, width) => sum + width, 0), ...side];
}

/** The header row centred and bold (TableHeading); below it, the first column left, the others centred. */
function gridTable(header: readonly string[], rows: readonly string[][], language: Language): Table {
  return table(gridWidths(header, rows, language), [
    {
      header: true,
      cells: header.map((label) => ({
        shaded: true,
        children: [new Paragraph({ style: STYLE.tableHeading, children: runs(label) })],
      })),
    },
    ...rows.map((row) => ({
      cells: row.map((value, i) => ({
        children: [new Paragraph({ style: i === 0 ? STYLE.tableText : STYLE.tableValue, children: runs(value) })],
      })),
    })),
  ]);
}

// What docx writes for table()'s fixed properties with GRID borders and no table alignment.
const BORDER_XML = (['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const)
  .map((side) => `<w:${side} w:val="${THIN.style}" w:color="${THIN.color}" w:sz="${THIN.size}"/>`)
  .join('');
const CELL_MARGINS_XML = (['top', 'left', 'bottom', 'right'] as const)
  .map((side) => `<w:${side} w:type="dxa" w:w="${CELL_MARGINS[side]}"/>`)
  .join('');
const SHADING_XML = `<w:shd w:fill="${LABEL_SHADING.fill}" w:color="${LABEL_SHADING.color}" w:val="${LABEL_SHADING.type}"/>`;

/** gridTable as XML: what docx writes for it. */
function gridTableXml(header: readonly string[], rows: readonly string[][], language: Language): string {
  const widths = gridWidths(header, rows, language);
  const total = widths.reduce((sum, width) => sum + width, 0);
  const cell = (i: number, shaded: boolean, paragraph: string) =>
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i] ?? 0}"/>${shaded ? SHADING_XML : ''}` +
    `<w:vAlign w:val="center"/></w:tcPr>${paragraph}</w:tc>`;
  const headingPPr = styled(STYLE.tableHeading);
  const firstPPr = styled(STYLE.tableText);
  const otherPPr = styled(STYLE.tableValue);
  const parts = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${BORDER_XML}</w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/><w:tblCellMar>${CELL_MARGINS_XML}</w:tblCellMar></w:tblPr><w:tblGrid>` +
      widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('') +
      '</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>',
    ...header.map((label, i) => cell(i, true, paragraphXml(headingPPr, runsXml(label, '')))),
    '</w:tr>',
  ];
  for (const row of rows) {
    parts.push('<w:tr><w:trPr><w:cantSplit/><w:tblHeader w:val="off"/></w:trPr>');
    row.forEach((value, i) =>
      parts.push(cell(i, false, paragraphXml(i === 0 ? firstPPr : otherPPr, runsXml(value, '')))),
    );
    parts.push('</w:tr>');
  }
  parts.push('</w:tbl>');
  return parts.join('');
}

function metaTable(content: MinutesContent): Table {
  const labelWidth = fitWidth(
    content.language,
    content.meta.map((row) => row.label),
    1500,
    3000,
  );
  return table(
    [labelWidth, TEXT_WIDTH - labelWidth],
    content.meta.map((row) => ({
      cells: [
        { shaded: true, children: [new Paragraph({ style: STYLE.metaLabel, children: runs(row.label) })] },
        { children: row.lines.map((line) => new Paragraph({ style: STYLE.tableText, children: runs(line) })) },
      ],
    })),
  );
}

/** "붙임 1. 2022년 시행계획(안) 1부.": after the last section, before the signatures. */
function attachmentLines(content: MinutesContent): Paragraph[] {
  return content.attachments.map((line) => new Paragraph({ style: STYLE.attachment, children: runs(line) }));
}

// A box of a 결재란: wide enough for a seal or a signature, ~15 mm high to sign in.
export const APPROVAL_BOX = { width: 1134, height: 850 } as const;

/**
 * The signature block: the date (or a blank line for it) and then either the signature lines
 * (작성자/확인자, or the members who sign) or a 결재란, a small table at the right with a box
 * under each heading. Every paragraph keeps with the next, so the block never splits.
 */
function signatureBlock(content: MinutesContent): (Paragraph | Table)[] {
  const { labels, approvalBoxes } = content;
  const boxes = approvalBoxes.length > 0;
  const dateLine = new Paragraph({
    style: STYLE.signatureDate,
    children: runs(content.signatureDate ?? (boxes ? '' : labels.m('signature.dateLine'))),
  });
  if (boxes) {
    const widths = approvalBoxes.map((heading) => fitWidth(content.language, [heading], APPROVAL_BOX.width, 2400));
    return [
      dateLine,
      table(
        widths,
        [
          {
            header: true,
            cells: approvalBoxes.map((heading) => ({
              shaded: true,
              children: [new Paragraph({ style: STYLE.tableHeading, children: runs(heading) })],
            })),
          },
          { height: APPROVAL_BOX.height, cells: approvalBoxes.map(() => ({ children: [] })) },
        ],
        { alignment: AlignmentType.RIGHT },
      ),
    ];
  }
  const widths = [
    fitWidth(
      content.language,
      content.signatures.map((line) => line.label),
      1000,
      2400,
    ),
    3400,
    fitWidth(content.language, [labels.m('signature.sign')], 1000, 2400),
  ];
  return [
    dateLine,
    table(
      widths,
      content.signatures.map((line) => ({
        cells: [
          { children: [new Paragraph({ style: STYLE.signatureLabel, children: runs(line.label) })] },
          { children: [new Paragraph({ style: STYLE.signature, children: runs(line.name) })] },
          {
            children: [new Paragraph({ style: STYLE.signatureSign, children: runs(labels.m('signature.sign')) })],
          },
        ],
      })),
      { borders: NO_BORDERS, alignment: AlignmentType.RIGHT },
    ),
  ];
}

/** Page numbers as fields with a cached result, so a reader that does not update fields shows one. */
function pageFooter(labels: Labels): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: pattern(labels.pattern('footer.page'), {
          page: new SimpleField('PAGE', '1'),
          total: new SimpleField('NUMPAGES', '1'),
        }),
      }),
    ],
  });
}

/** See buildMinutesDocument; with `stretches`, as sectionBlocks gives them. */
function minutesDocument(content: MinutesContent, stretches?: string[]): Document {
  const { labels } = content;

  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(content.heading) }),
    ...(content.subheading ? [new Paragraph({ style: STYLE.subtitle, children: runs(content.subheading) })] : []),
    ...(content.meta.length > 0 ? [metaTable(content)] : []),
    ...content.sections.flatMap((section) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(section.heading) }),
      ...sectionBlocks(section.blocks, content.language, stretches),
    ]),
    ...attachmentLines(content),
    ...signatureBlock(content),
  ];

  return new Document({
    // A line the recorder ended with Enter is not stretched across a justified paragraph.
    compatibility: { doNotExpandShiftReturn: true },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: MARGIN,
          },
        },
        headers: {
          // Page 1 carries the heading as its title; from page 2 the header says whose minutes these are.
          first: new Header({ children: [new Paragraph({})] }),
          default: new Header({ children: [new Paragraph({ style: STYLE.header, children: runs(content.heading) })] }),
        },
        footers: { first: pageFooter(labels), default: pageFooter(labels) },
        children: body,
      },
    ],
  });
}

/**
 * The parts written as strings in place of docx's: the styles, the fonts and the document's
 * properties (styles.ts). Both ways of writing the minutes use them.
 */
export function minutesParts(record: MeetingRecord, language: Language): Part[] {
  return partsOf(minutesContent(record, language), record);
}

function partsOf({ heading, language }: MinutesContent, record: MeetingRecord): Part[] {
  const recorder = xmlSafe(record.meeting.recorder.trim());
  return [
    { path: 'word/styles.xml', data: stylesXml(language) },
    { path: 'word/fontTable.xml', data: fontTableXml(language) },
    {
      path: 'docProps/core.xml',
      data: coreXml({
        title: xmlSafe(heading),
        creator: recorder || labelsFor(language).appName,
        lastModifiedBy: recorder,
        language,
      }),
    },
  ];
}

/**
 * The minutes as a docx `Document`, every paragraph a docx object. minutesToBytes writes the same
 * document faster; this, packed with minutesParts, is the reference its output is tested against.
 */
export function buildMinutesDocument(record: MeetingRecord, language: Language): Document {
  return minutesDocument(minutesContent(record, language));
}

/**
 * The .docx file's bytes: the same document as buildMinutesDocument, with the sections' blocks
 * (agenda, proceedings, decisions, action items) written as XML (blockXml) and spliced into the
 * package docx writes for the rest (splice.ts), with minutesParts' styles, fonts and properties. No Buffer, no Blob: runs in a Web Worker too.
 */
export function minutesToBytes(record: MeetingRecord, language: Language): Promise<Uint8Array> {
  const content = minutesContent(record, language);
  const stretches: string[] = [];
  return packWithSplices(minutesDocument(content, stretches), stretches, partsOf(content, record));
}

// macOS allows 255 UTF-8 bytes per name; stay well under it, and under Windows' path limit.
const MAX_STEM_BYTES = 180;

function cleanFileText(text: string): string {
  // xmlSafe leaves of the control characters only tab and newline: spaces here, not underscores.
  return replaceReserved(xmlSafe(text).replace(/[\t\n]/g, ' '), '_');
}

/** Cuts text to whole characters (emoji with their modifiers stay whole) to fit `bytes`. */
function cutToBytes(text: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    used += utf8Length(segment);
    if (used > bytes) break;
    out += segment;
  }
  return out;
}

/**
 * `2021-11-23 제4차 양주시지역사회보장협의체 대표협의체 회의록.docx`: the date, the meeting's name
 * without the year, and the word for minutes; a name that ends in the word the suffix starts
 * with (회의 + 회의록) is not doubled. Safe on Windows and macOS, never empty.
 */
export function minutesFileName(record: MeetingRecord, language: Language): string {
  const labels = labelsFor(language);
  const content = minutesNames(record, language);
  const pattern = labels.pattern('file.name');
  const [before = '', after = ''] = pattern.split(/{{\s*name\s*}}/);
  let name = cleanFileText(content.baseName).replace(/\s+/g, ' ').trim();
  const nextWord = /^\s+(\S+)/.exec(after)?.[1] ?? '';
  const words = name.split(' ');
  const lastWord = words[words.length - 1] ?? '';
  if (lastWord.length >= 2 && nextWord.startsWith(lastWord) && nextWord !== lastWord) {
    name = words.slice(0, -1).join(' ');
  }
  const date = /^\d{4}-\d{2}-\d{2}$/.test(content.isoDate) ? content.isoDate : '';
  const tidy = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .trim()
      // A leading dot hides a file; Windows drops trailing dots and spaces.
      .replace(/^[.\s]+|[.\s]+$/g, '');
  const head = cleanFileText(fill(before, { date }));
  const tail = cleanFileText(fill(after, { date }));
  const room = MAX_STEM_BYTES - utf8Length(head + tail);
  const stem = tidy(head + cutToBytes(name, Math.max(0, room)) + tail) || tidy(cleanFileText(labels.appName));
  return `${stem}.docx`;
}
