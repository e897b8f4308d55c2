/**
 * Dates and times as the recorder types them (renderer/domain/dateInput.ts): every form the fields
 * accept, what they refuse and why, the arrow-key steps, and — over seeded random days and times —
 * that each form Seogi itself writes (the stored one, the long one of each language's locale, the
 * 12-hour confirmation) reads back as the same value.
 */
import { describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import enRecord from '../../locales/en/record.json';
import koCommon from '../../locales/ko/common.json';
import koRecord from '../../locales/ko/record.json';
import { dateParts } from '../../renderer/domain/dates';
import { readDate, readTime, stepDate, stepTime, twelveHourParts } from '../../renderer/domain/dateInput';
import type { Language } from '../../renderer/domain/model';
import { seededRandom } from '../fixtures/random';

const valid = (value: string) => ({ kind: 'valid', value });

/** A locale pattern filled in as i18next does ({{name}} → value). */
const fill = (pattern: string, values: Record<string, string | number>) =>
  pattern.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

/** The 12-hour confirmation as the field shows it (i18n/format.ts), from each locale's pattern. */
function twelveHourTime(value: string, language: Language): string {
  const { hour, minute, pm } = twelveHourParts(value);
  const words = { ko: koCommon.dateField, en: enCommon.dateField }[language];
  return fill(words.twelveHour, { hour, minute, period: pm ? words.pm : words.am });
}
const IMPOSSIBLE = { kind: 'impossible' };
const UNREADABLE = { kind: 'unreadable' };

describe('readDate', () => {
  it.each([
    '2021-11-23',
    '2021. 11. 23.',
    '2021.11.23',
    '2021.11.23.',
    '2021/11/23',
    '20211123',
    '2021년 11월 23일',
    '2021년11월23일',
    '2021년 11월 23일(화)',
    '2021년 11월 23일 화요일',
    ' 2021-11-23 ',
    '２０２１．１１．２３．',
    '23 November 2021',
    '23 Nov 2021',
    'Tuesday 23 November 2021',
    'Nov 23 2021',
    'Nov. 23, 2021',
    'November 23, 2021',
    'Tue, Nov 23, 2021',
    'nov 23rd 2021',
    '23 NOV 2021',
  ])('reads %s as 2021-11-23', (text) => {
    expect(readDate(text)).toEqual(valid('2021-11-23'));
  });

  it('fills in a leading zero and reads September as Sept', () => {
    expect(readDate('2021. 3. 1.')).toEqual(valid('2021-03-01'));
    expect(readDate('1 Sept 2022')).toEqual(valid('2022-09-01'));
  });

  it('tells a day the calendar lacks from text that is no date', () => {
    for (const text of ['2021-02-30', '2021. 2. 29.', '2021-13-01', '2021-00-10', '2021년 4월 31일', '30 Feb 2024']) {
      expect(readDate(text), text).toEqual(IMPOSSIBLE);
    }
    expect(readDate('2024-02-29')).toEqual(valid('2024-02-29'));
    expect(readDate('1900-02-29')).toEqual(IMPOSSIBLE);
    expect(readDate('0021-11-23')).toEqual(IMPOSSIBLE);
    for (const text of [
      'tomorrow',
      '2021',
      '2021-11',
      '11/23',
      '23 Nov',
      'Nov 2021 23',
      'Ma 3 2021',
      '2021-11-23-5',
      '202111',
    ]) {
      expect(readDate(text), text).toEqual(UNREADABLE);
    }
  });

  it('says empty for an empty or blank field', () => {
    expect(readDate('')).toEqual({ kind: 'empty' });
    expect(readDate('   ')).toEqual({ kind: 'empty' });
  });
});

describe('readTime', () => {
  it.each([
    ['16:00', '16:00'],
    ['1600', '16:00'],
    ['16', '16:00'],
    ['4:00 PM', '16:00'],
    ['4 pm', '16:00'],
    ['4pm', '16:00'],
    ['4 p.m.', '16:00'],
    ['오후 4시', '16:00'],
    ['오후4시', '16:00'],
    ['오후 4:30', '16:30'],
    ['오후 4시 30분', '16:30'],
    ['오후 4시 반', '16:30'],
    ['16시 30분', '16:30'],
    ['16시', '16:00'],
    ['930', '09:30'],
    ['9.30', '09:30'],
    ['16h30', '16:30'],
    ['오전 9시', '09:00'],
    ['9:05 am', '09:05'],
    ['12 am', '00:00'],
    ['오전 12시', '00:00'],
    ['12 pm', '12:00'],
    ['오후 12시 10분', '12:10'],
    ['0:00', '00:00'],
    ['１６：００', '16:00'],
  ])('reads %s as %s', (text, value) => {
    expect(readTime(text)).toEqual(valid(value));
  });

  it('tells a time the clock lacks from text that is no time', () => {
    for (const text of ['25:00', '24:00', '16:60', '2500', '오후 13시', '0 pm', '13 am']) {
      expect(readTime(text), text).toEqual(IMPOSSIBLE);
    }
    for (const text of ['noon', '4:0', '16:000', '16 30', '12345', '오후', 'pm']) {
      expect(readTime(text), text).toEqual(UNREADABLE);
    }
    expect(readTime(' ')).toEqual({ kind: 'empty' });
  });
});

describe('the arrow-key steps', () => {
  it('moves a date by days and months, across months, years and short months', () => {
    expect(stepDate('2021-11-23', { days: 1 })).toBe('2021-11-24');
    expect(stepDate('2021-11-30', { days: 1 })).toBe('2021-12-01');
    expect(stepDate('2022-01-01', { days: -1 })).toBe('2021-12-31');
    expect(stepDate('2021-11-23', { months: 1 })).toBe('2021-12-23');
    expect(stepDate('2021-12-23', { months: 1 })).toBe('2022-01-23');
    expect(stepDate('2022-01-31', { months: 1 })).toBe('2022-02-28');
    expect(stepDate('2024-03-31', { months: -1 })).toBe('2024-02-29');
  });

  it('moves a time to the next or previous mark, round midnight', () => {
    expect(stepTime('16:00', 5)).toBe('16:05');
    expect(stepTime('16:03', 5)).toBe('16:05');
    expect(stepTime('16:03', -5)).toBe('16:00');
    expect(stepTime('16:05', -5)).toBe('16:00');
    expect(stepTime('16:03', 60)).toBe('17:00');
    expect(stepTime('16:00', -60)).toBe('15:00');
    expect(stepTime('23:55', 5)).toBe('00:00');
    expect(stepTime('00:00', -5)).toBe('23:55');
    expect(stepTime('00:30', -60)).toBe('00:00');
  });
});

describe('the 12-hour confirmation', () => {
  it('writes 오전/오후 in Korean and am/pm in English', () => {
    expect(twelveHourTime('16:30', 'ko')).toBe('오후 4:30');
    expect(twelveHourTime('09:05', 'ko')).toBe('오전 9:05');
    expect(twelveHourTime('16:30', 'en')).toBe('4:30 pm');
    expect(twelveHourTime('00:00', 'en')).toBe('12:00 am');
  });
});

describe('what Seogi writes reads back (seeded random days and times)', () => {
  const LONG: Record<Language, string> = { ko: koRecord.date.long, en: enRecord.date.long };
  /** The long form as the interface shows it (i18n/format.ts), from the locale's own pattern. */
  const longDate = (value: string, language: Language) => {
    const parts = dateParts(value, language);
    if (!parts) throw new Error(`not a date: ${value}`);
    return fill(LONG[language], { ...parts });
  };

  it('reads every form of 2,000 random days from 1900 to 2199 as that day', () => {
    const random = seededRandom(20211123);
    for (let n = 0; n < 2000; n++) {
      const day = new Date(Date.UTC(1900, 0, 1) + Math.floor(random() * 300 * 365.25) * 86_400_000);
      const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
      const value = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const month = dateParts(value, 'en')?.monthName ?? '';
      const forms = [
        value,
        `${y}. ${m}. ${d}.`,
        value.replaceAll('-', '.'),
        value.replaceAll('-', '/'),
        value.replaceAll('-', ''),
        `${y}년 ${m}월 ${d}일`,
        longDate(value, 'ko'),
        longDate(value, 'en'),
        `${month.slice(0, 3)} ${d} ${y}`,
        `${month} ${d}, ${y}`,
      ];
      for (const form of forms) expect(readDate(form), form).toEqual(valid(value));
      expect(stepDate(stepDate(value, { days: 1 }), { days: -1 })).toBe(value);
    }
  });

  it('reads every form of every minute of the day as that time', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes++) {
      const [h, m] = [Math.floor(minutes / 60), minutes % 60];
      const value = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
      const forms = [
        value,
        value.replace(':', ''),
        `${h}시 ${m}분`,
        twelveHourTime(value, 'ko'),
        twelveHourTime(value, 'en'),
      ];
      for (const form of forms) expect(readTime(form), form).toEqual(valid(value));
    }
  });

  it('refuses every day past the end of a random month, saying it is impossible', () => {
    const random = seededRandom(230);
    for (let n = 0; n < 500; n++) {
      const year = 1900 + Math.floor(random() * 300);
      const month = 1 + Math.floor(random() * 12);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const day = last + 1 + Math.floor(random() * (31 - last + 1));
      expect(readDate(`${year}. ${month}. ${day}.`), `${year}-${month}-${day}`).toEqual(IMPOSSIBLE);
    }
  });
});
