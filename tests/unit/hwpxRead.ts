/**
 * A .hwpx read back the way another program would: unzipped in order, every XML part parsed
 * strictly (docxRead's parser), and the body's paragraph texts taken in document order, for the
 * tests of the .hwpx export and for comparing it with the .docx.
 *
 * How paragraphs compare with the .docx's (docxRead's `paragraphs`, every w:p of document.xml in
 * order): a paragraph's text is its runs' hp:t, hp:lineBreak as "\n" and hp:tab as "\t"; a
 * paragraph holding a table stands for the table's cell paragraphs, row by row, cell by cell (in
 * the .docx the table is beside the paragraphs, not in one); the page header and footer, which
 * the .docx keeps in parts of their own, are not body paragraphs.
 */
import JSZip from 'jszip';
import { parseXml } from './docxRead';

export const HP = 'http://www.hancom.co.kr/hwpml/2011/paragraph';
export const HH = 'http://www.hancom.co.kr/hwpml/2011/head';
/** The Hancom-saved samples, from the repository root's sibling shared/ folder. */
export const REFERENCE_DIR = new URL('../../../shared/reference/hwpx/', import.meta.url);

export interface HwpxPackage {
  /** File names in zip order. */
  names: string[];
  zip: JSZip;
  raw: Uint8Array;
  /** Every .xml and .hpf part, parsed. */
  parts: Map<string, Document>;
  header: Document;
  section: Document;
  /** Body paragraphs' texts, in order, tables' cells in their place. */
  paragraphs: string[];
}

export function children(node: Element, localName?: string): Element[] {
  return Array.from(node.childNodes).filter(
    (child): child is Element =>
      child.nodeType === 1 && (localName === undefined || (child as Element).localName === localName),
  );
}

export function all(node: Document | Element, localName: string, ns = HP): Element[] {
  return Array.from(node.getElementsByTagNameNS(ns, localName));
}

export function paragraphText(paragraph: Element): string {
  let text = '';
  for (const run of children(paragraph, 'run')) {
    for (const t of children(run, 't')) {
      for (const node of Array.from(t.childNodes)) {
        if (node.nodeType === 3) text += node.nodeValue ?? '';
        else if ((node as Element).localName === 'lineBreak') text += '\n';
        else if ((node as Element).localName === 'tab') text += '\t';
      }
    }
  }
  return text;
}

/** The paragraphs of a section or a cell's sub-list, tables' cells in their place. */
export function listParagraphs(list: Element): string[] {
  return children(list, 'p').flatMap((p) => {
    const tables = children(p, 'run').flatMap((run) => children(run, 'tbl'));
    if (tables.length === 0) return [paragraphText(p)];
    return tables.flatMap((tbl) =>
      children(tbl, 'tr').flatMap((tr) =>
        children(tr, 'tc').flatMap((tc) => listParagraphs(children(tc, 'subList')[0]!)),
      ),
    );
  });
}

export async function readHwpx(bytes: Uint8Array): Promise<HwpxPackage> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const names = Object.keys(zip.files);
  const parts = new Map<string, Document>();
  for (const name of names) {
    if (!/\.(xml|hpf)$/.test(name)) continue;
    parts.set(name, parseXml(await zip.file(name)!.async('string'), name));
  }
  const section = parts.get('Contents/section0.xml')!;
  return {
    names,
    zip,
    raw: bytes,
    parts,
    header: parts.get('Contents/header.xml')!,
    section,
    paragraphs: listParagraphs(section.documentElement),
  };
}
