/**
 * Corrections after the fact (자구정정 and more): an entry's speaker corrected by the speaker field
 * and by `@name` typed in the edit, its time, and its item; each correction kept in the entry's
 * history and carried into the exported minutes. Approved minutes cannot be deleted from the
 * meetings list until they are unlocked.
 */
import type { Page } from '@playwright/test';
import koEditor from '../../locales/ko/editor.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import koMeetings from '../../locales/ko/meetings.json' with { type: 'json' };
import { readDatabase } from '../fixtures/bulk';
import { SEED_KO } from '../fixtures/seed';
import { docxToPdf, pdfText, squeeze } from './office';
import { expect, exportDocx, liveScreen, openPreparedMeeting, screenshot, test, waitSaved } from './support';

const L = koLive;
test.use({ locale: 'ko-KR' });

const [REPORT, PLAN] = SEED_KO.agenda.map((item) => item.title);

function entries(page: Page) {
  // The entries, without the earlier versions listed inside each.
  return page.getByRole('list', { name: L.entriesHeading }).locator(':scope > li[data-entry-id]');
}

async function exportKorean(page: Page, testInfo: { outputPath: (name: string) => string }): Promise<string> {
  const { target } = await exportDocx(page, '한국어', testInfo);
  return squeeze(pdfText(docxToPdf(target)));
}

/** The agenda title nearest before `text` in the minutes: the item it is written under. */
function itemOf(minutes: string, text: string): string | undefined {
  const at = minutes.indexOf(squeeze(text));
  expect(at, text).toBeGreaterThan(0);
  let nearest: { title: string; at: number } | undefined;
  for (const title of SEED_KO.agenda.map((item) => item.title)) {
    const found = minutes.lastIndexOf(squeeze(title), at);
    if (found >= 0 && (!nearest || found > nearest.at)) nearest = { title, at: found };
  }
  return nearest?.title;
}

test('correct an entry’s speaker (field and @name), time and item; the screen, the history and the minutes follow', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const live = liveScreen(page, 'ko');
  const recorded = entries(page);

  await test.step('a meeting is recorded with entries to correct', async () => {
    await openPreparedMeeting(page);
    await page.evaluate(() => localStorage.setItem('seogi.userName', '오서기'));
    await live.start();
    await live.addEntry('운영성과를 보고드리겠습니다.');
    await live.addEntry('민관협력을 강화하겠습니다.');
    await live.addEntry('시각을 고칠 기록.');
    await live.addEntry('@박춘배 다음 안건에서 할 말씀.');
    await expect(recorded).toHaveCount(4);
  });

  await test.step('the speaker, by the speaker field with the keyboard: Enter saves, focus back on the entry', async () => {
    const row = recorded.nth(0);
    await row.focus();
    await page.keyboard.press('F2');
    const text = row.getByRole('textbox', { name: L.editEntryLabel });
    await expect(text).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(row.getByRole('textbox', { name: L.correction.time })).toBeFocused();
    await page.keyboard.press('Tab');
    const speaker = row.getByRole('combobox', { name: L.correction.speaker });
    await expect(speaker).toBeFocused();
    await page.keyboard.type('정수민');
    await page.keyboard.press('Enter');
    await expect(row).toBeFocused();
    await expect(row.locator('.entry__speaker').first()).toHaveText('복지정책과장 정수민');
    await expect(row.locator('.entry__text')).toHaveText('운영성과를 보고드리겠습니다.');
  });

  await test.step('the speaker, by @name at the start of the edited text (the mention removed)', async () => {
    const row = recorded.nth(1);
    await row.getByRole('button', { name: L.editEntry }).click();
    const text = row.getByRole('textbox', { name: L.editEntryLabel });
    await text.fill('@부시장 민관협력을 강화하겠습니다.');
    await text.press('Enter');
    await expect(live.entry).toBeFocused();
    await expect(row.locator('.entry__speaker').first()).toHaveText('부시장 김종석');
    await expect(row.locator('.entry__text')).toHaveText('민관협력을 강화하겠습니다.');
  });

  await test.step('the time: unreadable text is refused with the reason, a clock time is taken', async () => {
    const row = recorded.nth(2);
    await row.getByRole('button', { name: L.editEntry }).click();
    const time = row.getByRole('textbox', { name: L.correction.time });
    await time.fill('열시 반쯤');
    await time.press('Enter');
    await expect(time).toBeFocused();
    await expect(time).toHaveAttribute('aria-invalid', 'true');
    await expect(row.getByRole('alert')).toHaveText(
      '시각으로 읽을 수 없습니다. 16:00(24시간제)이나 오후 4시처럼 쓰세요.',
    );
    await time.fill('10:40:30');
    await time.press('Enter');
    await expect(row.locator('time').first()).toHaveText('10:40');
    const stored = (await readDatabase(page)).entries.find((e) => e.text === '시각을 고칠 기록.');
    // On the page's clock (its time zone), as the recorder typed it.
    const clock = await page.evaluate((at) => {
      const d = new Date(at);
      return [d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()];
    }, stored!.createdAt);
    expect(clock).toEqual([10, 40, 30, 0]);
  });

  await test.step('the item: the entry moves to the next item, where it was recorded in the order', async () => {
    const row = recorded.nth(3);
    await row.getByRole('button', { name: L.editEntry }).click();
    await row.getByRole('combobox', { name: L.correction.item }).selectOption({ label: `심의 1 ${PLAN}` });
    await screenshot(page, 'correction-open-ko');
    await row.getByRole('button', { name: L.saveEdit }).click();
    await expect(recorded).toHaveCount(3);
    await live.entry.press('Alt+ArrowDown');
    await expect(live.currentItem).toContainText(PLAN!);
    await expect(recorded).toHaveCount(1);
    await expect(recorded.locator('.entry__text')).toHaveText('다음 안건에서 할 말씀.');
  });

  await test.step('each correction is marked, and its history lists the earlier version', async () => {
    const moved = recorded.nth(0);
    await expect(moved.locator('.entry__edited')).toContainText('오서기');
    await moved.getByText('이전 내용 1건').click();
    await expect(moved.locator('.entry__history-text')).toContainText(`보고 1 ${REPORT}`);
    await expect(moved.locator('.entry__history-text')).toContainText('공동위원장 박춘배');
    await live.entry.press('Alt+ArrowUp');
    const first = recorded.nth(0);
    await first.getByText('이전 내용 1건').click();
    await expect(first.locator('.entry__history-text')).toContainText(`${L.note} 운영성과를 보고드리겠습니다.`);
    await expect(first.locator('.entry__history-meta')).toContainText('오서기 수정');
    const timed = recorded.nth(2);
    await timed.getByText('이전 내용 1건').click();
    await expect(timed.locator('.entry__history-text time')).not.toHaveText('10:40');
    await screenshot(page, 'correction-history-ko');
  });

  await test.step('the exported minutes carry the corrected speakers and item', async () => {
    await live.end();
    await waitSaved(page, 'ko');
    const minutes = await exportKorean(page, testInfo);
    expect(minutes).toContain(squeeze('○복지정책과장 정수민: 운영성과를 보고드리겠습니다.'));
    expect(minutes).toContain(squeeze('○부시장 김종석: 민관협력을 강화하겠습니다.'));
    expect(minutes).not.toContain('@부시장');
    expect(itemOf(minutes, '○공동위원장 박춘배: 다음 안건에서 할 말씀.')).toBe(PLAN);
    expect(itemOf(minutes, '민관협력을 강화하겠습니다.')).toBe(REPORT);
  });
});

test('approved minutes cannot be deleted from the meetings list until they are unlocked', async ({ page }) => {
  const live = liveScreen(page, 'ko');
  const rows = await openPreparedMeeting(page);
  const title = rows.meetings[0]!.title;
  await live.start();
  await live.addEntry('승인될 기록.');
  await live.end();
  await page.getByRole('link', { name: L.editMeeting }).click();
  await page.getByRole('button', { name: koEditor.approval.approve }).click();
  const approval = page.getByRole('dialog', { name: koEditor.approval.heading });
  await approval.getByLabel(koEditor.approval.date).fill('2021-12-20');
  await approval.getByRole('button', { name: koEditor.approval.confirm }).click();
  await expect(page.getByRole('button', { name: koEditor.approval.unlock })).toBeVisible();

  await page.goto('./#/meetings');
  await page.getByRole('button', { name: `${koMeetings.delete} ${title}` }).click();
  const dialog = page.getByRole('dialog', { name: koMeetings.approvedDelete.title });
  await expect(dialog).toContainText(`“${title}” 회의록은 승인되어 삭제할 수 없습니다.`);
  await expect(dialog.getByRole('button', { name: koMeetings.confirmDelete.confirm })).toHaveCount(0);
  await screenshot(page, 'approved-delete-ko');
  await dialog.getByRole('button', { name: koMeetings.approvedDelete.close }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  expect((await readDatabase(page)).meetings).toHaveLength(1);
});
