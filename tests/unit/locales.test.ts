import { describe, expect, it } from 'vitest';
import { resources } from '../../renderer/i18n/resources';
import { flatten, variables, type Tree } from './localeTree';

/** Plural suffixes differ between languages (Korean has only `_other`); compare the base keys. */
function baseKey(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

describe('locales', () => {
  const en = flatten(resources.en as unknown as Tree);
  const ko = flatten(resources.ko as unknown as Tree);

  it('has the same keys in Korean and English', () => {
    const enKeys = [...new Set([...en.keys()].map(baseKey))].sort();
    const koKeys = [...new Set([...ko.keys()].map(baseKey))].sort();
    expect(koKeys).toEqual(enKeys);
    expect(enKeys.length).toBeGreaterThan(20);
  });

  it('has no empty value', () => {
    for (const [language, strings] of [
      ['en', en],
      ['ko', ko],
    ] as const) {
      const empty = [...strings].filter(([, value]) => value.trim() === '').map(([key]) => `${language}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    // Date patterns get every part of the date (day, month, monthName, weekday, year) and each
    // language picks the ones it writes. An English call to order names the chair; Korean minutes
    // name the chair in the metadata and say only "(10시 00분 개의)".
    const choosesParts = new Set([
      'record.date.long',
      'minutes.meetingName.withYear',
      'minutes.footer.page',
      'minutes.event.openedBy',
      'minutes.previousActions.doneOn',
      'actions.doneOn',
    ]);
    for (const [key, value] of en) {
      if (choosesParts.has(key)) continue;
      const koValue = ko.get(key) ?? ko.get(`${baseKey(key)}_other`);
      if (koValue === undefined) continue;
      expect(variables(koValue), key).toEqual(variables(value));
    }
  });
});
