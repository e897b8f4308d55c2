import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import koExport from '../../locales/ko/export.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import { SEED_KO } from '../fixtures/seed';
import { docxToPdf, pageCount, pdfText, renderPage, squeeze } from './office';
import {
  expect,
  exportDocx,
  liveScreen,
  openPreparedMeeting,
  SCREENS_DIR,
  screenshot,
  test,
  waitSaved,
} from './support';

test.use({ locale: 'ko-KR' });

/** Records the seed meeting through the live screen: the two quoted statements, outcomes, an action item. */
async function recordSeedMeeting(page: Page): Promise<void> {
  await openPreparedMeeting(page);
  const live = liveScreen(page, 'ko');
  const entry = live.entry;
  await live.start();
  await live.addEntry('2021년 읍·면·동 지역사회보장협의체 운영성과 보고가 있었음.');
  await live.decide('noted');
  // The outcome and Add action item act on the item shown: each is used once the next item is.
  const next = async (index: number) => {
    await entry.press('Alt+ArrowDown');
    await expect(live.currentItem).toContainText(SEED_KO.agenda[index]!.title);
  };
  await next(1);
  await live.addEntry(`@박춘배 ${SEED_KO.statements.park}`);
  await live.decide('approved', { for: 5, against: 0, abstain: 0 });
  await next(2);
  await live.decide('amended');
  await next(3);
  await live.addEntry(`@김종석 ${SEED_KO.statements.kim}`);
  await live.decide('approved');
  await page.getByRole('button', { name: koLive.actions.add }).click();
  await page.getByRole('textbox', { name: koLive.actions.action }).fill('청년분과 위원 위촉 추진');
  await page.getByRole('textbox', { name: koLive.actions.owner }).fill('정수민');
  await live.end();
  await waitSaved(page, 'ko');
}

test.describe('export', () => {
  test('record the seed meeting, export it in Korean and in English, and read both back through LibreOffice', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await test.step('the seed meeting is recorded live', async () => {
      await recordSeedMeeting(page);
    });

    await test.step('the export dialog chooses the meeting’s minutes language by default', async () => {
      await page.getByRole('button', { name: koExport.button }).click();
      const dialog = page.getByRole('dialog', { name: koExport.heading });
      // Whatever the interface language.
      await expect(dialog.getByRole('radio', { name: '한국어' })).toBeChecked();
      await screenshot(page, 'export-dialog-ko');
      await dialog.getByRole('button', { name: koExport.close }).click();
    });

    const { ko, en } =
      await test.step('Save .docx gives a file in each language, named by date and meeting', async () => {
        const ko = await exportDocx(page, '한국어', testInfo);
        expect(ko.name).toBe('2021-11-23 제4차 양주시지역사회보장협의체 대표협의체 회의록.docx');
        const en = await exportDocx(page, '영어', testInfo);
        expect(en.name).toMatch(/^2021-11-23 .+\.docx$/);
        return { ko, en };
      });

    for (const { target, language } of [
      { target: ko.target, language: 'ko' as const },
      { target: en.target, language: 'en' as const },
    ]) {
      await test.step(`LibreOffice reads the ${language} minutes back whole: items, statements, people, outcomes`, async () => {
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
      });
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
  // Plain text for a mail client: the title and "label: value" lines, no Markdown.
  expect(text.startsWith('2021년 제4차 양주시지역사회보장협의체 대표협의체 회의 회의록\n===')).toBe(true);
  expect(text.split('\n')).toContain('장소: 시청 상황실');
  expect(text).not.toMatch(/^#|^\s*[-*+] /m);
});
