/**
 * The .hwpx's references hold together, as Hangul needs them to open the file: every *IDRef in
 * the header and the section names an element of the right list, every count says how many
 * there are, the tables' sizes add up, and the enumerated attribute values are ones Hancom itself
 * writes (the vocabulary is read from the six Hancom-saved samples). Header lists hold only what
 * is used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../renderer/domain/model';
import { minutesToHwpx } from '../../renderer/export/hwpx/build';
import { TEXT_WIDTH } from '../../renderer/export/hwpx/section';
import { entry, seedRecord, withMeeting } from '../fixtures/seedRecord';
import { parseXml } from './docxRead';
import { all, children, HH, readHwpx, REFERENCE_DIR, type HwpxPackage } from './hwpxRead';

/** Which header list each kind of reference points into. */
const TARGETS: Record<string, string> = {
  charPrIDRef: 'charPr',
  paraPrIDRef: 'paraPr',
  styleIDRef: 'style',
  nextStyleIDRef: 'style',
  borderFillIDRef: 'borderFill',
  tabPrIDRef: 'tabPr',
  outlineShapeIDRef: 'numbering',
};
/**
 * References Hancom writes with a value meaning "none" (its samples have them so): a numbering
 * level without a character shape of its own, no memo shape, no linked text box.
 */
const NONE: Record<string, string> = {
  charPrIDRef: '4294967295',
  memoShapeIDRef: '0',
  linkListIDRef: '0',
  linkListNextIDRef: '0',
};

function elements(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('*'));
}

/** Values that are words of a closed list: NONE, BOTH_SIDES, None, 0.12 mm. */
const ENUMERATED = /^(?:[A-Z][A-Z_]*|None|\d+(?:\.\d+)? mm)$/;

/** (element, attribute) -> the values Hancom writes, from the samples' header and section parts. */
async function sampleVocabulary(): Promise<Map<string, Set<string>>> {
  const vocabulary = new Map<string, Set<string>>();
  for (const name of readdirSync(REFERENCE_DIR).filter((n) => n.endsWith('.hwpx'))) {
    const zip = await JSZip.loadAsync(readFileSync(new URL(name, REFERENCE_DIR)));
    for (const part of ['Contents/header.xml', 'Contents/section0.xml']) {
      for (const element of elements(parseXml(await zip.file(part)!.async('string'), `${name}:${part}`))) {
        for (const attribute of Array.from(element.attributes)) {
          const key = `${element.tagName}@${attribute.name}`;
          vocabulary.set(key, (vocabulary.get(key) ?? new Set()).add(attribute.value));
        }
      }
    }
  }
  return vocabulary;
}

/**
 * Attributes this export writes that the samples never show, with the values it may take: the
 * samples have no automatic page number in running text (they use hp:pageNum) and no tab.
 */
const NOT_IN_SAMPLES: Record<string, string[]> = {
  'hp:autoNum@numType': ['PAGE', 'TOTAL_PAGE'],
  'hp:autoNum@num': ['1'],
  // Nor a tab in text: written as Hangul writes one (see section.ts).
  'hp:tab@width': ['4000'],
  'hp:tab@leader': ['0'],
  'hp:tab@type': ['1'],
};

function ids(header: Document, localName: string): Set<string> {
  return new Set(all(header, localName, HH).map((e) => e.getAttribute('id')!));
}

function approvalRecord(): MeetingRecord {
  return withMeeting(seedRecord(), {
    signature: { style: 'approvalBox', signerIds: [], boxes: ['담당', '팀장', '과장'] },
  });
}

function tabbedRecord(): MeetingRecord {
  const record = seedRecord();
  record.entries.push(
    entry(1, { kind: 'note', text: '첫 줄\n\t들여쓴 줄' }),
    entry(2, { speakerId: 'attendee-1', text: 'a\tb\nc' }),
  );
  return record;
}

describe('.hwpx references and counts', async () => {
  const vocabulary = await sampleVocabulary();
  const cases: [string, HwpxPackage][] = [];
  for (const [name, record] of [
    ['seed', seedRecord],
    ['approval boxes', approvalRecord],
    ['tabs and line breaks', tabbedRecord],
  ] as const) {
    for (const language of ['ko', 'en'] as const) {
      cases.push([`${name}, ${language}`, await readHwpx(await minutesToHwpx(record(), language))]);
    }
  }

  for (const [name, pkg] of cases) {
    describe(name, () => {
      const { header, section } = pkg;
      const both = [...elements(header), ...elements(section)];

      it('resolves every *IDRef to an element of its list', () => {
        let checked = 0;
        for (const element of both) {
          for (const attribute of Array.from(element.attributes)) {
            if (!attribute.name.endsWith('IDRef')) continue;
            if (NONE[attribute.name] === attribute.value) continue;
            const target = TARGETS[attribute.name];
            expect(target, `${element.tagName}@${attribute.name} has no known target`).toBeDefined();
            expect(
              ids(header, target!).has(attribute.value),
              `${element.tagName}@${attribute.name}="${attribute.value}"`,
            ).toBe(true);
            checked += 1;
          }
        }
        expect(checked).toBeGreaterThan(100);
      });

      it('resolves every font reference in its script group', () => {
        const groups = new Map(
          all(header, 'fontface', HH).map((face) => [
            face.getAttribute('lang')!,
            new Set(children(face, 'font').map((f) => f.getAttribute('id')!)),
          ]),
        );
        expect([...groups.keys()]).toEqual(['HANGUL', 'LATIN', 'HANJA', 'JAPANESE', 'OTHER', 'SYMBOL', 'USER']);
        for (const fontRef of all(header, 'fontRef', HH)) {
          for (const attribute of Array.from(fontRef.attributes)) {
            expect(groups.get(attribute.name.toUpperCase())?.has(attribute.value), attribute.name).toBe(true);
          }
        }
        const faces = all(header, 'font', HH).map((f) => f.getAttribute('face'));
        expect(new Set(faces)).toEqual(new Set(['함초롬돋움', '함초롬바탕']));
      });

      it('counts right: itemCnt, fontCnt, secCnt, rowCnt, colCnt', () => {
        for (const element of both.filter((e) => e.hasAttribute('itemCnt'))) {
          expect(children(element).length, element.tagName).toBe(Number(element.getAttribute('itemCnt')));
        }
        for (const face of all(header, 'fontface', HH)) {
          expect(children(face, 'font').length).toBe(Number(face.getAttribute('fontCnt')));
        }
        expect(header.documentElement.getAttribute('secCnt')).toBe('1');
        for (const tbl of all(section, 'tbl')) {
          const rows = children(tbl, 'tr');
          expect(rows.length).toBe(Number(tbl.getAttribute('rowCnt')));
          rows.forEach((tr, r) => {
            const cells = children(tr, 'tc');
            expect(cells.length).toBe(Number(tbl.getAttribute('colCnt')));
            cells.forEach((tc, c) => {
              const addr = children(tc, 'cellAddr')[0]!;
              expect([addr.getAttribute('colAddr'), addr.getAttribute('rowAddr')]).toEqual([String(c), String(r)]);
              expect(children(children(tc, 'subList')[0]!, 'p').length).toBeGreaterThan(0);
            });
          });
        }
      });

      it('sizes tables: cell widths sum to the table width, within the text width', () => {
        const tables = all(section, 'tbl');
        expect(tables.length).toBeGreaterThanOrEqual(4);
        let full = 0;
        for (const tbl of tables) {
          const width = Number(children(tbl, 'sz')[0]!.getAttribute('width'));
          const offset = Number(children(tbl, 'pos')[0]!.getAttribute('horzOffset'));
          expect(width + offset).toBeLessThanOrEqual(TEXT_WIDTH);
          if (width === TEXT_WIDTH) full += 1;
          for (const tr of children(tbl, 'tr')) {
            const sum = children(tr, 'tc').reduce(
              (s, tc) => s + Number(children(tc, 'cellSz')[0]!.getAttribute('width')),
              0,
            );
            expect(sum).toBe(width);
          }
          expect(tbl.getAttribute('repeatHeader')).toBe('1');
        }
        // The meta table, decisions and action items span the line.
        expect(full).toBeGreaterThanOrEqual(3);
      });

      it('uses only enumerated values Hancom writes', () => {
        let checked = 0;
        const unknown = new Set<string>();
        for (const element of both) {
          for (const attribute of Array.from(element.attributes)) {
            const key = `${element.tagName}@${attribute.name}`;
            const allowed = NOT_IN_SAMPLES[key];
            if (allowed) {
              expect(allowed, key).toContain(attribute.value);
              continue;
            }
            const known = vocabulary.get(key);
            if (!known) {
              unknown.add(key);
              continue;
            }
            if (![...known].every((v) => ENUMERATED.test(v))) continue;
            expect([...known], `${key}="${attribute.value}"`).toContain(attribute.value);
            checked += 1;
          }
        }
        // Every element and attribute written is one Hancom writes.
        expect([...unknown]).toEqual([]);
        expect(checked).toBeGreaterThan(500);
        for (const key of [
          'hh:align@horizontal',
          'hp:subList@vertAlign',
          'hp:tbl@textWrap',
          'hh:leftBorder@type',
          'hh:leftBorder@width',
          'hh:breakSetting@lineWrap',
        ]) {
          expect([...(vocabulary.get(key) ?? [])].length, key).toBeGreaterThan(0);
        }
      });

      it('puts the section properties in the first run of the first paragraph', () => {
        const first = children(section.documentElement, 'p')[0]!;
        const run = children(first, 'run')[0]!;
        expect(children(run)[0]?.localName).toBe('secPr');
        expect(all(section, 'secPr')).toHaveLength(1);
        const page = all(section, 'pagePr')[0]!;
        expect([page.getAttribute('width'), page.getAttribute('height'), page.getAttribute('landscape')]).toEqual([
          '59528',
          '84188',
          'WIDELY',
        ]);
        const margin = children(page, 'margin')[0]!;
        expect(['left', 'right', 'top', 'bottom', 'header', 'footer'].map((side) => margin.getAttribute(side))).toEqual(
          ['5669', '5669', '5669', '4252', '4252', '4252'],
        );
      });

      it('writes in the header only what is used', () => {
        const used = (ref: string) => new Set(both.filter((e) => e.hasAttribute(ref)).map((e) => e.getAttribute(ref)!));
        expect(ids(header, 'charPr')).toEqual(new Set([...used('charPrIDRef')].filter((v) => v !== NONE.charPrIDRef)));
        expect(ids(header, 'paraPr')).toEqual(used('paraPrIDRef'));
        // And style 0, Hangul's default (바탕글), which a paragraph typed into the file takes.
        expect(ids(header, 'style')).toEqual(used('styleIDRef').add('0'));
        expect(ids(header, 'borderFill')).toEqual(used('borderFillIDRef'));
        // Bold where the .docx is bold: the speaker, headings, labels.
        expect(all(header, 'bold', HH).length).toBeGreaterThanOrEqual(3);
      });

      it('has the page number in the footer and the heading in the header from page 2', () => {
        const footer = all(section, 'footer')[0]!;
        expect(all(footer, 'autoNum').map((n) => n.getAttribute('numType'))).toEqual(
          name.endsWith('ko') ? ['PAGE'] : ['PAGE', 'TOTAL_PAGE'],
        );
        const header = all(section, 'header')[0]!;
        expect(
          all(header, 't')
            .map((t) => t.textContent)
            .join(''),
        ).toBe(pkg.paragraphs[0]);
        expect(all(section, 'visibility')[0]!.getAttribute('hideFirstHeader')).toBe('1');
      });
    });
  }

  it('keeps tables of the approval boxes and signatures at the right margin', () => {
    for (const [, pkg] of cases) {
      const last = all(pkg.section, 'tbl').at(-1)!;
      const width = Number(children(last, 'sz')[0]!.getAttribute('width'));
      expect(width).toBeLessThan(TEXT_WIDTH);
      expect(width + Number(children(last, 'pos')[0]!.getAttribute('horzOffset'))).toBe(TEXT_WIDTH);
    }
  });
});
