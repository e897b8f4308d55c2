import koLive from '../../locales/ko/live.json' with { type: 'json' };
import { readDatabase } from '../fixtures/bulk';
import { SEED_KO } from '../fixtures/seed';
import { typeWithIme } from './ime';
import { expect, liveScreen, openPreparedMeeting, screenshot, test, waitSaved } from './support';

const L = koLive;

test.use({ locale: 'ko-KR' });

test('record the seed meeting live: attendance, the report, three deliberations, statements, outcomes, an action item', async ({
  page,
}) => {
  const rows = await openPreparedMeeting(page);
  const [report, d1, d2, d3] = SEED_KO.agenda;
  const live = liveScreen(page, 'ko');
  const entry = live.entry;
  const [parkFirst, parkSecond] = SEED_KO.statements.park.split('. ');

  await test.step('starting opens the first item, with the quorum, and puts the focus in the Entry field', async () => {
    await live.start();
    await expect(live.currentItem).toContainText(report.title);
    await expect(live.currentItem).toContainText('보고 1');
    await expect(page.getByText('재적 6명 중 출석 5명 — 성원')).toBeVisible();
  });

  await test.step('보고 1: a note is added with Enter, and the report is noted', async () => {
    await live.addEntry('2021년 읍·면·동 지역사회보장협의체 운영성과를 보고함.');
    await expect(live.recorded).toHaveCount(1);
    await expect(entry).toHaveValue('');
    await live.decide('noted');
    await screenshot(page, 'live-report-ko');
  });

  await test.step('심의 1: Alt+↓ from the Entry field, a speaker by type-ahead, a two-line statement, a vote that carries', async () => {
    await entry.press('Alt+ArrowDown');
    await expect(live.currentItem).toContainText(d1.title);
    const speaker = page.getByRole('combobox', { name: L.speaker });
    await speaker.fill('박춘');
    await speaker.press('Enter');
    await expect(speaker).toHaveValue('공동위원장 박춘배');
    await expect(entry).toBeFocused();
    await entry.fill(`${parkFirst}.`);
    await entry.press('Shift+Enter');
    await entry.pressSequentially(parkSecond!);
    await entry.press('Enter');
    await expect(live.recorded.first()).toContainText(parkFirst!);
    await live.decide('approved', { for: 5, against: 0, abstain: 0 });
    await expect(page.getByText('출석위원 5명 중 찬성 5명: 가결 요건 충족 (3명 필요).')).toBeVisible();
  });

  await test.step('심의 2: a member who leaves is no longer counted; Ctrl+0 makes the entry a note', async () => {
    await page.getByRole('button', { name: L.next }).click();
    await expect(live.currentItem).toContainText(d2.title);
    await page.getByRole('button', { name: '최성민 퇴장' }).click();
    await expect(page.getByText('재적 6명 중 출석 4명 — 성원')).toBeVisible();
    await entry.focus();
    await page.keyboard.press('Control+0');
    await live.addEntry('성과지표 변경사항에 대한 설명이 있었음.');
    await live.decide('amended', { for: 4, against: 0, abstain: 0 });
  });

  await test.step('심의 3: an @mention picks the speaker; an action item is added', async () => {
    await entry.press('Alt+ArrowDown');
    await expect(live.currentItem).toContainText(d3.title);
    await live.addEntry(`@김종석 ${SEED_KO.statements.kim}`);
    await expect(live.recorded.first()).toContainText('부시장 김종석');
    await expect(page.getByRole('combobox', { name: L.speaker })).toHaveValue('부시장 김종석');
    await live.decide('approved', { for: 4 });
    await page.getByRole('button', { name: L.actions.add }).click();
    await expect(page.getByRole('textbox', { name: L.actions.action })).toBeFocused();
    await page.getByRole('textbox', { name: L.actions.action }).fill('청년분과 위원 위촉 추진');
    await page.getByRole('textbox', { name: L.actions.owner }).fill('정수민');
    await page.getByLabel(L.actions.due).fill('2021-12-31');
    await screenshot(page, 'live-d3-ko');
  });

  await test.step('ending the meeting stores everything', async () => {
    await live.end();
    await waitSaved(page, 'ko');
    await screenshot(page, 'live-ended-ko');
  });

  await test.step('every stored row is what was recorded, in the items it was recorded under', async () => {
    const db = await readDatabase(page);
    const meeting = db.meetings[0]!;
    expect(meeting.status).toBe('ended');
    expect(meeting.startedAt).toBeGreaterThan(0);
    expect(meeting.endedAt).toBeGreaterThanOrEqual(meeting.startedAt!);
    const items = [...db.agendaItems].sort((a, b) => a.order - b.order);
    expect(items.map((i) => i.takenOrder)).toEqual([1, 2, 3, 4]);
    expect(items.every((i) => i.startedAt !== null && i.endedAt !== null)).toBe(true);
    for (let i = 1; i < items.length; i++) expect(items[i]!.startedAt).toBeGreaterThanOrEqual(items[i - 1]!.endedAt!);
    expect(items.map((i) => i.outcome)).toEqual(['noted', 'approved', 'amended', 'approved']);
    expect(items.map((i) => i.votes)).toEqual([
      { for: null, against: null, abstain: null },
      { for: 5, against: 0, abstain: 0 },
      { for: 4, against: 0, abstain: 0 },
      { for: 4, against: null, abstain: null },
    ]);
    const byName = new Map(rows.attendees.map((a) => [a.id, a.name]));
    const entries = [...db.entries].sort((a, b) => a.seq - b.seq);
    expect(
      entries.map((e) => [
        items.findIndex((i) => i.id === e.agendaItemId),
        e.kind,
        e.speakerId ? byName.get(e.speakerId) : '',
        e.text,
      ]),
    ).toEqual([
      [0, 'note', '', '2021년 읍·면·동 지역사회보장협의체 운영성과를 보고함.'],
      [1, 'statement', '박춘배', `${parkFirst}.\n${parkSecond}`],
      [2, 'note', '', '성과지표 변경사항에 대한 설명이 있었음.'],
      [3, 'statement', '김종석', SEED_KO.statements.kim],
    ]);
    expect(db.actionItems.map((a) => [a.agendaItemId, a.text, a.owner, a.dueDate])).toEqual([
      [items[3]!.id, '청년분과 위원 위촉 추진', '정수민', '2021-12-31'],
    ]);
    const choi = db.attendees.find((a) => a.name === '최성민')!;
    expect(choi.attendance).toBe('left');
    expect(choi.leftAt).toBeGreaterThan(meeting.startedAt!);
    expect(db.drafts).toEqual([]);
  });
});

test('a Korean composition with Enter pressed during and after it gives exactly one entry; shortcuts mid-composition do nothing', async ({
  page,
}) => {
  await openPreparedMeeting(page);
  const live = liveScreen(page, 'ko');
  await live.start();
  const entry = live.entry;
  const speaker = page.getByRole('combobox', { name: L.speaker });
  await typeWithIme(page, '회의록입니다', async () => {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Control+1');
  });
  // Nothing was committed, no item change, no speaker picked while composing.
  await expect(live.recorded).toHaveCount(0);
  await expect(live.currentItem).toContainText(SEED_KO.agenda[0].title);
  await expect(speaker).toHaveValue('');
  // The simulated Enter reaches the textarea as an ordinary key press (a real IME keeps it); the
  // app leaves every key of a composition alone, and an entry is trimmed when committed.
  await expect(entry).toHaveValue(/^회의록입니다\s*$/);
  await page.keyboard.press('Enter');
  await expect(live.recorded).toHaveCount(1);
  await expect(live.recorded.getByText('회의록입니다', { exact: true })).toBeVisible();
  await expect(entry).toHaveValue('');
  // A second Enter on the empty field adds nothing.
  await page.keyboard.press('Enter');
  await expect(live.recorded).toHaveCount(1);
  const db = await readDatabase(page);
  expect(db.entries.map((e) => e.text)).toEqual(['회의록입니다']);
});

test('a reload in the middle of typing loses nothing typed a second earlier, in the right item', async ({ page }) => {
  await openPreparedMeeting(page);
  const live = liveScreen(page, 'ko');
  await live.start();
  const entry = live.entry;
  await entry.press('Alt+ArrowDown');
  await expect(live.currentItem).toContainText(SEED_KO.agenda[1].title);
  await page.getByRole('combobox', { name: L.speaker }).fill('김종석');
  await page.getByRole('combobox', { name: L.speaker }).press('Enter');
  await entry.pressSequentially('민관협력이 더욱 ', { delay: 20 });
  await typeWithIme(page, '강화돼야');
  await page.waitForTimeout(1000);
  // Still typing when the page goes away.
  await entry.pressSequentially(' 한다', { delay: 20 });
  await page.reload();
  await expect(live.currentItem).toContainText(SEED_KO.agenda[1].title);
  await expect(live.entry).toHaveValue(/^민관협력이 더욱 강화돼야/);
  await expect(page.getByRole('combobox', { name: L.speaker })).toHaveValue('부시장 김종석');
  await expect(live.entry).toBeFocused();
  // The caret is at the end of the restored text: typing goes on after it.
  await page.keyboard.type('.');
  await expect(live.entry).toHaveValue(/^민관협력이 더욱 강화돼야.*\.$/);
  await page.keyboard.press('Enter');
  await expect(live.recorded).toHaveCount(1);
  const db = await readDatabase(page);
  expect(db.entries[0]!.agendaItemId).toBe(db.agendaItems.find((i) => i.order === 1)!.id);
  expect(db.entries[0]!.text).toMatch(/^민관협력이 더욱 강화돼야.*\.$/);
  expect(db.drafts).toEqual([]);
});

test('a renderer crash in the middle of typing loses nothing typed a second earlier', async ({ page, context }) => {
  const rows = await openPreparedMeeting(page);
  const live = liveScreen(page, 'ko');
  await live.start();
  const entry = live.entry;
  await live.addEntry('이미 입력된 발언');
  await entry.pressSequentially('충돌 전에 입력한 문장입니다', { delay: 15 });
  await page.waitForTimeout(1000);
  await entry.pressSequentially(' 그리고 더', { delay: 15 });
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash', { timeout: 10_000 });
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const after = await context.newPage();
  const reopened = liveScreen(after, 'ko');
  await after.goto(`./#/meetings/${rows.meetings[0]!.id}/live`);
  await expect(reopened.currentItem).toContainText(SEED_KO.agenda[0].title);
  await expect(reopened.entry).toHaveValue(/^충돌 전에 입력한 문장입니다/);
  await expect(reopened.recorded).toHaveCount(1);
  await expect(reopened.recorded).toContainText('이미 입력된 발언');
});

test.describe('in the English UI', () => {
  test.use({ locale: 'en-US' });

  test('the live session offers every control of the UI contract; recess, unplanned item, jump and previous', async ({
    page,
  }) => {
    await openPreparedMeeting(page, 'en');
    const region = page.getByRole('region', { name: 'Current item' });
    const outcome = page.getByRole('combobox', { name: 'Outcome' });

    await test.step('Start meeting opens the first item; Entry, Speaker and Outcome are there by name', async () => {
      await page.getByRole('button', { name: 'Start meeting' }).click();
      await expect(region).toContainText(SEED_KO.agenda[0].title);
      await expect(region).toContainText('Item 1');
      await expect(page.getByRole('textbox', { name: 'Entry', exact: true })).toBeFocused();
      await expect(page.getByRole('combobox', { name: 'Speaker' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Previous item' })).toBeDisabled();
      // A report is received, without a vote.
      await expect(outcome.getByRole('option')).toHaveText(['Not decided', 'Noted']);
      await expect(page.getByRole('spinbutton', { name: 'For' })).toHaveCount(0);
    });

    await test.step('a deliberation has For, Against and Abstain, and suggests the outcome of a vote', async () => {
      await page.getByRole('button', { name: 'Next item' }).click();
      await expect(region).toContainText('Item 2');
      await expect(outcome.getByRole('option')).toHaveText([
        'Not decided',
        'Approved as proposed',
        'Approved as amended',
        'Rejected',
        'Deferred',
        'Noted',
      ]);
      for (const name of ['For', 'Against', 'Abstain']) {
        await expect(page.getByRole('spinbutton', { name })).toBeVisible();
      }
      await page.getByRole('spinbutton', { name: 'For' }).fill('2');
      await expect(page.getByText('2 for, out of 5 members present: not carried (3 needed).')).toBeVisible();
      await page.getByRole('button', { name: 'Use suggestion' }).click();
      await expect(outcome).toHaveValue('rejected');
    });

    await test.step('Add action item gives Action, Owner and Due date', async () => {
      await page.getByRole('button', { name: 'Add action item' }).click();
      await expect(page.getByRole('textbox', { name: 'Action' })).toBeFocused();
      await expect(page.getByRole('textbox', { name: 'Owner' })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Due date' })).toBeVisible();
    });

    await test.step('Recess and Resume', async () => {
      await page.getByRole('button', { name: 'Recess' }).click();
      await expect(page.getByText(/^In recess since \d\d:\d\d$/)).toBeVisible();
      await page.getByRole('button', { name: 'Resume' }).click();
      await expect(page.getByText(/^In recess since/)).toHaveCount(0);
    });

    await test.step('out of order: the last item from the agenda list, an unplanned item, then Previous item', async () => {
      await page
        .getByRole('navigation', { name: 'Agenda' })
        .getByRole('button', { name: /Item 4/ })
        .click();
      await expect(region).toContainText(SEED_KO.agenda[3].title);
      await page.getByRole('button', { name: 'Add unplanned item' }).click();
      await page.getByRole('textbox', { name: 'Title of the unplanned item' }).fill('Any other business');
      await page.getByRole('button', { name: 'Add and take up' }).click();
      await expect(region).toContainText('Any other business');
      await expect(region).toContainText('Unplanned');
      await page.getByRole('textbox', { name: 'Entry', exact: true }).fill('No other business was raised.');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Previous item' }).click();
      await expect(region).toContainText(SEED_KO.agenda[3].title);
      await screenshot(page, 'live-en');
    });

    await test.step('Keyboard shortcuts lists the shortcuts', async () => {
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Alt+↓');
      await screenshot(page, 'live-shortcuts-en');
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    });

    await test.step('End meeting; the items are stored in the order taken, the recess closed', async () => {
      await page.getByRole('button', { name: 'End meeting' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'End meeting' }).click();
      await expect(page.getByRole('button', { name: 'End meeting' })).toHaveCount(0);
      const db = await readDatabase(page);
      const taken = [...db.agendaItems]
        .filter((i) => i.takenOrder !== null)
        .sort((a, b) => a.takenOrder! - b.takenOrder!)
        .map((i) => i.title);
      expect(taken).toEqual([
        SEED_KO.agenda[0].title,
        SEED_KO.agenda[1].title,
        SEED_KO.agenda[3].title,
        'Any other business',
      ]);
      expect(db.meetings[0]!.recesses).toHaveLength(1);
      expect(db.meetings[0]!.recesses[0]!.end).not.toBeNull();
    });
  });
});
