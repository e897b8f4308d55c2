/**
 * Dates and times in the interface language (components/DateTimeField.tsx): a Korean clerk types
 * 2021. 11. 23. and 오후 4시 (the second through the IME), an English one Nov 23 2021 and 4 pm; the
 * fields show and store 2021-11-23 and 16:00 and describe the day in the interface's words. An
 * impossible day is refused with the reason and leaves the stored date alone. axe finds nothing
 * in the meeting details, also with a refused date on screen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import koEditor from '../../locales/ko/editor.json' with { type: 'json' };
import { readDatabase } from '../fixtures/bulk';
import { typeWithIme } from './ime';
import { expect, screenshot, test, waitSaved } from './support';

const E = koEditor;

async function noAxeFinding(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include('#details').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

test.describe('in the Korean interface', () => {
  test.use({ locale: 'ko-KR' });

  test('2021. 11. 23. and 오후 4시 are stored as 2021-11-23 and 16:00, the day shown in Korean', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: '새 회의' }).click();
    const date = page.getByRole('textbox', { name: E.fields.date, exact: true });
    const time = page.getByRole('textbox', { name: E.fields.startTime });

    await test.step('typed the Korean way, written out when the field is left', async () => {
      await date.click();
      await page.keyboard.type('2021. 11. 23.');
      await expect(date).toHaveAccessibleDescription('2021년 11월 23일(화)');
      await page.keyboard.press('Tab');
      await expect(date).toHaveValue('2021-11-23');
      await expect(date).toHaveAccessibleDescription('2021년 11월 23일(화)');
      await time.click();
      await typeWithIme(page, '오후');
      await page.keyboard.type(' 4');
      await typeWithIme(page, '시');
      await expect(time).toHaveAccessibleDescription('오후 4:00');
      await page.keyboard.press('Enter');
      await expect(time).toHaveValue('16:00');
      await waitSaved(page, 'ko');
      const [meeting] = (await readDatabase(page)).meetings;
      expect([meeting?.date, meeting?.startTime]).toEqual(['2021-11-23', '16:00']);
      await screenshot(page, 'editor-dates-ko');
    });

    await test.step('an impossible day is refused with the reason, and the stored date stays', async () => {
      await date.fill('2021-02-30');
      await date.press('Tab');
      await expect(date).toHaveAttribute('aria-invalid', 'true');
      await expect(date).toHaveAccessibleDescription(/2021-02-30: 달력에 없는 날짜입니다\./);
      await noAxeFinding(page);
      await waitSaved(page, 'ko');
      expect((await readDatabase(page)).meetings[0]?.date).toBe('2021-11-23');
    });

    await test.step('↑ and PageDown move the day and the month', async () => {
      await date.fill('2021-11-23');
      await date.press('ArrowUp');
      await expect(date).toHaveValue('2021-11-24');
      await date.press('PageDown');
      await expect(date).toHaveValue('2021-10-24');
      await expect(date).toHaveAccessibleDescription('2021년 10월 24일(일)');
    });

    await test.step('the calendar button opens the native picker, whose choice is taken', async () => {
      // The meeting's date is the first date field of the editor (the next meeting's day follows).
      const calendar = page.getByRole('button', { name: '달력에서 고르기' }).first();
      await calendar.click();
      await page.keyboard.press('Escape');
      await page.locator('#details input[type="date"]').first().fill('2021-12-20', { force: true });
      await expect(date).toHaveValue('2021-12-20');
      await waitSaved(page, 'ko');
      await page.reload();
      await expect(date).toHaveValue('2021-12-20');
      await expect(time).toHaveValue('16:00');
    });
  });
});

test.describe('in the English interface', () => {
  test.use({ locale: 'en-US' });

  test('Nov 23 2021 and 4 pm are stored as 2021-11-23 and 16:00, the day shown in English', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'New meeting' }).click();
    const date = page.getByRole('textbox', { name: 'Date', exact: true });
    const time = page.getByRole('textbox', { name: 'Start time' });
    await date.fill('Nov 23 2021');
    await expect(date).toHaveAccessibleDescription('Tuesday 23 November 2021');
    await time.fill('4 pm');
    await expect(date).toHaveValue('2021-11-23');
    await time.press('Enter');
    await expect(time).toHaveValue('16:00');
    await expect(time).toHaveAccessibleDescription('4:00 pm');
    await waitSaved(page, 'en');
    const [meeting] = (await readDatabase(page)).meetings;
    expect([meeting?.date, meeting?.startTime]).toEqual(['2021-11-23', '16:00']);
    await noAxeFinding(page);
    await screenshot(page, 'editor-dates-en');
  });
});
