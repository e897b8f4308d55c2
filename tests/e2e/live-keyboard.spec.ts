/**
 * The live screen from the keyboard alone (domain/shortcuts.ts): every live shortcut changes the
 * record as it says, and after each action the focus is back in the Entry field (or in the field
 * the action opened, with Esc back to the Entry field). None fires during an IME composition.
 */
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import { readDatabase } from '../fixtures/bulk';
import { SEED_KO } from '../fixtures/seed';
import { preparedSeedRows } from '../fixtures/seedRows';
import { typeWithIme } from './ime';
import { expect, liveScreen, openMeeting, test, waitSaved } from './support';

const L = koLive;

test.use({ locale: 'ko-KR', viewport: { width: 1366, height: 768 } });

test('a meeting recorded from the keyboard alone: every live shortcut, the focus back in the Entry field after each', async ({
  page,
}) => {
  const rows = preparedSeedRows('ko');
  await openMeeting(page, rows, 'live');
  const live = liveScreen(page, 'ko');
  const { entry } = live;
  const dialog = page.getByRole('dialog');
  const meeting = async () => (await readDatabase(page)).meetings[0]!;
  const attendee = async (name: string) => (await readDatabase(page)).attendees.find((a) => a.name === name)!;
  const [report, d1, d2] = SEED_KO.agenda;
  /** The key opens a dialog; Esc closes it, and the focus is back in the Entry field. */
  const escapeBackToEntry = async (key: string) => {
    await entry.press(key);
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(entry).toBeFocused();
  };

  await test.step('start, and type two entries', async () => {
    await live.start();
    await live.addEntry('개회를 선언함.');
    await live.addEntry('보고 안건을 상정함.');
    await expect(live.recorded).toHaveCount(2);
  });

  await test.step('Ctrl+Shift+P takes a recess and resumes, the focus staying in the Entry field', async () => {
    await entry.press('Control+Shift+P');
    await expect(page.getByRole('button', { name: L.resume })).toBeVisible();
    await expect(entry).toBeFocused();
    await expect.poll(async () => (await meeting()).recesses.length).toBe(1);
    await entry.press('Control+Shift+P');
    await expect(page.getByRole('button', { name: L.recess })).toBeVisible();
    await expect(entry).toBeFocused();
    await expect.poll(async () => (await meeting()).recesses[0]?.end ?? null).not.toBeNull();
  });

  await test.step('Ctrl+Shift+O goes to the Outcome; ↓ chooses one; Esc goes back to the Entry field', async () => {
    const outcome = page.getByRole('combobox', { name: L.outcome.label });
    await entry.press('Control+Shift+O');
    await expect(outcome).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(entry).toBeFocused();
    await expect
      .poll(async () => (await readDatabase(page)).agendaItems.find((i) => i.title === report.title)?.outcome)
      .toBe('noted');
  });

  await test.step('Ctrl+Shift+A: a person picked by typing is marked left, another arrived', async () => {
    await entry.press('Control+Shift+A');
    await expect(dialog).toBeVisible();
    await page.keyboard.type('최성');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(entry).toBeFocused();
    await expect(page.getByRole('button', { name: '최성민 복귀' })).toBeVisible();
    await expect.poll(async () => (await attendee('최성민')).attendance).toBe('left');

    await entry.press('Control+Shift+A');
    await typeWithIme(page, '윤대');
    await expect(dialog.getByRole('button', { name: '윤대호 도착' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(entry).toBeFocused();
    await expect.poll(async () => (await attendee('윤대호')).attendance).toBe('late');

    await escapeBackToEntry('Control+Shift+A');
  });

  await test.step('Ctrl+Shift+K adds an action item under the current item, in its Action field; Esc back', async () => {
    await entry.press('Control+Shift+K');
    const action = page.getByRole('textbox', { name: L.actions.action });
    await expect(action).toBeFocused();
    await page.keyboard.type('운영성과 보고서 배포');
    await page.keyboard.press('Escape');
    await expect(entry).toBeFocused();
    await waitSaved(page, 'ko');
    const db = await readDatabase(page);
    const item = db.agendaItems.find((i) => i.title === report.title)!;
    expect(db.actionItems.map((a) => [a.agendaItemId, a.text])).toEqual([[item.id, '운영성과 보고서 배포']]);
  });

  await test.step('Ctrl+Shift+L opens the unplanned item; Enter adds and takes it up, the focus in the Entry field', async () => {
    await entry.press('Control+Shift+L');
    const title = page.getByRole('textbox', { name: L.unplannedTitle });
    await expect(title).toBeFocused();
    await page.keyboard.type('긴급 현안 보고');
    await page.keyboard.press('Enter');
    await expect(live.currentItem).toContainText('긴급 현안 보고');
    await expect(entry).toBeFocused();
    await live.addEntry('긴급 현안을 보고함.');
    await expect(live.recorded).toHaveCount(1);
  });

  await test.step('Ctrl+G 3 Enter takes up the third item of the agenda', async () => {
    await entry.press('Control+G');
    await expect(dialog).toBeVisible();
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect(live.currentItem).toContainText(d2.title);
    await expect(entry).toBeFocused();
    const db = await readDatabase(page);
    expect(db.meetings[0]!.currentItemId).toBe(db.agendaItems.find((i) => i.title === d2.title)!.id);
  });

  await test.step('Ctrl+G with words of a title; Alt+↑ goes back one item', async () => {
    await entry.press('Control+G');
    await page.keyboard.type('연차별');
    await page.keyboard.press('Enter');
    await expect(live.currentItem).toContainText(d1.title);
    await expect(entry).toBeFocused();
    await entry.press('Alt+ArrowUp');
    await expect(live.currentItem).toContainText(report.title);
    await expect(entry).toBeFocused();
  });

  await test.step('F6 and Esc come back to the Entry field from other fields; a used suggestion and a marked arrival too', async () => {
    const speaker = page.getByRole('combobox', { name: L.speaker });
    await speaker.focus();
    await page.keyboard.press('F6');
    await expect(entry).toBeFocused();
    await page.getByRole('button', { name: L.next }).focus();
    await page.keyboard.press('Escape');
    await expect(entry).toBeFocused();

    await entry.press('Alt+ArrowDown');
    await expect(live.currentItem).toContainText(d1.title);
    await page.getByRole('spinbutton', { name: L.outcome.for }).fill('5');
    await page.getByRole('button', { name: L.outcome.apply }).click();
    await expect(entry).toBeFocused();
    await page.getByRole('button', { name: '최성민 복귀' }).click();
    await expect(entry).toBeFocused();
  });

  await test.step('no live shortcut acts during a Korean composition', async () => {
    await entry.focus();
    await typeWithIme(page, '회의', async () => {
      await page.keyboard.press('Control+Shift+P');
      await page.keyboard.press('Control+G');
      await page.keyboard.press('F6');
    });
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: L.recess })).toBeVisible();
    await expect(entry).toHaveValue('회의');
    await entry.fill('');
  });

  await test.step('Export: closing its dialog gives the focus back to the Entry field', async () => {
    await escapeBackToEntry('Control+E');
  });

  await test.step('Ctrl+Shift+X asks first: Esc keeps recording, confirming ends the meeting', async () => {
    await escapeBackToEntry('Control+Shift+X');
    expect((await meeting()).status).toBe('live');

    await entry.press('Control+Shift+X');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: L.confirmEnd.confirm })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: L.endMeeting })).toHaveCount(0);
    await expect(entry).toBeFocused();
    await expect.poll(async () => (await meeting()).status).toBe('ended');
  });
});
