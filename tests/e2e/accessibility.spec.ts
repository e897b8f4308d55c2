/**
 * axe-core on every screen, state and dialog, in both languages: the meetings list (empty and
 * filled), the restore preview and a refused restore, settings, the meeting editor with its
 * delete and approval dialogs, and the live screen before, during (few and many entries, an open
 * correction, the speaker list, a recess, the help, the export dialog, the end dialog) and after
 * the meeting. A finding in a row repeats once per row (a faded Edit button failed colour contrast
 * 67 times on a long item), so the findings are listed by rule with their count.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import enArchive from '../../locales/en/archive.json' with { type: 'json' };
import enEditor from '../../locales/en/editor.json' with { type: 'json' };
import enExport from '../../locales/en/export.json' with { type: 'json' };
import enLive from '../../locales/en/live.json' with { type: 'json' };
import enMeetings from '../../locales/en/meetings.json' with { type: 'json' };
import koArchive from '../../locales/ko/archive.json' with { type: 'json' };
import koEditor from '../../locales/ko/editor.json' with { type: 'json' };
import koExport from '../../locales/ko/export.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import koMeetings from '../../locales/ko/meetings.json' with { type: 'json' };
import type { Language } from '../../renderer/domain/model';
import { bulkMeeting, liveMeetingRows, seedDatabase } from '../fixtures/bulk';
import { expect, liveScreen, openMeeting, openPreparedMeeting, test } from './support';

const LOCALES: Record<Language, string> = { ko: 'ko-KR', en: 'en-US' };
const TEXT = {
  ko: { archive: koArchive, editor: koEditor, export: koExport, live: koLive, meetings: koMeetings },
  en: { archive: enArchive, editor: enEditor, export: enExport, live: enLive, meetings: enMeetings },
};

/**
 * Runs axe on the page as it is now; a finding fails the test with each rule's id, count and first
 * target, and the test goes on to the next state, so that one run lists them all.
 */
async function expectNoFindings(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect
    .soft(
      violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`),
      `axe findings: ${state}`,
    )
    .toEqual([]);
}

for (const language of ['ko', 'en'] as const satisfies readonly Language[]) {
  const T = TEXT[language];
  test.describe(`in the ${language} interface`, () => {
    test.use({ locale: LOCALES[language] });

    test(`the meetings list, restore and settings have no axe finding (${language})`, async ({ page }, testInfo) => {
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1, name: T.meetings.heading })).toBeVisible();
      await expectNoFindings(page, 'no meetings');

      await test.step('a refused restore', async () => {
        const file = testInfo.outputPath('broken.json');
        writeFileSync(file, '{ "format": "seogi-backup", ');
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: T.archive.restore }).click();
        await (await chooser).setFiles(file);
        await expect(page.getByRole('alert')).toBeVisible();
        await expectNoFindings(page, 'refused restore');
      });

      await test.step('meetings stored, and the restore preview', async () => {
        await seedDatabase(page, liveMeetingRows(language));
        await seedDatabase(page, bulkMeeting({ attendees: 5, agendaItems: 3, entries: 10 }));
        await page.reload();
        await expect(page.getByRole('link').filter({ hasText: '대용량 회의' })).toBeVisible();
        await expectNoFindings(page, 'meetings list');

        const file = testInfo.outputPath('backup.json');
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: T.archive.backup }).click();
        await (await download).saveAs(file);
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: T.archive.restore }).click();
        await (await chooser).setFiles(file);
        const preview = page.getByRole('dialog');
        await expect(preview).toBeVisible();
        await expectNoFindings(page, 'restore preview');
        await preview.getByRole('button', { name: T.archive.preview.cancel }).click();
        await expect(preview).toHaveCount(0);
      });

      await test.step('the delete dialog', async () => {
        await page.getByRole('button', { name: T.meetings.delete }).first().click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoFindings(page, 'delete dialog');
        await page.getByRole('button', { name: T.meetings.confirmDelete.cancel }).click();
      });

      await test.step('settings', async () => {
        await page.goto('./#/settings');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoFindings(page, 'settings');
      });
    });

    test(`the meeting editor and its dialogs have no axe finding (${language})`, async ({ page }) => {
      await openPreparedMeeting(page, language);
      await expectNoFindings(page, 'prepared meeting');

      await test.step('an attachment, approval boxes, signing members', async () => {
        const E = T.editor;
        await page.getByRole('button', { name: E.agenda.attachments.add }).first().click();
        await expect(page.getByRole('textbox', { name: E.agenda.attachments.name })).toBeFocused();
        const styles = page.getByRole('radiogroup', { name: E.sections.signature });
        await styles.getByRole('radio', { name: E.signature.styles.approvalBox }).check();
        await expect(page.getByRole('button', { name: E.signature.addBox })).toBeVisible();
        await expectNoFindings(page, 'attachment and approval boxes');
        await styles.getByRole('radio', { name: E.signature.styles.members }).check();
        await expect(page.getByRole('combobox', { name: E.signature.signer.replace('{{n}}', '1') })).toBeVisible();
        await expectNoFindings(page, 'signing members');
      });

      await test.step('the approval dialog', async () => {
        const approve = page.getByRole('button', { name: T.editor.approval.approve });
        // Approval is offered once the meeting has ended; the prepared meeting may not offer it.
        if ((await approve.count()) > 0) {
          await approve.click();
          await expect(page.getByRole('dialog')).toBeVisible();
          await expectNoFindings(page, 'approval dialog');
          await page.keyboard.press('Escape');
        }
      });

      await test.step('a new, empty meeting', async () => {
        await page.goto('./');
        await page.getByRole('button', { name: T.meetings.newMeeting }).click();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoFindings(page, 'new meeting');
      });
    });

    test(`the live screen in every state has no axe finding (${language})`, async ({ page }) => {
      // Fifteen states, each analysed whole: longer than one ordinary test on a busy machine.
      test.slow();
      await openMeeting(page, liveMeetingRows(language), 'live');
      await expectNoFindings(page, 'not started');

      const live = liveScreen(page, language);
      await live.start();
      await expectNoFindings(page, 'started, no entries');

      await test.step('entries, a correction, the speaker list', async () => {
        for (const text of ['첫째 발언입니다.', 'A second statement.', '셋째: 표결합니다.']) await live.addEntry(text);
        await expect(live.recorded).toHaveCount(3);
        await expectNoFindings(page, 'three entries');
        await page.getByRole('button', { name: T.live.editEntry }).first().click();
        await expect(page.getByRole('textbox', { name: T.live.editEntryLabel })).toBeFocused();
        await expectNoFindings(page, 'an open correction');
        const correction = live.recorded.first();
        await expect(correction.getByRole('combobox', { name: T.live.correction.item })).toBeVisible();
        const who = correction.getByRole('combobox', { name: T.live.correction.speaker });
        await who.click();
        await who.press('ArrowDown');
        await expect(correction.getByRole('listbox')).toBeVisible();
        await expectNoFindings(page, 'a correction’s speaker list');
        await who.press('Escape');
        const time = correction.getByRole('textbox', { name: T.live.correction.time });
        await time.fill('??');
        await time.press('Enter');
        await expect(correction.getByRole('alert')).toBeVisible();
        await expectNoFindings(page, 'a correction’s time refused');
        await page.keyboard.press('Escape');
        const speaker = page.getByRole('combobox', { name: T.live.speaker });
        await speaker.click();
        await speaker.press('ArrowDown');
        await expect(page.getByRole('listbox')).toBeVisible();
        await expectNoFindings(page, 'the speaker list');
        await speaker.press('Escape');
      });

      await test.step('a recess', async () => {
        await page.getByRole('button', { name: T.live.recess, exact: true }).click();
        await expect(page.getByRole('button', { name: T.live.resume, exact: true })).toBeVisible();
        await expectNoFindings(page, 'in recess');
        await page.getByRole('button', { name: T.live.resume, exact: true }).click();
      });

      await test.step('a motion with an amendment, its mover list, a roll call', async () => {
        const O = T.live.outcome;
        await live.entry.press('Alt+ArrowDown');
        await page.getByRole('textbox', { name: O.motion, exact: true }).fill('원안대로 의결할 것');
        await page.getByRole('button', { name: O.addAmendment }).click();
        const mover = page.getByRole('combobox', { name: O.amendmentMovedBy, exact: true });
        await mover.click();
        await mover.press('ArrowDown');
        await expect(page.getByRole('listbox')).toBeVisible();
        await expectNoFindings(page, 'an amendment and its mover list');
        await mover.press('Escape');
        await page.getByRole('checkbox', { name: O.rollCall }).check();
        await expect(page.getByRole('list', { name: O.rollCallList })).toBeVisible();
        await expectNoFindings(page, 'a roll call');
      });

      await test.step('the help, the export and the end dialogs', async () => {
        await page.getByRole('button', { name: T.live.help.open }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoFindings(page, 'help');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);

        await page.getByRole('button', { name: T.export.button }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoFindings(page, 'export dialog');
        await page.getByRole('dialog').getByRole('button', { name: T.export.close }).click();

        await page.getByRole('button', { name: T.live.endMeeting }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoFindings(page, 'end dialog');
        await page.getByRole('dialog').getByRole('button', { name: T.live.confirmEnd.confirm }).click();
        await expect(page.getByRole('button', { name: T.live.endMeeting })).toHaveCount(0);
        await expectNoFindings(page, 'ended');
      });
    });

    test(`the live screen with a long item has no axe finding (${language})`, async ({ page }) => {
      await openMeeting(page, bulkMeeting({ attendees: 30, agendaItems: 10, entries: 2000, status: 'live' }), 'live');
      await expect(liveScreen(page, language).recorded.first()).toBeVisible();
      await expectNoFindings(page, 'a long item');
    });
  });
}
