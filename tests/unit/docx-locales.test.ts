/**
 * Rules of the minutes namespace beyond those every namespace follows (locales.test.ts): no plural
 * forms (the document builder fills patterns itself), patterns that pick their parts use only
 * parts the code supplies, and no key the export code never asks for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flatten, variables, type Tree } from './localeTree';
import enMinutes from '../../locales/en/minutes.json';
import koMinutes from '../../locales/ko/minutes.json';

const en = flatten(enMinutes as Tree);
const ko = flatten(koMinutes as Tree);

/**
 * Patterns the code fills with every part it has, each language writing the parts it uses (as
 * record.date.long does): Korean puts the year before a meeting's name (2021년 제4차 …) and
 * numbers pages "- 1 -"; English does neither, and numbers pages "Page 1 of 3".
 */
const CHOOSES_PARTS = new Set(['meetingName.withYear', 'footer.page']);

describe('minutes locale', () => {
  it('has no plural forms', () => {
    expect([...en.keys(), ...ko.keys()].filter((key) => /_(zero|one|two|few|many|other)$/.test(key))).toEqual([]);
  });

  it('gives the parts-choosing patterns only variables the code supplies', () => {
    const supplied: Record<string, string[]> = {
      'meetingName.withYear': ['name', 'year'],
      'footer.page': ['page', 'total'],
    };
    for (const key of CHOOSES_PARTS) {
      for (const value of [en.get(key)!, ko.get(key)!]) {
        const used = variables(value);
        expect(
          used.every((name) => supplied[key]!.includes(name)),
          `${key}: ${value}`,
        ).toBe(true);
      }
    }
  });

  it('has no key the export code never uses', () => {
    const folder = fileURLToPath(new URL('../../renderer/export/docx/', import.meta.url));
    const source = readdirSync(folder)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join(folder, file), 'utf8'))
      .join('\n');
    const unused = [...en.keys()].filter((key) => !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
