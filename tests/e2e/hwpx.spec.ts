/**
 * The .hwpx export as a clerk gets it: Save .hwpx in the export dialog, in each document language,
 * for the seed meeting as recorded and for a meeting of 200 items and 5,000 entries. Each file
 * passes Hancom's own document model (owpml-check), and says paragraph by paragraph what the .docx
 * saved from the same dialog says (one content model feeds both).
 */
import { readFileSync } from 'node:fs';
import { bulkMeeting, type Rows } from '../fixtures/bulk';
import { seedRecord } from '../fixtures/seedRecord';
import { owpmlCheck } from '../owpml';
import { readDocx } from '../unit/docxRead';
import { readHwpx } from '../unit/hwpxRead';
import { expect, exportFile, openMeeting, test } from './support';

test.use({ locale: 'ko-KR' });

function recordedSeed(): Rows {
  const { meeting, attendees, agendaItems, entries, actionItems } = seedRecord();
  return { meetings: [meeting], attendees, agendaItems, entries, actionItems };
}

const MEETINGS = [
  { name: 'the seed meeting', rows: recordedSeed },
  {
    name: 'a meeting of 200 items and 5,000 entries',
    rows: () => bulkMeeting({ attendees: 40, agendaItems: 200, entries: 5000, status: 'ended' }),
  },
];

for (const { name, rows } of MEETINGS) {
  test(`${name} as .hwpx, in Korean and in English, passes Hancom's model and says what the .docx says`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000);
    await openMeeting(page, rows(), 'editor');
    for (const language of ['한국어', '영어'] as const) {
      await test.step(`${language}: Save .hwpx, checked by Hancom's model`, async () => {
        const hwpx = await exportFile(page, language, testInfo, 'hwpx');
        expect(hwpx.name).toMatch(/^\d{4}-\d{2}-\d{2} .+\.hwpx$/);
        const check = owpmlCheck(hwpx.target);
        expect(check.pass, check.output).toBe(true);
        const docx = await exportFile(page, language, testInfo, 'docx');
        expect(docx.name).toBe(hwpx.name.replace(/\.hwpx$/, '.docx'));
        const [fromHwpx, fromDocx] = await Promise.all([
          readHwpx(readFileSync(hwpx.target)),
          readDocx(readFileSync(docx.target)),
        ]);
        expect(fromHwpx.paragraphs.length).toBeGreaterThan(10);
        expect(fromHwpx.paragraphs).toEqual(fromDocx.paragraphs);
      });
    }
  });
}
