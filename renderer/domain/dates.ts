/**
 * Calendar dates and clock times as the recorder typed them (`YYYY-MM-DD`, `HH:MM`), turned into
 * the words of a language. The pattern comes from the locale files (record:date.*); month and
 * weekday names come from Intl, computed in UTC so that no time zone can shift the day.
 */
import type { Language } from './model';

export interface DateParts {
  year: number;
  month: number;
  day: number;
  monthName: string;
  weekday: string;
}

const LOCALES: Record<Language, string> = { ko: 'ko-KR', en: 'en-GB' };

export function parseIsoDate(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new Date(Date.UTC(year, month - 1, day));
  return value.getUTCMonth() === month - 1 && value.getUTCDate() === day ? value : null;
}

// Creating an Intl.DateTimeFormat costs far more than formatting with one (it resolves the locale
// each time), and a document formats a date in every action item: one formatter per locale and
// field, made on first use. The options are fixed per key, so a cached formatter never differs.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, field: 'month' | 'weekday', style: 'long' | 'narrow'): Intl.DateTimeFormat {
  const key = `${locale}|${field}|${style}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { [field]: style, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

export function dateParts(date: string, language: Language): DateParts | null {
  const value = parseIsoDate(date);
  if (!value) return null;
  const locale = LOCALES[language];
  return {
    year: value.getUTCFullYear(),
    month: value.getUTCMonth() + 1,
    day: value.getUTCDate(),
    monthName: formatter(locale, 'month', 'long').format(value),
    // Korean minutes write the weekday as one syllable in brackets: (화).
    weekday: formatter(locale, 'weekday', language === 'ko' ? 'narrow' : 'long').format(value),
  };
}

/** `HH:MM` of an epoch time, in the computer's time zone (the meeting room's). */
export function clockTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The epoch time of the clock time `HH:MM` on the day of `day` (both in the computer's time zone). */
export function atClockTime(day: number, time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const d = new Date(day);
  d.setHours(hours, minutes, 0, 0);
  return d.getTime();
}

/** `YYYY-MM-DD` of an epoch time, in the computer's time zone. */
export function isoDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
