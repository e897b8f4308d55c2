/**
 * The archive at scale (issue #13): a database of 10,000 meetings and 200,000 entries, generated
 * in the page and written straight into IndexedDB (raw put, behind the app's back: the search
 * index then holds fewer rows than the tables, and the app's search worker rebuilds it, which is
 * what is measured in (c)).
 *
 * (a) reload → meetings list usable (the heading "Meetings" and a meeting's link visible), against
 *     the same with an empty database, in the same run;
 * (b) search: each query as the worker answers it (`seogi:search:search` measures, read in the
 *     worker), the round trip from a page (post → results back, through a second worker started
 *     from the same script), and, where the home screen shows a "Search results" region, keystroke
 *     → results shown (its aria-busy false), for Korean 1-, 2- and 3-syllable queries and English
 *     words;
 * (c) the rebuild of the index (time, and the worker's heap after it loaded the index);
 * (d) typing in the live Entry field is measured by typing.bench.ts (the index is written at Enter,
 *     never while typing): run it.
 * Also the scan against a sketched inverted index of Korean bigrams, in Node, on the same texts.
 */
import type { Browser, Page, Worker as PageWorker } from '@playwright/test';
import { blankAgendaItem } from '../renderer/data/agenda';
import { blankMeeting } from '../renderer/data/meetings';
import {
  indexDoc,
  joinFolded,
  searchCorpus,
  type IndexedDoc,
  type MeetingFacet,
  type SearchCorpus,
} from '../renderer/domain/search';
import type { ActionItem, Entry } from '../renderer/domain/model';
import { percentile, startApp } from './harness';

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 10_000);
const ENTRIES_PER_MEETING = 20;
const RELOADS = 5;
const RUNS = 20;

const BODIES = [
  '양주시지역사회보장협의체',
  '청년분과',
  '노인분과',
  '장애인분과',
  '아동청소년분과',
  '여성가족분과',
  '보건의료분과',
  '주거분과',
  '고용분과',
  '실무협의체',
  'Welfare Committee',
  'Youth Council',
];
const PHRASES = [
  '지역사회보장계획의 연차별 시행계획을 보고드리겠습니다',
  '청년 일자리 사업의 예산 집행률이 낮은 이유를 설명해 주시기 바랍니다',
  '노인 돌봄 서비스의 대상자 선정 기준을 다시 검토하겠습니다',
  '관계 기관 간 협력을 강화해 주시기 바랍니다',
  '원안대로 의결하였습니다',
  '다음 회의에서 결과를 보고하도록 하겠습니다',
  '주거 취약계층 실태조사 결과를 공유합니다',
  'the committee reviewed the annual budget',
  'progress report on the youth employment programme',
  '질의 답변을 마치겠습니다',
];

/** Queries typed one keystroke at a time: each prefix is a query. */
const TYPED = [
  { name: 'Korean 1–3 syllables (청, 청년, 청년분)', steps: ['청', '청년', '청년분'] },
  { name: 'Korean, common (예, 예산)', steps: ['예', '예산'] },
  { name: 'Korean, found nowhere (펭귄)', steps: ['펭', '펭귄'] },
  { name: 'English word (c … committee)', steps: ['c', 'co', 'com', 'comm', 'commi', 'commit', 'committee'] },
  { name: 'English, found nowhere (zebra)', steps: ['zebra'] },
  { name: 'mixed (budget 2022)', steps: ['budget', 'budget 2022'] },
];

interface Templates {
  meeting: ReturnType<typeof blankMeeting>;
  item: ReturnType<typeof blankAgendaItem>;
  entry: Entry;
  action: ActionItem;
}

function templates(): Templates {
  const meeting = blankMeeting('ko', 0);
  const item = blankAgendaItem(meeting.id, 0, { kind: 'deliberation', title: '' });
  const entry: Entry = {
    id: '',
    meetingId: '',
    agendaItemId: '',
    seq: 0,
    kind: 'statement',
    speakerId: null,
    speakerName: '',
    text: '',
    createdAt: 0,
    updatedAt: 0,
    history: [],
  };
  const action: ActionItem = {
    id: '',
    meetingId: '',
    agendaItemId: null,
    text: '',
    owner: '',
    dueDate: '',
    done: false,
    createdAt: 0,
  };
  return { meeting: { ...meeting, status: 'ended' }, item, entry, action };
}

/** Generates and writes the archive in the page, in transactions of a few thousand rows. */
async function seedArchive(page: Page): Promise<number> {
  const start = Date.now();
  await page.evaluate(
    async ({ meetings, perMeeting, bodies, phrases, t }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('seogi');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const write = (rows: Record<string, object[]>) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction(Object.keys(rows), 'readwrite');
          for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      let seed = 1;
      const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
      const batch: Record<string, object[]> = { meetings: [], agendaItems: [], entries: [], actionItems: [] };
      for (let m = 0; m < meetings; m++) {
        const id = `m${String(m).padStart(6, '0')}`;
        const body = bodies[m % bodies.length] as string;
        const year = 2015 + Math.floor((m / meetings) * 11);
        const date = `${year}-${String(1 + (m % 12)).padStart(2, '0')}-${String(1 + (m % 28)).padStart(2, '0')}`;
        const session = `제${1 + Math.floor(m / bodies.length)}차`;
        batch.meetings!.push({
          ...t.meeting,
          id,
          title: `${body} ${session} 정기회의`,
          organization: body,
          sessionLabel: session,
          date,
          location: pick(['시청 상황실', '복지관 강당', 'Council Room']),
          createdAt: m,
          updatedAt: m,
        });
        const items = [0, 1].map((i) => ({
          ...t.item,
          id: `${id}-i${i}`,
          meetingId: id,
          order: i,
          title: `${year}년 ${pick(['사업계획(안)', '예산(안) 심의', '운영 규정 개정', 'budget report'])}`,
        }));
        batch.agendaItems!.push(...items);
        for (let e = 0; e < perMeeting; e++) {
          batch.entries!.push({
            ...t.entry,
            id: `${id}-e${e}`,
            meetingId: id,
            agendaItemId: items[e < perMeeting / 2 ? 0 : 1]!.id,
            seq: e + 1,
            text: `${pick(phrases)}. ${pick(phrases)}.`,
            createdAt: m * 1000 + e,
            updatedAt: m * 1000 + e,
          });
        }
        batch.actionItems!.push({
          ...t.action,
          id: `${id}-a`,
          meetingId: id,
          text: `${pick(phrases)}`,
          owner: '정수민',
        });
        if (batch.entries!.length >= 20_000 || m === meetings - 1) {
          await write(batch);
          for (const list of Object.values(batch)) list.length = 0;
        }
      }
      db.close();
    },
    { meetings: MEETINGS, perMeeting: ENTRIES_PER_MEETING, bodies: BODIES, phrases: PHRASES, t: templates() },
  );
  return Date.now() - start;
}

/** The app's search worker (the page starts it with the home screen). */
async function searchWorker(page: Page): Promise<PageWorker> {
  for (;;) {
    for (const worker of page.workers()) {
      if (/searchWorker/.test(worker.url())) return worker;
    }
    await page.waitForEvent('worker', { timeout: 60_000 });
  }
}

/** Waits until the worker has a measure of `what` (more than `after` of them) and returns its duration. */
async function measureIn(worker: PageWorker, what: string, after = 0, timeoutMs = 600_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const durations = await worker.evaluate(
      (name) => performance.getEntriesByName(name, 'measure').map((e) => e.duration),
      `seogi:search:${what}`,
    );
    if (durations.length > after) return durations.at(-1)!;
    if (Date.now() > deadline) throw new Error(`no ${what} measure in the search worker`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The V8 heap used by the page's search worker (CDP Runtime.getHeapUsage through its target). */
async function workerHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const target = targetInfos.find((t) => t.type === 'worker' && /searchWorker/.test(t.url));
    if (!target) return Number.NaN;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
      sessionId: string;
    };
    const reply = new Promise<number>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
        const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
        if (event.sessionId === sessionId && message.id === 1 && message.result) resolve(message.result.usedSize);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
    });
    const used = await Promise.race([reply, new Promise<number>((r) => setTimeout(() => r(Number.NaN), 10_000))]);
    return used / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

const meetingLink = (page: Page) => page.getByRole('link', { name: /정기회의|Untitled meeting/ }).first();

async function timeReload(page: Page, withMeetings: boolean): Promise<number> {
  const start = Date.now();
  await page.reload({ waitUntil: 'commit' });
  await page.getByRole('heading', { name: 'Meetings', exact: true }).waitFor();
  // Until the home screen is windowed it draws every meeting: minutes at 10,000, not seconds.
  if (withMeetings) await meetingLink(page).waitFor({ timeout: 600_000 });
  else await page.getByRole('button', { name: 'New meeting', exact: true }).waitFor();
  return Date.now() - start;
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN };
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');

function row(name: string, values: number[], base?: number): string {
  const { p50, p95, max } = stats(values);
  const ratio = base === undefined ? '' : `${(p50 / base).toFixed(2)}×`;
  return [name.padEnd(52), fmt(p50).padStart(9), fmt(p95).padStart(9), fmt(max).padStart(9), ratio.padStart(8)].join(
    ' ',
  );
}

const HEADER = [
  'scenario'.padEnd(52),
  'p50 ms'.padStart(9),
  'p95 ms'.padStart(9),
  'max ms'.padStart(9),
  'ratio'.padStart(8),
].join(' ');

/** Each query answered in the app's own worker, RUNS times: the worker's own time. */
async function inWorker(worker: PageWorker, queries: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const query of queries) {
      times.push(
        await worker.evaluate(async (q) => {
          const before = performance.getEntriesByName('seogi:search:search', 'measure').length;
          self.dispatchEvent(new MessageEvent('message', { data: { id: -1, type: 'search', query: q, filters: {} } }));
          for (;;) {
            const list = performance.getEntriesByName('seogi:search:search', 'measure');
            if (list.length > before) return list.at(-1)!.duration;
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
        }, query),
      );
    }
  }
  return times;
}

/** The round trip from a page: a second worker from the app's script, asked each query RUNS times. */
async function roundTrip(page: Page, queries: readonly string[]): Promise<{ loadMs: number; times: number[] }> {
  return page.evaluate(
    async ({ queries, runs }) => {
      const url = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .find((name) => /searchWorker/.test(name));
      if (!url) throw new Error('the search worker script was not loaded');
      const w = (window as unknown as { __benchWorker?: Worker }).__benchWorker ?? new Worker(url, { type: 'module' });
      (window as unknown as { __benchWorker?: Worker }).__benchWorker = w;
      let id = 0;
      const ask = (query: string) =>
        new Promise<number>((resolve) => {
          const mine = ++id + 1_000_000;
          const start = performance.now();
          const listener = (event: MessageEvent<{ id?: number }>) => {
            if (event.data.id !== mine) return;
            w.removeEventListener('message', listener);
            resolve(performance.now() - start);
          };
          w.addEventListener('message', listener);
          w.postMessage({ id: mine, type: 'search', query, filters: {} });
        });
      w.postMessage({ type: 'init', origin: 'bench' });
      const loadMs = await ask('warm');
      const times: number[] = [];
      for (let run = 0; run < runs; run++) for (const query of queries) times.push(await ask(query));
      return { loadMs, times };
    },
    { queries, runs: RUNS },
  );
}

/**
 * UI: each query typed into "Search meetings"; measured in the page, from the last keystroke's
 * input event to the frame after the "Search results" region stops being busy for that query (a
 * MutationObserver notes it), so the driver's own round trips are not counted.
 */
async function inUi(page: Page, steps: readonly string[]): Promise<number[] | null> {
  const box = page.getByRole('searchbox', { name: 'Search meetings' });
  const region = page.getByRole('region', { name: 'Search results' });
  await page.evaluate(() => {
    const probe = window as unknown as { searchProbe?: { key: number; shown: number; want: string } };
    if (probe.searchProbe) return;
    const state = { key: 0, shown: 0, want: '' };
    probe.searchProbe = state;
    document.addEventListener('input', (event) => (state.key = event.timeStamp), true);
    new MutationObserver(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]');
      const busy = document.querySelector('[aria-busy="true"]');
      const results = document.querySelector('[aria-busy="false"]');
      if (state.shown || busy || !results || input?.value !== state.want) return;
      requestAnimationFrame(() => (state.shown ||= performance.now()));
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await box.fill('');
    // Clearing the box draws the meetings list again; the first letter of the next query comes
    // after that, as a person's does (that redraw is not a keystroke's cost).
    await page.waitForTimeout(250);
    for (const [i, query] of steps.entries()) {
      const typed = i === 0 ? query : query.slice(steps[i - 1]!.length);
      await page.evaluate((want) => {
        const probe = (window as unknown as { searchProbe: { shown: number; want: string } }).searchProbe;
        probe.shown = 0;
        probe.want = want;
      }, query);
      await box.pressSequentially(typed);
      // Mounted with the first deferred query; a home screen without it has nothing to measure.
      if (
        !(await region.waitFor({ timeout: 10_000 }).then(
          () => true,
          () => false,
        ))
      )
        return null;
      const handle = await page.waitForFunction(() => {
        const probe = (window as unknown as { searchProbe: { key: number; shown: number } }).searchProbe;
        return probe.shown > 0 ? probe.shown - probe.key : null;
      });
      times.push(Number(await handle.jsonValue()));
    }
  }
  return times;
}

/** The entries of the archive, generated as seedArchive does, as the worker holds them. */
function nodeCorpus(): SearchCorpus {
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const meetings: MeetingFacet[] = [];
  const docs = new Map<string, IndexedDoc[]>();
  for (let m = MEETINGS - 1; m >= 0; m--) {
    const id = `m${m}`;
    meetings.push({ id, title: '', organization: '', sessionLabel: '', date: '', status: 'ended' });
    const list = Array.from({ length: ENTRIES_PER_MEETING }, (_, e) =>
      indexDoc({
        meetingId: id,
        kind: 'entry',
        targetId: `${id}-e${e}`,
        itemId: null,
        text: `${pick(PHRASES)}. ${pick(PHRASES)}.`,
      }),
    );
    docs.set(id, list);
  }
  return { meetings, docs };
}

const NODE_QUERIES = ['청', '청년', '청년분', '펭귄', 'committee', 'zebra'];

/**
 * The scan (domain searchCorpus, as the worker runs it, with and without each meeting's texts
 * joined) against an inverted index of character bigrams (what Korean infix search would need: a
 * word index cannot find 청년 inside 청년분과), sketched here: its build time, its size and a lookup
 * of the texts holding every bigram of the query, on the same 200,000 texts.
 */
function compareWithBigrams(): string[] {
  const heapBefore = process.memoryUsage().heapUsed;
  const corpus = nodeCorpus();
  const heapDocs = process.memoryUsage().heapUsed - heapBefore;
  const joined = new Map([...corpus.docs].map(([id, docs]) => [id, joinFolded(docs)]));
  const heapJoined = process.memoryUsage().heapUsed - heapBefore - heapDocs;
  const lines: string[] = [];
  const time = (run: () => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      run();
      times.push(performance.now() - start);
    }
    return stats(times);
  };
  const scans = NODE_QUERIES.map((query) => ({
    query,
    plain: time(() => searchCorpus(corpus, query)),
    joined: time(() => searchCorpus({ ...corpus, joined }, query)),
    meetings: searchCorpus(corpus, query).meetingCount,
  }));
  const all = [...corpus.docs.values()].flat();
  const buildStart = performance.now();
  const postings = new Map<string, number[]>();
  let postingCount = 0;
  all.forEach((doc, i) => {
    const seen = new Set<string>();
    for (let k = 0; k + 1 < doc.folded.length; k++) seen.add(doc.folded.slice(k, k + 2));
    for (const gram of seen) {
      let list = postings.get(gram);
      if (!list) postings.set(gram, (list = []));
      list.push(i);
      postingCount++;
    }
  });
  const buildMs = performance.now() - buildStart;
  const heapIndex = process.memoryUsage().heapUsed - heapBefore - heapDocs - heapJoined;
  const lookup = (query: string) => {
    const grams: string[] = [];
    for (let k = 0; k + 1 < query.length; k++) grams.push(query.slice(k, k + 2));
    const lists = grams.map((g) => postings.get(g) ?? []).sort((a, b) => a.length - b.length);
    let candidates = lists[0] ?? [];
    for (const list of lists.slice(1)) {
      const set = new Set(list);
      candidates = candidates.filter((i) => set.has(i));
    }
    return candidates.filter((i) => all[i]!.folded.includes(query)).length;
  };
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
  lines.push(
    `${all.length.toLocaleString('en')} texts in ${MEETINGS.toLocaleString('en')} meetings: held as IndexedDoc ${mb(heapDocs)} heap, joined by meeting ${mb(heapJoined)} more`,
  );
  lines.push(
    `bigram index: built in ${buildMs.toFixed(0)} ms, ${postings.size.toLocaleString('en')} bigrams, ` +
      `${postingCount.toLocaleString('en')} postings, ~${mb(heapIndex)} heap more`,
  );
  lines.push('query        meetings   scan p50/p95 ms   joined scan p50/p95 ms   bigram candidates p50 ms');
  for (const { query, plain, joined: j, meetings } of scans) {
    const bigram = query.length >= 2 ? fmt(time(() => lookup(query)).p50) : '(1 syllable: a scan)';
    lines.push(
      `${query.padEnd(12)} ${String(meetings).padStart(8)}   ${`${fmt(plain.p50)} / ${fmt(plain.p95)}`.padStart(15)}   ${`${fmt(j.p50)} / ${fmt(j.p95)}`.padStart(22)}   ${bigram.padStart(24)}`,
    );
  }
  return lines;
}

async function measure(browser: Browser, baseURL: string): Promise<void> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto('./');
  await page.getByRole('heading', { name: 'Meetings', exact: true }).waitFor();
  await timeReload(page, false);
  const empty: number[] = [];
  for (let i = 0; i < RELOADS; i++) empty.push(await timeReload(page, false));

  const seedMs = await seedArchive(page);
  console.log(
    `seeded ${MEETINGS.toLocaleString('en')} meetings, ${(MEETINGS * ENTRIES_PER_MEETING).toLocaleString('en')} entries in ${(seedMs / 1000).toFixed(1)} s (raw IndexedDB puts from the page)`,
  );

  // (c) The first start after the seeding finds the index short of rows and rebuilds it.
  await page.reload();
  const worker = await searchWorker(page);
  const rebuildMs = await measureIn(worker, 'rebuild');
  const loadMs = await measureIn(worker, 'load');
  const heapMb = await workerHeapMb(page);

  // (a) Reloads with the index complete (the worker loads it while the list appears).
  // Each reload from a settled app (its worker done loading the index): a reload while the worker
  // is still reading leaves that read running in the browser's database, ahead of the list's.
  const full: number[] = [];
  const unsettled: number[] = [];
  for (let i = 0; i < 5; i++) {
    await measureIn(await searchWorker(page), 'load');
    full.push(await timeReload(page, true));
  }
  for (let i = 0; i < 3; i++) unsettled.push(await timeReload(page, true));
  const base = stats(empty).p50;
  console.log(`\n(a) reload → meetings list usable, ${RELOADS} reloads each\n${HEADER}`);
  console.log(row('empty database (baseline)', empty, base));
  console.log(
    row(
      `${MEETINGS.toLocaleString('en')} meetings / ${(MEETINGS * ENTRIES_PER_MEETING).toLocaleString('en')} entries`,
      full,
      base,
    ),
  );
  console.log(row('the same, reloaded while the index is still loading', unsettled, base));

  console.log(
    `\n(c) index rebuilt in the worker: ${(rebuildMs / 1000).toFixed(1)} s; loaded into memory: ${(loadMs / 1000).toFixed(1)} s; worker heap after load: ${fmt(heapMb)} MB`,
  );

  // (b) Searches, once the app's worker has loaded the index of this page load.
  const appWorker = await searchWorker(page);
  await measureIn(appWorker, 'load');
  console.log(
    `\n(b) search, each query ${RUNS} times (worker: the scan itself; round trip: post → results back in a page)\n${HEADER}`,
  );
  let uiShown = false;
  const trip = await roundTrip(page, ['청']);
  for (const typed of TYPED) {
    console.log(row(`worker: ${typed.name}`, await inWorker(appWorker, typed.steps)));
    console.log(row(`round trip: ${typed.name}`, (await roundTrip(page, typed.steps)).times));
    const ui = await inUi(page, typed.steps);
    if (ui) {
      uiShown = true;
      console.log(row(`keystroke → results: ${typed.name}`, ui));
    }
  }
  console.log(
    `(the round trip's worker loaded the index in ${(trip.loadMs / 1000).toFixed(1)} s before its first answer)`,
  );
  if (!uiShown)
    console.log('keystroke → results shown: not measured (this home screen has no "Search results" region)');
  await context.close();
}

export async function main(): Promise<void> {
  console.log('Scan over folded texts vs an inverted index of bigrams (Node, same texts):');
  for (const line of compareWithBigrams()) console.log(`  ${line}`);
  const app = await startApp();
  try {
    await measure(app.browser, app.baseURL);
  } finally {
    await app.close();
  }
  console.log('\n(d) typing in the live Entry field with the index updating: `npm run bench -- typing`.');
}
