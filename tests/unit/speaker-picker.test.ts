// @vitest-environment jsdom
/**
 * The Speaker field (features/live/SpeakerPicker.tsx): type-ahead over the roster, ↑/↓ through the
 * matches, Enter to choose (or to keep a name that is on no roster), Esc to close the list, the
 * mouse, and no key taken during an IME composition. The value lives in a small harness, as it
 * lives in the recorder on the live screen.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement, useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Attendee } from '../../renderer/domain/model';
import type { SpeakerValue } from '../../renderer/features/live/recorder';
import { SpeakerPicker } from '../../renderer/features/live/SpeakerPicker';
import { initI18n } from '../../renderer/i18n';

const ROSTER = [
  { id: 'a1', name: '김종석', role: '부시장' },
  { id: 'a2', name: '박춘배', role: '공동위원장' },
  { id: 'a3', name: '박정희', role: '위원' },
  { id: 'a4', name: '정윤석', role: '위원' },
] as Attendee[];

let changes: SpeakerValue[];
let onChosen: Mock<() => void>;

function Harness() {
  const [value, setValue] = useState<SpeakerValue>({ speakerId: null, speakerName: '' });
  return createElement(SpeakerPicker, {
    roster: ROSTER,
    value,
    onChange: (next: SpeakerValue) => {
      changes.push(next);
      setValue(next);
    },
    onChosen,
  });
}

beforeAll(() => {
  initI18n();
});
beforeEach(() => {
  changes = [];
  onChosen = vi.fn();
  render(createElement(Harness));
});
afterEach(cleanup);

const field = () => screen.getByRole<HTMLInputElement>('combobox', { name: 'Speaker' });
const options = () => screen.queryAllByRole('option').map((option) => option.textContent);
const active = () => screen.queryAllByRole('option', { selected: true }).map((option) => option.textContent);

function type(text: string): void {
  fireEvent.focus(field());
  fireEvent.change(field(), { target: { value: text } });
}

/** Presses a key in the Speaker field; true when the picker took it (default prevented). */
function press(key: string, init: Record<string, unknown> = {}): boolean {
  return !fireEvent.keyDown(field(), { key, ...init });
}

describe('the speaker picker', () => {
  it('lists the matches of what is typed, name prefix first, and chooses the first with Enter', () => {
    type('박');
    expect(field().getAttribute('aria-expanded')).toBe('true');
    expect(options()).toEqual(['2공동위원장 박춘배', '3위원 박정희']);
    expect(active()).toEqual(['2공동위원장 박춘배']);
    expect(press('Enter')).toBe(true);
    expect(changes).toEqual([{ speakerId: 'a2', speakerName: '' }]);
    expect(onChosen).toHaveBeenCalledTimes(1);
    expect(field().value).toBe('공동위원장 박춘배');
    expect(options()).toEqual([]);
  });

  it('finds a speaker by role', () => {
    type('부시');
    expect(options()).toEqual(['1부시장 김종석']);
    press('Enter');
    expect(changes).toEqual([{ speakerId: 'a1', speakerName: '' }]);
  });

  it('moves through the matches with ↓ and ↑, round the ends, and chooses the one shown', () => {
    type('위원');
    // Role prefix: 위원 박정희, 위원 정윤석; then 공동위원장 박춘배, which holds 위원.
    expect(options()).toEqual(['3위원 박정희', '4위원 정윤석', '2공동위원장 박춘배']);
    expect(press('ArrowDown')).toBe(true);
    expect(active()).toEqual(['4위원 정윤석']);
    press('ArrowDown');
    press('ArrowDown');
    expect(active()).toEqual(['3위원 박정희']);
    expect(press('ArrowUp')).toBe(true);
    expect(active()).toEqual(['2공동위원장 박춘배']);
    press('Enter');
    expect(changes).toEqual([{ speakerId: 'a2', speakerName: '' }]);
  });

  it('opens the whole roster with ↓ from an empty field', () => {
    fireEvent.focus(field());
    expect(options()).toEqual([]);
    press('ArrowDown');
    expect(options()).toHaveLength(ROSTER.length);
  });

  it('keeps a name that is on no roster as typed (a guest)', () => {
    type('  홍길동  ');
    expect(options()).toEqual([]);
    press('Enter');
    expect(changes).toEqual([{ speakerId: null, speakerName: '홍길동' }]);
    expect(onChosen).toHaveBeenCalledTimes(1);
    expect(field().value).toBe('홍길동');
  });

  it('takes what was typed when the field is left', () => {
    type('정윤석');
    fireEvent.blur(field());
    expect(changes).toEqual([{ speakerId: 'a4', speakerName: '' }]);
    expect(onChosen).not.toHaveBeenCalled();
  });

  it('closes the list with Esc, and leaves Esc alone when it is closed', () => {
    type('박');
    expect(press('Escape')).toBe(true);
    expect(options()).toEqual([]);
    expect(press('Escape')).toBe(false);
    expect(changes).toEqual([]);
  });

  it('chooses with the mouse', () => {
    type('박');
    fireEvent.mouseDown(screen.getByRole('option', { name: '3위원 박정희' }));
    expect(changes).toEqual([{ speakerId: 'a3', speakerName: '' }]);
    expect(onChosen).toHaveBeenCalledTimes(1);
  });

  it('takes no key while an IME composition is in progress (isComposing or key code 229)', () => {
    type('박');
    for (const composing of [{ isComposing: true }, { keyCode: 229 }]) {
      expect(press('ArrowDown', composing)).toBe(false);
      expect(press('Enter', composing)).toBe(false);
      expect(press('Escape', composing)).toBe(false);
    }
    expect(active()).toEqual(['2공동위원장 박춘배']);
    expect(changes).toEqual([]);
    expect(onChosen).not.toHaveBeenCalled();
  });

  it('leaves keys with modifiers to others (Alt+↓ is the next item)', () => {
    type('박');
    expect(press('ArrowDown', { altKey: true })).toBe(false);
    expect(active()).toEqual(['2공동위원장 박춘배']);
  });
});
