import type { Page } from '@playwright/test';
import { readDatabase } from '../fixtures/bulk';
import { SEED_KO } from '../fixtures/seed';
import { expect, openPreparedMeeting, screenshot, test } from './support';

/**
 * One writer per database: a second tab on the same profile is told that Seogi is open elsewhere
 * and changes nothing, shows what the first one records, can take over (the first then turns
 * read-only, and its unfinished text is not lost), and takes over by itself when the first closes.
 */
test.use({ locale: 'en-US' });

const READ_ONLY = /Seogi is open in another window or tab/;

function entryField(page: Page) {
  return page.getByRole('textbox', { name: 'Entry', exact: true });
}
function recorded(page: Page) {
  return page.getByRole('list', { name: 'Record of this item' }).getByRole('listitem');
}

test('a second tab is read-only until it takes over or the first one closes; no typing is lost either way', async ({
  page,
  context,
}) => {
  const rows = await openPreparedMeeting(page, 'en');
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await entryField(page).fill('Typed in the first tab.');
  await entryField(page).press('Enter');
  await entryField(page).pressSequentially('not finished yet', { delay: 5 });

  const second = await context.newPage();
  await second.goto(`./#/meetings/${rows.meetings[0]!.id}/live`);
  const banner = second.getByRole('alert').filter({ hasText: READ_ONLY });
  await expect(banner).toBeVisible();
  // It shows the record, and what the first tab records next, but offers nothing to change it.
  await expect(recorded(second)).toHaveCount(1);
  await expect(entryField(second)).toHaveCount(0);
  await expect(second.getByRole('button', { name: 'Next item' })).toBeDisabled();
  await expect(page.getByRole('alert').filter({ hasText: READ_ONLY })).toHaveCount(0);
  await entryField(page).press('Control+a');
  await entryField(page).pressSequentially('Second statement.', { delay: 5 });
  await entryField(page).press('Enter');
  await expect(recorded(second)).toHaveCount(2);
  await entryField(page).pressSequentially('left unfinished', { delay: 5 });
  await screenshot(second, 'single-writer-read-only-en');

  // The second tab takes over: the first turns read-only, its unfinished text moves along.
  await banner.getByRole('button', { name: 'Use Seogi here' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: READ_ONLY })).toBeVisible();
  await expect(entryField(page)).toHaveCount(0);
  await expect(entryField(second)).toHaveValue('left unfinished');
  await entryField(second).press('End');
  await entryField(second).pressSequentially(' — finished in the second tab.', { delay: 5 });
  await entryField(second).press('Enter');
  await expect(recorded(page)).toHaveCount(3);

  // The second tab closes: the first one becomes the writer again by itself.
  await second.close({ runBeforeUnload: true });
  await expect(page.getByRole('alert').filter({ hasText: READ_ONLY })).toHaveCount(0, { timeout: 15_000 });
  await expect(entryField(page)).toBeVisible();
  await entryField(page).fill('Back in the first tab.');
  await entryField(page).press('Enter');
  await expect(recorded(page)).toHaveCount(4);

  const db = await readDatabase(page);
  expect([...db.entries].sort((a, b) => a.seq - b.seq).map((e) => e.text)).toEqual([
    'Typed in the first tab.',
    'Second statement.',
    'left unfinished — finished in the second tab.',
    'Back in the first tab.',
  ]);
  expect(new Set(db.entries.map((e) => e.agendaItemId))).toEqual(
    new Set([db.agendaItems.find((i) => i.title === SEED_KO.agenda[0].title)!.id]),
  );
});
