/**
 * A real word processor reads what Seogi exports: LibreOffice converts the .docx to PDF, and
 * poppler's pdftotext and pdftoppm read the PDF back and draw its pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Converts a .docx to PDF; throws when LibreOffice produced no PDF (it exits 0 even then). */
export function docxToPdf(docx: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'seogi-pdf-'));
  // A profile of its own per run: two LibreOffice processes must not share one.
  const profile = `file://${mkdtempSync(path.join(tmpdir(), 'seogi-lo-'))}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const pdf = path.join(outDir, `${path.basename(docx, '.docx')}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice could not convert ${docx}`);
  return pdf;
}

export function pdfText(pdf: string): string {
  // Content-stream order: the text of a table cell stays together.
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
}

/** pdftotext puts spaces between Hangul and digits (제 4 차): compare without any whitespace. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Draws page `page` of the PDF to `outFile` (PNG) for a person to look at. */
export function renderPage(pdf: string, page: number, outFile: string): void {
  mkdirSync(path.dirname(outFile), { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    outFile.replace(/\.png$/, ''),
  ]);
}
