/**
 * Procedural phrases, in both interface and minutes languages: a body's phrases edited in the
 * meeting editor (edit, remove, add, move with Alt+↑), shared by another meeting of the body; then
 * the meeting recorded with Alt+digit and the phrase buttons between typed entries, also while
 * text is in the Entry field (it stays) and during a Korean composition (no phrase); the record
 * and the exported minutes (LibreOffice → text) hold everything in the order of the keys.
 */
import type { Page } from '@playwright/test';
import enEditor from '../../locales/en/editor.json' with { type: 'json' };
import enExport from '../../locales/en/export.json' with { type: 'json' };
import enLive from '../../locales/en/live.json' with { type: 'json' };
import koEditor from '../../locales/ko/editor.json' with { type: 'json' };
import koExport from '../../locales/ko/export.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import { blankMeeting } from '../../renderer/data/meetings';
import type { Language } from '../../renderer/domain/model';
import { preparedSeedRows } from '../fixtures/seedRows';
import { typeWithIme } from './ime';
import { docxToPdf, pdfText, squeeze } from './office';
import { expect, liveScreen, openMeeting, screenshot, test, waitSaved } from './support';

const TEXT = {
  ko: {
    editor: koEditor,
    live: koLive,
    export: koExport,
    edited: '(국민의례 생략)',
    added: '(묵념)',
    removed: '(거수 표결)',
    phrases: [
      '(개의 선포)',
      '(성원 보고)',
      '(국민의례 생략)',
      '(의사봉 3타)',
      '(「없습니다」 하는 위원 있음)',
      '(묵념)',
      '(산회 선포)',
    ],
    said: ['성원이 되었으므로 회의를 개의하겠습니다.', '보고 안건을 상정합니다.'],
  },
  en: {
    editor: enEditor,
    live: enLive,
    export: enExport,
    edited: 'Agenda adopted as amended',
    added: 'Moment of silence',
    removed: 'Vote by show of hands',
    phrases: [
      'Call to order',
      'Quorum confirmed',
      'Agenda adopted as amended',
      'Previous minutes approved',
      'No objection',
      'Moment of silence',
      'Motion to adjourn',
    ],
    said: ['A quorum being present, the meeting was called to order.', 'The first report was taken up.'],
  },
};

/** The texts of the editor's phrase rows, in order. */
async function editorPhrases(page: Page, language: Language): Promise<string[]> {
  const { editor } = TEXT[language];
  const rows = page.getByRole('list', { name: new RegExp(editor.sections.phrases) }).getByRole('listitem');
  const texts: string[] = [];
  for (const row of await rows.all()) texts.push(await row.getByRole('textbox').inputValue());
  return texts;
}

/** Where each of `parts` is in `text`, which must hold them all, in this order. */
function expectInOrder(text: string, parts: readonly string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(squeeze(part), from);
    expect(at, `${part} after position ${from}`).toBeGreaterThanOrEqual(from);
    from = at + squeeze(part).length;
  }
}

for (const language of ['ko', 'en'] as const) {
  test.describe(`${language === 'ko' ? 'Korean' : 'English'} interface and minutes`, () => {
    test.use({ locale: language === 'ko' ? 'ko-KR' : 'en-US' });

    test("a body's phrases are edited once, and one key each adds them to the record and the minutes in order", async ({
      page,
    }, testInfo) => {
      test.setTimeout(180_000);
      const T = TEXT[language];
      const rows = preparedSeedRows(language);
      const meeting = rows.meetings[0]!;
      // Another meeting of the same body, with its organization typed with an extra space.
      const other = {
        ...blankMeeting(language, Date.now()),
        title: 'Other meeting',
        organization: ` ${meeting.organization}`,
      };
      rows.meetings.push(other);
      await openMeeting(page, rows, 'editor');

      await test.step('the editor shows the defaults of the minutes language, and edits them', async () => {
        const section = page.getByRole('region', { name: new RegExp(T.editor.sections.phrases) });
        await expect(section).toContainText(meeting.organization);
        expect(await editorPhrases(page, language)).toHaveLength(7);
        await section
          .getByRole('textbox', { name: T.editor.phrases.text.replace('{{n}}', '3'), exact: true })
          .fill(T.edited);
        const sixth = section.getByRole('listitem').nth(5);
        await expect(sixth.getByRole('textbox')).toHaveValue(T.removed);
        await sixth.getByRole('button', { name: T.editor.phrases.remove }).click();
        await section.getByRole('button', { name: T.editor.phrases.add, exact: true }).click();
        const added = section.getByRole('textbox', { name: T.editor.phrases.text.replace('{{n}}', '7'), exact: true });
        await expect(added).toBeFocused();
        await page.keyboard.type(T.added);
        await page.keyboard.press('Alt+ArrowUp');
        await expect(
          section.getByRole('textbox', { name: T.editor.phrases.text.replace('{{n}}', '6'), exact: true }),
        ).toBeFocused();
        await waitSaved(page, language);
        await expect.poll(() => editorPhrases(page, language)).toEqual(T.phrases);
        await screenshot(page, `editor-phrases-${language}`);
      });

      await test.step('another meeting of the body has the same phrases', async () => {
        await page.goto(`./#/meetings/${other.id}`);
        await expect(page.getByRole('heading', { level: 1, name: other.title })).toBeVisible();
        await expect.poll(() => editorPhrases(page, language)).toEqual(T.phrases);
      });

      const live = liveScreen(page, language);
      // What the record and the minutes hold, in the order of the keys pressed below.
      const [p1, p2, , p4, , p6, p7] = T.phrases;
      const expected = [p1!, p2!, T.said[0]!, p4!, T.said[1]!, p6!, p7!];
      await test.step('recording: phrase keys and buttons between typed entries, in the order pressed', async () => {
        await page.goto(`./#/meetings/${meeting.id}/live`);
        await live.start();
        await expect(page.getByRole('button', { name: `${T.live.phrases.add} ${T.phrases[3]!}` })).toHaveAttribute(
          'aria-keyshortcuts',
          'Alt+4',
        );
        await live.entry.press('Alt+1');
        await live.entry.press('Alt+2');
        await live.entry.press('Control+1');
        await live.addEntry(T.said[0]!);
        // Text in the Entry field stays there while a phrase is added.
        await live.entry.fill(T.said[1]!);
        await live.entry.press('Alt+4');
        await expect(live.recorded).toHaveCount(4);
        await expect(live.entry).toHaveValue(T.said[1]!);
        await live.entry.press('Enter');
        // No phrase key acts during a composition.
        await typeWithIme(page, '회의', async () => {
          await page.keyboard.press('Alt+3');
        });
        await expect(live.entry).toHaveValue('회의');
        await live.entry.fill('');
        await page.getByRole('button', { name: `${T.live.phrases.add} ${T.phrases[5]!}` }).click();
        await expect(live.entry).toBeFocused();
        await live.entry.press('Alt+7');
        await expect(live.recorded).toHaveCount(expected.length);
        for (const [index, text] of expected.entries()) await expect(live.recorded.nth(index)).toContainText(text);
        await screenshot(page, `live-phrases-${language}`);
        await live.end();
        await waitSaved(page, language);
      });

      await test.step('the exported minutes hold the phrases where they were pressed', async () => {
        await page.getByRole('button', { name: T.export.button }).click();
        const dialog = page.getByRole('dialog', { name: T.export.heading });
        const download = page.waitForEvent('download');
        await dialog.getByRole('button', { name: T.export.save }).click();
        const file = await download;
        const target = testInfo.outputPath(file.suggestedFilename());
        await file.saveAs(target);
        const text = squeeze(pdfText(docxToPdf(target)));
        expectInOrder(text, expected);
        expect(text).not.toContain(squeeze(T.phrases[2]!));
      });
    });
  });
}
