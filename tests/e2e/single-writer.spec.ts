import { readDatabase } from '../fixtures/bulk';
import { SEED_KO } from '../fixtures/seed';
import { expect, liveScreen, openPreparedMeeting, screenshot, test } from './support';

/**
 * One writer per database: a second tab on the same profile is told that Seogi is open elsewhere
 * and changes nothing, shows what the first one records, can take over (the first then turns
 * read-only, and its unfinished text is not lost), and takes over by itself when the first closes.
 */
test.use({ locale: 'en-US' });

const READ_ONLY = /Seogi is open in another window or tab/;

test('a second tab is read-only until it takes over or the first one closes; no typing is lost either way', async ({
  page,
  context,
}) => {
  const rows = await openPreparedMeeting(page, 'en');
  const firstTab = liveScreen(page, 'en');
  await firstTab.start();
  await firstTab.addEntry('Typed in the first tab.');
  await firstTab.entry.pressSequentially('not finished yet', { delay: 5 });

  const second = await context.newPage();
  const secondTab = liveScreen(second, 'en');
  const banner = second.getByRole('alert').filter({ hasText: READ_ONLY });

  await test.step('the second tab is read-only, and shows what the first one records', async () => {
    await second.goto(`./#/meetings/${rows.meetings[0]!.id}/live`);
    await expect(banner).toBeVisible();
    // It shows the record, and what the first tab records next, but offers nothing to change it.
    await expect(secondTab.recorded).toHaveCount(1);
    await expect(secondTab.entry).toHaveCount(0);
    await expect(second.getByRole('button', { name: 'Next item' })).toBeDisabled();
    await expect(page.getByRole('alert').filter({ hasText: READ_ONLY })).toHaveCount(0);
    await firstTab.entry.press('Control+a');
    await firstTab.entry.pressSequentially('Second statement.', { delay: 5 });
    await firstTab.entry.press('Enter');
    await expect(secondTab.recorded).toHaveCount(2);
    await firstTab.entry.pressSequentially('left unfinished', { delay: 5 });
    await screenshot(second, 'single-writer-read-only-en');
  });

  await test.step('the second tab takes over: the first turns read-only, its unfinished text moves along', async () => {
    await banner.getByRole('button', { name: 'Use Seogi here' }).click();
    await expect(banner).toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: READ_ONLY })).toBeVisible();
    await expect(firstTab.entry).toHaveCount(0);
    await expect(secondTab.entry).toHaveValue('left unfinished');
    await secondTab.entry.press('End');
    await secondTab.entry.pressSequentially(' — finished in the second tab.', { delay: 5 });
    await secondTab.entry.press('Enter');
    await expect(firstTab.recorded).toHaveCount(3);
  });

  await test.step('the second tab closes: the first one becomes the writer again by itself', async () => {
    await second.close({ runBeforeUnload: true });
    await expect(page.getByRole('alert').filter({ hasText: READ_ONLY })).toHaveCount(0, { timeout: 15_000 });
    await expect(firstTab.entry).toBeVisible();
    await firstTab.addEntry('Back in the first tab.');
    await expect(firstTab.recorded).toHaveCount(4);
  });

  await test.step('every entry is stored once, in order, under the item it was typed in', async () => {
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
});
