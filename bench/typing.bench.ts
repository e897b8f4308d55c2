/**
 * Typing latency in the screens where the recorder types, against a plain <textarea> in the same
 * run: the live session's Entry field while the meeting has 200 agenda items, 5,000 entries and
 * 100 attendees and the draft autosave runs (issue #4); the meeting editor with 500 attendees and
 * 200 agenda items (issue #3).
 */
import type { Browser } from '@playwright/test';
import { bulkMeeting, seedDatabase } from '../tests/fixtures/bulk';
import { figures, installProbes, measureBaseline, printTable, readProbes, startApp, typeKeystrokes } from './harness';

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 300);

async function measureLiveEntry(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto('./');
  await page.getByRole('heading', { name: '회의 목록' }).waitFor();
  const data = bulkMeeting({ attendees: 100, agendaItems: 200, entries: 5000, status: 'live' });
  await seedDatabase(page, data);
  await page.goto(`./#/meetings/${data.meetings[0]!.id}/live`);
  await page.reload();
  const entry = page.getByRole('textbox', { name: '발언 입력', exact: true });
  await entry.waitFor();
  await entry.click();
  await installProbes(page);
  await typeKeystrokes(page, 20);
  await readProbes(page);
  await typeKeystrokes(page, KEYSTROKES);
  const result = figures('live Entry 200 items/5,000 entries/100', KEYSTROKES, await readProbes(page));
  // The text typed was stored as the draft meanwhile.
  const stored = await page.evaluate(
    (id) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('seogi');
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get(id);
          get.onsuccess = () => resolve((get.result as { text?: string } | undefined)?.text?.length ?? 0);
        };
      }),
    data.meetings[0]!.id,
  );
  if (stored < KEYSTROKES) throw new Error(`The draft holds ${stored} characters, fewer than were typed.`);
  await context.close();
  return result;
}

export async function main(): Promise<void> {
  const app = await startApp();
  try {
    const baseline = await measureBaseline(app.browser, KEYSTROKES);
    const rows = [baseline];

    rows.push(await measureLiveEntry(app.browser, app.baseURL));

    const context = await app.browser.newContext({ baseURL: app.baseURL, locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto('./');
    await page.getByRole('heading', { name: '회의 목록' }).waitFor();
    const data = bulkMeeting({ attendees: 500, agendaItems: 200, entries: 0 });
    await seedDatabase(page, data);
    await page.goto(`./#/meetings/${data.meetings[0]!.id}`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '대용량 회의' }).waitFor();

    // Long lists render only the rows near the viewport: scroll to the row first. Rows are as tall
    // as their fields make them, so the scroll is corrected from the rows rendered until it is there.
    const row = (list: string, position: number, height: number) => async () => {
      for (let attempt = 0; attempt < 20; attempt++) {
        const there = await page.evaluate(
          ([id, target, estimate]) => {
            const rows = [...document.querySelectorAll<HTMLElement>(`#${id} li[aria-posinset]`)];
            if (rows.some((li) => li.getAttribute('aria-posinset') === String(target))) return true;
            const first = rows[0];
            if (!first) {
              // Not a list (the details): its top is the place.
              window.scrollTo(0, window.scrollY + document.getElementById(id as string)!.getBoundingClientRect().top);
              return true;
            }
            const at = Number(first.getAttribute('aria-posinset'));
            const step = first.getBoundingClientRect().height || (estimate as number);
            window.scrollTo(0, window.scrollY + first.getBoundingClientRect().top + ((target as number) - at) * step);
            return false;
          },
          [list, position, height] as const,
        );
        if (there) return;
        await page.waitForTimeout(100);
      }
    };
    const scenarios = [
      {
        name: 'editor 500/200: roster name #250',
        scroll: row('roster', 250, 47),
        locator: page.locator('li[aria-posinset="250"]').getByRole('textbox', { name: '이름', exact: true }),
      },
      {
        name: 'editor 500/200: agenda title #100',
        scroll: row('agenda', 100, 97),
        locator: page.locator('#agenda li[aria-posinset="100"]').getByRole('textbox', { name: '안건 제목' }),
      },
      {
        name: 'editor 500/200: meeting title',
        scroll: row('details', 1, 0),
        locator: page.getByRole('textbox', { name: '회의 제목' }),
      },
    ];
    for (const scenario of scenarios) {
      await scenario.scroll();
      await scenario.locator.scrollIntoViewIfNeeded();
      await scenario.locator.click();
      await installProbes(page);
      await typeKeystrokes(page, 20);
      await readProbes(page);
      await typeKeystrokes(page, KEYSTROKES);
      rows.push(figures(scenario.name, KEYSTROKES, await readProbes(page)));
    }
    await context.close();
    printTable(rows, baseline);
  } finally {
    await app.close();
  }
}
