/**
 * The .hwpx package (renderer/export/hwpx), against what Hancom Office itself saves (the samples
 * in shared/reference/hwpx): the parts and their order, `mimetype` first and stored, the root
 * namespaces, the container, content.hpf's manifest and spine; every part well-formed XML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { minutesToHwpx } from '../../renderer/export/hwpx/build';
import { seedRecord } from '../fixtures/seedRecord';
import { children, readHwpx, REFERENCE_DIR } from './hwpxRead';

const SAMPLES = readdirSync(REFERENCE_DIR)
  .filter((name) => name.endsWith('.hwpx'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, REFERENCE_DIR))) }));

/** The namespace declarations on a part's root element, in order, as written. */
function rootNamespaces(xml: string): string[] {
  const root = /<(?!\?)[^>]*>/.exec(xml)?.[0] ?? '';
  return [...root.matchAll(/xmlns:\w+="[^"]*"/g)].map((m) => m[0]);
}

describe('.hwpx package', async () => {
  const cases = await Promise.all(
    (['ko', 'en'] as const).map(async (language) => {
      const bytes = await minutesToHwpx(seedRecord(), language);
      return { language, bytes, pkg: await readHwpx(bytes) };
    }),
  );
  const samples = await Promise.all(SAMPLES.map(async (s) => ({ ...s, zip: await JSZip.loadAsync(s.bytes) })));

  it('has the six Hancom samples to compare with', () => {
    expect(samples.map((s) => s.name).sort()).toEqual(
      ['HeaderFooter', 'PageFunctions', 'PageSize_Margin', 'Table', 'multipara', 'sample1']
        .map((n) => `${n}.hwpx`)
        .sort(),
    );
  });

  for (const { language, bytes, pkg } of cases) {
    describe(language, () => {
      it("has Hancom's parts in Hancom's order (but the preview image)", () => {
        for (const sample of samples) {
          expect(pkg.names, sample.name).toEqual(
            Object.keys(sample.zip.files).filter((n) => n !== 'Preview/PrvImage.png'),
          );
        }
      });

      it('starts with mimetype, stored, no data descriptor, its content at byte 38', () => {
        const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        expect(v.getUint32(0, true)).toBe(0x04034b50);
        expect(v.getUint16(6, true) & 0x0008).toBe(0);
        expect(v.getUint16(8, true)).toBe(0);
        expect(v.getUint16(26, true)).toBe('mimetype'.length);
        expect(new TextDecoder().decode(bytes.subarray(30, 38))).toBe('mimetype');
        expect(new TextDecoder().decode(bytes.subarray(38, 38 + 19))).toBe('application/hwp+zip');
        // The same bytes as Hancom's files. sample1.hwpx was repacked by another zip tool after
        // Hancom saved it (an extra field and the UTF-8 flag on its mimetype entry): not compared.
        const hancom = samples.filter((s) => s.bytes[28] === 0 && s.bytes[29] === 0);
        expect(hancom.length).toBe(5);
        for (const sample of hancom) expect(bytes.subarray(0, 57), sample.name).toEqual(sample.bytes.subarray(0, 57));
      });

      it('parses every XML part strictly', () => {
        expect([...pkg.parts.keys()].sort()).toEqual(
          [
            'Contents/content.hpf',
            'Contents/header.xml',
            'Contents/section0.xml',
            'META-INF/container.xml',
            'META-INF/manifest.xml',
            'settings.xml',
            'version.xml',
          ].sort(),
        );
      });

      it("declares the root namespaces exactly as Hancom's parts do", async () => {
        for (const part of [
          'Contents/header.xml',
          'Contents/section0.xml',
          'Contents/content.hpf',
          'version.xml',
          'settings.xml',
        ]) {
          const ours = rootNamespaces(await pkg.zip.file(part)!.async('string'));
          for (const sample of samples) {
            expect(ours, `${part} against ${sample.name}`).toEqual(
              rootNamespaces(await sample.zip.file(part)!.async('string')),
            );
          }
        }
      });

      it('writes version.xml, container.xml and manifest.xml as Hancom does', async () => {
        for (const part of ['version.xml', 'META-INF/container.xml', 'META-INF/manifest.xml']) {
          const ours = await pkg.zip.file(part)!.async('string');
          expect(ours, part).toBe(await samples[0]!.zip.file(part)!.async('string'));
        }
      });

      it('lists the parts in the container, the manifest and the spine', () => {
        const container = pkg.parts.get('META-INF/container.xml')!;
        const rootfiles = Array.from(container.getElementsByTagName('ocf:rootfile')).map((r) =>
          r.getAttribute('full-path'),
        );
        expect(rootfiles).toEqual(['Contents/content.hpf', 'Preview/PrvText.txt']);
        for (const path of rootfiles) expect(pkg.names).toContain(path);

        const hpf = pkg.parts.get('Contents/content.hpf')!;
        const items = Array.from(hpf.getElementsByTagName('opf:item')).map((i) => [
          i.getAttribute('id'),
          i.getAttribute('href'),
        ]);
        expect(items).toEqual([
          ['header', 'Contents/header.xml'],
          ['section0', 'Contents/section0.xml'],
          ['settings', 'settings.xml'],
        ]);
        for (const [, href] of items) expect(pkg.names).toContain(href);
        const spine = Array.from(hpf.getElementsByTagName('opf:itemref')).map((i) => i.getAttribute('idref'));
        expect(spine).toEqual(['header', 'section0']);
        expect(hpf.getElementsByTagName('opf:language')[0]?.textContent).toBe(language);
        expect(hpf.getElementsByTagName('opf:title')[0]?.textContent).toBe(pkg.paragraphs[0]);
      });

      it('has one section, as head says', () => {
        const head = pkg.header.documentElement;
        const sections = pkg.names.filter((n) => /^Contents\/section\d+\.xml$/.test(n));
        expect(Number(head.getAttribute('secCnt'))).toBe(sections.length);
        expect(children(pkg.section.documentElement, 'p').length).toBeGreaterThan(5);
      });

      it('gives a preview text: the heading first, CRLF line ends', async () => {
        const text = await pkg.zip.file('Preview/PrvText.txt')!.async('string');
        expect(text.startsWith(`${pkg.paragraphs[0]}\r\n`)).toBe(true);
        expect(text).not.toMatch(/[^\r]\n/);
      });
    });
  }

  it('writes the same bytes each time', async () => {
    expect(await minutesToHwpx(seedRecord(), 'ko')).toEqual(cases[0]!.bytes);
  });
});
