/** Dates in the words of a language (renderer/domain/dates.ts). */
import { describe, expect, it } from 'vitest';
import { dateParts } from '../../renderer/domain/dates';

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
