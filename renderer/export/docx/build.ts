/**
 * The minutes as a Word document: a meeting record and a language in, a docx `Document` (or its
 * bytes) out. Pure: no DOM, no database, so it runs in Node and in a Web Worker alike.
 *
 * Two things every reader of the file depends on are done here for every run, not left to
 * defaults: text goes through xmlSafe (docx writes U+FFFE/U+FFFF through and the file then will
 * not open), and fonts and language are set for Latin and East Asian text alike (Word picks the
 * East Asian font for Hangul only when `w:eastAsia` is there; LibreOffice falls back by language).
 *
 * Left at its default on purpose: Word and LibreOffice set a quarter em between Hangul and digits
 * (제4차 looks like 제 4 차) in documents that define their own Normal style. docx's
 * `autoSpaceEastAsianText` would turn that off in Word, but it writes w:autoSpaceDN after
 * w:ind/w:jc, out of the schema's order, which risks Word's "unreadable content" prompt; and
 * LibreOffice ignores the setting on import anyway.
 *
 * Speed: docx builds two object trees for every paragraph and run before it writes a byte, which
 * for a long meeting (5,000 statements) took most of a second. So minutesToBytes has docx write
 * the frame of the document (styles, numbering, settings, page setup, headers and footers with
 * their page fields, properties, the title, the meta table, the signatures) and writes the bulk,
 * the sections' blocks, as strings (blockXml, wordml.ts): the XML docx would write for them, byte
 * for byte, which the tests check against buildMinutesDocument, where docx writes it all.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Language, MeetingRecord } from '../../domain/model';
import { fill, minutesContent, minutesNames, type Block, type MinutesContent } from './content';
import { replaceReserved, utf8Length } from '../../domain/text';
import { labelsFor, type Labels } from './labels';
import { xmlSafe } from './sanitize';
import { packWithSplices, placeholder } from './splice';
import { paragraphXml, runProperties, runsXml, type XmlRunStyle } from './wordml';

// A4 portrait in twips (1/20 pt); 20 mm top and bottom, 25 mm left and right.
const PAGE = { width: 11906, height: 16838 } as const;
const MARGIN = { top: 1134, bottom: 1134, left: 1418, right: 1418, header: 567, footer: 567 } as const;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

// Sizes in half-points.
const SIZE = { body: 22, small: 18, header: 16, heading: 26, item: 22, title: 32 } as const;

/**
 * Malgun Gothic is the Korean Windows UI font every Korean Word user has; LibreOffice, lacking
 * it, substitutes a Korean font (NanumGothic here). English minutes still hold Korean names, so
 * they keep the East Asian font too. Arial, for Latin text, is Liberation Sans in LibreOffice,
 * with the same metrics.
 */
const FONTS: Record<Language, { ascii: string; hAnsi: string; eastAsia: string; cs: string }> = {
  ko: { ascii: 'Malgun Gothic', hAnsi: 'Malgun Gothic', eastAsia: 'Malgun Gothic', cs: 'Malgun Gothic' },
  en: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'Malgun Gothic', cs: 'Arial' },
};
// The East Asian language stays Korean in English minutes: it tells Word how to break and
// space the Hangul they contain.
const LANGUAGE_TAGS: Record<Language, { value: string; eastAsia: string }> = {
  ko: { value: 'ko-KR', eastAsia: 'ko-KR' },
  en: { value: 'en-US', eastAsia: 'ko-KR' },
};

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break' | 'font' | 'language'>;

/** Builds runs for one language: every run carries the fonts and language tags. */
class Writer {
  private readonly font: (typeof FONTS)[Language];
  private readonly languageTag: (typeof LANGUAGE_TAGS)[Language];

  constructor(language: Language) {
    this.font = FONTS[language];
    this.languageTag = LANGUAGE_TAGS[language];
  }

  run(options: IRunOptions): TextRun {
    return new TextRun({ ...options, font: this.font, language: this.languageTag });
  }

  /** Text as typed: line breaks become breaks within the paragraph, tabs become tabs. */
  runs(text: string, style: RunStyle = {}): TextRun[] {
    return xmlSafe(text)
      .split('\n')
      .map((line, i) => {
        const children = line.split('\t').flatMap((piece, j) => (j === 0 ? [piece] : [new Tab(), piece]));
        return this.run({ ...style, children, ...(i > 0 ? { break: 1 } : {}) });
      });
  }

  /** A pattern with `{{fields}}`: each field is given as run children (text or a page field). */
  pattern(
    pattern: string,
    fields: Record<
      string,
      { children: (string | ParagraphChild | (typeof PageNumber)[keyof typeof PageNumber])[]; style?: RunStyle }
    >,
    style: RunStyle = {},
  ): TextRun[] {
    return pattern
      .split(/({{\s*\w+\s*}})/)
      .filter((piece) => piece !== '')
      .flatMap((piece) => {
        const name = /^{{\s*(\w+)\s*}}$/.exec(piece)?.[1];
        const field = name !== undefined ? fields[name] : undefined;
        if (!field) return this.runs(piece, style);
        const children = field.children.map((child) => (typeof child === 'string' ? xmlSafe(child) : child));
        return [this.run({ ...style, ...field.style, children: children as IRunOptions['children'] })];
      });
  }

  styleRun(extra: RunStyle = {}) {
    return { font: this.font, language: this.languageTag, ...extra };
  }

  private readonly runProperties = new Map<string, string>();

  /** The runs `runs(text, style)` gives, as XML (wordml.ts): bold and color are the styles there. */
  runsXml(text: string, style: XmlRunStyle = {}): string {
    const key = `${style.bold === true}|${style.color ?? ''}`;
    let rPr = this.runProperties.get(key);
    if (rPr === undefined) {
      rPr = runProperties(this.font, this.languageTag, style);
      this.runProperties.set(key, rPr);
    }
    return runsXml(text, rPr);
  }
}

// Cell padding left and right, plus a little slack for the font LibreOffice substitutes.
const CELL_PADDING = 2 * 120 + 120;

/**
 * About how wide a line of text is set, in twips: Hangul, CJK and full-width forms take a full
 * em, other characters a little over half of one. Used to give short columns (labels, dates,
 * names) the room their longest value needs, so they do not wrap after a word or two.
 */
function estimatedWidth(text: string, size: number = SIZE.body): number {
  let ems = 0;
  for (const char of text) {
    ems += /[\u1100-\u11FF\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\u25CB]/.test(char)
      ? 1
      : 0.52;
  }
  // size is in half-points; a twip is 1/20 pt.
  return Math.ceil(ems * size * 10) + CELL_PADDING;
}

function fitWidth(texts: readonly string[], min: number, max: number): number {
  const widest = Math.max(0, ...texts.flatMap((text) => text.split('\n')).map((line) => estimatedWidth(line)));
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
  rows: { cells: { children: Paragraph[]; shaded?: boolean }[]; header?: boolean }[],
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
          children: row.cells.map(
            (cell, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.CENTER,
                ...(cell.shaded ? { shading: LABEL_SHADING } : {}),
                children: cell.children.length > 0 ? cell.children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

const STATEMENT_INDENT: Record<Language, { left: number; hanging: number }> = {
  // The width of "○ ": wrapped lines start under the speaker's title, as Korean minutes set them.
  ko: { left: 284, hanging: 284 },
  en: { left: 360, hanging: 360 },
};

// Korean documents set running text justified (양쪽 정렬), English ones ragged right.
const BODY_ALIGNMENT: Record<Language, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  ko: AlignmentType.JUSTIFIED,
  en: AlignmentType.LEFT,
};

// Indent of agenda lines, presenter lines and notes; space after an agenda line; presenter color.
const INDENT = 284;
const LIST_AFTER = 40;
const ASIDE_COLOR = '404040';

/** The columns and rows of the decisions table: the vote column only when a vote was taken. */
function decisionGrid(block: Extract<Block, { kind: 'decisions' }>): { header: string[]; rows: string[][] } {
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

function blockParagraphs(block: Block, w: Writer, language: Language): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ indent: { left: INDENT }, spacing: { after: LIST_AFTER }, children: w.runs(item) }),
      );
    case 'itemHeading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: w.runs(block.text) })];
    case 'aside':
      // keepNext: a presenter line at the foot of a page stays with what was said.
      return [
        new Paragraph({
          indent: { left: INDENT },
          keepNext: true,
          children: w.runs(block.text, { color: ASIDE_COLOR }),
        }),
      ];
    // A procedural line stands where it happened, set like a note: part of the record, not an aside.
    case 'event':
    case 'note':
    case 'motion':
      // A motion is set as notes are: the procedure around what was said, one paragraph a line.
      return noteLines(block).map(
        (line) =>
          new Paragraph({ indent: { left: INDENT }, alignment: BODY_ALIGNMENT[language], children: w.runs(line) }),
      );
    case 'statement':
      return [
        new Paragraph({
          indent: STATEMENT_INDENT[language],
          alignment: BODY_ALIGNMENT[language],
          // One string, so a one-line statement is one run: runs are what docx spends its time on.
          children: w.runs(`${block.speaker} ${block.text}`),
        }),
      ];
    case 'decisions': {
      const { header, rows } = decisionGrid(block);
      return [gridTable(w, header, rows)];
    }
    case 'table':
      return [gridTable(w, block.columns, block.rows)];
  }
}

/**
 * What blockParagraphs gives for a block, as the XML docx writes for it (wordml.ts): the same
 * paragraph and table properties (elements in the schema's order, attributes in docx's order),
 * the same runs. The test suite compares the two ways of writing the minutes, whole.
 */
function blockXml(block: Block, w: Writer, language: Language): string {
  const jc = `<w:jc w:val="${BODY_ALIGNMENT[language]}"/>`;
  switch (block.kind) {
    case 'list': {
      const pPr = `<w:pPr><w:spacing w:after="${LIST_AFTER}"/><w:ind w:left="${INDENT}"/></w:pPr>`;
      return block.items.map((item) => paragraphXml(pPr, w.runsXml(item))).join('');
    }
    case 'itemHeading':
      return paragraphXml('<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>', w.runsXml(block.text));
    case 'aside':
      return paragraphXml(
        `<w:pPr><w:keepNext/><w:ind w:left="${INDENT}"/></w:pPr>`,
        w.runsXml(block.text, { color: ASIDE_COLOR }),
      );
    case 'event':
    case 'note':
    case 'motion':
      return noteLines(block)
        .map((line) => paragraphXml(`<w:pPr><w:ind w:left="${INDENT}"/>${jc}</w:pPr>`, w.runsXml(line)))
        .join('');
    case 'statement': {
      const { left, hanging } = STATEMENT_INDENT[language];
      const pPr = `<w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/>${jc}</w:pPr>`;
      return paragraphXml(pPr, w.runsXml(`${block.speaker} ${block.text}`));
    }
    case 'decisions': {
      const { header, rows } = decisionGrid(block);
      return gridTableXml(w, header, rows);
    }
    case 'table':
      return gridTableXml(w, block.columns, block.rows);
  }
}

/**
 * A section's blocks as docx objects; or, given `stretches`, as one string of XML (blockXml)
 * added to `stretches`, and a placeholder paragraph where it goes (splice.ts).
 */
function sectionBlocks(
  blocks: readonly Block[],
  w: Writer,
  language: Language,
  stretches?: string[],
): (Paragraph | Table)[] {
  if (!stretches) return blocks.flatMap((block) => blockParagraphs(block, w, language));
  if (blocks.length === 0) return [];
  const index = stretches.length;
  stretches.push(blocks.map((block) => blockXml(block, w, language)).join(''));
  return [placeholder(index)];
}

/**
 * The widths of a table with a shaded header row that repeats on each page: the first column
 * (what, which item) takes the width the other, short columns leave it.
 */
function gridWidths(header: readonly string[], rows: readonly string[][]): number[] {
  const wanted = header
    .slice(1)
    .map((label, i) => fitWidth([label, ...rows.map((row) => row[i + 1] ?? '')], 1200, 3400));
  // The first column holds the long text: the short ones give way (and wrap) past half the page.
  const scale = Math.min(1, TEXT_WIDTH / 2 / wanted.reduce((sum, width) => sum + width, 0));
  const side = wanted.map((width) => Math.floor(width * scale));
  return [TEXT_WIDTH - side.reduce((sum, width) => sum + width, 0), ...side];
}

/** The header row centred and bold; below it, the first column left, the others centred. */
function gridTable(w: Writer, header: readonly string[], rows: readonly string[][]): Table {
  return table(gridWidths(header, rows), [
    {
      header: true,
      cells: header.map((label) => ({
        shaded: true,
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: w.runs(label, { bold: true }) })],
      })),
    },
    ...rows.map((row) => ({
      cells: row.map((value, i) => ({
        children: [
          new Paragraph({ alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER, children: w.runs(value) }),
        ],
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
function gridTableXml(w: Writer, header: readonly string[], rows: readonly string[][]): string {
  const widths = gridWidths(header, rows);
  const total = widths.reduce((sum, width) => sum + width, 0);
  const cell = (i: number, shaded: boolean, paragraph: string) =>
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i] ?? 0}"/>${shaded ? SHADING_XML : ''}` +
    `<w:vAlign w:val="center"/></w:tcPr>${paragraph}</w:tc>`;
  const jc = (alignment: string) => `<w:pPr><w:jc w:val="${alignment}"/></w:pPr>`;
  const parts = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${BORDER_XML}</w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/><w:tblCellMar>${CELL_MARGINS_XML}</w:tblCellMar></w:tblPr><w:tblGrid>` +
      widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('') +
      '</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>',
    ...header.map((label, i) =>
      cell(i, true, paragraphXml(jc(AlignmentType.CENTER), w.runsXml(label, { bold: true }))),
    ),
    '</w:tr>',
  ];
  for (const row of rows) {
    parts.push('<w:tr><w:trPr><w:cantSplit/><w:tblHeader w:val="off"/></w:trPr>');
    row.forEach((value, i) => {
      const alignment = i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER;
      parts.push(cell(i, false, paragraphXml(jc(alignment), w.runsXml(value))));
    });
    parts.push('</w:tr>');
  }
  parts.push('</w:tbl>');
  return parts.join('');
}

function metaTable(content: MinutesContent, w: Writer): Table {
  const labelWidth = fitWidth(
    content.meta.map((row) => row.label),
    1500,
    3000,
  );
  return table(
    [labelWidth, TEXT_WIDTH - labelWidth],
    content.meta.map((row) => ({
      cells: [
        {
          shaded: true,
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: w.runs(row.label, { bold: true }) })],
        },
        { children: row.lines.map((line) => new Paragraph({ children: w.runs(line) })) },
      ],
    })),
  );
}

function signatureBlock(content: MinutesContent, w: Writer): (Paragraph | Table)[] {
  const { labels } = content;
  const widths = [
    fitWidth(
      content.signatures.map((line) => line.label),
      1000,
      2400,
    ),
    3400,
    fitWidth([labels.m('signature.sign')], 1000, 2400),
  ];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 600, after: 360 },
      keepNext: true,
      children: w.runs(content.signatureDate ?? labels.m('signature.dateLine')),
    }),
    table(
      widths,
      content.signatures.map((line) => ({
        cells: [
          { children: [new Paragraph({ children: w.runs(line.label, { bold: true }) })] },
          { children: [new Paragraph({ children: w.runs(line.name) })] },
          {
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: w.runs(labels.m('signature.sign'), { color: '595959' }),
              }),
            ],
          },
        ],
      })),
      { borders: NO_BORDERS, alignment: AlignmentType.RIGHT },
    ),
  ];
}

function pageFooter(labels: Labels, w: Writer): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: w.pattern(
          labels.pattern('footer.page'),
          { page: { children: [PageNumber.CURRENT] }, total: { children: [PageNumber.TOTAL_PAGES] } },
          { size: SIZE.small },
        ),
      }),
    ],
  });
}

/** See buildMinutesDocument; with `stretches`, as sectionBlocks gives them. */
function minutesDocument(record: MeetingRecord, language: Language, stretches?: string[]): Document {
  const content = minutesContent(record, language);
  const { labels } = content;
  const w = new Writer(language);

  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: w.runs(content.heading) }),
    ...(content.subheading
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 360 },
            children: w.runs(content.subheading),
          }),
        ]
      : []),
    ...(content.meta.length > 0 ? [metaTable(content, w)] : []),
    ...content.sections.flatMap((section) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: w.runs(section.heading) }),
      ...sectionBlocks(section.blocks, w, language, stretches),
    ]),
    ...signatureBlock(content, w),
  ];

  const heading = (size: number, spacing: { before: number; after: number }) => ({
    run: w.styleRun({ size, bold: true, color: '000000' }),
    paragraph: { spacing, keepNext: true, keepLines: true },
  });

  return new Document({
    title: xmlSafe(content.title),
    creator: xmlSafe(record.meeting.recorder.trim() || labels.appName),
    lastModifiedBy: xmlSafe(labels.appName),
    description: xmlSafe(content.title),
    // A line the recorder ended with Enter is not stretched across the justified paragraph.
    compatibility: { doNotExpandShiftReturn: true },
    styles: {
      default: {
        document: {
          run: w.styleRun({ size: SIZE.body }),
          paragraph: { spacing: { after: 80, line: 288 } },
        },
        title: {
          run: w.styleRun({ size: SIZE.title, bold: true, color: '000000' }),
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 360 } },
        },
        heading1: heading(SIZE.heading, { before: 360, after: 120 }),
        heading2: heading(SIZE.item, { before: 240, after: 80 }),
      },
    },
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
          // Page 1 carries the name as its title; from page 2 the header says whose minutes these are.
          first: new Header({ children: [new Paragraph({})] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 } },
                children: w.runs(content.title, { size: SIZE.header, color: '595959' }),
              }),
            ],
          }),
        },
        footers: { first: pageFooter(labels, w), default: pageFooter(labels, w) },
        children: body,
      },
    ],
  });
}

/**
 * The minutes as a docx `Document`, every paragraph a docx object. minutesToBytes writes the same
 * document faster; this is the reference its output is tested against.
 */
export function buildMinutesDocument(record: MeetingRecord, language: Language): Document {
  return minutesDocument(record, language);
}

/**
 * The .docx file's bytes: the same document as buildMinutesDocument, with the sections' blocks
 * (agenda, proceedings, decisions, action items) written as XML (blockXml) and spliced into the
 * package docx writes for the rest (splice.ts). No Buffer, no Blob: runs in a Web Worker too.
 */
export function minutesToBytes(record: MeetingRecord, language: Language): Promise<Uint8Array> {
  const stretches: string[] = [];
  return packWithSplices(minutesDocument(record, language, stretches), stretches);
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
