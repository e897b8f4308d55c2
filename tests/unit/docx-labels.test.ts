/**
 * The minutes' labels filled without i18next where i18next would only fill in fields
 * (renderer/export/docx/labels.ts): every label must come out as i18next gives it.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import enMinutes from '../../locales/en/minutes.json';
import enRecord from '../../locales/en/record.json';
import koMinutes from '../../locales/ko/minutes.json';
import koRecord from '../../locales/ko/record.json';
import { labelsFor, labelsInitOptions, type MinutesKey, type RecordKey } from '../../renderer/export/docx/labels';
import { flatten, type Tree } from './localeTree';

describe('labels', () => {
  // An i18next instance set up as labels.ts sets up its own: what every label must equal.
  function reference(language: 'ko' | 'en') {
    const instance = i18next.createInstance();
    void instance.init(labelsInitOptions(language));
    return (ns: string, key: string, variables: Record<string, string | number>) =>
      (instance.t as unknown as (key: string, options: object) => string)(key, { ...variables, lng: language, ns });
  }

  const hostile = `<&>"' {{name}} $t(record:kind.report) {{- x}} 👍🏽`;
  // Every field any label has: each label gets them all (and so, those it has).
  const fields = [
    ...new Set(
      [...JSON.stringify([enMinutes, koMinutes, enRecord, koRecord]).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!),
    ),
  ];

  for (const language of ['ko', 'en'] as const) {
    it(`fills every label as i18next does (${language})`, () => {
      const labels = labelsFor(language);
      const t = reference(language);
      let checked = 0;
      for (const [ns, tree] of [
        ['minutes', enMinutes],
        ['record', enRecord],
      ] as const) {
        for (const key of flatten(tree as Tree).keys()) {
          for (const variables of [
            Object.fromEntries(fields.map((field) => [field, `${field} ${hostile}`])),
            Object.fromEntries(fields.map((field, i) => [field, i])),
            // Missing values: what i18next does then, whatever that is.
            {},
            { count: 1 },
          ]) {
            const got =
              ns === 'minutes' ? labels.m(key as MinutesKey, variables) : labels.r(key as RecordKey, variables);
            expect(got, `${ns}:${key} ${JSON.stringify(variables)}`).toBe(t(ns, key, variables));
            checked += 1;
          }
        }
      }
      expect(checked).toBeGreaterThan(200);
    });
  }
});
