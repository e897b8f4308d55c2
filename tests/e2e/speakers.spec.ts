/**
 * The Speaker field and the speaker quick keys on the live screen, with a council of 14 whose
 * presenting officials are listed last (rows 12–14, out of reach of "the first nine rows"): their
 * default quick keys, pinning a digit from the keyboard (kept over a reload), and the type-ahead
 * taking the option that is highlighted. In both interface languages.
 */
import type { Page } from '@playwright/test';
import enLive from '../../locales/en/live.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import { blankAgendaItem } from '../../renderer/data/agenda';
import { blankAttendee } from '../../renderer/data/attendees';
import { blankMeeting } from '../../renderer/data/meetings';
import type { Language } from '../../renderer/domain/model';
import { readDatabase, type Rows } from '../fixtures/bulk';
import { expect, liveScreen, openMeeting, test, waitSaved } from './support';

const COUNCIL: [name: string, role: string][] = [
  ['김종석', '부시장'],
  ['박춘배', '공동위원장'],
  ['이정희', '위원'],
  ['최성민', '위원'],
  ['한미경', '위원'],
  ['윤대호', '위원'],
  ['강다은', '위원'],
  ['서지훈', '위원'],
  ['임하늘', '위원'],
  ['조민재', '위원'],
  ['문서연', '부위원장'],
  ['정수민', '복지정책과장'],
  ['오현우', '복지정책팀장'],
  ['백지원', '주무관'],
];

/** The council with no chair chosen (the co-chair is found by role); 정수민 (row 12) presents. */
function councilRows(language: Language): Rows {
  const meeting = { ...blankMeeting(language, Date.now()), title: '대표협의체 회의', recorder: '오서기' };
  const attendees = COUNCIL.map(([name, role], order) =>
    blankAttendee(meeting.id, order, { name, role, group: order < 11 ? 'member' : 'official' }),
  );
  const agendaItems = [blankAgendaItem(meeting.id, 0, { title: '2022년 연차별 시행계획(안)', presenter: '정수민' })];
  return { meetings: [meeting], attendees, agendaItems, entries: [], actionItems: [] };
}

async function startCouncil(page: Page, language: Language) {
  const rows = councilRows(language);
  await openMeeting(page, rows, 'live');
  const live = liveScreen(page, language);
  await live.start();
  const L = language === 'ko' ? koLive : enLive;
  const speaker = page.getByRole('combobox', { name: L.speaker });
  // The quick keys: what describes the Speaker field (its id is React's, new after a reload).
  const quickKeys = page.locator('xpath=//*[@id=//input[@role="combobox"]/@aria-describedby]');
  const nameOf = new Map(rows.attendees.map((a) => [a.id, a.name]));
  return { live, speaker, quickKeys, nameOf, L };
}

for (const language of ['ko', 'en'] as const) {
  test.describe(`${language === 'ko' ? 'Korean' : 'English'} interface`, () => {
    test.use({ locale: language === 'ko' ? 'ko-KR' : 'en-US' });

    test('Ctrl+2 reaches the presenter on row 12, and the entry is stored under them', async ({ page }) => {
      const { live, speaker, quickKeys, nameOf, L } = await startCouncil(page, language);
      // The chair, the presenter, then the roster in order.
      await expect(quickKeys).toHaveText(
        `${L.quickKeys.label}1 박춘배2 정수민3 김종석4 이정희5 최성민6 한미경7 윤대호8 강다은9 서지훈${L.quickKeys.pin}`,
      );
      await page.keyboard.press('Control+2');
      await expect(speaker).toHaveValue('복지정책과장 정수민');
      await live.addEntry('시행계획(안)을 설명드리겠습니다.');
      await expect(live.recorded.first()).toContainText('복지정책과장 정수민');
      await waitSaved(page, language);
      const db = await readDatabase(page);
      expect(db.entries.map((e) => [nameOf.get(e.speakerId ?? ''), e.text])).toEqual([
        ['정수민', '시행계획(안)을 설명드리겠습니다.'],
      ]);
    });

    test('a digit pinned with Ctrl+Shift+digit stays pinned after a reload', async ({ page }) => {
      const { live, speaker, quickKeys, nameOf } = await startCouncil(page, language);
      // 백지원 (row 14) has no quick key: chosen by type-ahead, then pinned to 3 from the Entry field.
      await speaker.fill('백지');
      await speaker.press('Enter');
      await expect(live.entry).toBeFocused();
      await page.keyboard.press('Control+Shift+Digit3');
      await expect(quickKeys).toContainText('2 정수민3 백지원4 이정희5 최성민');
      await waitSaved(page, language);
      // The keys as they stood, 백지원 in 김종석's place: nothing else moved.
      expect((await readDatabase(page)).meetings[0]!.speakerKeys?.map((id) => id && nameOf.get(id))).toEqual([
        '박춘배',
        '정수민',
        '백지원',
        '이정희',
        '최성민',
        '한미경',
        '윤대호',
        '강다은',
        '서지훈',
      ]);

      await page.reload();
      await expect(quickKeys).toContainText('2 정수민3 백지원4 이정희5 최성민');
      await live.entry.focus();
      await page.keyboard.press('Control+1');
      await expect(speaker).toHaveValue('공동위원장 박춘배');
      await page.keyboard.press('Control+3');
      await expect(speaker).toHaveValue('주무관 백지원');
      // The list shows each person's digit.
      await speaker.focus();
      await speaker.press('ArrowDown');
      await expect(page.getByRole('option', { name: /주무관 백지원/ })).toHaveText('3주무관 백지원');
    });

    test('↓ then Enter after typing takes the option highlighted; ↓ on a closed list starts at the first', async ({
      page,
    }) => {
      const { live, speaker, L } = await startCouncil(page, language);
      await speaker.fill('위원');
      const highlighted = page.getByRole('listbox', { name: L.speakerOptions }).getByRole('option', { selected: true });
      // Role prefix first, in roster order: 이정희 is the best match, highlighted as typed.
      await expect(highlighted).toHaveText(/위원 이정희/);
      await speaker.press('ArrowDown');
      await expect(highlighted).toHaveText(/위원 최성민/);
      const activeId = await speaker.getAttribute('aria-activedescendant');
      expect(activeId).toBe(await highlighted.getAttribute('id'));
      await speaker.press('Enter');
      await expect(speaker).toHaveValue('위원 최성민');
      await expect(live.entry).toBeFocused();

      await speaker.focus();
      await speaker.press('ArrowDown');
      await expect(highlighted).toHaveText('1공동위원장 박춘배');
      await speaker.press('Enter');
      await expect(speaker).toHaveValue('공동위원장 박춘배');
    });
  });
}
