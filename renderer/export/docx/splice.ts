/**
 * Packs a docx Document with paragraphs written as XML (wordml.ts) in place of placeholder
 * paragraphs: docx writes the whole package (content types, relationships, styles, settings,
 * sections, headers, footers, properties) from a document that holds a placeholder paragraph
 * where each stretch of written paragraphs goes; then, in the zip file docx gives, only
 * word/document.xml is replaced, by the same XML with the placeholders replaced (zip.ts). Every
 * other file of the package stays as docx wrote and compressed it.
 *
 * docx has no public way to take raw XML into a document, nor to hand out a part before it is
 * zipped (Packer.pack's `overrides` replace a part, but the part must be complete already); so
 * its zip file is opened again. What docx compresses for nothing is the placeholders' small
 * document.xml.
 */
import { Packer, Paragraph, TextRun, type Document } from 'docx';
import { replaceFile } from './zip';

const TOKEN = 'seogi-splice-';

// A paragraph style no paragraph of the minutes has (and styles.xml does not define).
const PLACEHOLDER_STYLE = 'SeogiSplice';

/**
 * The paragraph standing in for stretch `index` of written XML. Its style is one no paragraph of
 * the minutes has: typed text, even the same token, can never be written as the same paragraph.
 */
export function placeholder(index: number): Paragraph {
  return new Paragraph({ style: PLACEHOLDER_STYLE, children: [new TextRun(`${TOKEN}${index}`)] });
}

/** How docx writes placeholder(index). */
function placeholderXml(index: number): string {
  return (
    `<w:p><w:pPr><w:pStyle w:val="${PLACEHOLDER_STYLE}"/></w:pPr>` +
    `<w:r><w:t xml:space="preserve">${TOKEN}${index}</w:t></w:r></w:p>`
  );
}

/** The document's XML with placeholder i replaced by `stretches[i]`, for every i. */
export function splice(documentXml: string, stretches: readonly string[]): string {
  const pieces: string[] = [];
  let from = 0;
  stretches.forEach((xml, index) => {
    const mark = placeholderXml(index);
    const at = documentXml.indexOf(mark, from);
    // In order and once each: anything else means docx wrote the placeholder differently.
    if (at < 0 || documentXml.includes(mark, at + mark.length)) {
      throw new Error(`Placeholder ${index} not found exactly once in word/document.xml`);
    }
    pieces.push(documentXml.slice(from, at), xml);
    from = at + mark.length;
  });
  pieces.push(documentXml.slice(from));
  return pieces.join('');
}

/** A part of the package written as a string, in place of the one docx writes (styles.ts). */
export interface Part {
  path: string;
  data: string;
}

/**
 * The .docx bytes of `doc`, its placeholders replaced by `stretches` (see placeholder) and the
 * `parts` given in place of docx's (Packer.pack's overrides: same place in the zip).
 */
export async function packWithSplices(
  doc: Document,
  stretches: readonly string[],
  parts: readonly Part[] = [],
): Promise<Uint8Array> {
  const skeleton = await Packer.pack(doc, 'uint8array', undefined, parts);
  if (stretches.length === 0) return skeleton;
  return replaceFile(skeleton, 'word/document.xml', (xml) =>
    new TextEncoder().encode(splice(new TextDecoder().decode(xml), stretches)),
  );
}
