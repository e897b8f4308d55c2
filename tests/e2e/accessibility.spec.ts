/**
 * axe-core on the live screen while a meeting is recorded, in both languages: the screen a
 * recorder spends hours on. Each entry carries an Edit button, so a finding there repeats once per
 * entry (a faded Edit button failed colour contrast 67 times on a long item).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Language } from '../../renderer/domain/model';
import { liveMeetingRows } from '../fixtures/bulk';
import { expect, liveScreen, openMeeting, test } from './support';

const LOCALES: Record<Language, string> = { ko: 'ko-KR', en: 'en-US' };

for (const language of ['ko', 'en'] as const satisfies readonly Language[]) {
  test.describe(`in the ${language} interface`, () => {
    test.use({ locale: LOCALES[language] });
    test(`the live screen with entries has no axe finding (${language})`, async ({ page }) => {
      await openMeeting(page, liveMeetingRows(language), 'live');
      const live = liveScreen(page, language);
      await live.start();
      for (const text of ['첫째 발언입니다.', 'A second statement.', '셋째: 표결합니다.']) await live.addEntry(text);
      await expect(live.recorded).toHaveCount(3);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  });
}
