import koArchive from '../../locales/ko/archive.json' with { type: 'json' };
import koEditor from '../../locales/ko/editor.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import { DAILY_BACKUP_DELAY_MS } from '../../renderer/domain/backup';
import { readDatabase } from '../fixtures/bulk';
import { SEED_KO } from '../fixtures/seed';
import { agendaRows, expect, liveScreen, openPreparedMeeting, screenshot, test } from './support';

const E = koEditor;
const L = koLive;
test.use({ locale: 'ko-KR' });

test('correct an entry (its history is kept), approve the minutes (read-only everywhere), unlock with a recorded confirmation', async ({
  page,
}) => {
  const live = liveScreen(page, 'ko');
  // The entries, without the earlier versions listed inside each.
  const recorded = page.getByRole('list', { name: L.entriesHeading }).locator(':scope > li[data-entry-id]');

  await test.step('a meeting is recorded, with a typo, and ended', async () => {
    await openPreparedMeeting(page);
    await page.evaluate(() => localStorage.setItem('seogi.userName', '오서기'));
    await live.start();
    await live.addEntry('운영성과 보고가 있엇음.');
    await live.end();
  });

  await test.step('자구정정: the typo is corrected after the meeting; the earlier text stays in the history', async () => {
    await recorded.getByRole('button', { name: L.editEntry }).click();
    const editor = recorded.getByRole('textbox', { name: L.editEntryLabel });
    await editor.fill('운영성과 보고가 있었음.');
    await editor.press('Enter');
    await expect(recorded.locator('.entry__text')).toHaveText('운영성과 보고가 있었음.');
    await recorded.getByText('이전 내용 1건').click();
    await expect(recorded).toContainText('운영성과 보고가 있엇음.');
    await expect(recorded).toContainText('오서기 수정');
    await screenshot(page, 'entry-history-ko');
  });

  await test.step('approved from the meeting page, the minutes are read-only there, keyboard reordering too', async () => {
    await page.getByRole('link', { name: L.editMeeting }).click();
    await page.getByRole('button', { name: E.approval.approve }).click();
    const dialog = page.getByRole('dialog', { name: E.approval.heading });
    await dialog.getByLabel(E.approval.date).fill('2021-12-20');
    await expect(dialog.getByRole('textbox', { name: E.approval.by })).toHaveValue(SEED_KO.chair);
    await dialog.getByRole('button', { name: E.approval.confirm }).click();
    await expect(page.getByText('2021년 12월 20일(월) 박춘배 승인. 회의록은 읽기 전용입니다.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: E.fields.title })).toBeDisabled();
    await expect(page.getByRole('button', { name: E.roster.add })).toBeDisabled();
    await expect(page.getByRole('button', { name: E.agenda.add })).toBeDisabled();
    await expect(page.getByRole('button', { name: E.actions.delete })).toHaveCount(0);
    const before = await readDatabase(page);
    await agendaRows(page, 'ko').nth(1).getByRole('textbox', { name: E.agenda.title }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    expect((await readDatabase(page)).agendaItems).toEqual(before.agendaItems);
    await screenshot(page, 'approved-ko');
  });

  await test.step('the record is read-only on the live screen too', async () => {
    await page.getByRole('link', { name: L.openRecord }).click();
    await expect(live.entry).toBeDisabled();
    await expect(recorded.getByRole('button', { name: L.editEntry })).toBeDisabled();
    await page.getByRole('link', { name: L.editMeeting }).click();
  });

  await test.step('unlocking asks first, and is recorded in the approval history', async () => {
    await page.getByRole('button', { name: E.approval.unlock }).click();
    await page
      .getByRole('dialog', { name: E.approval.unlockTitle })
      .getByRole('button', { name: E.approval.unlockConfirm })
      .click();
    await expect(page.getByRole('textbox', { name: E.fields.title })).toBeEnabled();
    const meeting = (await readDatabase(page)).meetings[0]!;
    expect(meeting.status).toBe('ended');
    expect(meeting.approval).toBeNull();
    expect(meeting.approvalLog.map((e) => [e.action, e.by])).toEqual([
      ['approved', SEED_KO.chair],
      ['unlocked', '오서기'],
    ]);
    await page.getByText(E.approval.log).click();
    await expect(page.getByText(/오서기 잠금 해제/)).toBeVisible();
  });
});

test('ending a meeting makes an automatic backup, which Settings lists and restores', async ({ page }) => {
  // The day's first backup waits until start-up is over: the test's clock is moved on to it.
  await page.clock.install();
  const rows = await openPreparedMeeting(page);
  const list = page.getByRole('region', { name: koArchive.auto.heading }).getByRole('listitem');
  await test.step('the day’s first backup is made once start-up is over', async () => {
    await page.clock.fastForward(DAILY_BACKUP_DELAY_MS + 1000);
    await page.getByRole('button', { name: '설정' }).click();
    await expect(list).toHaveCount(1);
    await expect(list).toContainText(koArchive.auto.reason.daily);
    await page.goBack();
  });
  const live = liveScreen(page, 'ko');
  await live.start();
  await live.addEntry('자동 백업 확인용 기록');
  await live.end();

  await test.step('Settings lists the backup made when the meeting ended, and the day’s first', async () => {
    await page.getByRole('button', { name: '설정' }).click();
    // Newest first: the one made when the meeting ended, and the day's first.
    await expect(list).toHaveCount(2);
    await expect(list.first()).toContainText(koArchive.auto.reason.meetingEnded);
    await expect(list.last()).toContainText(koArchive.auto.reason.daily);
    await screenshot(page, 'settings-backups-ko');
  });

  await test.step('restoring it, with nothing changed since, would change nothing, and says so', async () => {
    await list.first().getByRole('button', { name: koArchive.auto.restore }).click();
    const preview = page.getByRole('dialog');
    await expect(preview).toContainText(koArchive.preview.nothing);
    await preview.getByRole('button', { name: koArchive.preview.cancel }).click();
    expect((await readDatabase(page)).meetings.map((m) => m.id)).toEqual([rows.meetings[0]!.id]);
  });
});
