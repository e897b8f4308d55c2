/**
 * What the browser benchmarks share: Debian's Chromium driven by Playwright against the built
 * renderer, keystroke latency measured in the page, and the figures printed as p50 / p95 / max.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { compositionSteps } from '../tests/e2e/ime';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
// @ts-expect-error: a plain ES module of the project's scripts, without type declarations.
import { serve } from '../scripts/serve.mjs';

export async function startApp(): Promise<{ browser: Browser; baseURL: string; close: () => Promise<void> }> {
  const server = (await serve({ root: 'dist/renderer', port: 0 })) as Server;
  const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    baseURL,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Installs the latency probes in the page. Two measures per keystroke (a keydown, or for an IME
 * an input event: a composition step or its commit, which carry no keydown):
 * - Event Timing (`PerformanceObserver`, type "event"): the event to the next paint, as Chromium
 *   reports it. Its threshold cannot go below 16 ms, so faster keystrokes are not reported: they
 *   are counted as "under 16 ms".
 * - the event to the next frame: from the event's timestamp to a task queued from the following
 *   animation frame (rAF, then a MessageChannel message), for every keystroke.
 */
export async function installProbes(page: Page, eventName: 'keydown' | 'input' = 'keydown'): Promise<void> {
  await page.evaluate((eventName) => {
    const w = window as unknown as { __latency?: { eventTiming: number[]; nextFrame: number[] } };
    if (w.__latency) return;
    const latency = { eventTiming: [] as number[], nextFrame: [] as number[] };
    w.__latency = latency;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === eventName) latency.eventTiming.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    document.addEventListener(
      eventName,
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => latency.nextFrame.push(performance.now() - start);
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  }, eventName);
}

export async function readProbes(page: Page): Promise<{ eventTiming: number[]; nextFrame: number[] }> {
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __latency: { eventTiming: number[]; nextFrame: number[] } };
    const copy = { eventTiming: [...w.__latency.eventTiming], nextFrame: [...w.__latency.nextFrame] };
    w.__latency.eventTiming.length = 0;
    w.__latency.nextFrame.length = 0;
    return copy;
  });
}

export const TYPED_TEXT = 'the council approved the annual plan as proposed and asked for a report ';

/** Types `count` keystrokes at a fast typist's pace into the focused field. */
export async function typeKeystrokes(page: Page, count: number, delayMs = 30): Promise<void> {
  let typed = 0;
  while (typed < count) {
    const chunk = TYPED_TEXT.slice(0, Math.min(TYPED_TEXT.length, count - typed));
    await page.keyboard.type(chunk, { delay: delayMs });
    typed += chunk.length;
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export interface Figures {
  name: string;
  keystrokes: number;
  p50: number;
  p95: number;
  max: number;
  /** Event Timing: keystrokes reported at 16 ms or more, and their p95 (under 16 counted as 16). */
  slowEvents: number;
  eventP95: number;
}

export function figures(
  name: string,
  keystrokes: number,
  probes: { eventTiming: number[]; nextFrame: number[] },
): Figures {
  const frames = [...probes.nextFrame].sort((a, b) => a - b);
  const events = [...probes.eventTiming, ...Array(Math.max(0, keystrokes - probes.eventTiming.length)).fill(16)].sort(
    (a, b) => a - b,
  );
  return {
    name,
    keystrokes,
    p50: percentile(frames, 50),
    p95: percentile(frames, 95),
    max: frames.at(-1) ?? Number.NaN,
    slowEvents: probes.eventTiming.length,
    eventP95: percentile(events, 95),
  };
}

export function printTable(rows: Figures[], baseline: Figures): void {
  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
  console.log(
    [
      'scenario'.padEnd(40),
      'keys'.padStart(5),
      'p50 ms'.padStart(8),
      'p95 ms'.padStart(8),
      'max ms'.padStart(8),
      'p95/base'.padStart(9),
      'ET≥16ms'.padStart(8),
      'ET p95'.padStart(7),
    ].join(' '),
  );
  for (const row of rows) {
    console.log(
      [
        row.name.padEnd(40),
        String(row.keystrokes).padStart(5),
        fmt(row.p50).padStart(8),
        fmt(row.p95).padStart(8),
        fmt(row.max).padStart(8),
        `${(row.p95 / baseline.p95).toFixed(2)}×`.padStart(9),
        String(row.slowEvents).padStart(8),
        (row.eventP95 <= 16 ? '<16' : fmt(row.eventP95)).padStart(7),
      ].join(' '),
    );
  }
  console.log(
    '\nkeydown → next frame, per keystroke; p95/base: ratio to the plain <textarea> measured in the same run.' +
      '\nET: Event Timing keydown → next paint; Chromium reports only durations ≥ 16 ms (8 ms resolution).',
  );
}

/** The baseline: a plain <textarea> on an otherwise empty page, in the same browser. */
export async function measureBaseline(browser: Browser, keystrokes: number): Promise<Figures> {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><textarea aria-label="baseline" rows="10" cols="80"></textarea>');
  await page.focus('textarea');
  await installProbes(page);
  await typeKeystrokes(page, 20);
  await readProbes(page);
  await typeKeystrokes(page, keystrokes);
  const result = figures('plain <textarea> (baseline)', keystrokes, await readProbes(page));
  await page.close();
  return result;
}

export const TYPED_HANGUL = '지역사회보장계획의 연차별 시행계획을 원안대로 의결하였습니다 ';

/**
 * Types `syllables` Hangul syllables into the focused field as a Korean IME does, through CDP:
 * each syllable composed (its initial consonant, then the syllable) and committed, one step every
 * `delayMs`. Returns the number of steps (each an input event).
 */
export async function typeHangul(page: Page, syllables: number, delayMs = 30): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let steps = 0;
  for (let i = 0; i < syllables; i++) {
    const syllable = TYPED_HANGUL[i % TYPED_HANGUL.length] as string;
    for (const step of syllable === ' ' ? [] : compositionSteps(syllable)) {
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
      await page.waitForTimeout(delayMs);
      steps++;
    }
    await cdp.send('Input.insertText', { text: syllable });
    await page.waitForTimeout(delayMs);
    steps++;
  }
  await cdp.detach();
  return steps;
}

/** The IME baseline: Hangul composed into a plain <textarea> on an otherwise empty page. */
export async function measureImeBaseline(browser: Browser, syllables: number): Promise<Figures> {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><textarea aria-label="baseline" rows="10" cols="80"></textarea>');
  await page.focus('textarea');
  await installProbes(page, 'input');
  await typeHangul(page, 10);
  await readProbes(page);
  const steps = await typeHangul(page, syllables);
  const result = figures('plain <textarea>, IME (baseline)', steps, await readProbes(page));
  await page.close();
  return result;
}
