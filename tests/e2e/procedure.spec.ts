/**
 * Procedure in the record and in the minutes: the seed meeting recorded with a recess, a late
 * arrival and a departure during 심의 2; the procedural lines shown where they happened (and not
 * counted as entries), a recess time corrected afterwards, and both languages' minutes read back
 * through LibreOffice.
 */
import type { Page } from '@playwright/test';
import koEditor from '../../locales/ko/editor.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import { SEED_KO } from '../fixtures/seed';
import { docxToPdf, pdfText, squeeze } from './office';
import { expect, exportDocx, liveScreen, openPreparedMeeting, test, waitSaved } from './support';

test.use({ locale: 'ko-KR' });

async function minutesText(
  page: Page,
  language: '한국어' | '영어',
  testInfo: { outputPath: (name: string) => string },
) {
  const { target } = await exportDocx(page, language, testInfo);
  return squeeze(pdfText(docxToPdf(target)));
}

/** A clock time `HH:MM` as the Korean minutes write it (squeezed): `9시59분`. */
function korean(hhmm: string): string {
  const [hours = '', minutes = ''] = hhmm.split(':');
  return `${Number(hours)}시${minutes}분`;
}

test('a recess, a late arrival and a departure are in the record where they happened, and in both minutes', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openPreparedMeeting(page);
  const live = liveScreen(page, 'ko');
  const transcript = page.getByRole('list', { name: koLive.entriesHeading });

  await test.step('보고 1: an entry, then a recess and the resumption', async () => {
    await live.start();
    await live.addEntry('운영성과 보고가 있었음.');
    await page.getByRole('button', { name: koLive.recess, exact: true }).click();
    await page.getByRole('button', { name: koLive.resume, exact: true }).click();
    await live.addEntry('속개 후 질의 없음.');
    await expect(live.recorded).toHaveCount(2);
    // The lines sit between the two entries, in the order they happened.
    await expect(transcript).toContainText(/운영성과 보고가 있었음\..*정회.*속개.*속개 후 질의 없음\./);
  });

  await test.step('심의 1: a member arrives late; 심의 2: another leaves', async () => {
    await live.entry.press('Alt+ArrowDown');
    await page.getByRole('button', { name: /윤대호.*도착/ }).click();
    await live.addEntry(`@박춘배 ${SEED_KO.statements.park}`);
    await expect(transcript).toContainText('윤대호 입장');
    await live.entry.press('Alt+ArrowDown');
    await live.addEntry('성과지표 변경 설명.');
    await page.getByRole('button', { name: /한미경.*퇴장/ }).click();
    await expect(transcript).toContainText('한미경 퇴장');
    await expect(live.recorded).toHaveCount(1);
    await live.entry.press('Alt+ArrowDown');
    await live.addEntry(`@김종석 ${SEED_KO.statements.kim}`);
    await live.end();
    await waitSaved(page, 'ko');
  });

  const recessTime = await test.step('the recess time is corrected afterwards, in the editor', async () => {
    await page.getByRole('link', { name: koLive.editMeeting }).click();
    const section = page.getByRole('region', { name: koEditor.sections.procedure });
    const field = section.getByRole('textbox', { name: /^시각: 정회/ });
    await field.fill('09:59');
    await field.press('Tab');
    await waitSaved(page, 'ko');
    await expect(section).toContainText('처음 기록');
    return '09:59';
  });

  await test.step('the Korean minutes say each line where it happened', async () => {
    const text = await minutesText(page, '한국어', testInfo);
    const order = [
      /\(\d{1,2}시\d\d분개의\)/,
      new RegExp(`\\(${korean(recessTime)}정회\\)`),
      /\(\d{1,2}시\d\d분속개\)/,
      /\(\d{1,2}시\d\d분윤대호위원입장\)/,
      /\(\d{1,2}시\d\d분한미경위원퇴장\)/,
      /\(\d{1,2}시\d\d분산회\)/,
    ].map((pattern) => text.search(pattern));
    expect(
      order.every((index) => index >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The 일시 row follows the corrected recess.
    expect(text).toContain(`정회${recessTime}~`);
  });

  await test.step('the English minutes read as English minutes do', async () => {
    const text = await minutesText(page, '영어', testInfo);
    for (const pattern of [
      /Calltoorder/,
      /Themeetingwascalledtoorderat\d{1,2}:\d\d[ap]\.m\.bytheChair/,
      /Themeetingrecessedat9:59a\.m\.andresumedat\d{1,2}:\d\d[ap]\.m\./,
      /joinedthemeetingat\d{1,2}:\d\d[ap]\.m\./,
      /leftthemeetingat\d{1,2}:\d\d[ap]\.m\./,
      /Adjournment.*Themeetingadjournedat\d{1,2}:\d\d[ap]\.m\./,
    ])
      expect(text).toMatch(pattern);
  });
});
