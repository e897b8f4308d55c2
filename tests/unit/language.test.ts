/** The interface language on first start and after (renderer/i18n/language.ts). */
import { describe, expect, it } from 'vitest';
import { initialLanguage } from '../../renderer/i18n/language';

describe('initial interface language', () => {
  it.each([
    [null, 'ko-KR', 'ko'],
    [null, 'ko', 'ko'],
    [null, 'KO-kr', 'ko'],
    [null, 'en-US', 'en'],
    [null, 'fr-FR', 'en'],
    [null, undefined, 'en'],
    ['en', 'ko-KR', 'en'],
    ['ko', 'en-US', 'ko'],
    ['xx', 'ko-KR', 'ko'],
  ])('stored %s, navigator %s -> %s', (stored, nav, expected) => {
    expect(initialLanguage(stored, nav)).toBe(expected);
  });
});
