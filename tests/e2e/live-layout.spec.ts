/**
 * The live screen at the window sizes a recorder has, with a long item (30 entries), in both
 * languages: the page itself never scrolls, the meeting's header stays on screen, the Entry field
 * keeps at least half the window's width, the current item's title, several entries and the Entry
 * field are seen together, and every control of the ui-contract can be clicked.
 */
import type { Locator, Page } from '@playwright/test';
import enLive from '../../locales/en/live.json' with { type: 'json' };
import enRecord from '../../locales/en/record.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import koRecord from '../../locales/ko/record.json' with { type: 'json' };
import { bulkMeeting } from '../fixtures/bulk';
import { expect, liveScreen, openMeeting, screenshot, test } from './support';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const TEXT = { ko: { live: koLive, record: koRecord }, en: { live: enLive, record: enRecord } };

/** A meeting in session, its current item (a deliberation) holding 30 entries. */
function longItem() {
  const rows = bulkMeeting({ attendees: 12, agendaItems: 3, entries: 30, status: 'live' });
  const current = rows.meetings[0]!.currentItemId!;
  for (const entry of rows.entries) entry.agendaItemId = current;
  return rows;
}

/** The page scrolls neither down nor sideways. */
async function pageDoesNotScroll(page: Page): Promise<void> {
  const size = await page.evaluate(() => {
    const root = document.scrollingElement!;
    return { height: root.scrollHeight, width: root.scrollWidth, innerHeight, innerWidth };
  });
  expect(size.height).toBeLessThanOrEqual(size.innerHeight + 1);
  expect(size.width).toBeLessThanOrEqual(size.innerWidth + 1);
}

/** How many entries are shown whole: inside the window and inside every scrolling box around them. */
async function entriesShownWhole(entries: Locator): Promise<number> {
  return entries.evaluateAll(
    (items) =>
      items.filter((item) => {
        const rect = item.getBoundingClientRect();
        let top = Math.max(rect.top, 0);
        let bottom = Math.min(rect.bottom, window.innerHeight);
        for (let box = item.parentElement; box; box = box.parentElement) {
          if (getComputedStyle(box).overflowY === 'visible') continue;
          const clip = box.getBoundingClientRect();
          top = Math.max(top, clip.top);
          bottom = Math.min(bottom, clip.bottom);
        }
        return rect.height > 0 && bottom - top >= rect.height - 1;
      }).length,
  );
}

for (const language of ['ko', 'en'] as const) {
  const { live: L, record: R } = TEXT[language];

  test.describe(`in ${language === 'ko' ? 'Korean' : 'English'}`, () => {
    test.use({ locale: language === 'ko' ? 'ko-KR' : 'en-US' });

    for (const size of SIZES) {
      test(`${size.width}×${size.height}: header, current item, entries and Entry field together; every control reachable`, async ({
        page,
      }) => {
        await page.setViewportSize(size);
        const rows = longItem();
        await openMeeting(page, rows, 'live');
        const live = liveScreen(page, language);
        const title = rows.agendaItems.find((item) => item.id === rows.meetings[0]!.currentItemId)!.title;
        await expect(live.recorded).toHaveCount(30);

        await test.step('the layout', async () => {
          await pageDoesNotScroll(page);
          await expect(page.getByRole('button', { name: L.endMeeting })).toBeInViewport({ ratio: 1 });
          await expect(page.getByRole('button', { name: L.recess })).toBeInViewport({ ratio: 1 });
          await expect(live.currentItem.getByRole('heading', { name: title })).toBeInViewport({ ratio: 1 });
          await expect(live.entry).toBeInViewport({ ratio: 1 });
          expect(await entriesShownWhole(live.recorded)).toBeGreaterThanOrEqual(3);
          const entryBox = (await live.entry.boundingBox())!;
          expect(entryBox.width).toBeGreaterThanOrEqual(size.width / 2);
          // Its label and hint read as lines, not one character under another.
          const label = (await page.getByText(L.entry, { exact: true }).boundingBox())!;
          expect(label.height).toBeLessThan(30);
          const hint = (await page.getByText(L.entryHint).boundingBox())!;
          expect(hint.width).toBeGreaterThan(size.width / 4);
          await screenshot(page, `live-layout-${size.width}-${language}`);
        });

        await test.step('every control of the ui-contract can be clicked', async () => {
          await page.getByRole('button', { name: L.recess }).click();
          await page.getByRole('button', { name: L.resume }).click();
          await page.getByRole('combobox', { name: L.outcome.label }).selectOption({ label: R.outcome.approved });
          for (const count of ['for', 'against', 'abstain'] as const)
            await page.getByRole('spinbutton', { name: L.outcome[count] }).fill('1');
          await page.getByRole('button', { name: L.actions.add }).click();
          await page.getByRole('textbox', { name: L.actions.action }).fill('x');
          await page.getByRole('textbox', { name: L.actions.owner }).fill('y');
          await expect(page.getByLabel(L.actions.due)).toBeVisible();
          // Not in the ui-contract, but a test may take up an item from the agenda list: it is shown.
          const agenda = page.getByRole('navigation', { name: L.agendaHeading });
          await expect(agenda.getByRole('button', { name: title })).toBeVisible();
          await expect(agenda.getByRole('button', { name: L.addUnplanned })).toBeVisible();
          const last = rows.attendees.at(-1)!;
          await page
            .getByRole('button', { name: new RegExp(`${last.name} ${L.attendance.left.toLowerCase()}$`, 'i') })
            .click();
          await page.getByRole('button', { name: L.next }).click();
          await expect(live.currentItem).not.toContainText(title);
          await page.getByRole('button', { name: L.previous }).click();
          await expect(live.currentItem).toContainText(title);
          await page.getByRole('button', { name: L.endMeeting }).click();
          await page.getByRole('dialog').getByRole('button', { name: L.confirmEnd.cancel }).click();
          await expect(live.entry).toBeFocused();
          await pageDoesNotScroll(page);
        });
      });
    }
  });
}
