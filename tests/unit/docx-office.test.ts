/**
 * The form of the Word minutes as LibreOffice reads them (it must be installed: soffice, and
 * poppler's pdftotext, pdftohtml and pdftoppm): headings in the outline (ODT text:h, PDF
 * bookmarks), outcomes and vote counts that fit their cells at A4 without wrapping, and the first
 * page drawn for a person to look at. The documents are built from records directly; what the
 * live screen records and exports is tests/e2e/export.spec.ts's.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import enRecord from '../../locales/en/record.json' with { type: 'json' };
import koRecord from '../../locales/ko/record.json' with { type: 'json' };
import { OUTCOMES, type Language, type MeetingRecord } from '../../renderer/domain/model';
import { minutesToBytes } from '../../renderer/export/docx/build';
import { agendaItem, seedRecord } from '../fixtures/seedRecord';
import { docxToPdf, pageCount, renderPage } from '../e2e/office';

const RECORD_WORDS = { ko: koRecord, en: enRecord } as const;

async function writeDocx(record: MeetingRecord, language: Language, name: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'seogi-docx-'));
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, await minutesToBytes(record, language));
  return file;
}

/** Converts with LibreOffice to another format (odt…); throws when it made nothing. */
function convert(docx: string, format: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'seogi-convert-'));
  const profile = `file://${mkdtempSync(path.join(tmpdir(), 'seogi-lo-'))}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, docx],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const out = path.join(outDir, `${path.basename(docx, '.docx')}.${format}`);
  if (!existsSync(out)) throw new Error(`LibreOffice could not convert ${docx} to ${format}`);
  return out;
}

/** The PDF's bookmarks (outline), as poppler's pdftohtml lists them. */
function bookmarks(pdf: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf], { encoding: 'utf8' });
  const outline = /<outline>[\s\S]*<\/outline>/.exec(xml)?.[0] ?? '';
  return [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((match) => match[1] ?? '');
}

/** The seed meeting with every outcome, votes with two-digit counts, attachments and a 결재란. */
function everyOutcome(): MeetingRecord {
  const record = seedRecord();
  record.agendaItems = OUTCOMES.map((outcome, i) =>
    agendaItem(i % 4, {
      id: `item-${i}`,
      order: i,
      takenOrder: i,
      kind: outcome === 'noted' ? 'report' : 'deliberation',
      outcome,
      votes: { for: 12, against: 0, abstain: 1 },
      voteRecorded: true,
    }),
  );
  return record;
}

// Where the pages are drawn, as the e2e tests' screenshots are.
const SCREENS_DIR = path.resolve('test-results/screens');

describe.each(['ko', 'en'] as const)('the %s minutes through LibreOffice', (language) => {
  it('have outline headings and bookmarks, and outcomes that do not wrap', { timeout: 120_000 }, async () => {
    const record = seedRecord();
    const docx = await writeDocx(record, language, `minutes-${language}`);

    {
      // LibreOffice reads the section and item headings as outline levels 1 and 2.
      const odt = convert(docx, 'odt');
      const content = await (await JSZip.loadAsync(readFileSync(odt))).file('content.xml')!.async('string');
      const headings = [...content.matchAll(/<text:h [^>]*text:outline-level="(\d)"[^>]*>([\s\S]*?)<\/text:h>/g)].map(
        (match) => `${match[1]} ${(match[2] ?? '').replace(/<[^>]+>/g, '')}`,
      );
      const sections = language === 'ko' ? ['1 1. 안건', '1 2. 회의내용', '1 3. 의결사항'] : ['1 1. Agenda'];
      for (const section of sections) expect(headings).toContain(section);
      expect(headings.filter((h) => h.startsWith('2 ')).length).toBeGreaterThanOrEqual(4);
    }

    const pdf = docxToPdf(docx);
    {
      // The PDF has bookmarks for the headings.
      const marks = bookmarks(pdf);
      expect(marks).toContain(language === 'ko' ? '2. 회의내용' : '2. Proceedings');
      expect(marks.length).toBeGreaterThanOrEqual(8);
    }

    {
      // Every outcome and a two-digit vote count stand whole on one line at A4.
      const outcomes = convert(await writeDocx(everyOutcome(), language, `outcomes-${language}`), 'pdf');
      const lines = execFileSync('pdftotext', ['-layout', outcomes, '-'], { encoding: 'utf8' }).split('\n');
      // pdftotext spaces Hangul from digits (찬성 12 → 찬성 12, 제4차 → 제 4 차): compare squeezed.
      const squeezed = lines.map((line) => line.replace(/\s+/g, ''));
      // The decisions table only: the proceedings say the outcomes too, in motion lines.
      const from = squeezed.findIndex((line) => line === (language === 'ko' ? '3.의결사항' : '3.Decisions'));
      expect(from).toBeGreaterThan(0);
      const table = squeezed.slice(from, from + 3 * OUTCOMES.length + 4);
      const votes = language === 'ko' ? '찬성12,반대0,기권1' : '12for,0against,1abstaining';
      for (const outcome of Object.values(RECORD_WORDS[language].outcome)) {
        const whole = outcome.replace(/\s+/g, '');
        expect(
          table.some((line) => line.includes(whole)),
          `${outcome} on one line`,
        ).toBe(true);
      }
      expect(table.filter((line) => line.includes(votes)).length, votes).toBe(OUTCOMES.length);
    }

    renderPage(pdf, 1, path.join(SCREENS_DIR, `minutes-docx-${language}-page1.png`));
    expect(pageCount(pdf)).toBeGreaterThan(0);
  });
});
