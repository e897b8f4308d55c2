/**
 * A .docx read back the way another program would: unzipped, every XML part parsed strictly, and
 * the paragraphs' text taken in document order, for the tests of the minutes export.
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/**
 * The first character XML 1.0 cannot hold (these make Word and LibreOffice refuse the file): C0
 * controls but tab, LF and CR; U+FFFE, U+FFFF; surrogates not part of a pair.
 */
export function firstNonXml(text: string): number | null {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    if (control || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff)) return code;
  }
  return null;
}

/** Parses strictly: any error or warning from the parser fails the test. */
export function parseXml(xml: string, part: string): Document {
  const fail = (level: string) => (message: string) => {
    throw new Error(`${part}: XML ${level}: ${message}`);
  };
  const parser = new DOMParser({
    errorHandler: { warning: fail('warning'), error: fail('error'), fatalError: fail('fatal error') },
  });
  const illegal = firstNonXml(xml);
  if (illegal !== null) {
    const code = illegal.toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`${part}: character U+${code} is not allowed in XML`);
  }
  return parser.parseFromString(xml, 'application/xml');
}

export interface Package {
  parts: Map<string, Document>;
  document: Document;
  /** Text of each paragraph, in document order (table cells included), tabs and breaks kept. */
  paragraphs: string[];
}

export function elements(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(W, name));
}

export function paragraphText(paragraph: Element): string {
  let text = '';
  const walk = (node: Element) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.localName === 't') text += element.textContent ?? '';
      // w:tab in a run is a tab character; in w:tabs it is a tab stop.
      else if (element.localName === 'tab' && node.localName === 'r') text += '\t';
      else if (element.localName === 'br') text += '\n';
      else walk(element);
    }
  };
  walk(paragraph);
  return text;
}

export async function readDocx(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Document>();
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    parts.set(name, parseXml(await zip.file(name)!.async('string'), name));
  }
  const document = parts.get('word/document.xml')!;
  return { parts, document, paragraphs: elements(document, 'p').map(paragraphText) };
}

/** Asserts each expected text is a paragraph (or, with `contains`, inside one), in this order. */
export function expectInOrder(
  paragraphs: readonly string[],
  expected: readonly (string | { contains: string })[],
): void {
  let from = 0;
  for (const item of expected) {
    const found = paragraphs.findIndex((text, i) =>
      i < from ? false : typeof item === 'string' ? text === item : text.includes(item.contains),
    );
    // Thrown, not vitest's expect: the end-to-end tests read documents with this module too.
    if (found < 0) throw new Error(`${JSON.stringify(item)} not found after paragraph ${from}`);
    from = found + 1;
  }
}

/** The header or footer part a section uses for one type (default, first). */
export function sectionPart(pkg: Package, kind: 'headerReference' | 'footerReference', type: string): Document {
  const reference = elements(pkg.document, kind).find((e) => e.getAttributeNS(W, 'type') === type)!;
  const id = reference.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
  const rels = pkg.parts.get('word/_rels/document.xml.rels')!;
  const target = Array.from(rels.getElementsByTagName('Relationship'))
    .find((r) => r.getAttribute('Id') === id)!
    .getAttribute('Target')!;
  return pkg.parts.get(`word/${target}`)!;
}

export const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
