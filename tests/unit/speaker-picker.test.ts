// @vitest-environment jsdom
/**
 * The Speaker field (features/live/SpeakerPicker.tsx): type-ahead over the roster, ↑/↓ through the
 * matches, Enter to choose (or to keep a name that is on no roster), Esc to close the list, the
 * mouse, the quick keys beside the names and Ctrl+Shift+digit to pin, and no key taken during an
 * IME composition. Whatever is highlighted (aria-selected, the field's aria-activedescendant) is
 * what Enter takes: each step checks that the two agree. The value lives in a small harness, as
 * it lives in the recorder on the live screen.
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

/** The quick keys: Ctrl+1 the co-chair, Ctrl+2 the deputy mayor, Ctrl+3 nobody, Ctrl+4 정윤석. */
const QUICK_KEYS = [ROSTER[1]!, ROSTER[0]!, null, ROSTER[3]!];

let changes: SpeakerValue[];
let onChosen: Mock<() => void>;
let onPin: Mock<(digit: number, value: SpeakerValue) => void>;

function Harness() {
  const [value, setValue] = useState<SpeakerValue>({ speakerId: null, speakerName: '' });
  return createElement(SpeakerPicker, {
    roster: ROSTER,
    quickKeys: QUICK_KEYS,
    value,
    onChange: (next: SpeakerValue) => {
      changes.push(next);
      setValue(next);
    },
    onChosen,
    onPin,
    describedBy: 'keys',
  });
}

let scrolledTo: string[];

beforeAll(() => {
  initI18n();
  // jsdom lays nothing out; the picker keeps the highlighted option in view with this.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this.textContent);
  };
});
beforeEach(() => {
  changes = [];
  scrolledTo = [];
  onChosen = vi.fn();
  onPin = vi.fn();
  render(createElement(Harness));
});
afterEach(cleanup);

const field = () => screen.getByRole<HTMLInputElement>('combobox', { name: 'Speaker' });
const options = () => screen.queryAllByRole('option').map((option) => option.textContent);
/** The highlighted option, checked to be the one the field names as its active descendant. */
function active(): string[] {
  const selected = screen.queryAllByRole('option', { selected: true });
  expect(field().getAttribute('aria-activedescendant') ?? undefined).toBe(selected[0]?.id);
  return selected.map((option) => option.textContent);
}

function type(text: string): void {
  fireEvent.focus(field());
  fireEvent.change(field(), { target: { value: text } });
}

/** Presses a key in the Speaker field; true when the picker took it (default prevented). */
function press(key: string, init: Record<string, unknown> = {}): boolean {
  return !fireEvent.keyDown(field(), { key, ...init });
}

describe('the speaker picker', () => {
  it('highlights the best match of what is typed, and Enter takes it', () => {
    type('박');
    expect(field().getAttribute('aria-expanded')).toBe('true');
    // Digits are the quick keys: 박춘배 is Ctrl+1, 박정희 has none.
    expect(options()).toEqual(['1공동위원장 박춘배', '위원 박정희']);
    expect(active()).toEqual(['1공동위원장 박춘배']);
    expect(press('Enter')).toBe(true);
    expect(changes).toEqual([{ speakerId: 'a2', speakerName: '' }]);
    expect(onChosen).toHaveBeenCalledTimes(1);
    expect(field().value).toBe('공동위원장 박춘배');
    expect(options()).toEqual([]);
    expect(active()).toEqual([]);
  });

  it('finds a speaker by role', () => {
    type('부시');
    expect(options()).toEqual(['2부시장 김종석']);
    press('Enter');
    expect(changes).toEqual([{ speakerId: 'a1', speakerName: '' }]);
  });

  it('moves the highlight with ↓ and ↑, round the ends, and Enter takes the one highlighted', () => {
    type('위원');
    // Role prefix: 위원 박정희, 위원 정윤석; then 공동위원장 박춘배, which holds 위원.
    expect(options()).toEqual(['위원 박정희', '4위원 정윤석', '1공동위원장 박춘배']);
    expect(active()).toEqual(['위원 박정희']);
    expect(press('ArrowDown')).toBe(true);
    expect(active()).toEqual(['4위원 정윤석']);
    press('ArrowDown');
    press('ArrowDown');
    expect(active()).toEqual(['위원 박정희']);
    expect(press('ArrowUp')).toBe(true);
    expect(active()).toEqual(['1공동위원장 박춘배']);
    press('ArrowUp');
    expect(active()).toEqual(['4위원 정윤석']);
    // Each highlight is scrolled into view in a long list.
    expect(scrolledTo.at(-1)).toBe('4위원 정윤석');
    press('Enter');
    expect(changes).toEqual([{ speakerId: 'a4', speakerName: '' }]);
  });

  it('takes the second match with ↓ then Enter after typing: the one highlighted', () => {
    type('박');
    press('ArrowDown');
    expect(active()).toEqual(['위원 박정희']);
    press('Enter');
    expect(changes).toEqual([{ speakerId: 'a3', speakerName: '' }]);
  });

  it('opens a closed list with ↓ on its first option, and with ↑ on its last', () => {
    fireEvent.focus(field());
    expect(options()).toEqual([]);
    expect(field().getAttribute('aria-expanded')).toBe('false');
    expect(press('ArrowDown')).toBe(true);
    // From an empty field: everyone, the quick keys first in their order.
    expect(options()).toEqual(['1공동위원장 박춘배', '2부시장 김종석', '4위원 정윤석', '위원 박정희']);
    expect(active()).toEqual(['1공동위원장 박춘배']);
    press('Escape');
    expect(press('ArrowUp')).toBe(true);
    expect(active()).toEqual(['위원 박정희']);
    press('Escape');
    press('ArrowDown');
    press('Enter');
    expect(changes).toEqual([{ speakerId: 'a2', speakerName: '' }]);
  });

  it('opens the list again after Esc on its first option, not the one after the last highlight', () => {
    type('위원');
    press('ArrowDown');
    press('Escape');
    expect(options()).toEqual([]);
    press('ArrowDown');
    expect(active()).toEqual(['위원 박정희']);
  });

  it('keeps a name that is on no roster as typed (a guest)', () => {
    type('  홍길동  ');
    expect(options()).toEqual([]);
    expect(field().getAttribute('aria-expanded')).toBe('false');
    expect(press('ArrowDown')).toBe(true);
    expect(active()).toEqual([]);
    press('Enter');
    expect(changes).toEqual([{ speakerId: null, speakerName: '홍길동' }]);
    expect(onChosen).toHaveBeenCalledTimes(1);
    expect(field().value).toBe('홍길동');
  });

  it('keeps what was typed after Esc closed the list', () => {
    type('박');
    press('Escape');
    press('Enter');
    expect(changes).toEqual([{ speakerId: null, speakerName: '박' }]);
  });

  it('takes the highlighted match when the field is left, and nothing when nothing was typed', () => {
    fireEvent.focus(field());
    fireEvent.blur(field());
    expect(changes).toEqual([]);
    type('정윤');
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
    fireEvent.mouseDown(screen.getByRole('option', { name: '위원 박정희' }));
    expect(changes).toEqual([{ speakerId: 'a3', speakerName: '' }]);
    expect(onChosen).toHaveBeenCalledTimes(1);
  });

  it('pins with Ctrl+Shift+digit the speaker Enter would take, by the physical key', () => {
    type('정');
    // Shift+3 is '#' on a US layout: the digit is read from the key's code.
    expect(press('#', { code: 'Digit3', ctrlKey: true, shiftKey: true })).toBe(true);
    expect(changes).toEqual([{ speakerId: 'a4', speakerName: '' }]);
    expect(onPin).toHaveBeenCalledWith(3, { speakerId: 'a4', speakerName: '' });
    expect(onChosen).not.toHaveBeenCalled();
    // Nothing typed: the speaker already chosen.
    press('!', { code: 'Digit1', metaKey: true, shiftKey: true });
    expect(onPin).toHaveBeenLastCalledWith(1, { speakerId: 'a4', speakerName: '' });
    expect(changes).toHaveLength(1);
  });

  it('describes the field by the list of quick keys', () => {
    expect(field().getAttribute('aria-describedby')).toBe('keys');
  });

  it('takes no key while an IME composition is in progress (isComposing or key code 229)', () => {
    type('박');
    for (const composing of [{ isComposing: true }, { keyCode: 229 }]) {
      expect(press('ArrowDown', composing)).toBe(false);
      expect(press('Enter', composing)).toBe(false);
      expect(press('Escape', composing)).toBe(false);
      expect(press('#', { code: 'Digit3', ctrlKey: true, shiftKey: true, ...composing })).toBe(false);
    }
    expect(active()).toEqual(['1공동위원장 박춘배']);
    expect(changes).toEqual([]);
    expect(onChosen).not.toHaveBeenCalled();
    expect(onPin).not.toHaveBeenCalled();
  });

  it('leaves keys with modifiers to others (Alt+↓ is the next item)', () => {
    type('박');
    expect(press('ArrowDown', { altKey: true })).toBe(false);
    expect(active()).toEqual(['1공동위원장 박춘배']);
  });
});
