/**
 * Hancom's own document model (owpml-check, built by `npm test` before the unit tests) loads every
 * kind of minutes this app writes as .hwpx, in both languages: the seed meeting, each signature
 * style, a varied record, and hostile text in every field with a 20,000-character entry. The
 * checker rejects ill-formed parts and elements Hancom does not know; what it cannot see (dangling
 * ids, counts, values) is hwpx-integrity.test.ts's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { minutesToHwpx } from '../../renderer/export/hwpx/build';
import { MINUTES_CASES } from '../fixtures/minutesRecords';
import { seedRecord } from '../fixtures/seedRecord';
import { owpmlCheck } from '../owpml';

const dir = mkdtempSync(path.join(os.tmpdir(), 'seogi-hwpx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("Hancom's model loads the .hwpx", () => {
  for (const [name, record] of MINUTES_CASES) {
    for (const language of ['ko', 'en'] as const) {
      it(`${name}, ${language}`, { timeout: 60_000 }, async () => {
        const file = path.join(dir, `${name.replace(/\W+/g, '-')}-${language}.hwpx`);
        writeFileSync(file, await minutesToHwpx(record(), language));
        const { pass, output } = owpmlCheck(file);
        expect(pass, output).toBe(true);
      });
    }
  }
});

describe('the checker', () => {
  it('fails a .hwpx holding an element Hancom does not know', { timeout: 60_000 }, async () => {
    const zip = await JSZip.loadAsync(await minutesToHwpx(seedRecord(), 'ko'));
    const section = await zip.file('Contents/section0.xml')!.async('string');
    zip.file('Contents/section0.xml', section.replace('<hp:run ', '<hp:bogus/><hp:run '));
    const file = path.join(dir, 'unknown-element.hwpx');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    const { pass, output } = owpmlCheck(file);
    expect(pass).toBe(false);
    expect(output).toContain('UNKNOWN-DROPPED Contents/section0.xml: <hp:bogus>');
  });
});
