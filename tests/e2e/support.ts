import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { seedDatabase, type Rows } from '../fixtures/bulk';
import { SEED_KO } from '../fixtures/seed';
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
 * Opens the meeting editor on the seed meeting, prepared (details, roster, agenda) and written
 * straight into the app's database: the preparation itself is tested in prepare.spec.ts.
 */
export async function openPreparedMeeting(page: Page, language: 'ko' | 'en' = 'ko'): Promise<Rows> {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const rows = preparedSeedRows(language);
  await seedDatabase(page, rows);
  await page.goto(`./#/meetings/${rows.meetings[0]!.id}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: SEED_KO.title })).toBeVisible();
  return rows;
}

/** Writes a prepared meeting straight into the database and opens its live screen (not started). */
export async function openLiveScreen(page: Page, rows: Rows): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await seedDatabase(page, rows);
  await page.goto(`./#/meetings/${rows.meetings[0]!.id}/live`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: rows.meetings[0]!.title })).toBeVisible();
}
