/**
 * The words of the minutes in one language: the document's own labels (minutes.json) and the
 * vocabulary the interface shares with it (record.json: kinds, numbering, outcomes, quorum lines,
 * date patterns). It is a private i18next instance, not the interface's, so a document can be
 * written in a language other than the one the interface is shown in, and so it runs in a Web
 * Worker where the interface's instance does not exist.
 */
import i18next, { type TFunction } from 'i18next';
import enCommon from '../../../locales/en/common.json';
import enMinutes from '../../../locales/en/minutes.json';
import enRecord from '../../../locales/en/record.json';
import koCommon from '../../../locales/ko/common.json';
import koMinutes from '../../../locales/ko/minutes.json';
import koRecord from '../../../locales/ko/record.json';
import type { AgendaItem, Language } from '../../domain/model';
import { formatDate, formatDateTime, itemNumberLabels } from '../../i18n/format';

/** Dotted paths to the strings of a resource tree, typed from the English file. */
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

export type MinutesKey = Leaves<typeof enMinutes>;
export type RecordKey = Leaves<typeof enRecord>;

type Variables = Record<string, string | number>;

const RESOURCES = {
  en: { minutes: enMinutes, record: enRecord, common: enCommon },
  ko: { minutes: koMinutes, record: koRecord, common: koCommon },
} as const;

export interface Labels {
  language: Language;
  /** A document label (minutes namespace), interpolated. */
  m(key: MinutesKey, variables?: Variables): string;
  /** Shared vocabulary (record namespace), interpolated. */
  r(key: RecordKey, variables?: Variables): string;
  /** A document label uninterpolated, for patterns that hold fields (page numbers). */
  pattern(key: MinutesKey): string;
  appName: string;
  /** 2021년 11월 23일(화) / Tuesday 23 November 2021; the text as typed when not a date. */
  date(isoDate: string): string;
  /** The date with a clock time, or whichever of the two is there. */
  dateTime(isoDate: string, time: string): string;
  /** A moment as minutes say it: 16시 31분 / 4:31 p.m. (the computer's time zone). */
  clock(epochMs: number): string;
  /** A moment as the metadata table gives it: 09:00 / 9:00 a.m. (Korean ranges read 09:00~10:25). */
  shortClock(epochMs: number): string;
  /** The items' numbers (보고 1, 심의 1 / Item 1, Item 2), as the screens number them. */
  itemNumbers(items: readonly Pick<AgendaItem, 'id' | 'kind'>[]): Map<string, string>;
}

/** What is at a dotted path of a resource tree, if anything. */
function at(tree: unknown, path: readonly string[]): unknown {
  let node: unknown = tree;
  for (const part of path) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

function lookup(tree: unknown, key: string): string {
  const node = at(tree, key.split('.'));
  if (typeof node !== 'string') throw new Error(`Missing label ${key}`);
  return node;
}

/** A label split at its fields: text, field name, text, …, text. */
type Template = string[];

const FIELD = /{{\s*(\w+)\s*}}/;

/**
 * The label at `key` split at its `{{name}}` fields, when filling those in is all i18next would
 * do with it; null when the key is missing, has plural or context variants (a sibling key
 * `<key>_…`), nests labels (`$t(`) or has a field of another kind (`{{- x}}`, `{{x, format}}`).
 */
function template(tree: unknown, key: string): Template | null {
  const path = key.split('.');
  const last = path.pop() ?? '';
  const parent = at(tree, path);
  if (typeof parent !== 'object' || parent === null) return null;
  const value = (parent as Record<string, unknown>)[last];
  if (typeof value !== 'string' || value.includes('$t(')) return null;
  if (Object.keys(parent).some((sibling) => sibling.startsWith(`${last}_`))) return null;
  const parts = value.split(FIELD);
  // Text between fields (the even indexes) with a brace pair left holds a field of another kind.
  return parts.some((part, i) => i % 2 === 0 && part.includes('{{')) ? null : parts;
}

/** The template with its fields filled, or null when a value is missing. */
function filled(parts: Template, variables: Variables = {}): string | null {
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const value = variables[parts[i] ?? ''];
    if (value === undefined || value === null) return null;
    out += String(value) + (parts[i + 1] ?? '');
  }
  return out;
}

/**
 * A label function that fills plain `{{name}}` labels itself and asks i18next for the rest.
 * i18next copies all its options on every call (tens of microseconds each, more before the code
 * is optimised), and the minutes of a long meeting ask for over a thousand labels. Interpolation
 * is set not to escape, so filling in the values as they are is what i18next does too; the test
 * suite compares the two for every label.
 */
function fastLabels(tree: unknown, slow: (key: string, variables?: Variables) => string) {
  const templates = new Map<string, Template | null>();
  return (key: string, variables?: Variables): string => {
    let parts = templates.get(key);
    if (parts === undefined) {
      parts = template(tree, key);
      templates.set(key, parts);
    }
    return (parts && filled(parts, variables)) ?? slow(key, variables);
  };
}

const cache = new Map<Language, Labels>();

/** How labelsFor sets up its i18next instance (the tests build their reference the same way). */
export function labelsInitOptions(language: Language) {
  return {
    resources: RESOURCES,
    lng: language,
    fallbackLng: false,
    ns: ['minutes', 'record', 'common'],
    defaultNS: 'minutes',
    // The output is a Word document, not HTML: escaping would put &amp; into the text.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  } as const;
}

/** The minutes' clock patterns, keys written out (a test finds them). */
const CLOCKS = {
  long: { hours: 'clock.hours', am: 'clock.am', pm: 'clock.pm' },
  short: { hours: 'clock.short.hours', am: 'clock.short.am', pm: 'clock.short.pm' },
} as const;

/**
 * A moment in one of the minutes' clock patterns: 12- or 24-hour as the pattern's `hours` says; a
 * 24-hour short time is zero-padded (09:00), as Korean documents write it.
 */
function clockIn(labels: Labels, kind: keyof typeof CLOCKS, epochMs: number): string {
  const keys = CLOCKS[kind];
  const at = new Date(epochMs);
  const hours = at.getHours();
  const twelve = labels.pattern(keys.hours) === '12';
  const hour = twelve ? hours % 12 || 12 : kind === 'short' ? String(hours).padStart(2, '0') : hours;
  const mm = String(at.getMinutes()).padStart(2, '0');
  return labels.m(hours < 12 ? keys.am : keys.pm, { hour, mm });
}

export function labelsFor(language: Language): Labels {
  const cached = cache.get(language);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init(labelsInitOptions(language));
  // The app's i18next typing knows the interface's namespaces only; the keys here are typed by
  // MinutesKey/RecordKey instead, so the instance's t is used through a plain signature.
  type PlainT = (key: string, options?: Variables & { lng?: string }) => string;
  const fixedT = instance.getFixedT.bind(instance) as unknown as (lng: string, ns: string) => PlainT;
  const minutesT = fixedT(language, 'minutes');
  const recordT = fixedT(language, 'record');
  const recordTyped = instance.getFixedT(language, 'record') as unknown as TFunction<'record'>;
  const labels: Labels = {
    language,
    m: fastLabels(RESOURCES[language].minutes, (key, variables) => minutesT(key, variables)),
    r: fastLabels(RESOURCES[language].record, (key, variables) => recordT(key, variables)),
    pattern: (key) => lookup(RESOURCES[language].minutes, key),
    appName: RESOURCES[language].common.appName,
    date: (isoDate) => formatDate(recordTyped, isoDate, language),
    dateTime: (isoDate, time) => formatDateTime(recordTyped, isoDate, time, language),
    clock: (epochMs) => clockIn(labels, 'long', epochMs),
    shortClock: (epochMs) => clockIn(labels, 'short', epochMs),
    itemNumbers: (items) => itemNumberLabels(recordTyped, items),
  };
  cache.set(language, labels);
  return labels;
}
