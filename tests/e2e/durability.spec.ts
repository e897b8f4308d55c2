import type { Page } from '@playwright/test';
import koCommon from '../../locales/ko/common.json' with { type: 'json' };
import { readDatabase } from '../fixtures/bulk';
import { SEED_KO } from '../fixtures/seed';
import { expect, liveScreen, openPreparedMeeting, screenshot, test, waitSaved } from './support';

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
  const live = liveScreen(page, 'ko');
  const entry = live.entry;
  await live.start();
  const banner = page.getByRole('alert').filter({ hasText: koCommon.error.storage.full });
  const restore = await breakStorage(page);

  await test.step('typing while writes fail: a banner, Not saved, the text on screen and kept aside', async () => {
    await entry.pressSequentially('디스크가 가득 찬 동안 입력한 문장', { delay: 10 });
    await expect(banner).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: koCommon.status.notSaved })).toBeVisible();
    await expect(entry).toHaveValue('디스크가 가득 찬 동안 입력한 문장');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('seogi.pendingWrites')))
      .toContain('디스크가 가득 찬 동안 입력한 문장');
  });

  await test.step('an entry that cannot be written goes back into the field rather than being lost', async () => {
    await entry.press('Enter');
    await expect(entry).toHaveValue('디스크가 가득 찬 동안 입력한 문장');
    await screenshot(page, 'storage-error-ko');
  });

  await test.step('once writes work again, the kept text is written and the banner goes', async () => {
    await restore();
    await expect(banner).toBeHidden({ timeout: 15_000 });
    await waitSaved(page, 'ko');
    const db = await readDatabase(page);
    expect(db.drafts.map((d) => d.text)).toEqual(['디스크가 가득 찬 동안 입력한 문장']);
    expect(await page.evaluate(() => localStorage.getItem('seogi.pendingWrites'))).toBeNull();
    await entry.press('Enter');
    await expect(live.recorded).toHaveCount(1);
    expect((await readDatabase(page)).entries.map((e) => e.text)).toEqual(['디스크가 가득 찬 동안 입력한 문장']);
  });
});

test('a second window on an older version neither hangs nor loses its typing when the database is upgraded', async ({
  page,
  context,
}) => {
  await openPreparedMeeting(page);
  const live = liveScreen(page, 'ko');
  await live.start();
  await live.entry.pressSequentially('업그레이드 전에 입력', { delay: 10 });
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
  await live.entry.pressSequentially(' 그리고 업그레이드 후에 입력', { delay: 10 });
  await page.waitForTimeout(800);
  await waitSaved(page, 'ko');
  const db = await readDatabase(other);
  expect(db.drafts.map((d) => d.text)).toEqual(['업그레이드 전에 입력 그리고 업그레이드 후에 입력']);
  await live.entry.press('Enter');
  await expect(live.recorded).toHaveCount(1);
  await expect(live.currentItem).toContainText(SEED_KO.agenda[0].title);
});
