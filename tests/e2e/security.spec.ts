import { readDatabase, seedDatabase } from '../fixtures/bulk';
import { preparedSeedRows } from '../fixtures/seedRows';
import { expect, liveScreen, test } from './support';

test.use({ locale: 'ko-KR' });

const HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> https://evil.example/ <b>굵게</b>';

test('the renderer has no Node, runs under the CSP, and shows HTML typed into minutes as text', async ({
  page,
  pageErrors,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const popups: string[] = [];
  page.on('popup', (popup) => popups.push(popup.url()));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(
    await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
      bridge: typeof (globalThis as Record<string, unknown>).seogi,
    })),
  ).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', bridge: 'undefined' });

  // The CSP forbids inline scripts: injected code does not run, and the browser reports it.
  const blocked = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { inlineRan: (window as unknown as { __inline?: boolean }).__inline === true, violations };
  });
  expect(blocked).toEqual({ inlineRan: false, violations: ['script-src-elem'] });
  // That refusal is the one error the page may log.
  const refused = pageErrors.filter((message) => /Content Security Policy/.test(message));
  expect(refused).toHaveLength(1);
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((message) => !refused.includes(message)));

  const rows = preparedSeedRows();
  rows.meetings[0]!.title = HOSTILE;
  await seedDatabase(page, rows);
  await page.goto(`./#/meetings/${rows.meetings[0]!.id}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE);
  const live = liveScreen(page, 'ko');
  await live.start();
  await live.addEntry(HOSTILE);
  const shown = live.recorded;
  await expect(shown).toContainText(HOSTILE);
  // Shown as text: no element was created from it, no link, nothing ran.
  await expect(shown.locator('img, script, b, a')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(popups).toEqual([]);
  expect((await readDatabase(page)).entries.map((e) => e.text)).toEqual([HOSTILE]);
});
