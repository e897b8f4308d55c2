/**
 * The live screen with one long item (issue #10): 1,000 and 5,000 entries under the current item.
 * - Enter → entry shown: from the Enter keydown in the Entry field to the frame after the new
 *   entry's text appears in the transcript (a MutationObserver sees it; rAF then a MessageChannel
 *   task marks the frame), 40 entries one after another.
 * - Typing in the Entry field with 5,000 entries under the item: plain keys, and Korean IME
 *   compositions through CDP, each against a plain <textarea> measured the same way in this run.
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { bulkMeeting, seedDatabase } from '../tests/fixtures/bulk';
import {
  figures,
  installProbes,
  measureBaseline,
  measureImeBaseline,
  percentile,
  printTable,
  readProbes,
  startApp,
  typeHangul,
  typeKeystrokes,
  type Figures,
} from './harness';

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 300);
const SYLLABLES = Number(process.env.BENCH_SYLLABLES ?? 120);
const ENTRIES_ADDED = Number(process.env.BENCH_ENTRIES ?? 40);

/** A live meeting whose current item holds `entries` entries, open on the live screen. */
async function openLongItem(browser: Browser, baseURL: string, entries: number) {
  const context = await browser.newContext({ baseURL, locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto('./');
  await page.getByRole('heading', { name: '회의 목록' }).waitFor();
  const data = bulkMeeting({ attendees: 30, agendaItems: 10, entries, status: 'live', underCurrentItem: true });
  await seedDatabase(page, data);
  await page.goto(`./#/meetings/${data.meetings[0]!.id}/live`);
  await page.reload();
  const entry = page.getByRole('textbox', { name: '발언 입력', exact: true });
  await entry.waitFor();
  await page.getByRole('list', { name: '이 안건의 기록' }).waitFor();
  await entry.click();
  return { context, page, entry };
}

/** Listens for the Enter keydown and for the entry's text to appear in the transcript. */
async function installShownProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __shown: number[] };
    w.__shown = [];
    document.addEventListener(
      'keydown',
      (event) => {
        const field = event.target;
        if (event.key !== 'Enter' || !(field instanceof HTMLTextAreaElement)) return;
        const text = field.value.trim();
        const start = event.timeStamp;
        const shown = () =>
          [...document.querySelectorAll('[aria-label="이 안건의 기록"] .entry__text')].some(
            (p) => p.textContent === text,
          );
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => w.__shown.push(performance.now() - start);
            channel.port2.postMessage(0);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      },
      true,
    );
  });
}

async function measureEnterShown(page: Page, entry: Locator, count: number) {
  await installShownProbe(page);
  const samples = async (n: number, from: number) => {
    for (let i = 0; i < n; i++) {
      await entry.fill(`벤치마크 발언 ${from + i}번: 지역사회보장계획 연차별 시행계획을 보고함.`);
      await page.keyboard.press('Enter');
      await page.waitForFunction((k) => (window as unknown as { __shown: number[] }).__shown.length >= k, from + i);
      // The pace of a recorder, not of a machine gun: each entry's write settles first.
      await page.waitForTimeout(150);
    }
  };
  await samples(3, 1);
  await samples(count, 4);
  const all = await page.evaluate(() => (window as unknown as { __shown: number[] }).__shown);
  return all.slice(3).sort((a, b) => a - b);
}

export async function main(): Promise<void> {
  const app = await startApp();
  try {
    const shown: { name: string; samples: number[] }[] = [];
    const typing: Figures[] = [];
    const baseline = await measureBaseline(app.browser, KEYSTROKES);
    const imeBaseline = await measureImeBaseline(app.browser, SYLLABLES);

    for (const entries of (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number)) {
      const { context, page, entry } = await openLongItem(app.browser, app.baseURL, entries);
      const label = entries.toLocaleString('en');
      shown.push({
        name: `Enter → shown, ${label} entries`,
        samples: await measureEnterShown(page, entry, ENTRIES_ADDED),
      });
      if (entries === 5000) {
        await entry.fill('');
        await installProbes(page);
        await typeKeystrokes(page, 20);
        await readProbes(page);
        await typeKeystrokes(page, KEYSTROKES);
        typing.push(figures(`live Entry, ${label} entries: keys`, KEYSTROKES, await readProbes(page)));
        await entry.fill('');
        await page.evaluate(() => delete (window as unknown as { __latency?: unknown }).__latency);
        await installProbes(page, 'input');
        await typeHangul(page, 10);
        await readProbes(page);
        const steps = await typeHangul(page, SYLLABLES);
        typing.push(figures(`live Entry, ${label} entries: IME`, steps, await readProbes(page)));
      }
      await context.close();
    }

    const fmt = (n: number) => n.toFixed(1);
    console.log(['scenario'.padEnd(40), 'n'.padStart(4), 'p50 ms', 'p95 ms', 'max ms'].join(' '));
    for (const { name, samples } of shown) {
      console.log(
        [
          name.padEnd(40),
          String(samples.length).padStart(4),
          fmt(percentile(samples, 50)).padStart(6),
          fmt(percentile(samples, 95)).padStart(6),
          fmt(samples.at(-1) ?? Number.NaN).padStart(6),
        ].join(' '),
      );
    }
    console.log('\nEnter keydown → the frame after the new entry appears in the transcript.\n');
    printTable([baseline, typing[0]!], baseline);
    console.log('');
    printTable([imeBaseline, typing[1]!], imeBaseline);
  } finally {
    await app.close();
  }
}
