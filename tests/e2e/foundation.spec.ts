import { expect, screenshot, test, waitSaved } from './support';

test('a meeting created in the English UI is still there after a reload', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Meetings' })).toBeVisible();
  await expect(page.getByText('No meetings yet')).toBeVisible();
  await screenshot(page, 'meetings-empty-en');

  await page.getByRole('button', { name: 'New meeting' }).click();
  const title = page.getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused();
  await title.fill('4th Representative Council Meeting');
  await page.getByRole('textbox', { name: 'Organization' }).fill('Yangju City Community Social Security Council');
  await page.getByLabel('Date').fill('2021-11-23');
  await page.getByRole('textbox', { name: 'Location' }).fill('City Hall situation room');
  await waitSaved(page, 'en');
  await screenshot(page, 'meeting-editor-en');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('4th Representative Council Meeting');
  await expect(page.getByRole('textbox', { name: 'Location' })).toHaveValue('City Hall situation room');
  await expect(page.getByLabel('Date')).toHaveValue('2021-11-23');

  await page.getByRole('link', { name: 'Meetings' }).click();
  const link = page.getByRole('link', { name: /4th Representative Council Meeting/ });
  await expect(link).toBeVisible();
  await screenshot(page, 'meetings-list-en');
  await link.click();
  await expect(page.getByRole('textbox', { name: 'Organization' })).toHaveValue(
    'Yangju City Community Social Security Council',
  );
});

test('switching the interface to Korean shows Korean labels and persists', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await screenshot(page, 'settings-en');
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ko');
  await expect(page.getByRole('heading', { name: '설정' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '화면 언어' })).toHaveValue('ko');
  await screenshot(page, 'settings-ko');

  await page.reload();
  await expect(page.getByRole('heading', { name: '설정' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByRole('link', { name: '회의 목록' }).click();
  await expect(page.getByRole('heading', { name: '회의 목록' })).toBeVisible();
  await expect(page.getByText('아직 회의가 없습니다')).toBeVisible();
  await screenshot(page, 'meetings-empty-ko');
  await page.getByRole('button', { name: '새 회의' }).click();
  await expect(page.getByRole('textbox', { name: '회의 제목' })).toBeVisible();
  await page.getByRole('textbox', { name: '회의 제목' }).fill('제4차 대표협의체 회의');
  await screenshot(page, 'meeting-editor-ko');
});

test.describe('with a Korean browser', () => {
  test.use({ locale: 'ko-KR' });

  test('the first start follows navigator.language', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { name: '회의 목록' })).toBeVisible();
    await expect(page.getByRole('button', { name: '새 회의' })).toBeVisible();
  });
});
