/**
 * The pieces minutesToBytes is made of besides docx: replacing a file in a zip file (zip.ts),
 * splicing XML in at placeholders (splice.ts), writing runs as XML (wordml.ts), and filling in
 * labels without i18next (labels.ts). docx-minutes.test.ts checks the document they make.
 */
import i18next from 'i18next';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import enMinutes from '../../locales/en/minutes.json';
import enRecord from '../../locales/en/record.json';
import koCommon from '../../locales/ko/common.json';
import koMinutes from '../../locales/ko/minutes.json';
import koRecord from '../../locales/ko/record.json';
import { dateParts } from '../../renderer/domain/dates';
import { labelsFor, type MinutesKey, type RecordKey } from '../../renderer/export/docx/labels';
import { splice } from '../../renderer/export/docx/splice';
import { escapeXml, runProperties, runsXml } from '../../renderer/export/docx/wordml';
import { replaceFile } from '../../renderer/export/docx/zip';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Each file's bytes as stored (compressed or not), by name, read from the zip file's own headers. */
function storedData(zip: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = new Map<string, Uint8Array>();
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = decode(zip.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.set(name, zip.slice(dataAt, dataAt + view.getUint32(at + 20, true)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

async function sampleZip(options: { streamFiles: boolean }): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', `<w:document>${'<w:p/>'.repeat(1000)}</w:document>`);
  zip.file('stored.txt', 'as is', { compression: 'STORE' });
  zip.file('word/이름.xml', '<한글/>');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', ...options });
}

describe('replaceFile', () => {
  for (const streamFiles of [false, true]) {
    it(`replaces one file and keeps the others byte for byte${streamFiles ? ' (data descriptors)' : ''}`, async () => {
      const before = await sampleZip({ streamFiles });
      const replaced = `<w:document>${'<w:p>가 &amp; 👍🏽</w:p>'.repeat(5000)}</w:document>`;
      let given = '';
      const after = await replaceFile(before, 'word/document.xml', (contents) => {
        given = decode(contents);
        return encode(replaced);
      });
      expect(given).toBe(`<w:document>${'<w:p/>'.repeat(1000)}</w:document>`);

      const zip = await JSZip.loadAsync(after, { checkCRC32: true });
      expect(Object.keys(zip.files)).toEqual([
        '[Content_Types].xml',
        'word/',
        'word/document.xml',
        'stored.txt',
        'word/이름.xml',
      ]);
      expect(await zip.file('word/document.xml')!.async('string')).toBe(replaced);
      expect(await zip.file('stored.txt')!.async('string')).toBe('as is');
      expect(await zip.file('word/이름.xml')!.async('string')).toBe('<한글/>');
      const [old, now] = [storedData(before), storedData(after)];
      for (const name of ['[Content_Types].xml', 'word/', 'stored.txt', 'word/이름.xml'])
        expect(now.get(name), name).toEqual(old.get(name));
    });
  }

  it('replaces a stored file, compressing it', async () => {
    const after = await replaceFile(await sampleZip({ streamFiles: false }), 'stored.txt', (contents) =>
      encode(`${decode(contents)}, then more`.repeat(100)),
    );
    const zip = await JSZip.loadAsync(after, { checkCRC32: true });
    expect(await zip.file('stored.txt')!.async('string')).toBe('as is, then more'.repeat(100));
    expect(storedData(after).get('stored.txt')!.length).toBeLessThan(200);
  });

  it('refuses a file the zip file does not have, and what is no zip file', async () => {
    await expect(replaceFile(await sampleZip({ streamFiles: false }), 'word/missing.xml', (c) => c)).rejects.toThrow(
      'word/missing.xml is not in the zip file',
    );
    await expect(replaceFile(encode('not a zip file at all, just text'), 'a', (c) => c)).rejects.toThrow(
      'Unreadable zip file',
    );
  });
});

describe('splice', () => {
  const mark = (i: number) => `<w:p><w:r><w:t xml:space="preserve">seogi-splice-${i}</w:t></w:r></w:p>`;

  it('puts each stretch where its placeholder is', () => {
    expect(splice(`<a>${mark(0)}<b/>${mark(1)}</a>`, ['<x/>', '<y/><z/>'])).toBe('<a><x/><b/><y/><z/></a>');
  });

  it('refuses a placeholder that is missing, out of order or there twice', () => {
    expect(() => splice('<a/>', ['<x/>'])).toThrow('Placeholder 0');
    expect(() => splice(`${mark(1)}${mark(0)}`, ['<x/>', '<y/>'])).toThrow('Placeholder 1');
    expect(() => splice(`${mark(0)}${mark(0)}`, ['<x/>'])).toThrow('Placeholder 0');
  });
});

describe('wordml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`a&b<c>d"e'f &amp;`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f &amp;amp;');
  });

  it('writes lines as runs with a break, tabs as tabs, and drops what XML cannot hold', () => {
    const rPr = runProperties(
      { ascii: 'A', hAnsi: 'A', eastAsia: 'M', cs: 'A' },
      { value: 'en-US', eastAsia: 'ko-KR' },
      { bold: true, color: '404040' },
    );
    expect(rPr).toBe(
      '<w:rPr><w:rFonts w:ascii="A" w:cs="A" w:eastAsia="M" w:hAnsi="A"/><w:b/><w:bCs/>' +
        '<w:color w:val="404040"/><w:lang w:val="en-US" w:eastAsia="ko-KR"/></w:rPr>',
    );
    const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;
    expect(runsXml('a\u0001\tb\r\n<c>\uFFFE', '<P/>')).toBe(
      `<w:r><P/>${t('a')}<w:tab/>${t('b')}</w:r><w:r><P/><w:br/>${t('&lt;c&gt;')}</w:r>`,
    );
    expect(runsXml('', '<P/>')).toBe(`<w:r><P/>${t('')}</w:r>`);
  });
});

describe('labels', () => {
  // An i18next instance set up as labels.ts sets up its own: what every label must equal.
  function reference(language: 'ko' | 'en') {
    const instance = i18next.createInstance();
    void instance.init({
      resources: {
        en: { minutes: enMinutes, record: enRecord, common: enCommon },
        ko: { minutes: koMinutes, record: koRecord, common: koCommon },
      },
      lng: language,
      fallbackLng: false,
      ns: ['minutes', 'record', 'common'],
      defaultNS: 'minutes',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    return (ns: string, key: string, variables: Record<string, string | number>) =>
      (instance.t as unknown as (key: string, options: object) => string)(key, { ...variables, lng: language, ns });
  }

  type Tree = { [key: string]: string | Tree };
  function keys(tree: Tree, prefix = ''): string[] {
    return Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
    );
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
        for (const key of keys(tree as Tree)) {
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

describe('dateParts', () => {
  it('gives the same names on every call, in each language', () => {
    for (let round = 0; round < 2; round++) {
      expect(dateParts('2021-11-23', 'ko')).toEqual({
        year: 2021,
        month: 11,
        day: 23,
        monthName: '11월',
        weekday: '화',
      });
      expect(dateParts('2021-12-31', 'en')).toEqual({
        year: 2021,
        month: 12,
        day: 31,
        monthName: 'December',
        weekday: 'Friday',
      });
    }
  });
});
