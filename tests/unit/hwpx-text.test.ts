/**
 * The .hwpx says what the .docx says: the same paragraphs' texts in the same order, for the same
 * record and language (docxRead's paragraphs against hwpxRead's: see hwpxRead for how tables map),
 * hostile text included: markup characters, quotes, controls, U+FFFF, lone surrogates and a very
 * long entry come out well-formed and equal after the same sanitizing (xmlSafe).
 */
import { describe, expect, it } from 'vitest';
import type { Language, MeetingRecord } from '../../renderer/domain/model';
import { minutesToBytes } from '../../renderer/export/docx/build';
import { xmlSafe } from '../../renderer/export/docx/sanitize';
import { minutesToHwpx } from '../../renderer/export/hwpx/build';
import { hostile, hostileRecord, kept, long, MINUTES_CASES } from '../fixtures/minutesRecords';
import { seedRecord } from '../fixtures/seedRecord';
import { firstNonXml, readDocx } from './docxRead';
import { all, readHwpx } from './hwpxRead';

async function both(record: () => MeetingRecord, language: Language) {
  const [docx, hwpx] = await Promise.all([
    minutesToBytes(record(), language).then(readDocx),
    minutesToHwpx(record(), language).then(readHwpx),
  ]);
  return { docx: docx.paragraphs, hwpx };
}

describe('.hwpx text against the .docx', () => {
  for (const [name, record] of MINUTES_CASES) {
    for (const language of ['ko', 'en'] as const) {
      it(`has the .docx's paragraphs, in order: ${name}, ${language}`, async () => {
        const { docx, hwpx } = await both(record, language);
        expect(hwpx.paragraphs.length).toBeGreaterThan(40);
        expect(hwpx.paragraphs).toEqual(docx);
      });
    }
  }

  it('sets the speaker bold, in a run of its own, before what was said', async () => {
    const { hwpx } = await both(seedRecord, 'ko');
    const statement = all(hwpx.section, 'p').find((p) => all(p, 't')[0]?.textContent === '○ 공동위원장 박춘배:')!;
    const [speaker, said] = all(statement, 'run');
    const bold = new Set(
      Array.from(hwpx.header.getElementsByTagName('hh:charPr'))
        .filter((c) => c.getElementsByTagName('hh:bold').length > 0)
        .map((c) => c.getAttribute('id')),
    );
    expect(bold.has(speaker!.getAttribute('charPrIDRef'))).toBe(true);
    expect(bold.has(said!.getAttribute('charPrIDRef'))).toBe(false);
    expect(all(said!, 't')[0]!.textContent!.startsWith(' ')).toBe(true);
  });
});

describe('.hwpx with hostile text', async () => {
  const { hwpx } = await both(hostileRecord, 'ko');

  it('is well-formed in every part (readHwpx parses strictly) and holds no character XML cannot', async () => {
    for (const name of hwpx.names) {
      expect(firstNonXml(await hwpx.zip.file(name)!.async('string')), name).toBeNull();
    }
  });

  it('keeps markup characters, quotes and emoji, and drops only what XML cannot hold', () => {
    expect(xmlSafe(hostile)).toBe(kept);
    expect(hwpx.paragraphs.filter((p) => p.includes(kept)).length).toBeGreaterThan(15);
    const statement = hwpx.paragraphs.find((p) => p.startsWith('○ ') && p.includes('첫 줄'))!;
    expect(statement.endsWith(`: 첫 줄${kept}\n둘째 줄\n셋째 줄\n넷째\t칸`)).toBe(true);
  });

  it('writes line breaks and tabs as Hangul elements inside hp:t', () => {
    expect(all(hwpx.section, 'lineBreak').length).toBeGreaterThanOrEqual(3);
    expect(all(hwpx.section, 'tab').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps a 20,000-character entry whole', () => {
    expect(long.length).toBeGreaterThan(20_000);
    expect(hwpx.paragraphs).toContain(long);
  });

  it('keeps the title in content.hpf and the header well-formed too', () => {
    const hpf = hwpx.parts.get('Contents/content.hpf')!;
    expect(hpf.getElementsByTagName('opf:title')[0]?.textContent).toContain(kept);
    expect(hpf.getElementsByTagName('opf:meta')[0]?.textContent).toBe(kept);
  });
});
