/**
 * The archive from the home screen: the seed meeting recorded live, found by a word said in 심의 3
 * (and by two syllables inside a word), its snippet highlighted, opened at that entry; a meeting in
 * session keeping its current item; an early entry of a long item rendered and shown; an English
 * word found by its prefix; the search box reached by its shortcut from the live screen and typed
 * into through the IME; and the meetings list by body, windowed, with a thousand meetings.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import enMeetings from '../../locales/en/meetings.json' with { type: 'json' };
import koMeetings from '../../locales/ko/meetings.json' with { type: 'json' };
import { blankMeeting } from '../../renderer/data/meetings';
import type { Meeting } from '../../renderer/domain/model';
import { bulkMeeting, seedDatabase } from '../fixtures/bulk';
import { SEED_KO } from '../fixtures/seed';
import { typeWithIme } from './ime';
import { expect, liveScreen, openMeeting, openPreparedMeeting, test, waitSaved } from './support';

const KIM = SEED_KO.statements.kim;
const ITEM_3 = SEED_KO.agenda[3].title;

/** Records a little of the seed meeting: a line under 보고 1, Kim's statement under 심의 3. */
async function recordSeedMeeting(page: Page): Promise<void> {
  await openPreparedMeeting(page);
  const live = liveScreen(page, 'ko');
  await live.start();
  await live.addEntry('운영성과 보고가 있었음.');
  for (let i = 0; i < 3; i += 1) await live.entry.press('Alt+ArrowDown');
  await expect(live.currentItem).toContainText(ITEM_3);
  await live.addEntry(`@김종석 ${KIM}`);
  await expect(live.recorded).toHaveCount(1);
  await live.end();
  await waitSaved(page, 'ko');
}

/**
 * axe on the results (here rather than in accessibility.spec, which writes its meetings straight
 * into IndexedDB: the search index sees what the app writes).
 */
async function expectNoFindings(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

function home(page: Page, T: typeof koMeetings) {
  return {
    search: page.getByRole('searchbox', { name: T.search }),
    results: page.getByRole('region', { name: T.results.heading }),
  };
}

test.describe('in the Korean interface', () => {
  test.use({ locale: 'ko-KR' });

  test('finds a word said in 심의 3, highlighted, and opens the meeting at that entry', async ({ page }) => {
    await recordSeedMeeting(page);
    await page.getByRole('link', { name: '회의 목록' }).first().click();
    const { search, results } = home(page, koMeetings);

    await test.step('two syllables inside a word', async () => {
      await search.fill('동양');
      await expect(results.getByText('회의 1건에서 찾았습니다')).toBeVisible();
      const group = results.getByRole('listitem').first();
      await expect(group.getByRole('link', { name: SEED_KO.title })).toBeVisible();
      const hit = group.getByRole('link', { name: /감동양주/ });
      await expect(hit).toContainText(koMeetings.results.kind.entry);
      await expect(hit.locator('mark')).toHaveText('동양');
    });

    await test.step('a word, opened at its entry under 심의 3', async () => {
      await search.fill('민관협력');
      const hit = results.getByRole('link', { name: /민관협력/ });
      await expect(hit.locator('mark')).toHaveText('민관협력');
      await expectNoFindings(page);
      await hit.click();
      await expect(page).toHaveURL(/#\/meetings\/[^/]+\/live\/items\/[^/]+\/entries\/[^/]+$/);
      const live = liveScreen(page, 'ko');
      await expect(live.currentItem).toContainText(ITEM_3);
      await expect(live.currentItem).toContainText('심의 3');
      const entry = live.recorded.filter({ hasText: '민관협력' });
      await expect(entry).toBeFocused();
      await expect(entry).toHaveClass(/entry--found/);
    });

    await test.step('the shortcut goes back to the search box from the live screen', async () => {
      await page.keyboard.press('Control+Shift+F');
      await expect(page).toHaveURL(/#\/$/);
      await expect(search).toBeFocused();
      // Typed through the IME: the deferred search never cuts or doubles a syllable.
      await typeWithIme(page, '청년분과');
      await expect(search).toHaveValue('청년분과');
      await expect(results.getByRole('link', { name: /청년분과/ }).first()).toBeVisible();
    });
  });

  test('a link into a meeting in session leaves its current item alone, and says where the result is', async ({
    page,
  }) => {
    await openPreparedMeeting(page);
    const live = liveScreen(page, 'ko');
    await live.start();
    await live.addEntry('보고 자료는 별첨과 같음.');
    await live.entry.press('Alt+ArrowDown');
    await expect(live.currentItem).toContainText(SEED_KO.agenda[1].title);
    await waitSaved(page, 'ko');
    await page.getByRole('link', { name: '회의 목록' }).first().click();
    const { search, results } = home(page, koMeetings);
    await search.fill('별첨');
    await results.getByRole('link', { name: /별첨/ }).click();
    await expect(live.currentItem).toContainText(SEED_KO.agenda[1].title);
    await expect(page.getByRole('status').filter({ hasText: SEED_KO.agenda[0].title })).toBeVisible();
  });
  test('a link to an early entry of a long item renders it, in view, among the few rendered', async ({ page }) => {
    const rows = bulkMeeting({ attendees: 5, agendaItems: 2, entries: 1200, status: 'ended' });
    await openMeeting(page, rows, 'editor');
    // The 21st entry of the second item: not the item shown first, nor the end of its transcript.
    const target = rows.entries[620]!;
    await page.goto(`./#/meetings/${target.meetingId}/live/items/${target.agendaItemId}/entries/${target.id}`);
    const entry = page.locator(`li[data-entry-id="${target.id}"]`);
    await expect(entry).toBeFocused();
    await expect(entry).toBeInViewport();
    await expect(entry).toHaveClass(/entry--found/);
    expect(await page.locator('li[data-entry-id]').count()).toBeLessThan(100);
  });
});

test.describe('in the English interface', () => {
  test.use({ locale: 'en-US' });

  test('finds an English word by its prefix, not inside a word', async ({ page }) => {
    await openPreparedMeeting(page, 'en');
    const live = liveScreen(page, 'en');
    await live.start();
    await live.addEntry('The committee approved the budget for next year.');
    await live.end();
    await waitSaved(page, 'en');
    await page.getByRole('link', { name: 'Meetings' }).first().click();
    const { search, results } = home(page, enMeetings);
    await search.fill('budg');
    await expect(results.getByText('Found in 1 meeting')).toBeVisible();
    await expect(results.getByRole('link', { name: /Statement/ }).locator('mark')).toHaveText('budg');
    await expectNoFindings(page);
    await search.fill('udget');
    await expect(results.getByText(enMeetings.results.none)).toBeVisible();
  });
});

test.describe('the meetings list', () => {
  test.use({ locale: 'ko-KR' });

  test('groups a thousand meetings by body, renders only those near the view, and reaches the last', async ({
    page,
  }) => {
    const bodies = ['대표협의체', '실무협의체', '청년분과'];
    const meetings: Meeting[] = Array.from({ length: 1000 }, (_, i) => {
      const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const body = bodies[i % 3]!;
      const n = Math.floor(i / 3) + 1;
      return {
        ...blankMeeting('ko', i),
        title: `${body} 제${n}차 회의`,
        organization: body,
        sessionLabel: `제${n}차`,
        date: day,
      };
    });
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await seedDatabase(page, { meetings, attendees: [], agendaItems: [], entries: [], actionItems: [] });
    await page.reload();

    // The newest meeting (the 1,000th) is 대표협의체's: that body first, newest first.
    const first = page.getByRole('region', { name: /대표협의체/ });
    await expect(first.getByRole('heading', { level: 2 })).toContainText('대표협의체');
    await expect(first.getByRole('listitem').first()).toContainText('제334차');
    await expect(first.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '334');
    await expect(first.getByRole('listitem').nth(1)).toContainText('제333차');
    expect(await page.locator('li[data-meeting-id]').count()).toBeLessThan(80);

    await test.step('Tab walks on past the rows first rendered', async () => {
      await first.getByRole('link').first().focus();
      for (let i = 0; i < 60; i += 1) await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toBeVisible();
      const row = page.locator('li[data-meeting-id]:focus-within');
      expect(Number(await row.getAttribute('aria-posinset'))).toBeGreaterThan(25);
    });

    await test.step('the last meeting, at the end of the page', async () => {
      await page.evaluate(() => {
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      });
      await page.keyboard.press('End');
      const last = page.getByRole('link', { name: '실무협의체 제1차 회의' });
      await expect(last).toBeVisible();
      const row = page.locator('li[data-meeting-id]').filter({ has: last });
      await expect(row).toHaveAttribute('aria-posinset', '333');
      await expect(row).toHaveAttribute('aria-setsize', '333');
      await expect(page.getByRole('heading', { level: 2, name: /실무협의체/ })).toHaveCount(1);
      expect(await page.locator('li[data-meeting-id]').count()).toBeLessThan(80);
    });
  });
});
