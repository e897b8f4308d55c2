/**
 * One export in a process of its own, for export.bench.ts: reads a meeting record (JSON), exports
 * it once (minutesToBytes for a .docx, minutesToHwpx for a .hwpx, by the output's extension),
 * writes the file and prints one line of JSON with the export's time and the process's peak
 * memory before and after it.
 *
 *   node dist/bench/export-worker.mjs <record.json> <ko|en> <out.docx|out.hwpx>
 *
 * Bundled by export.bench.ts (packages external: run it from the project so node_modules resolve).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { minutesToBytes } from '../renderer/export/docx/build';
import { minutesToHwpx } from '../renderer/export/hwpx/build';
import type { Language, MeetingRecord } from '../renderer/domain/model';

export interface WorkerReport {
  /** The export alone: from the record in memory to the packed bytes. */
  exportMs: number;
  bytes: number;
  /** Peak RSS of this process (kB) once the record is read, before the export. */
  maxRssBeforeKb: number;
  /** Peak RSS of this process (kB) after the export and the write. */
  maxRssKb: number;
}

async function run(): Promise<void> {
  const [recordPath, language, outPath] = process.argv.slice(2);
  if (!recordPath || (language !== 'ko' && language !== 'en') || !outPath) {
    throw new Error('usage: export-worker <record.json> <ko|en> <out.docx|out.hwpx>');
  }
  const record = JSON.parse(readFileSync(recordPath, 'utf8')) as MeetingRecord;
  const maxRssBeforeKb = process.resourceUsage().maxRSS;
  const start = performance.now();
  const write = outPath.endsWith('.hwpx') ? minutesToHwpx : minutesToBytes;
  const bytes = await write(record, language satisfies Language);
  const exportMs = performance.now() - start;
  writeFileSync(outPath, bytes);
  const report: WorkerReport = {
    exportMs,
    bytes: bytes.length,
    maxRssBeforeKb,
    maxRssKb: process.resourceUsage().maxRSS,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await run();
