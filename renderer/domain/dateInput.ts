/**
 * What the recorder types into a date or time field, read forgivingly and turned into the one
 * form Seogi stores (`YYYY-MM-DD`, 24-hour `HH:MM`; see dates.ts). The field shows and accepts
 * those forms in both languages, like the rest of the app; this module also reads what a Korean or
 * an English clerk writes out of habit — 2021. 11. 23., 2021년 11월 23일(화), 23 November 2021,
 * Nov 23 2021, 20211123; 오후 4시 30분, 4:30 pm, 1630 — and tells an impossible day or time
 * (2021-02-30, 25:00) from text that is no date at all, so that the field can say which.
 * Weekdays written with a date are ignored: the field shows the true one beside it.
 * Pure functions, no time zone: dates are calendar days, computed in UTC.
 */
/** What a field's text says. `impossible`: read as a date or time the calendar or clock lacks. */
export type Reading =
  { kind: 'empty' } | { kind: 'valid'; value: string } | { kind: 'unreadable' } | { kind: 'impossible' };

const pad = (n: number) => String(n).padStart(2, '0');

/** The text as typed, with full-width digits and punctuation made plain (NFKC), in lower case. */
function plain(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1–12 for a month's English name or an abbreviation of at least three letters (Nov, Sept). */
function monthNumber(word: string): number | null {
  if (word.length < 3) return null;
  const index = MONTHS.findIndex((name) => name.startsWith(word));
  return index < 0 ? null : index + 1;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateOf(year: number, month: number, day: number): Reading {
  // Years before 1000 are typing slips (and Date.UTC reads 0–99 as 1900–1999).
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { kind: 'impossible' };
  }
  return { kind: 'valid', value: `${year}-${pad(month)}-${pad(day)}` };
}

// A weekday written with the date: (화), (Tue), 화요일, Tuesday, Tue.
const WEEKDAYS = /\([^)]*\)|[월화수목금토일]요일|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?/g;
// Year, month, day with any of - . / or 년 월 (일), as in 2021-11-23, 2021. 11. 23., 2021년 11월 23일.
const NUMERIC = /^(\d{4})\s*(?:[-./]|년)\s*(\d{1,2})\s*(?:[-./]|월)\s*(\d{1,2})\s*(?:\.|일)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^\d{4}$/;

/** A date as typed, in any of the forms above. */
export function readDate(text: string): Reading {
  const typed = plain(text);
  if (typed === '') return { kind: 'empty' };
  const bare = typed.replace(WEEKDAYS, ' ').replace(/,/g, ' ').trim();
  const numeric = NUMERIC.exec(bare) ?? COMPACT.exec(bare);
  if (numeric) return dateOf(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  // English: 23 November 2021, 23 Nov. 2021, November 23, 2021, Nov 23 2021.
  const words = bare.split(/[\s.]+/).filter(Boolean);
  if (words.length !== 3 || !YEAR.test(words[2] ?? '')) return { kind: 'unreadable' };
  const [first = '', second = ''] = words;
  const dayFirst = DAY.exec(first);
  const daySecond = DAY.exec(second);
  const month = dayFirst ? monthNumber(second) : monthNumber(first);
  const day = dayFirst ?? daySecond;
  if (month === null || !day) return { kind: 'unreadable' };
  return dateOf(Number(words[2]), month, Number(day[1]));
}

// 오전/오후, am/pm, a.m./p.m., before or after the time.
const MERIDIEM = /오전|오후|(?<![a-z])[ap]\.?\s?m(?![a-z])\.?/;
const KOREAN_TIME = /^(\d{1,2})\s*시(?:\s*(\d{1,2})\s*분|\s*(반))?$/;
const SEPARATED = /^(\d{1,2})\s*[:.h]\s*(\d{2})$/;
const DIGITS = /^\d{1,4}$/;

function hourAndMinute(bare: string): [number, number] | null {
  const korean = KOREAN_TIME.exec(bare);
  if (korean) return [Number(korean[1]), korean[3] ? 30 : Number(korean[2] ?? 0)];
  const separated = SEPARATED.exec(bare);
  if (separated) return [Number(separated[1]), Number(separated[2])];
  if (!DIGITS.test(bare)) return null;
  // 16 → 16:00; 930 → 09:30; 1630 → 16:30.
  if (bare.length <= 2) return [Number(bare), 0];
  return [Number(bare.slice(0, -2)), Number(bare.slice(-2))];
}

/** A clock time as typed: 16:00, 1600, 4:00 pm, 4 pm, 오후 4시, 오후 4:30, 16시 30분, 4시 반. */
export function readTime(text: string): Reading {
  const typed = plain(text);
  if (typed === '') return { kind: 'empty' };
  const meridiem = MERIDIEM.exec(typed)?.[0];
  const bare = (meridiem === undefined ? typed : typed.replace(meridiem, ' ')).trim();
  const parts = hourAndMinute(bare);
  if (!parts) return { kind: 'unreadable' };
  const [typedHour, minute] = parts;
  // 12 am (오전 12시) is midnight, 12 pm (오후 12시) noon; 오후 16시 is a slip, not 16:00.
  if (meridiem !== undefined && (typedHour < 1 || typedHour > 12)) return { kind: 'impossible' };
  const afternoon = meridiem === '오후' || meridiem?.startsWith('p') === true;
  const hour = meridiem === undefined ? typedHour : (typedHour % 12) + (afternoon ? 12 : 0);
  if (hour > 23 || minute > 59) return { kind: 'impossible' };
  return { kind: 'valid', value: `${pad(hour)}:${pad(minute)}` };
}

/** A stored `YYYY-MM-DD` moved by whole days and months; a month's last day stays in range. */
export function stepDate(value: string, { days = 0, months = 0 }: { days?: number; months?: number }): string {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const firstOfMonth = new Date(Date.UTC(year, month - 1 + months, 1));
  const target = new Date(firstOfMonth);
  target.setUTCDate(Math.min(day, daysInMonth(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1)) + days);
  return `${target.getUTCFullYear()}-${pad(target.getUTCMonth() + 1)}-${pad(target.getUTCDate())}`;
}

const DAY_MINUTES = 24 * 60;

/**
 * A stored `HH:MM` moved to the next (step > 0) or previous mark of `|step|` minutes: 16:03 + 5 is
 * 16:05, 16:05 + 5 is 16:10, 16:03 + 60 is 17:00. Past midnight it comes round.
 */
export function stepTime(value: string, step: number): string {
  const [hour = 0, minute = 0] = value.split(':').map(Number);
  const size = Math.abs(step);
  const now = hour * 60 + minute;
  const mark = step > 0 ? Math.floor(now / size) * size + size : Math.ceil(now / size) * size - size;
  const next = ((mark % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${pad(Math.floor(next / 60))}:${pad(next % 60)}`;
}

/** A stored `HH:MM` on the 12-hour clock (16:30 → 4, 30, pm), to confirm what was read. */
export function twelveHourParts(value: string): { hour: number; minute: string; pm: boolean } {
  const [hour = 0, minute = 0] = value.split(':').map(Number);
  return { hour: hour % 12 === 0 ? 12 : hour % 12, minute: pad(minute), pm: hour >= 12 };
}
