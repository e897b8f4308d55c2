import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import koExport from '../../locales/ko/export.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import koRecord from '../../locales/ko/record.json' with { type: 'json' };
import { SEED_KO } from '../fixtures/seed';
import { docxToPdf, pageCount, pdfText, renderPage, squeeze } from './office';
import { expect, openPreparedMeeting, SCREENS_DIR, screenshot, test } from './support';

test.use({ locale: 'ko-KR' });

/** Records the seed meeting through the live screen: the two quoted statements, outcomes, an action item. */
async function recordSeedMeeting(page: Page): Promise<void> {
  await openPreparedMeeting(page);
  await page.getByRole('button', { name: koLive.startMeeting }).click();
  const entry = page.getByRole('textbox', { name: koLive.entry, exact: true });
  const outcome = page.getByRole('combobox', { name: koLive.outcome.label });
  await entry.fill('2021년 읍·면·동 지역사회보장협의체 운영성과 보고가 있었음.');
  await entry.press('Enter');
  await outcome.selectOption({ label: koRecord.outcome.noted });
  await entry.press('Alt+ArrowDown');
  await entry.fill(`@박춘배 ${SEED_KO.statements.park}`);
  await entry.press('Enter');
  await outcome.selectOption({ label: koRecord.outcome.approved });
  await page.getByRole('spinbutton', { name: koLive.outcome.for }).fill('5');
  await page.getByRole('spinbutton', { name: koLive.outcome.against }).fill('0');
  await page.getByRole('spinbutton', { name: koLive.outcome.abstain }).fill('0');
  await entry.press('Alt+ArrowDown');
  await outcome.selectOption({ label: koRecord.outcome.amended });
  await entry.press('Alt+ArrowDown');
  await entry.fill(`@김종석 ${SEED_KO.statements.kim}`);
  await entry.press('Enter');
  await outcome.selectOption({ label: koRecord.outcome.approved });
  await page.getByRole('button', { name: koLive.actions.add }).click();
  await page.getByRole('textbox', { name: koLive.actions.action }).fill('청년분과 위원 위촉 추진');
  await page.getByRole('textbox', { name: koLive.actions.owner }).fill('정수민');
  await page.getByRole('button', { name: koLive.endMeeting }).click();
  await page.getByRole('dialog').getByRole('button', { name: koLive.confirmEnd.confirm }).click();
  await expect(page.getByRole('button', { name: koLive.endMeeting })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /저장/ })).toHaveText('저장됨');
}

async function exportDocx(page: Page, language: '한국어' | '영어', testInfo: { outputPath: (name: string) => string }) {
  await page.getByRole('button', { name: koExport.button }).click();
  const dialog = page.getByRole('dialog', { name: koExport.heading });
  const group = dialog.getByRole('radiogroup', { name: koExport.documentLanguage });
  await group.getByRole('radio', { name: language }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: koExport.save }).click();
  const file = await download;
  const target = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(target);
  await expect(dialog.getByRole('status')).toContainText(file.suggestedFilename());
  await dialog.getByRole('button', { name: koExport.close }).click();
  return { target, name: file.suggestedFilename() };
}

test.describe('export', () => {
  test('record the seed meeting, export it in Korean and in English, and read both back through LibreOffice', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await recordSeedMeeting(page);
    await page.getByRole('button', { name: koExport.button }).click();
    const dialog = page.getByRole('dialog', { name: koExport.heading });
    // The meeting's minutes language is chosen by default, whatever the interface language.
    await expect(dialog.getByRole('radio', { name: '한국어' })).toBeChecked();
    await screenshot(page, 'export-dialog-ko');
    await dialog.getByRole('button', { name: koExport.close }).click();

    const ko = await exportDocx(page, '한국어', testInfo);
    expect(ko.name).toBe('2021-11-23 제4차 양주시지역사회보장협의체 대표협의체 회의록.docx');
    const en = await exportDocx(page, '영어', testInfo);
    expect(en.name).toMatch(/^2021-11-23 .+\.docx$/);

    for (const { target, language } of [
      { target: ko.target, language: 'ko' as const },
      { target: en.target, language: 'en' as const },
    ]) {
      const pdf = docxToPdf(target);
      expect(pageCount(pdf)).toBeGreaterThan(0);
      const text = squeeze(pdfText(pdf));
      for (const item of SEED_KO.agenda) expect(text, item.title).toContain(squeeze(item.title));
      expect(text).toContain(squeeze(SEED_KO.statements.park));
      expect(text).toContain(squeeze(SEED_KO.statements.kim));
      for (const attendee of SEED_KO.attendees) expect(text, attendee.name).toContain(attendee.name);
      if (language === 'ko') {
        for (const expected of [
          '재적6명중출석5명',
          '원안가결',
          '수정가결',
          '보고접수',
          '○공동위원장박춘배:',
          '○부시장김종석:',
          '2021년11월23일(화)',
        ])
          expect(text, expected).toContain(expected);
      } else {
        for (const expected of [
          '6membersontheroll,5present',
          'Approvedasproposed',
          'Approvedasamended',
          'Noted',
          'Tuesday23November2021',
        ])
          expect(text, expected).toContain(expected);
      }
      renderPage(pdf, 1, path.join(SCREENS_DIR, `minutes-${language}-page1.png`));
      const { messages } = await mammoth.extractRawText({ buffer: readFileSync(target) });
      expect(messages).toEqual([]);
    }
  });
});

test('copy the minutes as text, for an e-mail', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await recordSeedMeeting(page);
  await page.getByRole('button', { name: koExport.button }).click();
  const dialog = page.getByRole('dialog', { name: koExport.heading });
  await dialog.getByRole('button', { name: koExport.copy }).click();
  await expect(dialog.getByRole('status')).toHaveText(koExport.copied);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  for (const item of SEED_KO.agenda) expect(text).toContain(item.title);
  expect(text).toContain(`공동위원장 박춘배: ${SEED_KO.statements.park}`);
  expect(text).toContain(`부시장 김종석: ${SEED_KO.statements.kim}`);
  expect(text).toContain('재적 6명 중 출석 5명');
  expect(text).not.toMatch(/<\/?w:|<[a-z]+>/);
});
