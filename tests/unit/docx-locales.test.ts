/**
 * The minutes namespace follows the rules every namespace does (tests/unit/locales.test.ts, which
 * reads the interface's resources and so does not see this one): the same keys in Korean and
 * English, no empty value, the same interpolation variables, and no key the code never asks for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import enMinutes from '../../locales/en/minutes.json';
import koMinutes from '../../locales/ko/minutes.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const en = flatten(enMinutes as Tree);
const ko = flatten(koMinutes as Tree);

/**
 * Patterns the code fills with every part it has, each language writing the parts it uses (as
 * record.date.long does): Korean puts the year before a meeting's name (2021년 제4차 …) and
 * numbers pages "- 1 -"; English does neither, and numbers pages "Page 1 of 3".
 */
const CHOOSES_PARTS = new Set(['meetingName.withYear', 'footer.page']);

describe('minutes locale', () => {
  it('has the same keys in Korean and English, with no plural forms', () => {
    expect([...ko.keys()].sort()).toEqual([...en.keys()].sort());
    expect([...en.keys()].filter((key) => /_(zero|one|two|few|many|other)$/.test(key))).toEqual([]);
  });

  it('has no empty value', () => {
    const empty = [...en, ...ko].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const [key, value] of en) {
      if (CHOOSES_PARTS.has(key)) continue;
      expect(variables(ko.get(key) ?? ''), key).toEqual(variables(value));
    }
  });

  it('gives the parts-choosing patterns only variables the code supplies', () => {
    const supplied: Record<string, string[]> = {
      'meetingName.withYear': ['name', 'year'],
      'footer.page': ['page', 'total'],
    };
    for (const key of CHOOSES_PARTS) {
      for (const value of [en.get(key)!, ko.get(key)!]) {
        const used = [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!);
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
