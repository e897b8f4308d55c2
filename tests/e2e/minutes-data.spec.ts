/**
 * The data at the end of the minutes, entered in Prepare with the keyboard and read back from the
 * exported .docx through LibreOffice: attachments per agenda item (붙임), the body's signature
 * block (결재란, then 서명위원), the next meeting's day and time; then the body's next meeting
 * starts from them.
 */
import type { Locator, Page } from '@playwright/test';
import koEditor from '../../locales/ko/editor.json' with { type: 'json' };
import { SEED_KO } from '../fixtures/seed';
import { docxToPdf, pdfText, squeeze } from './office';
import { agendaRows, expect, exportDocx, openPreparedMeeting, test, waitSaved } from './support';

const E = koEditor;
const A = E.agenda.attachments;
const S = E.signature;
test.use({ locale: 'ko-KR' });

/** Adds an attachment to `row` with the keyboard and types its name. */
async function addAttachment(page: Page, row: Locator, name: string): Promise<void> {
  await row.getByRole('button', { name: A.add }).focus();
  await page.keyboard.press('Enter');
  const field = row.getByRole('textbox', { name: A.name }).last();
  await expect(field).toBeFocused();
  await page.keyboard.type(name);
}

async function minutesText(page: Page, testInfo: { outputPath: (name: string) => string }): Promise<string> {
  await waitSaved(page, 'ko');
  const { target } = await exportDocx(page, '한국어', testInfo);
  return squeeze(pdfText(docxToPdf(target)));
}

test('attachments, signature block and next meeting day go into the minutes and the next meeting', async ({
  page,
}, testInfo) => {
  await openPreparedMeeting(page, 'ko');
  const rows = agendaRows(page, 'ko');
  const [, plan, members] = SEED_KO.agenda.map((item) => item.title);
  const planRow = rows.filter({ has: page.locator(`input[value="${plan}"]`) });
  const membersRow = rows.filter({ has: page.locator(`input[value="${members}"]`) });

  await test.step('two attachments on two items; one more removed, undone, removed again', async () => {
    await addAttachment(page, planRow, '2022년 연차별 시행계획(안)');
    await addAttachment(page, membersRow, '위원 위촉 명단');
    await addAttachment(page, membersRow, '잘못 넣은 자료');
    const names = membersRow.getByRole('textbox', { name: A.name });
    await expect(names).toHaveCount(2);
    await membersRow.getByRole('button', { name: A.remove }).last().click();
    await expect(names).toHaveCount(1);
    await expect(names.first()).toBeFocused();
    await page.getByRole('button', { name: E.undo }).click();
    await expect(names).toHaveCount(2);
    await expect(names.last()).toHaveValue('잘못 넣은 자료');
    await names.last().focus();
    await page.keyboard.press('Tab');
    await expect(membersRow.getByRole('button', { name: A.remove }).last()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(names).toHaveCount(1);
  });

  await test.step('the next meeting day and time', async () => {
    await page.getByRole('textbox', { name: E.fields.nextMeetingDate }).fill('2022-01-25');
    await page.getByRole('textbox', { name: E.fields.nextMeetingDate }).press('Enter');
    await page.getByRole('textbox', { name: E.fields.nextMeetingTime }).fill('14:00');
    await page.getByRole('textbox', { name: E.fields.nextMeetingTime }).press('Enter');
  });

  const styles = page.getByRole('radiogroup', { name: E.sections.signature });
  await test.step('결재란 with the default headings, the last one changed', async () => {
    await styles.getByRole('radio', { name: S.styles.approvalBox }).check();
    await expect(page.getByRole('textbox', { name: S.box.replace('{{n}}', '1') })).toHaveValue('담당');
    await expect(page.getByRole('textbox', { name: S.box.replace('{{n}}', '2') })).toHaveValue('팀장');
    await page.getByRole('textbox', { name: S.box.replace('{{n}}', '3') }).fill('국장');
    const minutes = await minutesText(page, testInfo);
    for (const line of [
      '붙임 1. 2022년 연차별 시행계획(안) 1부.',
      '붙임 2. 위원 위촉 명단 1부.',
      '(다음 회의: 2022년 1월 25일(화) 14시 00분)',
      '담당',
      '팀장',
      '국장',
    ]) {
      expect(minutes, line).toContain(squeeze(line));
    }
    expect(minutes).not.toContain(squeeze('잘못 넣은 자료'));
  });

  await test.step('서명위원: two members chosen from the roster', async () => {
    await styles.getByRole('radio', { name: S.styles.members }).check();
    await page
      .getByRole('combobox', { name: S.signer.replace('{{n}}', '1') })
      .selectOption({ label: '박춘배 · 공동위원장' });
    await page.getByRole('combobox', { name: S.signer.replace('{{n}}', '2') }).selectOption({ label: '이정희 · 위원' });
    await expect(page.getByRole('combobox', { name: S.signer.replace('{{n}}', '3') })).toHaveValue('');
    const minutes = await minutesText(page, testInfo);
    expect(minutes).toContain(squeeze('서명위원 공동위원장 박춘배'));
    expect(minutes).toContain(squeeze('서명위원 위원 이정희'));
    expect(minutes).not.toContain(squeeze('국장'));
  });

  await test.step('after a reload everything is as entered', async () => {
    await page.reload();
    await expect(planRow.getByRole('textbox', { name: A.name })).toHaveValue('2022년 연차별 시행계획(안)');
    await expect(styles.getByRole('radio', { name: S.styles.members })).toBeChecked();
    await expect(page.getByRole('textbox', { name: E.fields.nextMeetingDate })).toHaveValue('2022-01-25');
  });

  await test.step('the next meeting starts on that day, signed by the same members', async () => {
    await page.getByRole('button', { name: E.actions.nextMeeting }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SEED_KO.title);
    await expect(page.getByRole('textbox', { name: E.fields.date, exact: true })).toHaveValue('2022-01-25');
    await expect(page.getByRole('textbox', { name: E.fields.startTime, exact: true })).toHaveValue('14:00');
    await expect(page.getByRole('textbox', { name: E.fields.nextMeetingDate })).toHaveValue('');
    await expect(styles.getByRole('radio', { name: S.styles.members })).toBeChecked();
    await expect(
      page.getByRole('combobox', { name: S.signer.replace('{{n}}', '1') }).locator('option:checked'),
    ).toHaveText('박춘배 · 공동위원장');
    await expect(rows.getByRole('textbox', { name: A.name })).toHaveCount(0);
  });
});
