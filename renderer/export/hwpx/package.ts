/**
 * The parts of a .hwpx package around the document itself, as Hancom Office 9.1 writes them
 * (shared/reference/hwpx): the version, the OCF container naming the package file and the
 * preview text, the (empty) ODF manifest, content.hpf (metadata, the manifest of parts and the
 * spine), settings.xml (where the caret starts), and Preview/PrvText.txt.
 */
import type { Language } from '../../domain/model';
import type { MinutesContent } from '../docx/content';
import { xmlSafe } from '../docx/sanitize';
import { escapeXml } from '../docx/wordml';
import { NAMESPACES, XML_DECLARATION } from './header';

export const MIMETYPE = 'application/hwp+zip';

/**
 * The format version Hancom writes (OWPML 1.4, HCF 5.0.5); readers check it. The application
 * fields are Hancom's too, as they stand in every sample (the typo `tagetApplication` included).
 */
export function versionXml(): string {
  return (
    `${XML_DECLARATION}<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" ` +
    'major="5" minor="0" micro="5" buildNumber="0" os="1" xmlVersion="1.4" application="Hancom Office Hangul" ' +
    'appVersion="9, 1, 1, 5656 WIN32LEWindows_Unknown_Version"/>'
  );
}

export function containerXml(): string {
  return (
    `${XML_DECLARATION}<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" ` +
    'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>' +
    '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>' +
    '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>'
  );
}

export function manifestXml(): string {
  return `${XML_DECLARATION}<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>`;
}

export interface PackageInfo {
  title: string;
  language: Language;
  /** Who wrote the minutes (the recorder), else the app's name. */
  creator: string;
  /** Section part names, in order: Contents/section0.xml … */
  sections: readonly string[];
}

/** content.hpf: what the document is, its parts, and the order they are read in. */
export function contentHpf(info: PackageInfo): string {
  const meta = (name: string, value: string) =>
    value
      ? `<opf:meta name="${name}" content="text">${escapeXml(xmlSafe(value))}</opf:meta>`
      : `<opf:meta name="${name}" content="text"/>`;
  const title = xmlSafe(info.title);
  const sections = info.sections.map((href, i) => ({ id: `section${i}`, href }));
  return (
    `${XML_DECLARATION}<opf:package ${NAMESPACES} version="" unique-identifier="" id=""><opf:metadata>` +
    (title ? `<opf:title>${escapeXml(title)}</opf:title>` : '<opf:title/>') +
    `<opf:language>${info.language}</opf:language>` +
    meta('creator', info.creator) +
    meta('subject', '') +
    meta('description', '') +
    meta('lastsaveby', info.creator) +
    meta('keyword', '') +
    '</opf:metadata><opf:manifest>' +
    '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>' +
    sections.map((s) => `<opf:item id="${s.id}" href="${s.href}" media-type="application/xml"/>`).join('') +
    '<opf:item id="settings" href="settings.xml" media-type="application/xml"/>' +
    '</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>' +
    sections.map((s) => `<opf:itemref idref="${s.id}" linear="yes"/>`).join('') +
    '</opf:spine></opf:package>'
  );
}

/** Where Hangul puts the caret on opening: the start of the document. */
export function settingsXml(): string {
  return (
    `${XML_DECLARATION}<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" ` +
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">' +
    '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>'
  );
}

/** About a page of preview text, as Hancom keeps (it cuts near this length too). */
const PREVIEW_LENGTH = 1024;

/**
 * Preview/PrvText.txt: the start of the document as plain text, for file browsers and search;
 * table cells as Hancom writes them, each in <…>, a row a line; CRLF line ends.
 */
export function previewText(content: MinutesContent): string {
  const lines = [
    content.heading,
    content.subheading,
    ...content.meta.map((row) => `<${row.label}><${row.lines.join(' ')}>`),
    ...content.sections.flatMap((section) => [
      section.heading,
      ...section.blocks.flatMap((block) =>
        block.kind === 'list' ? block.items : block.kind === 'itemHeading' ? [block.text] : [],
      ),
    ]),
  ].filter(Boolean);
  const text = xmlSafe(lines.join('\n')).replace(/\n/g, '\r\n');
  // Whole characters: a cut between a surrogate pair would leave half an emoji.
  return Array.from(text).slice(0, PREVIEW_LENGTH).join('');
}
