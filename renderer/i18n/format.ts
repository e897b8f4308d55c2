import type { TFunction } from 'i18next';
import { itemNumbers } from '../domain/agenda';
import { twelveHourParts } from '../domain/dateInput';
import { dateParts } from '../domain/dates';
import type { AgendaItem, Language } from '../domain/model';

/** 2021년 11월 23일(화) / Tuesday 23 November 2021; the raw text when it is not a valid date. */
export function formatDate(t: TFunction<'record'>, date: string, language: Language): string {
  const parts = dateParts(date, language);
  return parts ? t('date.long', { ...parts, lng: language }) : date;
}

/** 2021년 11월 23일(화) 10:00 / Tuesday 23 November 2021, 10:00. */
export function formatDateTime(t: TFunction<'record'>, date: string, time: string, language: Language): string {
  const day = formatDate(t, date, language);
  if (!time) return day;
  if (!day) return time;
  return t('date.withTime', { date: day, time, lng: language });
}

/** 오후 4:30 / 4:30 pm: a stored `HH:MM` on the 12-hour clock, in the interface language. */
export function formatTwelveHour(t: TFunction<'common'>, time: string): string {
  const { hour, minute, pm } = twelveHourParts(time);
  return t('dateField.twelveHour', { hour, minute, period: t(pm ? 'dateField.pm' : 'dateField.am') });
}

/**
 * Each agenda item's number as the language says it: 보고 1, 심의 1, 심의 2 / Item 1,
 * Item 2, Item 3. `items` in agenda order. The screens and the minutes share it.
 */
export function itemNumberLabels(
  t: TFunction<'record'>,
  items: readonly Pick<AgendaItem, 'id' | 'kind'>[],
): Map<string, string> {
  const numbers = itemNumbers(items, t('numbering'));
  return new Map(items.map((item) => [item.id, t(`number.${item.kind}`, { n: numbers.get(item.id) ?? 0 })]));
}
