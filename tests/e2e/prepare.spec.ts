import type { Locator, Page } from '@playwright/test';
import koEditor from '../../locales/ko/editor.json' with { type: 'json' };
import koRecord from '../../locales/ko/record.json' with { type: 'json' };
import { bulkMeeting } from '../fixtures/bulk';
import { rosterPaste, SEED_KO } from '../fixtures/seed';
import { typeWithIme } from './ime';
import { agendaRows, expect, openMeeting, rosterRows, screenshot, test, waitSaved } from './support';

const E = koEditor;
const R = koRecord;

async function agendaTitles(page: Page): Promise<string[]> {
  const rows = agendaRows(page, 'ko');
  const titles: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    titles.push(await rows.nth(i).getByRole('textbox', { name: E.agenda.title }).inputValue());
  }
  return titles;
}
async function rosterNames(page: Page): Promise<string[]> {
  const rows = rosterRows(page, 'ko');
  const names: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    names.push(await rows.nth(i).getByRole('textbox', { name: E.roster.name, exact: true }).inputValue());
  }
  return names;
}

/**
 * Clicks the `add` button and returns the new last row of `rows`, once its first field, `field`,
 * has the focus and is empty: the new row takes the focus once it is stored, and a typist waits
 * for it.
 */
async function addRow(
  page: Page,
  add: string,
  rows: Locator,
  field: { name: string; exact?: boolean },
): Promise<Locator> {
  await page.getByRole('button', { name: add }).click();
  const row = rows.last();
  await expect(row.getByRole('textbox', field)).toBeFocused();
  await expect(row.getByRole('textbox', field)).toHaveValue('');
  return row;
}

test.use({ locale: 'ko-KR' });

test('prepare the seed meeting in Korean, reorder the agenda, reload, and start the next meeting', async ({ page }) => {
  const seed = SEED_KO;
  const [report, d1, d2, d3] = seed.agenda;
  const absent = seed.attendees.find((a) => a.attendance === 'absent')!;
  const absentRow = rosterRows(page, 'ko').filter({ has: page.locator(`input[value="${absent.name}"]`) });

  await test.step('the details are typed into a new meeting', async () => {
    await page.goto('./');
    await page.getByRole('button', { name: '새 회의' }).click();
    await page.getByRole('textbox', { name: E.fields.title }).fill(seed.title);
    await page.getByRole('textbox', { name: E.fields.organization }).fill(seed.organization);
    await page.getByRole('textbox', { name: E.fields.session }).fill(seed.session);
    await page.getByLabel(E.fields.date).fill(seed.date);
    await page.getByLabel(E.fields.startTime).fill(seed.startTime);
    await page.getByRole('textbox', { name: E.fields.location }).fill(seed.location);
    await page.getByRole('textbox', { name: E.fields.recorder }).fill(seed.recorder);
    await expect(page.getByRole('combobox', { name: E.fields.minutesLanguage })).toHaveValue('ko');
  });

  await test.step('a roster pasted from a spreadsheet takes the good lines and names the bad one', async () => {
    // All but the last official pasted, the last one added by hand.
    const pasted = seed.attendees.slice(0, -1);
    await page.getByRole('button', { name: E.roster.pasteToggle }).click();
    await page.getByRole('textbox', { name: E.roster.pasteLabel }).fill(`${rosterPaste(pasted)}\n, 이름 없는 줄`);
    await page.getByRole('button', { name: E.roster.pasteAdd }).click();
    await expect(page.getByText(`${pasted.length}명을 추가했습니다.`)).toBeVisible();
    await expect(page.getByText(/이름 없는 줄 — 이름이 없습니다/)).toBeVisible();
    await page.getByRole('button', { name: E.roster.pasteCancel }).click();
  });

  await test.step('an attendee added by hand, an absence and the chair give the quorum line', async () => {
    const last = seed.attendees.at(-1)!;
    const newRow = await addRow(page, E.roster.add, rosterRows(page, 'ko'), { name: E.roster.name, exact: true });
    await newRow.getByRole('textbox', { name: E.roster.name, exact: true }).fill(last.name);
    await newRow.getByRole('textbox', { name: E.roster.role }).fill(last.role);
    await newRow.getByRole('textbox', { name: E.roster.affiliation }).fill(last.affiliation);
    await newRow.getByRole('combobox', { name: E.roster.group }).selectOption({ label: R.group.official });

    await absentRow.getByRole('combobox', { name: E.roster.attendance }).selectOption({ label: R.attendance.absent });
    await absentRow.getByRole('textbox', { name: E.roster.absenceReason }).fill(absent.absenceReason!);

    await page.getByRole('combobox', { name: E.fields.chair }).selectOption({ label: '박춘배 · 공동위원장' });
    await expect(page.getByText('재적 6명 중 출석 5명 — 성원')).toBeVisible();
  });

  await test.step('the agenda is entered in a scrambled order and saved', async () => {
    // 심의 3, 보고, 심의 1, 심의 2.
    for (const item of [d3, report, d1, d2]) {
      const row = await addRow(page, E.agenda.add, agendaRows(page, 'ko'), { name: E.agenda.title });
      await row.getByRole('textbox', { name: E.agenda.title }).fill(item.title);
      await row.getByRole('combobox', { name: E.agenda.kind }).selectOption({ label: R.kind[item.kind] });
      await row.getByRole('textbox', { name: E.agenda.presenter }).fill(item.presenter);
    }
    await waitSaved(page, 'ko');
    expect(await agendaTitles(page)).toEqual([d3.title, report.title, d1.title, d2.title]);
  });

  await test.step('Alt+↑ and the Move down button reorder the agenda and keep the focus', async () => {
    // The report item up with Alt+↑ from its title field, which keeps the focus.
    const reportTitle = agendaRows(page, 'ko').nth(1).getByRole('textbox', { name: E.agenda.title });
    await reportTitle.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => agendaTitles(page)).toEqual([report.title, d3.title, d1.title, d2.title]);
    await expect(agendaRows(page, 'ko').nth(0).getByRole('textbox', { name: E.agenda.title })).toBeFocused();
    // Then 심의 3 down twice with the Move down button.
    await agendaRows(page, 'ko').nth(1).getByRole('button', { name: E.moveDown }).click();
    await expect.poll(() => agendaTitles(page)).toEqual([report.title, d1.title, d3.title, d2.title]);
    await expect(agendaRows(page, 'ko').nth(2).getByRole('button', { name: E.moveDown })).toBeFocused();
  });

  await test.step('dragging a row by its handle moves it', async () => {
    // 심의 2 (last row) dragged by its handle above 심의 3.
    const handle = agendaRows(page, 'ko')
      .nth(3)
      .getByRole('button', { name: new RegExp(E.agenda.drag) });
    const target = agendaRows(page, 'ko').nth(2);
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => agendaTitles(page)).toEqual([report.title, d1.title, d2.title, d3.title]);
    await waitSaved(page, 'ko');
    await screenshot(page, 'editor-seed-ko');
  });

  await test.step('everything is still there, in order, after a reload', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
    await expect(page.getByRole('textbox', { name: E.fields.session })).toHaveValue(seed.session);
    await expect(page.getByLabel(E.fields.date)).toHaveValue(seed.date);
    await expect(page.getByLabel(E.fields.startTime)).toHaveValue(seed.startTime);
    expect(await agendaTitles(page)).toEqual(seed.agenda.map((a) => a.title));
    await expect(agendaRows(page, 'ko').locator('.agenda-row__number')).toHaveText([
      '보고 1',
      '심의 1',
      '심의 2',
      '심의 3',
    ]);
    expect(await rosterNames(page)).toEqual(seed.attendees.map((a) => a.name));
    await expect(page.getByText('재적 6명 중 출석 5명 — 성원')).toBeVisible();
    await expect(page.getByRole('combobox', { name: E.fields.chair })).toHaveValue(/.+/);
    await expect(absentRow.getByRole('textbox', { name: E.roster.absenceReason })).toHaveValue('출장');
  });

  await test.step('the roster reorders by keyboard, and a removed attendee comes back with Undo', async () => {
    const second = rosterRows(page, 'ko').nth(1).getByRole('textbox', { name: E.roster.name, exact: true });
    await second.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => rosterNames(page))
      .toEqual(['박춘배', '김종석', ...seed.attendees.slice(2).map((a) => a.name)]);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => rosterNames(page)).toEqual(seed.attendees.map((a) => a.name));
    await rosterRows(page, 'ko').nth(2).getByRole('button', { name: E.roster.remove }).click();
    await expect.poll(() => rosterNames(page)).not.toContain('이정희');
    await page.getByRole('button', { name: E.undo }).click();
    await expect.poll(() => rosterNames(page)).toEqual(seed.attendees.map((a) => a.name));
  });

  await test.step('the next meeting takes the details, roster and chair, with the next session label', async () => {
    await page.getByRole('button', { name: E.actions.nextMeeting }).click();
    await expect(page.getByRole('textbox', { name: E.fields.session })).toHaveValue('제5차');
    await expect(page.getByRole('textbox', { name: E.fields.title })).toHaveValue(seed.title);
    await expect(page.getByRole('textbox', { name: E.fields.organization })).toHaveValue(seed.organization);
    await expect(page.getByRole('textbox', { name: E.fields.location })).toHaveValue(seed.location);
    await expect(page.getByRole('textbox', { name: E.fields.recorder })).toHaveValue(seed.recorder);
    await expect(page.getByLabel(E.fields.date)).toHaveValue('');
    expect(await rosterNames(page)).toEqual(seed.attendees.map((a) => a.name));
    const attendance = rosterRows(page, 'ko').getByRole('combobox', { name: E.roster.attendance });
    expect(await attendance.evaluateAll((els) => els.map((el) => (el as HTMLSelectElement).value))).toEqual(
      Array(seed.attendees.length).fill('present'),
    );
    await expect(page.getByRole('combobox', { name: E.fields.chair }).locator('option:checked')).toHaveText(
      '박춘배 · 공동위원장',
    );
    await expect(agendaRows(page, 'ko')).toHaveCount(0);
    await expect(page.getByText(E.agenda.empty)).toBeVisible();
    await expect(page.getByText('재적 6명 중 출석 6명 — 성원')).toBeVisible();
    await expect(page.getByRole('link', { name: E.actions.previousMeeting })).toBeVisible();
    await screenshot(page, 'editor-next-ko');
  });
});

test('Korean IME composition in Title and in an agenda title ends with exactly the composed text', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '새 회의' }).click();
  const title = page.getByRole('textbox', { name: E.fields.title });
  await title.focus();
  await typeWithIme(page, '대표협의체', async () => {
    await page.keyboard.press('Enter');
  });
  await page.keyboard.press('Enter');
  await expect(title).toHaveValue('대표협의체');

  const row = await addRow(page, E.agenda.add, agendaRows(page, 'ko'), { name: E.agenda.title });
  const agendaTitle = row.getByRole('textbox', { name: E.agenda.title });
  await typeWithIme(page, '청년분과 신설', async () => {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+ArrowUp');
  });
  await page.keyboard.press('Enter');
  await expect(agendaTitle).toHaveValue('청년분과 신설');
  await waitSaved(page, 'ko');
  await page.reload();
  await expect(page.getByRole('textbox', { name: E.fields.title })).toHaveValue('대표협의체');
  await expect(agendaRows(page, 'ko').first().getByRole('textbox', { name: E.agenda.title })).toHaveValue(
    '청년분과 신설',
  );
});

test('meetings list: by body, newest first, Korean search, status filter, delete with confirmation', async ({
  page,
}) => {
  await page.goto('./');
  for (const [title, org, date] of [
    ['대표협의체 회의', '양주시지역사회보장협의체', '2021-11-23'],
    ['실무협의체 회의', '양주시지역사회보장협의체', '2021-06-15'],
    ['운영위원회', '양주시자원봉사센터', '2022-01-10'],
  ]) {
    await page.getByRole('button', { name: '새 회의' }).click();
    await page.getByRole('textbox', { name: E.fields.title }).fill(title!);
    await page.getByRole('textbox', { name: E.fields.organization }).fill(org!);
    await page.getByLabel(E.fields.date).fill(date!);
    await waitSaved(page, 'ko');
    await page.getByRole('link', { name: '회의 목록' }).click();
  }
  // Bodies by their latest meeting, each body's meetings newest first.
  const links = page.getByRole('region', { name: '회의 목록' }).getByRole('listitem').getByRole('link');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    /^양주시자원봉사센터/,
    /^양주시지역사회보장협의체/,
  ]);
  await expect(links).toHaveText(['운영위원회', '대표협의체 회의', '실무협의체 회의']);
  await expect(page.getByText('2021년 11월 23일(화)')).toBeVisible();
  await screenshot(page, 'meetings-list-ko');

  // The search's results: each meeting found under its title.
  const found = page.getByRole('region', { name: '검색 결과' }).getByRole('heading', { level: 2 });
  await page.getByRole('searchbox', { name: '회의 검색' }).fill('협의체');
  await expect(found).toHaveText(['대표협의체 회의', '실무협의체 회의']);
  await page.getByRole('searchbox', { name: '회의 검색' }).fill('자원봉사');
  await expect(found).toHaveText(['운영위원회']);
  await page.getByRole('searchbox', { name: '회의 검색' }).fill('');
  await page.getByRole('combobox', { name: '상태' }).selectOption({ label: R.status.live });
  await expect(page.getByText('필터와 일치하는 회의가 없습니다.')).toBeVisible();
  await page.getByRole('combobox', { name: '상태' }).selectOption({ label: R.status.draft });
  await expect(links).toHaveCount(3);

  await page.getByRole('button', { name: '삭제 실무협의체 회의' }).click();
  const dialog = page.getByRole('dialog', { name: '이 회의를 삭제할까요?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '취소' }).click();
  await expect(links).toHaveCount(3);
  await page.getByRole('button', { name: '삭제 실무협의체 회의' }).click();
  await dialog.getByRole('button', { name: '회의 삭제' }).click();
  await expect(links).toHaveText(['운영위원회', '대표협의체 회의']);
  await page.reload();
  await expect(links).toHaveText(['운영위원회', '대표협의체 회의']);
});

test.describe('in the English UI', () => {
  test.use({ locale: 'en-US' });

  test('the editor offers every control of the UI contract, by role and name', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'New meeting' }).click();
    for (const name of ['Title', 'Organization', 'Session', 'Location']) {
      await expect(page.getByRole('textbox', { name, exact: true })).toBeVisible();
    }
    // Text fields in the app's own forms (2021-11-23, 16:00), not the browser's date and time boxes.
    await expect(page.getByRole('textbox', { name: 'Date', exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Start time' })).toBeVisible();
    const language = page.getByRole('combobox', { name: 'Minutes language' });
    await expect(language.getByRole('option')).toHaveText(['Korean', 'English']);
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Representative Council Meeting');
    await page.getByRole('textbox', { name: 'Organization' }).fill('Yangju City Community Social Security Council');
    await page.getByRole('textbox', { name: 'Session' }).fill('4th');
    await page.getByLabel('Date', { exact: true }).fill('2021-11-23');

    for (const [name, role] of [
      ['Kim Jong-seok', 'Deputy Mayor'],
      ['Park Chun-bae', 'Co-chair'],
      ['Jeong Su-min', 'Director of Welfare Policy'],
    ]) {
      const row = await addRow(page, 'Add attendee', rosterRows(page, 'en'), { name: 'Name' });
      await row.getByRole('textbox', { name: 'Name' }).fill(name!);
      await row.getByRole('textbox', { name: 'Role' }).fill(role!);
    }
    const official = rosterRows(page, 'en').last();
    await expect(official.getByRole('combobox', { name: 'Group' }).getByRole('option')).toHaveText([
      'Member',
      'Official',
      'Guest',
    ]);
    await official.getByRole('combobox', { name: 'Group' }).selectOption('Official');
    await expect(official.getByRole('combobox', { name: 'Attendance' }).getByRole('option')).toHaveText([
      'Present',
      'Absent',
      'Late',
      'Left early',
    ]);
    await expect(official.getByRole('button', { name: 'Remove attendee' })).toBeVisible();
    const names = page.getByRole('list', { name: /Roster/ }).getByRole('textbox', { name: 'Name' });
    expect(await names.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).toEqual([
      'Kim Jong-seok',
      'Park Chun-bae',
      'Jeong Su-min',
    ]);
    await expect(page.getByText('2 members on the roll, 2 present — quorum met')).toBeVisible();

    for (const [title, kind] of [
      ['Annual report on community councils', 'Report'],
      ['2022 annual implementation plan (draft)', 'Deliberation'],
    ]) {
      const row = await addRow(page, 'Add agenda item', agendaRows(page, 'en'), { name: 'Agenda item title' });
      await row.getByRole('textbox', { name: 'Agenda item title' }).fill(title!);
      await row.getByRole('combobox', { name: 'Kind' }).selectOption(kind!);
      await row.getByRole('textbox', { name: 'Presenter' }).fill('Jeong Su-min');
    }
    const item = agendaRows(page, 'en').first();
    await expect(item.getByRole('combobox', { name: 'Kind' }).getByRole('option')).toHaveText([
      'Report',
      'Deliberation',
      'Resolution',
      'Discussion',
      'Other',
    ]);
    for (const name of ['Move up', 'Move down', 'Remove item']) {
      await expect(item.getByRole('button', { name })).toBeVisible();
    }
    // English numbers the items in one sequence, whatever their kind.
    await expect(page.getByRole('list', { name: /Agenda/ }).getByText(/^Item \d$/)).toHaveText(['Item 1', 'Item 2']);
    await waitSaved(page, 'en');
    await screenshot(page, 'editor-en');
  });

  test('a missing title or date gets an inline message and the draft is kept', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'New meeting' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Organization' }).fill('Board');
    await page.getByRole('textbox', { name: 'Title', exact: true }).focus();
    await page.getByRole('textbox', { name: 'Organization' }).focus();
    await expect(page.getByText('The minutes need a title.', { exact: false })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveAttribute('aria-invalid', 'true');
    await waitSaved(page, 'en');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Organization' })).toHaveValue('Board');
    await expect(page.getByText('The minutes need the meeting’s date.', { exact: false })).toBeVisible();
    await page.getByRole('link', { name: 'Meetings' }).click();
    await expect(page.getByRole('link', { name: /Untitled meeting/ })).toBeVisible();
    await expect(page.getByRole('listitem').getByText('Draft', { exact: true })).toBeVisible();
  });
});

test('a 500-name roster and a 200-item agenda render the rows in view, and every row stays editable', async ({
  page,
}) => {
  const data = bulkMeeting({ attendees: 500, agendaItems: 200, entries: 0 });
  await openMeeting(page, data, 'editor');
  await expect(page.getByText('500명', { exact: true })).toBeVisible();
  const rows = rosterRows(page, 'ko');
  expect(await rows.count()).toBeLessThan(80);
  await expect(rows.first()).toHaveAttribute('aria-setsize', '500');
  /** The Name field of the roster's row `n` (1-based), when that row is drawn. */
  const nameAt = (n: number) =>
    page.locator(`li[aria-posinset="${n}"]`).getByRole('textbox', { name: E.roster.name, exact: true });
  const scrollToRosterEnd = () =>
    page.evaluate(() => {
      const list = document.getElementById('roster')!;
      window.scrollTo(0, list.getBoundingClientRect().bottom + window.scrollY - window.innerHeight);
    });

  await test.step('the last attendee, reached by scrolling, is edited and moved up by keyboard', async () => {
    await scrollToRosterEnd();
    const last = page.locator('li[aria-posinset="500"]');
    await expect(last).toBeVisible();
    await nameAt(500).fill('마지막 위원');
    await page.keyboard.press('Alt+ArrowUp');
    await expect(nameAt(499)).toHaveValue('마지막 위원');
    await expect(nameAt(499)).toBeFocused();
    await waitSaved(page, 'ko');
  });

  await test.step('the edit and the move are still there after a reload', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '대용량 회의' })).toBeVisible();
    await scrollToRosterEnd();
    await expect(nameAt(499)).toHaveValue('마지막 위원');
  });

  await test.step('removing a row of the windowed list puts the focus on the row that takes its place', async () => {
    await page.locator('li[aria-posinset="498"]').getByRole('button', { name: E.roster.remove }).click();
    await expect(nameAt(498)).toBeFocused();
    await expect(nameAt(498)).toHaveValue('마지막 위원');
  });
});
