/**
 * Motions and votes on the live screen and in the minutes: a report is noted without a vote; on a
 * deliberation item a member leaves, then a motion is moved and seconded, amended, and put to a
 * roll call of the members still present; the minutes, read back through LibreOffice, say who
 * moved and seconded, the result and the votes by name, in Korean and English. A vote without a
 * quorum says so plainly and suggests a recess, never "rejected".
 */
import AxeBuilder from '@axe-core/playwright';
import enLive from '../../locales/en/live.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import koRecord from '../../locales/ko/record.json' with { type: 'json' };
import { SEED_KO } from '../fixtures/seed';
import { docxToPdf, pdfText, squeeze } from './office';
import { expect, exportDocx, liveScreen, openPreparedMeeting, screenshot, test, waitSaved } from './support';

const MOTION = '성과지표 변경사항을 원안대로 의결할 것';
const AMENDMENT = '지표 3을 삭제할 것';

test.describe('in the Korean interface', () => {
  test.use({ locale: 'ko-KR' });

  test('a seconded motion, an amendment and a roll call after a member left, on screen and in the minutes', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    const O = koLive.outcome;
    const live = liveScreen(page, 'ko');
    const outcome = page.getByRole('combobox', { name: O.label, exact: true });
    const count = (key: 'for' | 'against' | 'abstain') => page.getByRole('spinbutton', { name: O[key], exact: true });
    await openPreparedMeeting(page, 'ko');
    await live.start();

    await test.step('a report item is noted, with no vote block', async () => {
      await expect(outcome.getByRole('option')).toHaveText([O.none, koRecord.outcome.noted]);
      await expect(count('for')).toHaveCount(0);
      await expect(page.getByRole('textbox', { name: O.motion, exact: true })).toHaveCount(0);
      await expect(page.getByRole('checkbox', { name: O.rollCall })).toHaveCount(0);
      await live.decide('noted');
    });

    await test.step('심의 2: 최성민 leaves; a motion is moved and seconded, then amended', async () => {
      await live.entry.press('Alt+ArrowDown');
      await live.entry.press('Alt+ArrowDown');
      await expect(live.currentItem).toContainText(SEED_KO.agenda[2].title);
      await page.getByRole('button', { name: '최성민 퇴장' }).click();
      await live.addEntry('@오현우 성과지표 변경사항을 설명함.');
      await page.getByRole('textbox', { name: O.motion, exact: true }).fill(MOTION);
      const pick = async (name: string, typed: string, shown: string) => {
        const field = page.getByRole('combobox', { name, exact: true });
        await field.fill(typed);
        await field.press('Enter');
        await expect(field).toHaveValue(shown);
      };
      await pick(O.movedBy, '이정', '위원 이정희');
      await pick(O.secondedBy, '한미', '위원 한미경');
      await page.getByRole('button', { name: O.addAmendment }).click();
      const amendment = page.getByRole('textbox', { name: O.amendment, exact: true });
      await expect(amendment).toBeFocused();
      await amendment.fill(AMENDMENT);
      await pick(O.amendmentMovedBy, '부시장', '부시장 김종석');
      // Someone not on the roster: kept as typed.
      await pick(O.amendmentSecondedBy, '홍길동', '홍길동');
    });

    await test.step('the roll call lists the members present at the vote, and counts their votes', async () => {
      await page.getByRole('checkbox', { name: O.rollCall }).check();
      const roll = page.getByRole('list', { name: O.rollCallList });
      await expect(roll.getByRole('combobox')).toHaveCount(4);
      // 최성민 left before the vote; 윤대호 never came.
      await expect(page.getByRole('combobox', { name: '최성민 표결' })).toHaveCount(0);
      await expect(page.getByRole('combobox', { name: '윤대호 표결' })).toHaveCount(0);
      await expect(page.getByRole('textbox', { name: O.voteTime })).toHaveValue(/^\d\d:\d\d$/);
      for (const name of ['김종석', '박춘배', '이정희'])
        await page.getByRole('combobox', { name: `${name} 표결` }).selectOption({ label: O.for });
      await page.getByRole('combobox', { name: '한미경 표결' }).selectOption({ label: O.abstain });
      await expect(count('for')).toHaveValue('3');
      await expect(count('against')).toHaveValue('0');
      await expect(count('abstain')).toHaveValue('1');
      await expect(count('for')).toHaveAttribute('readonly', '');
      await expect(page.getByText('출석위원 4명 중 찬성 3명: 가결 요건 충족 (3명 필요).')).toBeVisible();
      await expect(page.getByText(`제안: ${koRecord.outcome.amended}`)).toBeVisible();
      await screenshot(page, 'motions-ko');
    });

    await test.step('the outcome the recorder chooses is never overridden by a suggestion', async () => {
      await outcome.selectOption({ label: koRecord.outcome.amended });
      await expect(page.getByText(/^제안:/)).toHaveCount(0);
      await expect(page.getByRole('button', { name: O.apply })).toHaveCount(0);
      await live.end();
      await waitSaved(page, 'ko');
    });

    for (const [language, lines] of [
      [
        '한국어',
        [
          `동의: 이정희 위원, 재청: 한미경 위원 — ${MOTION}`,
          `수정동의: 김종석 부시장, 재청: 홍길동 — ${AMENDMENT}`,
          '(수정 가결: 찬성 3, 반대 0, 기권 1)',
          '찬성: 김종석, 박춘배, 이정희 / 기권: 한미경',
          '(보고 접수)',
        ],
      ],
      [
        '영어',
        [
          `Moved by 위원 이정희, seconded by 위원 한미경: ${MOTION}`,
          `Amendment moved by 부시장 김종석, seconded by 홍길동: ${AMENDMENT}`,
          'Carried as amended (3 for, 0 against, 1 abstaining).',
          'For: 김종석, 박춘배, 이정희; Abstaining: 한미경',
          'Noted.',
        ],
      ],
    ] as const) {
      await test.step(`the ${language} minutes say who moved and seconded, the result and the votes by name`, async () => {
        const { target } = await exportDocx(page, language, testInfo);
        const text = squeeze(pdfText(docxToPdf(target)));
        let from = 0;
        for (const line of lines.slice(0, 4)) {
          const at = text.indexOf(squeeze(line), from);
          expect(at, line).toBeGreaterThan(from);
          from = at;
        }
        expect(text).toContain(squeeze(lines[4]));
      });
    }
  });
});

test.describe('in the English interface', () => {
  test.use({ locale: 'en-US' });

  test('a vote after the quorum was lost: a plain warning and a recess, never rejected', async ({ page }) => {
    const O = enLive.outcome;
    const live = liveScreen(page, 'en');
    await openPreparedMeeting(page, 'en');
    await live.start();
    await live.entry.press('Alt+ArrowDown');
    await expect(live.currentItem).toContainText(SEED_KO.agenda[1].title);
    for (const name of ['이정희', '최성민', '한미경']) await page.getByRole('button', { name: `${name} left` }).click();
    await page.getByRole('spinbutton', { name: O.for, exact: true }).fill('1');
    await page.getByRole('spinbutton', { name: O.against, exact: true }).fill('1');

    await expect(
      page.getByText('At the vote 2 of 6 members were present, 4 needed: no quorum to decide.'),
    ).toBeVisible();
    await expect(page.getByText(O.suggestRecess)).toBeVisible();
    await expect(page.getByText(/carried/)).toHaveCount(0);
    await expect(page.getByText(/^Suggested: Rejected/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: O.apply })).toHaveCount(0);
    await screenshot(page, 'motions-no-quorum-en');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    await page.getByRole('button', { name: O.recessNow, exact: true }).click();
    await expect(page.getByText(/^In recess since \d\d:\d\d$/)).toBeVisible();
    await expect(live.entry).toBeFocused();
    await expect(page.getByRole('combobox', { name: O.label, exact: true })).toHaveValue('');
  });
});
