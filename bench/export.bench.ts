/**
 * Word (.docx) and Hancom (.hwpx) export of a long meeting (200 agenda items, 5,000 entries, ~100k
 * characters) against pandoc (the Debian package) converting the same content, as Markdown, to
 * .docx, in the same run (issues: "export time and peak memory … side by side with pandoc; target:
 * faster"; the .hwpx "exports faster than pandoc writes the .docx in the same run").
 *
 * Every measurement is a fresh process, so peak memory is that one export's and nothing else's:
 * - Seogi: `node dist/bench/export-worker.mjs` (bench/export-worker.ts), which reads the record
 *   as JSON, runs minutesToBytes (or minutesToHwpx) once, writes the file and reports the
 *   export's own time.
 * - pandoc: `pandoc -f markdown -t docx`, on minutesToText of the same record, written to a file
 *   beforehand.
 * Both are started through GNU time (/usr/bin/time -f %M), which reports the peak RSS of the
 * program it waits for; wall time is taken around the whole spawn in this process, for both
 * alike. The scenarios are interleaved (the order rotates each round) after two warm-up rounds.
 *
 *   npm run bench -- export --no-build      BENCH_RUNS=15 (default)   BENCH_KEEP_OUTPUT=1 keeps the files
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ActionItem, Language, MeetingRecord, Outcome } from '../renderer/domain/model';
import { minutesToText } from '../renderer/export/docx/text';
import { bulkMeeting } from '../tests/fixtures/bulk';
import type { WorkerReport } from './export-worker';
import { percentile } from './harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 2;
const ITEMS = 200;
const ENTRIES = 5000;
const ATTENDEES = 40;
const TIME = '/usr/bin/time';
const PANDOC = process.env.BENCH_PANDOC ?? 'pandoc';

// What is said, ~20 characters an entry: cut from running Korean text at shifting places.
const SPEECH =
  '제4기 지역사회보장계획에 따른 연차별 시행계획이 원활하게 진행될 수 있도록 관계 기관 간 협력을 강화해 ' +
  '주시기 바랍니다 올해 예산 집행률은 지난해보다 높아졌으나 읍면동 찾아가는 보건복지팀의 인력 충원이 ' +
  '여전히 과제로 남아 있어 다음 회의까지 세부 추진 계획을 보고해 주시고 위원님들의 의견을 반영하겠습니다 ';

/** A recorded, ended meeting: items taken (two out of their planned order), outcomes, votes, notes. */
function meetingRecord(): MeetingRecord {
  const rows = bulkMeeting({ attendees: ATTENDEES, agendaItems: ITEMS, entries: ENTRIES, status: 'ended' });
  const meeting = rows.meetings[0]!;
  const start = new Date(2021, 10, 23, 10, 0).getTime();
  const perItem = 100_000; // ms: 200 items in about five and a half hours
  meeting.startedAt = start;
  const end = start + ITEMS * perItem + 20 * 60_000;
  meeting.endedAt = end;
  meeting.recesses = [{ start: start + 90 * 60_000, end: start + 110 * 60_000 }];
  meeting.chairId = rows.attendees[0]!.id;
  meeting.recorder = '주무관 홍길동';

  rows.attendees.forEach((attendee, i) => {
    if (i % 13 === 7) Object.assign(attendee, { attendance: 'absent', absenceReason: '출장' });
    if (i === 11) Object.assign(attendee, { attendance: 'late', arrivedAt: start + 25 * 60_000 });
  });

  const outcomes: Record<string, Outcome | null> = {
    report: 'noted',
    deliberation: 'approved',
    resolution: 'approved',
    discussion: null,
  };
  rows.agendaItems.forEach((item, i) => {
    // Items 3 and 4 were taken the other way round.
    const taken = i === 2 ? 3 : i === 3 ? 2 : i;
    item.takenOrder = taken + 1;
    item.startedAt = start + taken * perItem;
    item.endedAt = item.startedAt + perItem - 5_000;
    item.outcome = i % 17 === 4 ? 'amended' : i % 29 === 9 ? 'deferred' : (outcomes[item.kind] ?? null);
    if (item.kind === 'resolution') item.votes = { for: 28 - (i % 4), against: i % 4, abstain: i % 3 };
  });
  const itemById = new Map(rows.agendaItems.map((item) => [item.id, item]));

  const entries = rows.entries.map((entry, i) => {
    const length = 18 + (i % 5); // 18–22, 20 on average
    const offset = (i * 7) % (SPEECH.length - 30);
    const text = SPEECH.slice(offset, offset + length).trim();
    const item = itemById.get(entry.agendaItemId)!;
    const at = item.startedAt! + (i % (ENTRIES / ITEMS)) * 3_000;
    return i % 20 === 19
      ? { ...entry, kind: 'note' as const, speakerId: null, text, createdAt: at, updatedAt: at }
      : { ...entry, text, createdAt: at, updatedAt: at };
  });

  const actionItems: ActionItem[] = Array.from({ length: 20 }, (_, i) => ({
    id: crypto.randomUUID(),
    meetingId: meeting.id,
    agendaItemId: rows.agendaItems[i * 10]!.id,
    text: `${i * 10 + 1}번째 안건 후속 조치 결과 보고`,
    owner: '복지정책과',
    dueDate: `2021-12-${String(10 + (i % 18)).padStart(2, '0')}`,
    done: false,
    createdAt: end,
  }));

  return { meeting, attendees: rows.attendees, agendaItems: rows.agendaItems, entries, events: [], actionItems };
}

/** Seogi's scenarios: each document language, as .docx and as .hwpx. */
const SEOGI = [
  { name: 'ko', language: 'ko', format: 'docx' },
  { name: 'en', language: 'en', format: 'docx' },
  { name: 'ko .hwpx', language: 'ko', format: 'hwpx' },
  { name: 'en .hwpx', language: 'en', format: 'hwpx' },
] as const;

interface Sample {
  wallMs: number;
  maxRssKb: number;
  bytes: number;
  report?: WorkerReport;
}

/** Runs a command under GNU time; wall time around the whole spawn, peak RSS from time's %M. */
function timed(command: string, args: string[]): { wallMs: number; maxRssKb: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(TIME, ['-f', 'BENCH_MAXRSS_KB=%M', command, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  }
  const maxRss = /BENCH_MAXRSS_KB=(\d+)\s*$/.exec(result.stderr)?.[1];
  if (maxRss === undefined) throw new Error(`no peak RSS from ${TIME}:\n${result.stderr}`);
  return { wallMs, maxRssKb: Number(maxRss), stdout: result.stdout };
}

interface Scenario {
  name: string;
  run: () => Sample;
}

function fileSize(file: string): number {
  const size = statSync(file).size;
  if (size === 0) throw new Error(`${file} is empty`);
  return size;
}

export async function main(): Promise<void> {
  if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed for the peak RSS: apt-get install time`);
  const pandocVersion = spawnSync(PANDOC, ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0];
  if (!pandocVersion) throw new Error(`${PANDOC} not found: apt-get install pandoc`);

  const worker = path.resolve('dist/bench/export-worker.mjs');
  await build({
    entryPoints: ['bench/export-worker.ts'],
    outfile: worker,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'seogi-export-bench-'));
  try {
    const record = meetingRecord();
    const recordFile = path.join(dir, 'record.json');
    writeFileSync(recordFile, JSON.stringify(record));
    const markdown: Record<Language, string> = { ko: minutesToText(record, 'ko'), en: minutesToText(record, 'en') };
    const markdownFile = path.join(dir, 'minutes-ko.md');
    writeFileSync(markdownFile, markdown.ko);

    const seogi = (language: Language, format: 'docx' | 'hwpx') => (): Sample => {
      const out = path.join(dir, `seogi-${language}.${format}`);
      const { wallMs, maxRssKb, stdout } = timed(process.execPath, [worker, recordFile, language, out]);
      const report = JSON.parse(stdout) as WorkerReport;
      if (report.bytes !== fileSize(out)) throw new Error(`${out}: ${fileSize(out)} bytes, reported ${report.bytes}`);
      return { wallMs, maxRssKb, bytes: report.bytes, report };
    };
    const pandoc = (): Sample => {
      const out = path.join(dir, 'pandoc-ko.docx');
      rmSync(out, { force: true });
      const { wallMs, maxRssKb } = timed(PANDOC, ['-f', 'markdown', '-t', 'docx', '-o', out, markdownFile]);
      return { wallMs, maxRssKb, bytes: fileSize(out) };
    };
    const scenarios: Scenario[] = [
      { name: 'pandoc', run: pandoc },
      ...SEOGI.map(({ name, language, format }) => ({ name, run: seogi(language, format) })),
    ];

    const samples = new Map<string, Sample[]>(scenarios.map((s) => [s.name, []]));
    for (let round = 0; round < WARMUP + RUNS; round++) {
      for (let k = 0; k < scenarios.length; k++) {
        const scenario = scenarios[(round + k) % scenarios.length]!;
        const sample = scenario.run();
        if (round >= WARMUP) samples.get(scenario.name)!.push(sample);
      }
    }

    const stats = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
    };
    const of = (name: string) => samples.get(name)!;
    const base = stats(of('pandoc').map((s) => s.wallMs));
    const rows: { name: string; median: number; p95: number; rss: string; ratio: string }[] = [];
    const mb = (kb: number) => (kb / 1024).toFixed(1);
    const ratio = (ms: number, mark = '') => `${(ms / base.median).toFixed(2)}×${mark}`;

    rows.push({
      name: `pandoc ${pandocVersion.replace(/^pandoc\s+/, '')} md→docx (ko), whole process`,
      ...base,
      rss: mb(stats(of('pandoc').map((s) => s.maxRssKb)).median),
      ratio: '1.00× (baseline)',
    });
    for (const { name: language, format } of SEOGI) {
      const list = of(language);
      const whole = stats(list.map((s) => s.wallMs));
      const exportOnly = stats(list.map((s) => s.report!.exportMs));
      const rise = stats(list.map((s) => s.report!.maxRssKb - s.report!.maxRssBeforeKb)).median;
      rows.push({
        name: `Seogi ${language}, whole process`,
        ...whole,
        rss: mb(stats(list.map((s) => s.maxRssKb)).median),
        ratio: ratio(whole.median),
      });
      rows.push({
        name: `Seogi ${language}, export only (${format === 'docx' ? 'minutesToBytes' : 'minutesToHwpx'})`,
        ...exportOnly,
        rss: `+${mb(rise)}`,
        ratio: ratio(exportOnly.median, ' *'),
      });
    }

    const fmt = (n: number) => n.toFixed(1);
    const nameWidth = Math.max(...rows.map((r) => r.name.length)) + 1;
    console.log(
      [
        'scenario'.padEnd(nameWidth),
        'runs'.padStart(5),
        'median ms'.padStart(10),
        'p95 ms'.padStart(9),
        'peak RSS MB'.padStart(12),
        'ratio vs pandoc'.padStart(17),
      ].join(' '),
    );
    for (const row of rows) {
      console.log(
        [
          row.name.padEnd(nameWidth),
          String(RUNS).padStart(5),
          fmt(row.median).padStart(10),
          fmt(row.p95).padStart(9),
          row.rss.padStart(12),
          `  ${row.ratio}`,
        ].join(' '),
      );
    }

    const entryChars = record.entries.reduce((sum, e) => sum + [...e.text].length, 0);
    const chars = (text: string) => [...text].length.toLocaleString('en');
    const size = (name: string) => `${of(name)[0]!.bytes.toLocaleString('en')} bytes`;
    console.log(
      [
        '',
        `Content: ${ITEMS} agenda items, ${ENTRIES.toLocaleString('en')} entries (${entryChars.toLocaleString('en')} characters typed), ` +
          `${ATTENDEES} attendees, ${record.actionItems.length} action items; ` +
          `as Markdown ${chars(markdown.ko)} characters (ko), ${chars(markdown.en)} (en).`,
        `Output: Seogi ko ${size('ko')}, Seogi en ${size('en')}, .hwpx ko ${size('ko .hwpx')}, ` +
          `.hwpx en ${size('en .hwpx')}, pandoc ko ${size('pandoc')}.`,
        '',
        'Each run is a fresh process; the scenarios are interleaved (order rotating each round) after ' +
          `${WARMUP} warm-up rounds; median and p95 (nearest rank: with ${RUNS} runs, run ${Math.ceil(0.95 * RUNS)} of ${RUNS} by time) over ${RUNS} runs.`,
        'whole process: wall time of the spawn, from this process: process start, loading, reading the input ' +
          '(record JSON / Markdown), the export and writing the file. Seogi: node + bundled worker; pandoc: ' +
          'its whole run.',
        'export only: minutesToBytes / minutesToHwpx alone, timed inside the worker (record already in memory; no startup, ' +
          'no module load, no file write).',
        'ratio: median time / pandoc median whole-process time; below 1 is faster than pandoc. ' +
          '* export-only against pandoc whole process: not like for like (pandoc has no separate export time), ' +
          'shown for scale only; the whole-process ratio is the comparison.',
        'peak RSS: ru_maxrss of the measured process as GNU time reports it (/usr/bin/time -f %M, kB; ' +
          'MB = 1024 kB), the same way for node and pandoc. Export-only rows: how much the export raised the ' +
          "worker's peak RSS above its peak once the record was read (process.resourceUsage().maxRSS, after − before).",
        'Not the same document: Seogi writes tables (meta, decisions, action items), its own styles, fonts and ' +
          'properties, headers, footers and page numbers; pandoc gets the Markdown of the same content (lists, headings, ' +
          'paragraphs) and writes its default styles. English ratios are against pandoc on the Korean Markdown.',
      ].join('\n'),
    );
    if (process.env.BENCH_KEEP_OUTPUT) console.log(`\nFiles kept in ${dir}`);
  } finally {
    if (!process.env.BENCH_KEEP_OUTPUT) rmSync(dir, { recursive: true, force: true });
  }
}
