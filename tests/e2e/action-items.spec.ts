/**
 * Action items across meetings: two meetings of one body (the seed meeting with action items, and
 * the next one made from it with Create next meeting) and a meeting of another body. The Action
 * items screen, reached from the header, lists them all, overdue first; one is marked done (its
 * date shows, and stays after a reload), the list is filtered by owner and by body, an owner is
 * edited in place. The next meeting's editor shows the previous meeting's items with their
 * status, and its exported minutes list that status. The screens are checked with axe and drawn
 * at three window sizes in both languages.
 */
import type { Page } from '@playwright/test';
import path from 'node:path';
import enActions from '../../locales/en/actions.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import enEditor from '../../locales/en/editor.json' with { type: 'json' };
import koActions from '../../locales/ko/actions.json' with { type: 'json' };
import koCommon from '../../locales/ko/common.json' with { type: 'json' };
import koEditor from '../../locales/ko/editor.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import koMinutes from '../../locales/ko/minutes.json' with { type: 'json' };
import { blankMeeting } from '../../renderer/data/meetings';
import { newId, type ActionItem, type Language } from '../../renderer/domain/model';
import type { Rows } from '../fixtures/bulk';
import { preparedSeedRows } from '../fixtures/seedRows';
import { docxToPdf, pdfText, squeeze } from './office';
import { expect, expectNoFindings, exportDocx, openMeeting, SCREENS_DIR, screenshot, test, waitSaved } from './support';

const TEXT = {
  ko: { actions: koActions, common: koCommon, editor: koEditor },
  en: { actions: enActions, common: enCommon, editor: enEditor },
};
const LOCALES: Record<Language, string> = { ko: 'ko-KR', en: 'en-US' };

const OVERDUE = '청년분과 위원 위촉 추진';
const LATER = '성과지표 변경안 공유';
const UNDATED = '운영성과 보고서 배포';
const OTHER_BODY = '청년 설문 결과 정리';
const OTHER_ORGANIZATION = '포천시 청년정책위원회';

function action(
  meetingId: string,
  agendaItemId: string | null,
  text: string,
  owner: string,
  dueDate: string,
): ActionItem {
  return { id: newId(), meetingId, agendaItemId, text, owner, dueDate, done: false, createdAt: Date.now() };
}

/** The seed meeting, ended, with three action items; and a meeting of another body with one. */
function twoBodies(): Rows {
  const rows = preparedSeedRows('ko');
  const meeting = rows.meetings[0]!;
  meeting.status = 'ended';
  const item = (n: number) => rows.agendaItems[n]!.id;
  const other = { ...blankMeeting('ko', Date.now()), title: '정기회의', organization: OTHER_ORGANIZATION };
  return {
    ...rows,
    meetings: [meeting, other],
    actionItems: [
      action(meeting.id, item(3), OVERDUE, '정수민', '2020-01-31'),
      action(meeting.id, item(2), LATER, '오현우', '2099-12-31'),
      action(meeting.id, item(0), UNDATED, '정수민', ''),
      action(other.id, null, OTHER_BODY, '김민지', ''),
    ],
  };
}

/** The Action items screen's rows, and one of them by the text of its action. */
function actionList(page: Page, language: Language) {
  const rows = page.getByRole('list', { name: TEXT[language].actions.heading }).getByRole('listitem');
  return { rows, row: (text: string) => rows.filter({ hasText: text }) };
}

/** The windows the screens are drawn in: the smallest supported, the clerk's laptop, a desktop. */
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const DONE_ON = /\d{4}\. \d{1,2}\. \d{1,2}\. 완료/;

test.describe('action items across meetings', () => {
  test.use({ locale: 'ko-KR' });

  test('followed up on the Action items screen, reviewed in the next meeting, reported in its minutes', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    const T = TEXT.ko;
    const rows = twoBodies();
    const previous = rows.meetings[0]!;
    let nextId = '';

    await test.step('the next meeting is made from the first, and recorded with an action item of its own', async () => {
      await openMeeting(page, rows, 'editor');
      await page.getByRole('button', { name: T.editor.actions.nextMeeting }).click();
      await expect(page).not.toHaveURL(new RegExp(previous.id));
      nextId = /#\/meetings\/([^/]+)$/.exec(page.url())?.[1] ?? '';
      expect(nextId).not.toBe('');
      const review = page.getByRole('region', { name: T.editor.sections.previousActions });
      await expect(review.getByRole('listitem')).toHaveCount(3);
      await page.getByRole('button', { name: T.editor.agenda.add }).click();
      await page.getByRole('textbox', { name: T.editor.agenda.title }).fill('지난 회의 조치 결과 보고');
      await waitSaved(page, 'ko');
      await page.getByRole('button', { name: koLive.startMeeting }).click();
      await page.getByRole('button', { name: koLive.actions.add }).click();
      await page.getByRole('textbox', { name: koLive.actions.action }).fill('다음 회의 조치');
      await page.getByRole('textbox', { name: koLive.actions.owner }).fill('박춘배');
      await waitSaved(page, 'ko');
    });

    const { rows: listed, row } = actionList(page, 'ko');
    await test.step('the Action items screen lists both meetings’ items, the overdue one first and marked', async () => {
      await page.getByRole('navigation').getByRole('link', { name: T.common.nav.actions }).click();
      await expect(page.getByRole('heading', { level: 1, name: T.actions.heading })).toBeVisible();
      await expect(listed).toHaveCount(5);
      await expect(listed.first()).toContainText(OVERDUE);
      await expect(row(OVERDUE)).toContainText(T.actions.overdue);
      await expect(row(LATER)).not.toContainText(T.actions.overdue);
      await expect(row('다음 회의 조치')).toBeVisible();
      await expect(row(OVERDUE).getByRole('link')).toHaveAttribute(
        'href',
        `#/meetings/${previous.id}/live/items/${rows.agendaItems[3]!.id}`,
      );
      await expectNoFindings(page, 'Action items, ko');
    });

    await test.step('marked done, it shows the day, stays in place and is still done after a reload', async () => {
      const done = row(LATER).getByRole('checkbox', { name: T.actions.done, exact: true });
      await done.check();
      await expect(row(LATER)).toContainText(DONE_ON);
      await waitSaved(page, 'ko');
      await page.reload();
      // Open items by default: the done one is under Done.
      await expect(listed).toHaveCount(4);
      await page
        .getByRole('combobox', { name: T.actions.filters.status })
        .selectOption({ label: T.actions.filters.done });
      await expect(listed).toHaveCount(1);
      await expect(row(LATER)).toContainText(DONE_ON);
      await expect(row(LATER).getByRole('checkbox', { name: T.actions.done, exact: true })).toBeChecked();
    });

    await test.step('filtered by owner, then by body', async () => {
      await page
        .getByRole('combobox', { name: T.actions.filters.status })
        .selectOption({ label: T.actions.filters.all });
      await expect(listed).toHaveCount(5);
      const owner = page.getByRole('combobox', { name: T.actions.filters.owner });
      await owner.selectOption('정수민');
      await expect(listed).toHaveCount(2);
      await expect(row(OVERDUE)).toBeVisible();
      await expect(row(UNDATED)).toBeVisible();
      await owner.selectOption({ label: T.actions.filters.anyOwner });
      await page.getByRole('combobox', { name: T.actions.filters.body }).selectOption(OTHER_ORGANIZATION);
      await expect(listed).toHaveCount(1);
      await expect(row(OTHER_BODY)).toBeVisible();
    });

    await test.step('an owner is edited in place', async () => {
      await row(OTHER_BODY).getByRole('textbox', { name: T.actions.owner }).fill('김민지 주무관');
      await waitSaved(page, 'ko');
      await page.reload();
      await expect(row(OTHER_BODY).getByRole('textbox', { name: T.actions.owner })).toHaveValue('김민지 주무관');
      await page.getByRole('combobox', { name: T.actions.filters.owner }).selectOption('김민지 주무관');
      await expect(listed).toHaveCount(1);
    });

    await test.step('the next meeting’s editor reviews the previous meeting’s items with their status', async () => {
      await page.goto(`./#/meetings/${nextId}`);
      const review = page.getByRole('region', { name: T.editor.sections.previousActions });
      const item = (text: string) => review.getByRole('listitem').filter({ hasText: text });
      await expect(review.getByRole('listitem')).toHaveCount(3);
      await expect(item(LATER)).toContainText(DONE_ON);
      await expect(item(OVERDUE)).toContainText(T.actions.overdue);
      await expect(item(UNDATED)).toContainText(T.actions.review.open);
      await item(UNDATED).getByRole('checkbox', { name: T.actions.done, exact: true }).check();
      await expect(item(UNDATED)).toContainText(DONE_ON);
      await waitSaved(page, 'ko');
      await expectNoFindings(page, 'meeting editor with the previous meeting’s items, ko');
    });

    await test.step('the exported minutes list the previous meeting’s items with their status', async () => {
      const { target } = await exportDocx(page, '한국어', testInfo);
      const text = squeeze(pdfText(docxToPdf(target)));
      expect(text).toContain(squeeze(koMinutes.section.previousActions));
      expect(text).toContain(squeeze(OVERDUE));
      expect(text).toContain(squeeze(koMinutes.previousActions.open));
      expect(text).toMatch(/완료\(\d{4}\.\d{1,2}\.\d{1,2}\.\)/);
      // This meeting's own action item is in its own section.
      expect(text).toContain(squeeze(koMinutes.section.actions));
      expect(text).toContain('다음회의조치');
    });
  });
});

for (const language of ['ko', 'en'] as const satisfies readonly Language[]) {
  test.describe(`in the ${language} interface`, () => {
    test.use({ locale: LOCALES[language] });

    test(`the Action items screen and the review, drawn at three sizes (${language})`, async ({ page }) => {
      const T = TEXT[language];
      const rows = twoBodies();
      const previous = rows.meetings[0]!;
      const next = { ...blankMeeting(language, Date.now()), title: previous.title, previousMeetingId: previous.id };
      rows.meetings.push(next);
      rows.actionItems[1]!.done = true;
      rows.actionItems[1]!.doneAt = Date.now();
      await openMeeting(page, rows, 'editor');
      await page.getByRole('link', { name: T.common.nav.actions }).click();
      await expect(page.getByRole('heading', { level: 1, name: T.actions.heading })).toBeVisible();
      const { row } = actionList(page, language);
      await expect(row(OVERDUE).getByRole('checkbox', { name: T.actions.done, exact: true })).not.toBeChecked();
      await page
        .getByRole('combobox', { name: T.actions.filters.status })
        .selectOption({ label: T.actions.filters.all });
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await screenshot(page, `action-items-${language}-${size.width}`);
      }
      await expectNoFindings(page, `Action items, ${language}`);
      await page.goto(`./#/meetings/${next.id}`);
      const review = page.getByRole('region', { name: T.editor.sections.previousActions });
      await expect(review.getByRole('listitem')).toHaveCount(3);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await review.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SCREENS_DIR, `previous-actions-${language}-${size.width}.png`) });
      }
      await expectNoFindings(page, `meeting editor with the previous meeting’s items, ${language}`);
    });
  });
}
