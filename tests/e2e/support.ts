/**
 * What every spec shares: the test fixture that fails on page errors, screenshots for a person to
 * look at, and the steps several specs take the same way (opening a meeting written straight into
 * the database, the save indicator, the live screen's Entry field and record, starting and ending
 * a meeting, deciding an item). Elements are found by role and accessible name
 * (../shared/docs/ui-contract.md), with the words of the interface's language from locales/.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import enEditor from '../../locales/en/editor.json' with { type: 'json' };
import enLive from '../../locales/en/live.json' with { type: 'json' };
import enRecord from '../../locales/en/record.json' with { type: 'json' };
import koCommon from '../../locales/ko/common.json' with { type: 'json' };
import koEditor from '../../locales/ko/editor.json' with { type: 'json' };
import koExport from '../../locales/ko/export.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import koRecord from '../../locales/ko/record.json' with { type: 'json' };
import type { Language, Outcome, Votes } from '../../renderer/domain/model';
import { seedDatabase, type Rows } from '../fixtures/bulk';
import { preparedSeedRows } from '../fixtures/seedRows';

export const SCREENS_DIR = path.resolve('test-results/screens');

/** Saves a full-page screenshot under test-results/screens/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  // From the top, so sticky bars are drawn where a person sees them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
}

/** Fails the test on any uncaught page error or console error (a CSP violation, say). */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await use(errors);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Runs axe on the page as it is now; a finding fails the test with each rule's id, count and first
 * target, and the test goes on to the next state, so that one run lists them all.
 */
export async function expectNoFindings(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect
    .soft(
      violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`),
      `axe findings: ${state}`,
    )
    .toEqual([]);
}

/** The words of the interface, by language: the helpers below find elements by these names. */
const TEXT = {
  en: { common: enCommon, editor: enEditor, live: enLive, record: enRecord },
  ko: { common: koCommon, editor: koEditor, live: koLive, record: koRecord },
};

// ---------------------------------------------------------------------------------------------
// Opening a meeting

/**
 * Opens the app (so that it has created its database), writes `rows` straight into the database,
 * and opens their meeting's editor or live screen.
 */
export async function openMeeting(page: Page, rows: Rows, screen: 'editor' | 'live'): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await seedDatabase(page, rows);
  const meeting = rows.meetings[0]!;
  await page.goto(`./#/meetings/${meeting.id}${screen === 'live' ? '/live' : ''}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: meeting.title })).toBeVisible();
}

/**
 * Opens the meeting editor on the seed meeting, prepared (details, roster, agenda) and written
 * straight into the app's database: the preparation itself is tested in prepare.spec.ts.
 */
export async function openPreparedMeeting(page: Page, language: Language = 'ko'): Promise<Rows> {
  const rows = preparedSeedRows(language);
  await openMeeting(page, rows, 'editor');
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The save indicator

/** The save indicator: the status that says Saving…, Saved or Not saved. */
export function saveStatus(page: Page, language: Language): Locator {
  const { saving, saved, notSaved } = TEXT[language].common.status;
  const escaped = [saving, saved, notSaved].map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return page.getByRole('status').filter({ hasText: new RegExp(`^(${escaped.join('|')})$`) });
}

/** Waits until the save indicator says Saved: everything typed so far is stored. */
export async function waitSaved(page: Page, language: Language): Promise<void> {
  await expect(saveStatus(page, language)).toHaveText(TEXT[language].common.status.saved);
}

// ---------------------------------------------------------------------------------------------
// The meeting editor

/** The rows of the editor's roster. */
export function rosterRows(page: Page, language: Language): Locator {
  return page.getByRole('list', { name: new RegExp(TEXT[language].editor.sections.roster) }).getByRole('listitem');
}

/** The rows of the editor's agenda. */
export function agendaRows(page: Page, language: Language): Locator {
  return page.getByRole('list', { name: new RegExp(TEXT[language].editor.sections.agenda) }).getByRole('listitem');
}

// ---------------------------------------------------------------------------------------------
// The live screen

/** The live screen in one window, found by the names of `language`. */
export function liveScreen(page: Page, language: Language) {
  const { live, record } = TEXT[language];
  const entry = page.getByRole('textbox', { name: live.entry, exact: true });
  const endButton = page.getByRole('button', { name: live.endMeeting });
  return {
    /** The Entry field, where the recorder types. */
    entry,
    /** The Current item region. */
    currentItem: page.getByRole('region', { name: live.currentItem }),
    /** The entries of the Record of this item list. */
    recorded: page.getByRole('list', { name: live.entriesHeading }).getByRole('listitem'),

    /** Starts the meeting, and waits for the Entry field to take the focus. */
    async start(): Promise<void> {
      await page.getByRole('button', { name: live.startMeeting }).click();
      await expect(entry).toBeFocused();
    },

    /** Types `text` into the Entry field and adds it with Enter. */
    async addEntry(text: string): Promise<void> {
      await entry.fill(text);
      await entry.press('Enter');
    },

    /** Chooses the current item's outcome and fills in the vote counts given. */
    async decide(outcome: Outcome, votes: Partial<Record<keyof Votes, number>> = {}): Promise<void> {
      await page.getByRole('combobox', { name: live.outcome.label }).selectOption({ label: record.outcome[outcome] });
      for (const count of ['for', 'against', 'abstain'] as const) {
        const value = votes[count];
        if (value !== undefined) await page.getByRole('spinbutton', { name: live.outcome[count] }).fill(String(value));
      }
    },

    /** Ends the meeting, confirming in the dialog, and waits until it has ended. */
    async end(): Promise<void> {
      await endButton.click();
      await page.getByRole('dialog').getByRole('button', { name: live.confirmEnd.confirm }).click();
      await expect(endButton).toHaveCount(0);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Export

/**
 * Saves the minutes as .docx in the Korean interface's export dialog, in the document language
 * given by its radio's name, into the test's output folder.
 */
export async function exportDocx(
  page: Page,
  language: '한국어' | '영어',
  testInfo: { outputPath: (name: string) => string },
): Promise<{ target: string; name: string }> {
  return exportFile(page, language, testInfo, 'docx');
}

/** Saves the minutes from the export dialog as .docx or .hwpx, in the given document language. */
export async function exportFile(
  page: Page,
  language: '한국어' | '영어',
  testInfo: { outputPath: (name: string) => string },
  format: 'docx' | 'hwpx',
): Promise<{ target: string; name: string }> {
  await page.getByRole('button', { name: koExport.button }).click();
  const dialog = page.getByRole('dialog', { name: koExport.heading });
  const group = dialog.getByRole('radiogroup', { name: koExport.documentLanguage });
  await group.getByRole('radio', { name: language }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: format === 'docx' ? koExport.save : koExport.saveHwpx }).click();
  const file = await download;
  const target = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(target);
  await expect(dialog.getByRole('status')).toContainText(file.suggestedFilename());
  await dialog.getByRole('button', { name: koExport.close }).click();
  return { target, name: file.suggestedFilename() };
}
