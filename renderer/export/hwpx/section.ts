/**
 * Contents/section0.xml of the .hwpx minutes: the whole document body, one section. It says the
 * same words in the same order as the .docx (docx/build.ts), paragraph for paragraph and cell for
 * cell, since both render minutesContent: the title, the meta table, the sections' blocks, the
 * attachments and the signature block. The first paragraph's first run carries the section
 * properties (A4, margins), the page header (the heading, from page 2, as the .docx) and the
 * footer with the page number, as Hancom writes them.
 *
 * Text as typed: a line break is `hp:lineBreak` and a tab `hp:tab` inside `hp:t`, so a statement
 * stays one paragraph as in the .docx. No `hp:linesegarray` (Hangul's layout cache): Hangul lays
 * the text out itself when it is missing.
 */
import type { Language } from '../../domain/model';
import { APPROVAL_BOX, decisionGrid, fitWidth, gridWidths } from '../docx/build';
import type { Block, MinutesContent } from '../docx/content';
import { xmlSafe } from '../docx/sanitize';
import { escapeXml } from '../docx/wordml';
import {
  NAMESPACES,
  XML_DECLARATION,
  type BorderFillKey,
  type CharKey,
  type ParaKey,
  type Refs,
  type StyleKey,
} from './header';

/** A4 portrait in HWPUNIT (1/7200 in), with the margins Korean public documents use. */
export const PAGE = { width: 59528, height: 84188 } as const;
// 20 mm left, right and top; 15 mm bottom, header and footer.
export const MARGIN = { left: 5669, right: 5669, top: 5669, bottom: 4252, header: 4252, footer: 4252 } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** A twip in HWPUNIT: the .docx's column widths carried over. */
const TWIP = 5;
/** Cell padding as Hancom's default table: 1.8 mm left and right, 0.5 mm top and bottom. */
const CELL_MARGIN = '<hp:cellMargin left="510" right="510" top="141" bottom="141"/>';
/** A row's least height: Hangul makes it as tall as its text needs. */
const ROW_HEIGHT = 282;

/**
 * A tab as Hangul writes one: its width is a layout cache Hangul recomputes (it writes the width
 * it laid out); 4000 is the section's tab step (tabStopVal), leader 0 none, type 1 left.
 */
const TAB = '<hp:tab width="4000" leader="0" type="1"/>';

/** Typed text as the content of `hp:t`: escaped, line breaks and tabs as Hangul's elements. */
function textXml(text: string): string {
  return escapeXml(xmlSafe(text)).replace(/\n/g, '<hp:lineBreak/>').replace(/\t/g, TAB);
}

function run(charPr: number, text: string): string {
  const body = textXml(text);
  return body ? `<hp:run charPrIDRef="${charPr}"><hp:t>${body}</hp:t></hp:run>` : `<hp:run charPrIDRef="${charPr}"/>`;
}

/** A paragraph of one style: its runs as [character property, text], or written already. */
function paragraph(
  refs: Refs,
  style: StyleKey,
  runs: readonly (readonly [CharKey | null, string])[] | string,
  para?: ParaKey,
): string {
  const ids = refs.style(style, para);
  const body =
    typeof runs === 'string'
      ? runs
      : runs.map(([char, text]) => run(char === null ? ids.charPr : refs.charPr(char), text)).join('');
  return (
    `<hp:p id="0" paraPrIDRef="${ids.paraPr}" styleIDRef="${ids.style}" pageBreak="0" columnBreak="0" merged="0">` +
    `${body || `<hp:run charPrIDRef="${ids.charPr}"/>`}</hp:p>`
  );
}

/** A paragraph of one style holding `text` in the style's own character properties. */
function plain(refs: Refs, style: StyleKey, text: string, para?: ParaKey): string {
  return paragraph(refs, style, [[null, text]], para);
}

interface Cell {
  /** Its paragraphs, written; an empty cell still holds one (Hangul requires it, as Word does). */
  paragraphs: string[];
  borderFill: BorderFillKey;
}

interface Row {
  cells: Cell[];
  /** The header row, repeated on each page the table runs onto. */
  header?: boolean;
  height?: number;
}

/** Numbers tables as Hancom does (each `hp:tbl` an id and a z-order of its own). */
class Tables {
  private count = 0;
  next(): number {
    this.count += 1;
    return this.count;
  }
}

/**
 * A table in a paragraph of its own, as Hancom writes one: widths in HWPUNIT (each cell's and the
 * table's, which is their sum), placed `offset` from the left of the text (a right-aligned table
 * is one placed its width short of the right margin), header row repeated.
 */
function table(
  refs: Refs,
  tables: Tables,
  widths: readonly number[],
  rows: readonly Row[],
  options: { borderFill: BorderFillKey; offset?: number },
): string {
  if (rows.length === 0) return '';
  const id = tables.next();
  const width = widths.reduce((sum, w) => sum + w, 0);
  const height = rows.reduce((sum, row) => sum + (row.height ?? ROW_HEIGHT), 0);
  const tr = rows.map(
    (row, r) =>
      '<hp:tr>' +
      row.cells
        .map(
          (cell, c) =>
            `<hp:tc name="" header="${row.header ? 1 : 0}" hasMargin="0" protect="0" editable="0" dirty="0" ` +
            `borderFillIDRef="${refs.borderFill(cell.borderFill)}"><hp:subList id="" textDirection="HORIZONTAL" ` +
            'lineWrap="BREAK" vertAlign="CENTER" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" ' +
            `hasTextRef="0" hasNumRef="0">${cell.paragraphs.length > 0 ? cell.paragraphs.join('') : plain(refs, 'tableText', '')}</hp:subList>` +
            `<hp:cellAddr colAddr="${c}" rowAddr="${r}"/><hp:cellSpan colSpan="1" rowSpan="1"/>` +
            `<hp:cellSz width="${widths[c] ?? 0}" height="${row.height ?? ROW_HEIGHT}"/>${CELL_MARGIN}</hp:tc>`,
        )
        .join('') +
      '</hp:tr>',
  );
  const tbl =
    `<hp:tbl id="${id}" zOrder="${id}" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" ` +
    `dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="${rows.length}" colCnt="${widths.length}" ` +
    `cellSpacing="0" borderFillIDRef="${refs.borderFill(options.borderFill)}" noAdjust="0">` +
    `<hp:sz width="${width}" widthRelTo="ABSOLUTE" height="${height}" heightRelTo="ABSOLUTE" protect="0"/>` +
    '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" ' +
    `horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="${options.offset ?? 0}"/>` +
    // No side margins: the table spans the text width exactly, as the .docx's.
    '<hp:outMargin left="0" right="0" top="283" bottom="283"/>' +
    `<hp:inMargin left="510" right="510" top="141" bottom="141"/>${tr.join('')}</hp:tbl>`;
  const anchor = refs.style('tableText');
  return paragraph(refs, 'tableText', `<hp:run charPrIDRef="${anchor.charPr}">${tbl}<hp:t/></hp:run>`);
}

/** Widths in twips (the .docx's) scaled to this page's text width, summing to it exactly. */
function fullWidth(twips: readonly number[]): number[] {
  const total = twips.reduce((sum, w) => sum + w, 0);
  const widths = twips.map((w) => Math.floor((w * TEXT_WIDTH) / total));
  widths[0] = (widths[0] ?? 0) + TEXT_WIDTH - widths.reduce((sum, w) => sum + w, 0);
  return widths;
}

/** A table with a shaded header row: the first column left, the others centred, as the .docx's. */
function gridTable(
  refs: Refs,
  tables: Tables,
  language: Language,
  header: readonly string[],
  rows: readonly string[][],
): string {
  // The .docx's widths are for its 25 mm margins; the proportions carry over.
  const widths = fullWidth(gridWidths(header, rows, language));
  return table(
    refs,
    tables,
    widths,
    [
      {
        header: true,
        cells: header.map((label) => ({ borderFill: 'shaded', paragraphs: [plain(refs, 'tableHeading', label)] })),
      },
      ...rows.map((row) => ({
        cells: row.map((value, i) => ({
          borderFill: 'grid' as const,
          paragraphs: [plain(refs, 'tableText', value, i === 0 ? 'tableText' : 'tableTextCentered')],
        })),
      })),
    ],
    { borderFill: 'grid' },
  );
}

const NOTE_STYLE = { note: 'note', event: 'event', motion: 'motion' } as const satisfies Record<string, StyleKey>;

function blockXml(refs: Refs, tables: Tables, language: Language, block: Block): string {
  switch (block.kind) {
    case 'list':
      return block.items.map((item) => plain(refs, 'agenda', item)).join('');
    case 'itemHeading':
      return plain(refs, 'heading2', block.text);
    case 'aside':
      return plain(refs, 'presenter', block.text);
    case 'event':
    case 'note':
      return plain(refs, NOTE_STYLE[block.kind], block.text);
    case 'motion':
      return block.lines.map((line) => plain(refs, 'motion', line)).join('');
    case 'statement':
      // The speaker bold, then what was said after a space, as the .docx.
      return paragraph(refs, 'statement', [
        ['speaker', block.speaker],
        [null, ` ${block.text}`],
      ]);
    case 'decisions': {
      const { header, rows } = decisionGrid(block);
      return gridTable(refs, tables, language, header, rows);
    }
    case 'table':
      return gridTable(refs, tables, language, block.columns, block.rows);
  }
}

function metaTable(refs: Refs, tables: Tables, content: MinutesContent): string {
  const label =
    fitWidth(
      content.language,
      content.meta.map((row) => row.label),
      1500,
      3000,
    ) * TWIP;
  return table(
    refs,
    tables,
    [label, TEXT_WIDTH - label],
    content.meta.map((row) => ({
      cells: [
        { borderFill: 'shaded', paragraphs: [plain(refs, 'metaLabel', row.label)] },
        // One paragraph a line, as the .docx.
        { borderFill: 'grid', paragraphs: row.lines.map((line) => plain(refs, 'tableText', line)) },
      ],
    })),
    { borderFill: 'grid' },
  );
}

/**
 * The date line, then a 결재란 (a box under each heading) or the signature lines, set at the right
 * as the .docx's.
 */
function signatureBlock(refs: Refs, tables: Tables, content: MinutesContent): string {
  const { labels, approvalBoxes, language } = content;
  const boxes = approvalBoxes.length > 0;
  const date = plain(refs, 'signatureDate', content.signatureDate ?? (boxes ? '' : labels.m('signature.dateLine')));
  const atRight = (widths: number[]) => ({ widths, offset: TEXT_WIDTH - widths.reduce((sum, w) => sum + w, 0) });
  if (boxes) {
    const { widths, offset } = atRight(
      approvalBoxes.map((heading) => fitWidth(language, [heading], APPROVAL_BOX.width, 2400) * TWIP),
    );
    return (
      date +
      table(
        refs,
        tables,
        widths,
        [
          {
            header: true,
            cells: approvalBoxes.map((heading) => ({
              borderFill: 'shaded',
              paragraphs: [plain(refs, 'tableHeading', heading)],
            })),
          },
          {
            height: APPROVAL_BOX.height * TWIP,
            cells: approvalBoxes.map(() => ({ borderFill: 'grid', paragraphs: [] })),
          },
        ],
        { borderFill: 'grid', offset },
      )
    );
  }
  const { widths, offset } = atRight(
    [
      fitWidth(
        language,
        content.signatures.map((line) => line.label),
        1000,
        2400,
      ),
      3400,
      fitWidth(language, [labels.m('signature.sign')], 1000, 2400),
    ].map((w) => w * TWIP),
  );
  return (
    date +
    table(
      refs,
      tables,
      widths,
      content.signatures.map((line) => ({
        cells: [
          { borderFill: 'page', paragraphs: [plain(refs, 'signatureLabel', line.label)] },
          { borderFill: 'page', paragraphs: [plain(refs, 'signature', line.name)] },
          {
            borderFill: 'page',
            paragraphs: [paragraph(refs, 'signature', [['sign', labels.m('signature.sign')]], 'signatureSign')],
          },
        ],
      })),
      // No lines: a signature line is the blank beside the label, as on the .docx.
      { borderFill: 'page', offset },
    )
  );
}

const AUTO_NUMBER = (type: 'PAGE' | 'TOTAL_PAGE') =>
  `<hp:ctrl><hp:autoNum num="1" numType="${type}"><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" ` +
  'suffixChar="" supscript="0"/></hp:autoNum></hp:ctrl>';

/** The footer's words around the page numbers ("- {{page}} -", "Page {{page}} of {{total}}"). */
function pageNumberRun(refs: Refs, pattern: string): string {
  const numbers: Record<string, string> = { page: AUTO_NUMBER('PAGE'), total: AUTO_NUMBER('TOTAL_PAGE') };
  const body = pattern
    .split(/({{\s*\w+\s*}})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const name = /^{{\s*(\w+)\s*}}$/.exec(piece)?.[1];
      const field = name !== undefined ? numbers[name] : undefined;
      return field ?? `<hp:t>${textXml(piece)}</hp:t>`;
    })
    .join('');
  return `<hp:run charPrIDRef="${refs.style('footer').charPr}">${body}</hp:run>`;
}

function headerFooter(kind: 'header' | 'footer', id: number, body: string): string {
  return (
    `<hp:ctrl><hp:${kind} id="${id}" applyPageType="BOTH"><hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" ` +
    `vertAlign="${kind === 'header' ? 'TOP' : 'BOTTOM'}" linkListIDRef="0" linkListNextIDRef="0" textWidth="${TEXT_WIDTH}" ` +
    `textHeight="${MARGIN[kind]}" hasTextRef="0" hasNumRef="0">${body}</hp:subList></hp:${kind}></hp:ctrl>`
  );
}

const NOTE_PROPERTIES =
  '<hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>' +
  '<hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/>' +
  '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr>' +
  '<hp:endNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>' +
  '<hp:noteLine length="14692344" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="0" belowLine="567" aboveLine="850"/>' +
  '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="END_OF_DOCUMENT" beneathText="0"/></hp:endNotePr>';

/**
 * The first run of the document: section properties (Hancom's, with this page and these
 * margins), one column, the footer with the page number on every page and the header with the
 * heading, hidden on the first page, which has the heading as its title.
 */
function sectionStart(refs: Refs, content: MinutesContent): string {
  const pageBorder = refs.borderFill('page');
  const borders = ['BOTH', 'EVEN', 'ODD']
    .map(
      (type) =>
        `<hp:pageBorderFill type="${type}" borderFillIDRef="${pageBorder}" textBorder="PAPER" headerInside="0" footerInside="0" fillArea="PAPER">` +
        '<hp:offset left="1417" right="1417" top="1417" bottom="1417"/></hp:pageBorderFill>',
    )
    .join('');
  const secPr =
    '<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" ' +
    'outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">' +
    '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>' +
    '<hp:visibility hideFirstHeader="1" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" ' +
    'hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>' +
    '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>' +
    `<hp:pagePr landscape="WIDELY" width="${PAGE.width}" height="${PAGE.height}" gutterType="LEFT_ONLY">` +
    `<hp:margin header="${MARGIN.header}" footer="${MARGIN.footer}" gutter="0" left="${MARGIN.left}" right="${MARGIN.right}" ` +
    `top="${MARGIN.top}" bottom="${MARGIN.bottom}"/></hp:pagePr>${NOTE_PROPERTIES}${borders}</hp:secPr>`;
  const columns =
    '<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>';
  const footer = headerFooter(
    'footer',
    2,
    paragraph(refs, 'footer', pageNumberRun(refs, content.labels.pattern('footer.page'))),
  );
  const header = headerFooter('header', 1, plain(refs, 'header', content.heading));
  return `<hp:run charPrIDRef="${refs.style('title').charPr}">${secPr}${columns}${footer}${header}<hp:t/></hp:run>`;
}

/** Contents/section0.xml; the ids it names are handed out by `refs` (header.ts). */
export function sectionXml(refs: Refs, content: MinutesContent): string {
  const tables = new Tables();
  const { language } = content;
  const title = refs.style('title');
  const body: string[] = [
    paragraph(refs, 'title', sectionStart(refs, content) + run(title.charPr, content.heading)),
    content.subheading ? plain(refs, 'subtitle', content.subheading) : '',
    content.meta.length > 0 ? metaTable(refs, tables, content) : '',
    ...content.sections.flatMap((section) => [
      plain(refs, 'heading1', section.heading),
      ...section.blocks.map((block) => blockXml(refs, tables, language, block)),
    ]),
    ...content.attachments.map((line) => plain(refs, 'attachment', line)),
    signatureBlock(refs, tables, content),
  ];
  return `${XML_DECLARATION}<hs:sec ${NAMESPACES}>${body.join('')}</hs:sec>`;
}
