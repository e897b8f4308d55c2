/**
 * No character is lost when the window closes right after typing: in each trial the recorder types
 * a few words (Latin and Hangul, at a fast typist's pace), the window is closed 0–100 ms after the
 * last key, and the live screen is opened again in a new window. What was typed must be there —
 * in the Entry field, and in an entry being corrected (its editor open again, with the text).
 * Every trial runs whatever the earlier ones gave; the lost characters are counted over all of
 * them, and each failing trial is printed.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { liveMeetingRows, readDatabase, type Rows } from '../fixtures/bulk';
import { seededRandom } from '../fixtures/random';
import { expect, liveScreen, openMeeting, test } from './support';

/** Trials per test; each opens a window afresh (about 1–1.5 s a trial on a 2-core machine). */
const TRIALS = 25;
/** The test's timeout: generous, for a busy machine. */
const TIMEOUT_MS = 180_000;
/** Past this, no trial is started, so that what was found is still reported (and fails). */
const TRIAL_BUDGET_MS = TIMEOUT_MS - 20_000;

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const HANGUL = '회의록서기위원장부시장예산계획안건보고심의의결협의체지역사회복지';

/** 10–20 characters, Latin and Hangul mixed, words separated by single spaces. */
function randomText(random: () => number): string {
  const length = 10 + Math.floor(random() * 11);
  let text = '';
  while (text.length < length) {
    const roll = random();
    const space = text !== '' && !text.endsWith(' ') && text.length < length - 1 && roll < 0.15;
    const alphabet = roll < 0.55 ? HANGUL : LATIN;
    text += space ? ' ' : alphabet[Math.floor(random() * alphabet.length)];
  }
  return text;
}

interface Trial {
  trial: number;
  delay: number;
  closedAfter: number;
  typed: string;
  expected: string;
  found: string;
  /** For an entry being corrected: whether its editor was open again. */
  editorOpen?: boolean;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Characters of `expected` that `found` does not hold (everything after the first difference). */
function lostCharacters(t: Trial): number {
  return t.expected.length - commonPrefix(t.expected, t.found);
}

function failed(t: Trial): boolean {
  return t.found !== t.expected || t.editorOpen === false;
}

/** The end of a long accumulated text, where the trial's typing is. */
function tail(text: string): string {
  return JSON.stringify(text.length > 60 ? `…${text.slice(-60)}` : text);
}

/** Fails, printing every failing trial, unless no trial lost anything. */
function expectNoLoss(seed: number, trials: Trial[], errors: string[]): void {
  const bad = trials.filter(failed);
  const lost = trials.reduce((sum, t) => sum + lostCharacters(t), 0);
  const short = trials.length < TRIALS ? `Time ran short: ${trials.length} of ${TRIALS} trials were made.` : null;
  const message = [
    `seed ${seed}: ${bad.length} of ${trials.length} trials failed, ${lost} characters lost in all.`,
    ...(short ? [short] : []),
    ...bad.map(
      (t) =>
        `  trial ${t.trial} (${t.delay} ms/key, closed ${t.closedAfter} ms after the last key): typed ${JSON.stringify(t.typed)}` +
        `${t.editorOpen === false ? ' — the editor was not open again' : ''}\n` +
        `      expected ${tail(t.expected)}\n      found    ${tail(t.found)} (${lostCharacters(t)} lost)`,
    ),
    ...(errors.length > 0 ? ['Errors in the pages:', ...errors.map((e) => `  ${e}`)] : []),
  ].join('\n');
  expect({ failed: bad.length, lost, errors }, message).toEqual({ failed: 0, lost: 0, errors: [] });
  expect(trials.length, short ?? '').toBe(TRIALS);
}

/** Page errors and console errors of every window of the context (the fixture watches only the first). */
function watchErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('page', (page) => {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  });
  return errors;
}

/**
 * Types `text` at the end of the focused field, waits 0–100 ms, closes the window as a user does
 * (unload handlers run) and opens the live screen in a new one, once the old one is gone.
 */
async function typeCloseReopen(
  page: Page,
  rows: Rows,
  text: string,
  delay: number,
  closedAfter: number,
): Promise<Page> {
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay });
  if (closedAfter > 0) await page.waitForTimeout(closedAfter);
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  const next = await page.context().newPage();
  await next.goto(`./#/meetings/${rows.meetings[0]!.id}/live`);
  await expect(liveScreen(next, 'en').entry).toBeVisible();
  return next;
}

/** The field a test types into, trial after trial. */
interface Field {
  /** What is done once, after the meeting has started. */
  prepare?: (page: Page) => Promise<void>;
  /** Puts the focus in the field and returns what it holds. */
  focus: (page: Page) => Promise<string>;
  /** What the field holds in the window opened again. */
  read: (page: Page) => Promise<Pick<Trial, 'found' | 'editorOpen'>>;
}

/**
 * A test of `TRIALS` trials on one field: each types random text into it, closes the window and
 * opens it again, and every character must be found there; a trial begins with what the one
 * before it found.
 */
function closeTrials(title: string, seed: number, delay: number, field: Field): void {
  test(title, async ({ page: first, context }) => {
    test.setTimeout(TIMEOUT_MS);
    const random = seededRandom(seed);
    const errors = watchErrors(context);
    const rows = liveMeetingRows('en');
    await openMeeting(first, rows, 'live');
    await liveScreen(first, 'en').start();
    await field.prepare?.(first);
    let page = first;
    const trials: Trial[] = [];
    const deadline = Date.now() + TRIAL_BUDGET_MS;
    for (let trial = 0; trial < TRIALS && Date.now() < deadline; trial++) {
      const before = await field.focus(page);
      const typed = randomText(random);
      const closedAfter = Math.floor(random() * 101);
      page = await typeCloseReopen(page, rows, typed, delay, closedAfter);
      trials.push({ trial, delay, closedAfter, typed, expected: before + typed, ...(await field.read(page)) });
    }
    expectNoLoss(seed, trials, errors);
  });
}

// A trace of every window would only slow the trials; the report says what went wrong.
test.use({ trace: 'off' });

const entry: Field = {
  focus: async (page) => {
    // What the field holds now (all typed so far, unless an earlier trial lost some) is the base.
    const { entry } = liveScreen(page, 'en');
    const before = await entry.inputValue();
    await entry.focus();
    return before;
  },
  read: async (page) => ({ found: await liveScreen(page, 'en').entry.inputValue() }),
};

for (const [seed, delay] of [
  [11, 8],
  [12, 8],
  [13, 25],
  [14, 25],
] as const) {
  closeTrials(
    `Entry field, ${delay} ms/key, seed ${seed}: ${TRIALS} closes 0–100 ms after typing lose no character`,
    seed,
    delay,
    entry,
  );
}

const correction: Field = {
  prepare: async (page) => {
    const live = liveScreen(page, 'en');
    await live.addEntry('The report was noted');
    await expect(live.recorded).toHaveCount(1);
  },
  focus: async (page) => {
    const editor = page.getByRole('textbox', { name: 'Edit entry' });
    if (!(await editor.isVisible())) {
      await liveScreen(page, 'en').recorded.getByRole('button', { name: 'Edit', exact: true }).click();
    }
    // Reopened, the Entry field may hold the focus: typing goes into the editor.
    await editor.focus();
    return editor.inputValue();
  },
  read: async (page) => {
    await expect(liveScreen(page, 'en').recorded).toHaveCount(1);
    // The editor may come back a moment after the entry: a window that finds the closing one
    // still holding the writer lock shows the record read-only first, then redraws as the writer.
    const reopened = page.getByRole('textbox', { name: 'Edit entry' });
    const editorOpen = await reopened.waitFor({ timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    // Closed, the entry's stored text is what clicking Edit would start from.
    const found = editorOpen ? await reopened.inputValue() : (await readDatabase(page)).entries[0]!.text;
    return { found, editorOpen };
  },
};

for (const [seed, delay] of [
  [15, 8],
  [16, 8],
  [17, 25],
  [18, 25],
] as const) {
  closeTrials(
    `an entry being corrected, ${delay} ms/key, seed ${seed}: ${TRIALS} closes 0–100 ms after typing leave its editor open with every character`,
    seed,
    delay,
    correction,
  );
}
