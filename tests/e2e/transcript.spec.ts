/**
 * The live screen's transcript (features/live/Transcript.tsx): its own scrolling column that
 * follows the newest entry and never lies under the Entry field, a "new entries below" button when
 * the recorder has scrolled up, windowing of long items, and one Tab stop with keys to move, edit
 * and delete.
 */
import type { Locator, Page } from '@playwright/test';
import enEditor from '../../locales/en/editor.json' with { type: 'json' };
import enLive from '../../locales/en/live.json' with { type: 'json' };
import { bulkMeeting, liveMeetingRows } from '../fixtures/bulk';
import { expect, liveScreen, openMeeting, test } from './support';

const L = enLive;

/** The scrolling column of the transcript. */
const column = (page: Page) => page.locator('.transcript__scroll');

/** The entry's box lies inside the column, on screen, and above the Entry field. */
async function expectFullyShown(page: Page, entry: Locator): Promise<void> {
  await expect(entry).toBeVisible();
  const box = (await entry.boundingBox())!;
  const inside = (await column(page).boundingBox())!;
  const field = (await liveScreen(page, 'en').entry.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y, 'top inside the column').toBeGreaterThanOrEqual(inside.y - 1);
  expect(box.y + box.height, 'bottom inside the column').toBeLessThanOrEqual(inside.y + inside.height + 1);
  expect(box.y + box.height, 'bottom on screen').toBeLessThanOrEqual(viewport.height);
  expect(box.y + box.height, 'above the Entry field').toBeLessThanOrEqual(field.y);
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
]) {
  test(`at ${size.width}×${size.height} the newest of 40 entries is shown whole, above the Entry field; scrolled up, new ones are announced`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openMeeting(page, liveMeetingRows('en'), 'live');
    const live = liveScreen(page, 'en');
    await live.start();
    for (let n = 1; n <= 40; n++) {
      await live.addEntry(`Statement number ${n}, on the annual plan.`);
      await expect(live.recorded.getByText(`Statement number ${n},`)).toBeVisible();
    }
    // Every entry of a short item is in the list.
    await expect(live.recorded).toHaveCount(40);
    await expectFullyShown(page, live.recorded.getByText('Statement number 40,'));

    await column(page).evaluate((element) => element.scrollTo(0, 0));
    await expect(live.recorded.getByText('Statement number 1,')).toBeInViewport();
    await live.addEntry('Statement number 41, while the recorder reads.');
    const newBelow = page.getByRole('button', { name: L.newBelow_one.replace('{{count}}', '1') });
    await expect(newBelow).toBeVisible();
    // The view stayed where the recorder was reading.
    await expect(live.recorded.getByText('Statement number 1,')).toBeInViewport();
    await live.addEntry('Statement number 42.');
    await expect(page.getByRole('button', { name: L.newBelow_other.replace('{{count}}', '2') })).toBeVisible();
    await page.getByRole('button', { name: /new entries below/ }).click();
    await expectFullyShown(page, live.recorded.getByText('Statement number 42.'));
    await expect(page.getByRole('button', { name: /new entr(y|ies) below/ })).toHaveCount(0);
    await expect(live.entry).toBeFocused();

    // Following again: the next entry is scrolled to.
    await live.addEntry('Statement number 43.');
    await expectFullyShown(page, live.recorded.getByText('Statement number 43.'));
  });
}

test('an item of 2,000 entries renders only those near the view; Home and End reach the first and the newest', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const rows = bulkMeeting({ attendees: 20, agendaItems: 5, entries: 2000, status: 'live', underCurrentItem: true });
  rows.entries.forEach((entry, i) => (entry.text = `Entry ${i + 1} of the long item.`));
  await openMeeting(page, rows, 'live');
  const live = liveScreen(page, 'en');
  const newest = live.recorded.getByText('Entry 2000 of the long item.');
  await expectFullyShown(page, newest);
  expect(await live.recorded.count()).toBeLessThan(100);
  await expect(live.recorded.last()).toHaveAttribute('aria-setsize', '2000');

  // Shift+Tab from the Speaker field reaches the transcript, on its newest entry.
  await page.getByRole('combobox', { name: L.speaker }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('li[aria-posinset="2000"]')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.locator('li[aria-posinset="1"]')).toBeFocused();
  await expect(live.recorded.getByText('Entry 1 of the long item.')).toBeInViewport();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('li[aria-posinset="2"]')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator('li[aria-posinset="2000"]')).toBeFocused();
  await expectFullyShown(page, newest);
  expect(await live.recorded.count()).toBeLessThan(100);

  // A new entry is added at the end and followed.
  await live.addEntry('The two thousand and first entry.');
  await expectFullyShown(page, live.recorded.getByText('The two thousand and first entry.'));
});

test('the transcript is one Tab stop: arrows move, Enter edits (focus back on the entry), Delete deletes with undo, Esc goes to the Entry field', async ({
  page,
}) => {
  await openMeeting(page, liveMeetingRows('en'), 'live');
  const live = liveScreen(page, 'en');
  await live.start();
  for (const text of ['First.', 'Second.', 'Third.']) await live.addEntry(text);
  await expect(live.recorded).toHaveCount(3);
  const entryAt = (n: number) => page.locator(`li[aria-posinset="${n}"]`);

  await test.step('one Tab stop, on the newest entry; the Edit and Delete buttons are not Tab stops', async () => {
    await page.getByRole('button', { name: L.next }).focus();
    await page.keyboard.press('Tab');
    await expect(entryAt(3)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: L.speaker })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(entryAt(3)).toBeFocused();
  });

  await test.step('↑ moves to the previous entry; Enter edits it and Enter saves, back on the entry', async () => {
    await page.keyboard.press('ArrowUp');
    await expect(entryAt(2)).toBeFocused();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: L.editEntryLabel });
    await expect(editor).toBeFocused();
    await editor.fill('Second, corrected.');
    await editor.press('Enter');
    await expect(entryAt(2)).toContainText('Second, corrected.');
    await expect(entryAt(2)).toBeFocused();
  });

  await test.step('F2 edits too, and Esc cancels, back on the entry; Esc on an entry goes to the Entry field', async () => {
    await page.keyboard.press('F2');
    await expect(page.getByRole('textbox', { name: L.editEntryLabel })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('textbox', { name: L.editEntryLabel })).toHaveCount(0);
    await expect(entryAt(2)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(live.entry).toBeFocused();
  });

  await test.step('Delete deletes the focused entry, the next one takes the focus, and Undo brings it back', async () => {
    await entryAt(1).focus();
    await page.keyboard.press('Delete');
    await expect(live.recorded).toHaveCount(2);
    await expect(live.recorded.getByText('First.')).toHaveCount(0);
    await expect(page.locator('li[aria-posinset="1"]')).toContainText('Second, corrected.');
    await expect(page.locator('li[aria-posinset="1"]')).toBeFocused();
    await page.getByRole('button', { name: enEditor.undo }).click();
    await expect(live.recorded).toHaveCount(3);
    await expect(entryAt(1)).toContainText('First.');
  });

  await test.step('a correction begun with the mouse returns the focus to the Entry field', async () => {
    await entryAt(3).getByRole('button', { name: L.editEntry, exact: true }).click();
    const editor = page.getByRole('textbox', { name: L.editEntryLabel });
    await editor.fill('Third, corrected.');
    await editor.press('Enter');
    await expect(entryAt(3)).toContainText('Third, corrected.');
    await expect(live.entry).toBeFocused();
  });
});
