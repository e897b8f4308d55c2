import type { Page } from '@playwright/test';
import koCommon from '../../locales/ko/common.json' with { type: 'json' };
import koLive from '../../locales/ko/live.json' with { type: 'json' };
import { readDatabase } from '../fixtures/bulk';
import { SEED_KO } from '../fixtures/seed';
import { expect, openPreparedMeeting, screenshot, test } from './support';

test.use({ locale: 'ko-KR' });

/** Makes every IndexedDB write fail as on a full disk, until `restore` is called. */
async function breakStorage(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const w = window as unknown as { __restoreIdb?: () => void };
    const proto = IDBObjectStore.prototype;
    const originals = { put: proto.put, add: proto.add, delete: proto.delete };
    const fail = () => {
      throw new DOMException('The disk is full (test).', 'QuotaExceededError');
    };
    proto.put = fail;
    proto.add = fail;
    proto.delete = fail;
    w.__restoreIdb = () => Object.assign(proto, originals);
  });
  return async () => {
    await page.evaluate(() => (window as unknown as { __restoreIdb: () => void }).__restoreIdb());
  };
}

test('when writes fail, a banner says so, the text stays on screen and aside, and it is saved when writing works again', async ({
  page,
}) => {
  await openPreparedMeeting(page);
  await page.getByRole('button', { name: koLive.startMeeting }).click();
  const entry = page.getByRole('textbox', { name: koLive.entry, exact: true });
  await expect(entry).toBeFocused();

  const restore = await breakStorage(page);
  await entry.pressSequentially('디스크가 가득 찬 동안 입력한 문장', { delay: 10 });
  const banner = page.getByRole('alert').filter({ hasText: koCommon.error.storage.full });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: koCommon.status.notSaved })).toBeVisible();
  await expect(entry).toHaveValue('디스크가 가득 찬 동안 입력한 문장');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('seogi.pendingWrites')))
    .toContain('디스크가 가득 찬 동안 입력한 문장');
  // Committing fails too: the text goes back into the field rather than being lost.
  await entry.press('Enter');
  await expect(entry).toHaveValue('디스크가 가득 찬 동안 입력한 문장');
  await screenshot(page, 'storage-error-ko');

  await restore();
  await expect(banner).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: /저장/ })).toHaveText('저장됨');
  const db = await readDatabase(page);
  expect(db.drafts.map((d) => d.text)).toEqual(['디스크가 가득 찬 동안 입력한 문장']);
  expect(await page.evaluate(() => localStorage.getItem('seogi.pendingWrites'))).toBeNull();
  await entry.press('Enter');
  await expect(page.getByRole('list', { name: koLive.entriesHeading }).getByRole('listitem')).toHaveCount(1);
  expect((await readDatabase(page)).entries.map((e) => e.text)).toEqual(['디스크가 가득 찬 동안 입력한 문장']);
});

test('a second window on an older version neither hangs nor loses its typing when the database is upgraded', async ({
  page,
  context,
}) => {
  await openPreparedMeeting(page);
  await page.getByRole('button', { name: koLive.startMeeting }).click();
  const entry = page.getByRole('textbox', { name: koLive.entry, exact: true });
  await entry.pressSequentially('업그레이드 전에 입력', { delay: 10 });
  await page.waitForTimeout(500);

  // Another window opens the database at a newer version, adding a table (a newer Seogi).
  const other = await context.newPage();
  await other.goto('./');
  const upgraded = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('seogi');
        probe.onsuccess = () => {
          const version = probe.result.version;
          probe.result.close();
          const request = indexedDB.open('seogi', version + 10);
          request.onupgradeneeded = () => request.result.createObjectStore('futureTable', { keyPath: 'id' });
          request.onsuccess = () => {
            const result = request.result.version;
            request.result.close();
            resolve(result);
          };
          request.onblocked = () => reject(new Error('blocked by the older window'));
          request.onerror = () => reject(request.error);
          setTimeout(() => reject(new Error('the upgrade hung')), 10_000);
        };
      }),
  );
  expect(upgraded).toBeGreaterThan(20);

  // The first window goes on: typing after the upgrade is stored too.
  await entry.pressSequentially(' 그리고 업그레이드 후에 입력', { delay: 10 });
  await page.waitForTimeout(800);
  await expect(page.getByRole('status').filter({ hasText: /저장/ })).toHaveText('저장됨');
  const db = await readDatabase(other);
  expect(db.drafts.map((d) => d.text)).toEqual(['업그레이드 전에 입력 그리고 업그레이드 후에 입력']);
  await entry.press('Enter');
  await expect(page.getByRole('list', { name: koLive.entriesHeading }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: koLive.currentItem })).toContainText(SEED_KO.agenda[0].title);
});
