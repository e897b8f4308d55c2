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
import type { Language } from '../../domain/model';
import { formatDate, formatDateTime } from '../../i18n/format';

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
}

function lookup(tree: unknown, key: string): string {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`Missing label ${key}`);
  return node;
}

const cache = new Map<Language, Labels>();

export function labelsFor(language: Language): Labels {
  const cached = cache.get(language);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: false,
    ns: ['minutes', 'record', 'common'],
    defaultNS: 'minutes',
    // The output is a Word document, not HTML: escaping would put &amp; into the text.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  // The app's i18next typing knows the interface's namespaces only; the keys here are typed by
  // MinutesKey/RecordKey instead, so the instance's t is used through a plain signature.
  type PlainT = (key: string, options?: Variables & { lng?: string }) => string;
  const fixedT = instance.getFixedT.bind(instance) as unknown as (lng: string, ns: string) => PlainT;
  const minutesT = fixedT(language, 'minutes');
  const recordT = fixedT(language, 'record');
  const recordTyped = instance.getFixedT(language, 'record') as unknown as TFunction<'record'>;
  const labels: Labels = {
    language,
    m: (key, variables) => minutesT(key, variables),
    r: (key, variables) => recordT(key, variables),
    pattern: (key) => lookup(RESOURCES[language].minutes, key),
    appName: RESOURCES[language].common.appName,
    date: (isoDate) => formatDate(recordTyped, isoDate, language),
    dateTime: (isoDate, time) => formatDateTime(recordTyped, isoDate, time, language),
  };
  cache.set(language, labels);
  return labels;
}
