/**
 * WordprocessingML written straight to a string, for the bulk of the minutes: the sections'
 * paragraphs and tables (build.ts's blockXml is made of these pieces).
 *
 * Why not docx for these: a long meeting has thousands of statements, each a paragraph with its
 * style and a run or two, and docx builds an object tree for every one,
 * copies it into another (prepForXml) and only then writes it out: for 5,000 entries that was
 * most of the export's time, and most of its garbage. What these paragraphs need is a handful of
 * fixed properties around escaped text, which a string writes in a fraction of the time. docx
 * still writes everything else (styles, page setup, headers, footers, title, meta table,
 * signatures, the package); splice.ts puts these strings into its document.xml.
 *
 * The XML is what docx itself writes for the same paragraph, byte for byte (same elements, same
 * attribute order): tests/unit/docx-minutes.test.ts compares the two documents whole.
 */
import { xmlSafe } from './sanitize';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const MARKUP = /[&<>"']/g;

/**
 * Text or an attribute value as XML: the five markup characters as entities (as docx writes
 * them, quotes included). Characters XML cannot hold must be gone already (xmlSafe).
 */
export function escapeXml(text: string): string {
  return text.replace(MARKUP, (char) => ESCAPES[char] ?? char);
}

/**
 * What a run written here may carry: a character style. Everything else (fonts, size, language,
 * colour) comes from the styles, so that a clerk restyles a kind of text at once.
 */
export interface XmlRunStyle {
  /** A character style's id (w:rStyle). */
  style?: string;
}

/** `w:rPr` for the style's character style; '' for none. */
export function runProperties(style: XmlRunStyle = {}): string {
  return style.style !== undefined ? `<w:rPr><w:rStyle w:val="${escapeXml(style.style)}"/></w:rPr>` : '';
}

/**
 * Text as typed, as runs: a run per line, the lines after the first opening with a break, tabs
 * as tabs, every piece of text in a `w:t` that keeps its spaces. The same runs as build.ts's
 * Writer.runs gives docx. `rPr` is a runProperties string.
 */
export function runsXml(text: string, rPr: string): string {
  let xml = '';
  const lines = xmlSafe(text).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const pieces = (lines[i] ?? '').split('\t');
    xml += `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}`;
    for (let j = 0; j < pieces.length; j++) {
      xml += `${j > 0 ? '<w:tab/>' : ''}<w:t xml:space="preserve">${escapeXml(pieces[j] ?? '')}</w:t>`;
    }
    xml += '</w:r>';
  }
  return xml;
}

/** A paragraph: `pPr` is its `w:pPr` element, or '' for none; `runs` from runsXml. */
export function paragraphXml(pPr: string, runs: string): string {
  return pPr === '' && runs === '' ? '<w:p/>' : `<w:p>${pPr}${runs}</w:p>`;
}
