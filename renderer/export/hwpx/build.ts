/**
 * The minutes as a .hwpx file (Hancom OWPML), the format Korean public bodies file documents in:
 * a meeting record and a language in, the file's bytes out. Pure, no DOM and no Node API, so it
 * runs in the export's Web Worker like the .docx.
 *
 * The words are minutesContent's, the same as the .docx's in the same order (section.ts); the
 * package is laid out as Hancom Office saves one: `mimetype` first and stored, then version.xml,
 * the header and section, the preview text, settings, the container, content.hpf and the
 * manifest (zipWrite.ts).
 */
import type { Language, MeetingRecord } from '../../domain/model';
import { minutesContent, type MinutesContent } from '../docx/content';
import { labelsFor } from '../docx/labels';
import { writeZip } from '../zipWrite';
import { headerXml, Refs } from './header';
import { containerXml, contentHpf, manifestXml, MIMETYPE, previewText, settingsXml, versionXml } from './package';
import { sectionXml } from './section';

export { containerXml, contentHpf, manifestXml, previewText, settingsXml, versionXml } from './package';
export { headerXml, Refs } from './header';
export { sectionXml } from './section';

export interface HwpxPart {
  name: string;
  data: string;
  /** Kept uncompressed, as Hancom keeps these. */
  store?: boolean;
}

const SECTION = 'Contents/section0.xml';

/** The package's parts, in Hancom's order, as text. */
export function hwpxParts(content: MinutesContent, recorder: string): HwpxPart[] {
  const refs = new Refs();
  // The section first: it hands out the ids the header then defines.
  const section = sectionXml(refs, content);
  const creator = recorder.trim() || labelsFor(content.language).appName;
  return [
    { name: 'mimetype', data: MIMETYPE, store: true },
    { name: 'version.xml', data: versionXml(), store: true },
    { name: 'Contents/header.xml', data: headerXml(refs, content.language) },
    { name: SECTION, data: section },
    { name: 'Preview/PrvText.txt', data: previewText(content) },
    { name: 'settings.xml', data: settingsXml() },
    { name: 'META-INF/container.xml', data: containerXml() },
    {
      name: 'Contents/content.hpf',
      data: contentHpf({ title: content.heading, language: content.language, creator, sections: [SECTION] }),
    },
    { name: 'META-INF/manifest.xml', data: manifestXml() },
  ];
}

/** The .hwpx file's bytes. */
export function minutesToHwpx(record: MeetingRecord, language: Language): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts = hwpxParts(minutesContent(record, language), record.meeting.recorder);
  return writeZip(parts.map((part) => ({ name: part.name, data: encoder.encode(part.data), store: part.store })));
}
