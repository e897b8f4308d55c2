/**
 * The Minutes preview in the export dialog, and its PDF. The seed meeting is recorded live; the
 * preview shows it in the chosen document language, a reopened dialog shows an entry added
 * meanwhile, and an open one what another tab records. The PDF is made as the shell makes it — print media, Chromium's printToPDF with the
 * options of electron/shared/pdf.ts — and must say the same words, in the same order, as the
 * exported .docx read through LibreOffice, in both languages, with its fonts embedded.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import enMinutes from '../../locales/en/minutes.json' with { type: 'json' };
import koCommon from '../../locales/ko/common.json' with { type: 'json' };
import koExport from '../../locales/ko/export.json' with { type: 'json' };
import koMinutes from '../../locales/ko/minutes.json' with { type: 'json' };
import { pdfOptions } from '../../electron/shared/pdf';
import { SEED_KO } from '../fixtures/seed';
import { docxToPdf, pageCount, renderPage, squeeze } from './office';
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

/** The meeting's name in each language: the .docx's running header from page 2. */
const TITLES = {
  ko: '2021년 제4차 양주시지역사회보장협의체 대표협의체 회의',
  en: '양주시지역사회보장협의체 — 제4차 대표협의체 회의',
};
/** The documents' headings: the title page's and the running header's. */
const HEADINGS = { ko: `${TITLES.ko} 회의록`, en: `Minutes of the ${TITLES.en}` };
const FOOTERS = { ko: koMinutes.footer.page, en: enMinutes.footer.page };
const RADIOS = { ko: '한국어', en: '영어' } as const;

function exportDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: koExport.heading });
  return {
    dialog,
    preview: dialog.getByRole('region', { name: koExport.preview }),
    async open(): Promise<void> {
      await page.getByRole('button', { name: koExport.button }).click();
      await expect(dialog).toBeVisible();
    },
    async choose(language: 'ko' | 'en'): Promise<void> {
      await dialog.getByRole('radio', { name: RADIOS[language] }).check();
      // The pages follow the radio in a deferred render; Save as PDF waits for them.
      await expect(dialog.getByRole('region', { name: koExport.preview })).toHaveAttribute('aria-busy', 'false');
    },
    async close(): Promise<void> {
      await dialog.getByRole('button', { name: koExport.close }).click();
      await expect(dialog).toHaveCount(0);
    },
  };
}

/** The PDF the shell's files:savePdf makes, made by Playwright's Chromium with the same options. */
async function printPreview(page: Page, language: 'ko' | 'en', file: string): Promise<void> {
  const options = pdfOptions(FOOTERS[language]);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({
    path: file,
    format: options.pageSize,
    printBackground: options.printBackground,
    displayHeaderFooter: options.displayHeaderFooter,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    margin: {
      top: `${options.margins.top}in`,
      bottom: `${options.margins.bottom}in`,
      left: `${options.margins.left}in`,
      right: `${options.margins.right}in`,
    },
    outline: options.generateDocumentOutline,
    tagged: options.generateTaggedPDF,
  });
  await page.emulateMedia({ media: 'screen' });
}

const PAGE_FOOTER = /^(-\s*\d+\s*-|Page \d+ of \d+)$/;

/**
 * The words of a PDF, page by page, without what pages repeat: the footer's page number, and the
 * running header (`header`, the .docx's from page 2).
 */
function pdfWords(pdf: string, header?: string): string[] {
  const words: string[] = [];
  for (let n = 1; n <= pageCount(pdf); n++) {
    const lines = execFileSync('pdftotext', ['-raw', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > 0 && PAGE_FOOTER.test(lines[lines.length - 1]!)) lines.pop();
    // The running header (from page 2) is not always the first line pdftotext gives.
    const at = header !== undefined && n > 1 ? lines.findIndex((line) => squeeze(line) === squeeze(header)) : -1;
    if (at >= 0) lines.splice(at, 1);
    words.push(...lines.join(' ').split(/\s+/).filter(Boolean));
  }
  return words;
}

test('the Minutes preview shows the record as it stands, in the chosen language, and prints to the words of the .docx', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const dialog = exportDialog(page);
  const live = liveScreen(page, 'ko');

  await test.step('the meeting is recorded live, to the second item', async () => {
    await openPreparedMeeting(page);
    await live.start();
    await live.addEntry('보고 자료는 별첨과 같음.\n읍·면·동 협의체 운영성과 11건 보고.');
    await live.decide('noted');
    await live.entry.press('Alt+ArrowDown');
    await live.addEntry(`@박춘배 ${SEED_KO.statements.park}`);
    await live.decide('approved', { for: 5, against: 0, abstain: 0 });
    await waitSaved(page, 'ko');
  });

  await test.step('the preview holds the title, a statement and the decisions, in Korean', async () => {
    await dialog.open();
    await dialog.choose('ko');
    await expect(dialog.preview.getByRole('heading', { name: HEADINGS.ko })).toBeVisible();
    await expect(dialog.preview.getByText(SEED_KO.statements.park)).toContainText(SEED_KO.statements.park);
    await expect(dialog.preview.getByText('○ 공동위원장 박춘배:')).toBeVisible();
    const decisions = dialog.preview.getByRole('table').filter({ hasText: '원안 가결' });
    await expect(decisions.getByRole('row').filter({ hasText: SEED_KO.agenda[1].title })).toContainText('원안 가결');
    // A note keeps the lines it was typed in.
    await expect(dialog.preview.getByText('보고 자료는 별첨과 같음.')).toHaveText(
      '보고 자료는 별첨과 같음.\n읍·면·동 협의체 운영성과 11건 보고.',
    );
  });

  await test.step('English in the radios: the preview is in English', async () => {
    await dialog.choose('en');
    await expect(dialog.preview.getByRole('heading', { level: 3 })).toHaveText(/^Minutes of the /);
    await expect(dialog.preview).toContainText('Approved as proposed');
    await expect(dialog.preview).not.toContainText('원안 가결');
    await dialog.choose('ko');
    await expect(dialog.preview).toContainText('원안 가결');
  });

  await test.step('an entry added while the dialog is closed is in the preview when it reopens', async () => {
    await dialog.close();
    await live.entry.press('Alt+ArrowDown');
    await live.entry.press('Alt+ArrowDown');
    await live.addEntry(`@김종석 ${SEED_KO.statements.kim}`);
    await live.decide('approved');
    await waitSaved(page, 'ko');
    await dialog.open();
    await expect(dialog.preview.getByText(SEED_KO.statements.kim)).toBeVisible();
    await expect(dialog.preview.getByText('○ 부시장 김종석:')).toBeVisible();
  });

  await test.step('axe finds nothing in the dialog with the preview open', async () => {
    const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });

  await test.step('in a browser, Save as PDF opens the browser’s print dialog', async () => {
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await dialog.dialog.getByRole('button', { name: koExport.savePdf }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await dialog.close();
  });

  await test.step('the meeting ends', async () => {
    await live.end();
    await waitSaved(page, 'ko');
  });

  for (const language of ['ko', 'en'] as const) {
    await test.step(`the PDF of the preview says the words of the .docx (${language})`, async () => {
      const docx = await exportDocx(page, RADIOS[language], testInfo);
      await dialog.open();
      await dialog.choose(language);
      await screenshot(page, `minutes-preview-${language}`);
      const pdf = testInfo.outputPath(`preview-${language}.pdf`);
      await printPreview(page, language, pdf);
      await dialog.close();

      const printed = pdfWords(pdf);
      const filed = pdfWords(docxToPdf(docx.target), HEADINGS[language]);
      expect(printed.length).toBeGreaterThan(100);
      // Hangul runs may wrap at different places in the two (pdftotext splits a wrapped word):
      // the same characters in the same order, and the same words wherever both keep them whole.
      expect(squeeze(printed.join(' '))).toBe(squeeze(filed.join(' ')));

      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts)
        expect(font, 'every font embedded').toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/);
      renderPage(pdf, 1, path.join(SCREENS_DIR, `minutes-preview-${language}-pdf-page1.png`));
    });
  }
});

test('the Minutes preview follows the record while it is open: what another tab records appears in it', async ({
  page,
  context,
}) => {
  const dialog = exportDialog(page);
  const live = liveScreen(page, 'ko');
  const rows = await openPreparedMeeting(page);
  await live.start();
  await live.addEntry(`@박춘배 ${SEED_KO.statements.park}`);
  await waitSaved(page, 'ko');
  await dialog.open();
  await expect(dialog.preview.getByText(SEED_KO.statements.park)).toBeVisible();
  await expect(dialog.preview.getByText(SEED_KO.statements.kim)).toHaveCount(0);

  // A second tab takes over the writing; the first keeps its dialog open, read-only.
  const second = await context.newPage();
  await second.goto(`./#/meetings/${rows.meetings[0]!.id}/live`);
  await second.getByRole('button', { name: koCommon.writer.takeOver }).click();
  const other = liveScreen(second, 'ko');
  await other.addEntry(`@김종석 ${SEED_KO.statements.kim}`);
  await waitSaved(second, 'ko');

  await expect(dialog.dialog).toBeVisible();
  await expect(dialog.preview.getByText(SEED_KO.statements.kim)).toBeVisible();
  await expect(dialog.preview.getByText('○ 부시장 김종석:')).toBeVisible();
  await second.close();
});
