import type { Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import koArchive from '../../locales/ko/archive.json' with { type: 'json' };
import koEditor from '../../locales/ko/editor.json' with { type: 'json' };
import { readDatabase, seedDatabase, type Rows } from '../fixtures/bulk';
import { SEED_KO } from '../fixtures/seed';
import { preparedSeedRows } from '../fixtures/seedRows';
import { expect, screenshot, test, waitSaved } from './support';

const A = koArchive;
test.use({ locale: 'ko-KR' });

/** Opens the Meetings screen; with `rows`, writes them into the database and opens it again. */
async function home(page: Page, rows?: Rows) {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '회의 목록' })).toBeVisible();
  if (rows) {
    await seedDatabase(page, rows);
    await page.reload();
  }
}

async function backUp(page: Page, outFile: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: A.backup }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^seogi-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await file.saveAs(outFile);
  return readFileSync(outFile, 'utf8');
}

async function restoreFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: A.restore }).click();
  await (await chooser).setFiles(file);
}

test('back up all data, restore it on a fresh profile, and merge by id with a preview', async ({
  page,
  browser,
}, testInfo) => {
  const file = testInfo.outputPath('backup.json');
  await test.step('Back up all data saves a JSON backup of the stored meeting', async () => {
    const rows = preparedSeedRows();
    rows.entries.push({
      id: 'entry-1',
      meetingId: rows.meetings[0]!.id,
      agendaItemId: rows.agendaItems[1]!.id,
      seq: 1,
      kind: 'statement',
      speakerId: rows.attendees[1]!.id,
      speakerName: '',
      text: SEED_KO.statements.park,
      createdAt: 1,
      updatedAt: 1,
      history: [],
    });
    await home(page, rows);
    const text = await backUp(page, file);
    expect(JSON.parse(text)).toMatchObject({ format: 'seogi-backup', formatVersion: 1, schemaVersion: 7 });
  });

  // Another computer: a fresh profile, nothing stored.
  const other = await browser.newContext({ locale: 'ko-KR' });
  const fresh = await other.newPage();

  await test.step('restored on a fresh profile after a preview, it gives back every row', async () => {
    await home(fresh);
    await restoreFile(fresh, file);
    const preview = fresh.getByRole('dialog', { name: /backup\.json/ });
    await expect(preview).toContainText('이 컴퓨터에 없는 회의 1건을 추가합니다');
    await screenshot(fresh, 'restore-preview-ko');
    await preview.getByRole('button', { name: A.preview.confirm }).click();
    await expect(fresh.getByRole('status').filter({ hasText: A.restored_one.replace('{{count}}', '1') })).toBeVisible();
    await expect(fresh.getByRole('link', { name: SEED_KO.title })).toBeVisible();
    const restored = await readDatabase(fresh);
    const original = await readDatabase(page);
    for (const table of ['meetings', 'attendees', 'agendaItems', 'entries'] as const) {
      const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(restored[table]), table).toEqual(byId(original[table]));
    }
  });

  await test.step('restoring the older backup keeps the meeting as edited here since', async () => {
    await fresh.getByRole('link', { name: SEED_KO.title }).click();
    await fresh.getByRole('textbox', { name: koEditor.fields.location }).fill('시청 대회의실');
    await waitSaved(fresh, 'ko');
    await fresh.getByRole('link', { name: '회의 목록' }).click();
    await restoreFile(fresh, file);
    const second = fresh.getByRole('dialog', { name: /backup\.json/ });
    await expect(second).toContainText('백업이 더 오래된 회의 1건은 이 컴퓨터의 내용대로 둡니다');
    await expect(second.getByRole('button', { name: A.preview.confirm })).toBeDisabled();
    await second.getByRole('button', { name: A.preview.cancel }).click();
    expect((await readDatabase(fresh)).meetings[0]!.location).toBe('시청 대회의실');
  });
  await other.close();
});

test('a malformed, truncated, tampered or foreign file gets a clear message in Korean and changes nothing', async ({
  page,
}, testInfo) => {
  await home(page, preparedSeedRows());
  const good = await backUp(page, testInfo.outputPath('good.json'));
  const before = await readDatabase(page);
  const parsed = JSON.parse(good);
  const cases: [string, string, string][] = [
    ['truncated.json', good.slice(0, Math.floor(good.length / 2)), A.errors.notJson],
    ['not-json.json', 'PK\u0003\u0004 this is a zip, not a backup', A.errors.notJson],
    ['foreign.json', JSON.stringify({ hello: 'world' }), A.errors.notABackup],
    [
      'tampered.json',
      good.replace(`"title": "${SEED_KO.title}"`, `"title": "${SEED_KO.title} (변조)"`),
      A.errors.checksumMismatch,
    ],
    [
      'version.json',
      JSON.stringify({ ...parsed, formatVersion: 99 }),
      A.errors.unsupportedVersion.replace('{{found}}', '99'),
    ],
    ['newer.json', JSON.stringify({ ...parsed, schemaVersion: 99 }), A.errors.newerSchema],
  ];
  for (const [name, content, message] of cases) {
    await test.step(`${name} is refused with its message, and no preview`, async () => {
      const file = testInfo.outputPath(name);
      writeFileSync(file, content);
      await restoreFile(page, file);
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });
  }
  await screenshot(page, 'restore-error-ko');
  expect(await readDatabase(page)).toEqual(before);
});
