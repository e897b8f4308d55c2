// @vitest-environment jsdom
/**
 * The date and time fields (components/DateTimeField.tsx) as a person uses them: what they show
 * and pass on while typing, when leaving the field and on Enter; the description in the interface
 * language; refusals of text that is no date or time; the arrow keys; the calendar's hidden native
 * input; and the autosaving variant's writes.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { createElement, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AutosaveDateTimeField, DateTimeField } from '../../renderer/components/DateTimeField';
import { initI18n } from '../../renderer/i18n';

beforeAll(() => {
  initI18n();
});
afterEach(async () => {
  cleanup();
  await act(() => i18next.changeLanguage('en'));
});

/** A field over a value kept in state, as the approval dialog holds its date; `given` logs each value passed on. */
function renderField(kind: 'date' | 'time', initial = '') {
  const given: string[] = [];
  function Harness() {
    const [value, setValue] = useState(initial);
    return createElement(DateTimeField, {
      kind,
      label: kind === 'date' ? 'Date' : 'Start time',
      value,
      onValueChange: (next: string) => {
        given.push(next);
        setValue(next);
      },
    });
  }
  render(createElement(Harness));
  const field = screen.getByRole<HTMLInputElement>('textbox', { name: kind === 'date' ? 'Date' : 'Start time' });
  return { field, given };
}

const type = (field: HTMLElement, text: string) => fireEvent.change(field, { target: { value: text } });
/** Presses a key; true when the field took it (default prevented). */
const press = (field: HTMLElement, key: string, init: Record<string, unknown> = {}) =>
  !fireEvent.keyDown(field, { key, ...init });
/** The text of the field's description (hint and error), as assistive technology reads it. */
const description = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

describe('the date field', () => {
  it('reads a Korean date, describes it in Korean and writes it as 2021-11-23 when left', async () => {
    await act(() => i18next.changeLanguage('ko'));
    const { field, given } = renderField('date');
    expect(screen.getByRole('textbox', { name: 'Date' })).toBe(field);
    type(field, '2021. 11. 23.');
    expect(given.at(-1)).toBe('2021-11-23');
    expect(field.value).toBe('2021. 11. 23.');
    expect(description(field)).toBe('2021년 11월 23일(화)');
    fireEvent.blur(field);
    expect(field.value).toBe('2021-11-23');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps 2021-11-23 as typed, in both languages', async () => {
    for (const language of ['en', 'ko']) {
      await act(() => i18next.changeLanguage(language));
      const { field, given } = renderField('date');
      type(field, '2021-11-23');
      fireEvent.blur(field);
      expect(field.value).toBe('2021-11-23');
      expect(given).toEqual(['2021-11-23']);
      cleanup();
    }
  });

  it('reads an English date and describes it in English; Enter writes it out', () => {
    const { field, given } = renderField('date');
    type(field, 'Nov 23 2021');
    expect(description(field)).toBe('Tuesday 23 November 2021');
    expect(press(field, 'Enter')).toBe(false);
    expect(field.value).toBe('2021-11-23');
    expect(given).toEqual(['2021-11-23']);
  });

  it('passes on no impossible day, puts the earlier date back, and says why once left', () => {
    const { field, given } = renderField('date', '2021-11-23');
    fireEvent.focus(field);
    type(field, '2021-02-3');
    type(field, '2021-02-30');
    expect(given).toEqual(['2021-02-03', '2021-11-23']);
    // Not while typing…
    expect(field.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(field);
    // …but once the field is left: the text stays, marked invalid, with the reason.
    expect(field.value).toBe('2021-02-30');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('2021-02-30: there is no such day in the calendar.');
    expect(description(field)).toContain('2021-02-30: there is no such day');
    expect(field.validationMessage).toBe('2021-02-30: there is no such day in the calendar.');
    type(field, '2021-02-28');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(given.at(-1)).toBe('2021-02-28');
  });

  it('says in Korean when the text is no date, and Enter does not submit it', async () => {
    await act(() => i18next.changeLanguage('ko'));
    const { field, given } = renderField('date', '2021-11-23');
    fireEvent.focus(field);
    type(field, '내일');
    expect(press(field, 'Enter')).toBe(true);
    expect(screen.getByRole('alert').textContent).toBe(
      '날짜로 읽을 수 없습니다. 2021-11-23이나 2021. 11. 23.처럼 쓰세요.',
    );
    expect(given).toEqual([]);
  });

  it('clears the value when emptied', () => {
    const { field, given } = renderField('date', '2021-11-23');
    type(field, '');
    fireEvent.blur(field);
    expect(given).toEqual(['']);
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(description(field)).toBe('For example 2021-11-23 or 23 Nov 2021');
  });

  it('moves by a day with ↑/↓ and by a month with PageUp/PageDown', () => {
    const { field, given } = renderField('date', '2021-11-30');
    expect(press(field, 'ArrowUp')).toBe(true);
    expect(field.value).toBe('2021-12-01');
    press(field, 'ArrowDown');
    press(field, 'ArrowDown');
    expect(field.value).toBe('2021-11-29');
    press(field, 'PageUp');
    press(field, 'PageUp');
    press(field, 'PageUp');
    expect(field.value).toBe('2022-02-28');
    press(field, 'PageDown');
    expect(given.at(-1)).toBe('2022-01-28');
    // Not with a modifier, and never during an IME composition.
    expect(press(field, 'ArrowUp', { altKey: true })).toBe(false);
    expect(press(field, 'ArrowUp', { isComposing: true })).toBe(false);
    expect(press(field, 'Enter', { keyCode: 229 })).toBe(false);
    expect(field.value).toBe('2022-01-28');
  });

  it('starts from today when empty', () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 30, 9, 41) });
    try {
      const { field } = renderField('date');
      press(field, 'ArrowUp');
      expect(field.value).toBe('2026-12-01');
    } finally {
      vi.useRealTimers();
    }
  });

  it('has a calendar button; the native date input it opens is out of the keyboard’s and screen readers’ way', () => {
    const { field, given } = renderField('date', '2021-11-23');
    const button = screen.getByRole('button', { name: 'Pick from a calendar' });
    const picker = button.parentElement?.querySelector<HTMLInputElement>('input[type="date"]');
    expect(picker?.getAttribute('aria-hidden')).toBe('true');
    expect(picker?.tabIndex).toBe(-1);
    expect(picker?.value).toBe('2021-11-23');
    // Only the text field answers to the label.
    expect(screen.getAllByLabelText('Date')).toEqual([field]);
    fireEvent.change(picker!, { target: { value: '2021-12-20' } });
    expect(field.value).toBe('2021-12-20');
    expect(given).toEqual(['2021-12-20']);
  });
});

describe('the time field', () => {
  it('reads 오후 4시 as 16:00 and confirms it on the 12-hour clock', async () => {
    await act(() => i18next.changeLanguage('ko'));
    const { field, given } = renderField('time');
    type(field, '오후 4시');
    expect(given).toEqual(['16:00']);
    expect(description(field)).toBe('오후 4:00');
    fireEvent.blur(field);
    expect(field.value).toBe('16:00');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('reads 4:30 pm in English and refuses 25:00', () => {
    const { field, given } = renderField('time', '10:00');
    fireEvent.focus(field);
    type(field, '4:30 pm');
    expect(description(field)).toBe('4:30 pm');
    type(field, '25:00');
    fireEvent.blur(field);
    expect(given).toEqual(['16:30', '10:00']);
    expect(screen.getByRole('alert').textContent).toBe('25:00: there is no such time (hours 0–23, minutes 0–59).');
  });

  it('moves by 5 minutes with ↑/↓ and by the hour with PageUp/PageDown', () => {
    const { field } = renderField('time', '16:03');
    press(field, 'ArrowUp');
    expect(field.value).toBe('16:05');
    press(field, 'ArrowDown');
    press(field, 'ArrowDown');
    expect(field.value).toBe('15:55');
    press(field, 'PageUp');
    expect(field.value).toBe('16:00');
    press(field, 'PageDown');
    expect(field.value).toBe('15:00');
  });
});

describe('the autosaving field', () => {
  it('saves what it reads, never unreadable text, and writes on leaving', async () => {
    const saved: string[] = [];
    const onSave = async (value: string) => {
      saved.push(value);
    };
    render(createElement(AutosaveDateTimeField, { kind: 'date', label: 'Date', value: '2021-11-23', onSave }));
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Date' });
    fireEvent.focus(field);
    type(field, '2021년 12월 1일');
    fireEvent.blur(field);
    await waitFor(() => expect(saved).toEqual(['2021-12-01']));
    expect(field.value).toBe('2021-12-01');
    fireEvent.focus(field);
    type(field, '2021-12-32');
    fireEvent.blur(field);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(saved).toEqual(['2021-12-01']);
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});
