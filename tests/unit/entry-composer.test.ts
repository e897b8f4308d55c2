// @vitest-environment jsdom
/**
 * The Entry composer as the live screen wires it (features/live/EntryComposer.tsx): an
 * uncontrolled textarea over a LiveRecorder, whose store here is in memory and can refuse writes.
 * What is checked is what reaches the recorder's store, what the Entry and Speaker fields show,
 * the quick keys (Ctrl+1…9, and Ctrl+Shift+digit to pin, whose write to the meeting is caught
 * here), the procedural phrases (Alt+1…9 and their buttons; the body has no list of its own here,
 * so the English defaults apply), and that no key acts during an IME composition.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournaledOp } from '../../renderer/data/liveJournal';
import { updateMeeting } from '../../renderer/data/meetings';
import type { Attendee } from '../../renderer/domain/model';
import { EntryComposer } from '../../renderer/features/live/EntryComposer';
import { LiveRecorder, type RecorderStore } from '../../renderer/features/live/recorder';
import { initI18n } from '../../renderer/i18n';

vi.mock('../../renderer/data/meetings', () => ({ updateMeeting: vi.fn(async () => undefined) }));
vi.mock('../../renderer/data/hooks', () => ({ useBodyPhrases: () => null }));

const ROSTER = [
  { id: 'a1', name: '김종석', role: '부시장' },
  { id: 'a2', name: '박춘배', role: '공동위원장' },
  { id: 'a3', name: '정윤석', role: '위원' },
] as Attendee[];
/** No chair chosen: the co-chair by role is Ctrl+1, the presenter Ctrl+2, then the roster. */
const MEETING = { id: 'm1', chairId: null, organization: '', minutesLanguage: 'en' } as const;
const AGENDA = [{ presenter: '위원 정윤석' }];

function composer(props: { itemId?: string | null; enabled?: boolean; speakerKeys?: (string | null)[] } = {}) {
  return createElement(EntryComposer, {
    recorder,
    itemId: props.itemId ?? null,
    enabled: props.enabled ?? true,
    roster: ROSTER,
    meeting: { ...MEETING, speakerKeys: props.speakerKeys },
    agenda: AGENDA,
  });
}

/** A recorder store in memory: the ops written, in order; `refuse` makes every write fail. */
function memoryStore() {
  const store: RecorderStore & { written: JournaledOp[]; refuse: boolean } = {
    written: [],
    refuse: false,
    applyOp: async (_meetingId: string, op: JournaledOp) => {
      if (store.refuse) throw new DOMException('The disk is full (test).', 'QuotaExceededError');
      store.written.push(op);
      return true;
    },
    saveField: async () => undefined,
    storedField: async () => null,
    appliedSeq: async () => 0,
    readJournal: () => null,
    writeJournal: () => true,
    isWritable: () => true,
  };
  return store;
}

let store: ReturnType<typeof memoryStore>;
let recorder: LiveRecorder;

beforeAll(() => {
  initI18n();
});
beforeEach(async () => {
  store = memoryStore();
  recorder = new LiveRecorder('m1', store);
  await recorder.ready;
  render(composer());
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.mocked(updateMeeting).mockClear();
});

const entryField = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Entry' });
const speakerField = () => screen.getByRole<HTMLInputElement>('combobox', { name: 'Speaker' });

function type(text: string): void {
  fireEvent.input(entryField(), { target: { value: text } });
}

/** Presses a key in the Entry field; true when the component took it (default prevented). */
function press(key: string, init: Record<string, unknown> = {}): boolean {
  return !fireEvent.keyDown(entryField(), { key, ...init });
}

const entries = () => store.written.filter((op) => op.type === 'entry');
const quickKeys = () => screen.getByText('Quick keys, Ctrl+').parentElement?.textContent;

describe('the Entry composer', () => {
  it('adds the entry with Enter, under the chosen speaker, and empties the field', async () => {
    type('  회의를 시작하겠습니다.  ');
    expect(press('Enter')).toBe(true);
    expect(entryField().value).toBe('');
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(entries()[0]).toMatchObject({ text: '회의를 시작하겠습니다.', speakerId: null, itemId: null });
  });

  it('adds the entry with Ctrl+Enter and ⌘+Enter too', async () => {
    type('첫째');
    expect(press('Enter', { ctrlKey: true })).toBe(true);
    type('둘째');
    expect(press('Enter', { metaKey: true })).toBe(true);
    await waitFor(() => expect(entries().map((op) => op.type === 'entry' && op.text)).toEqual(['첫째', '둘째']));
  });

  it('leaves Shift+Enter to the textarea: a new line, nothing added', async () => {
    type('첫 줄');
    expect(press('Enter', { shiftKey: true })).toBe(false);
    expect(press('Enter', { altKey: true })).toBe(false);
    await recorder.flush();
    expect(entries()).toEqual([]);
    expect(recorder.text).toBe('첫 줄');
  });

  it('adds nothing from an empty field', async () => {
    type('   ');
    press('Enter');
    await recorder.flush();
    expect(entries()).toEqual([]);
  });

  it('picks the quick-key speakers with Ctrl+digit, and no speaker with Ctrl+0', async () => {
    expect(press('2', { ctrlKey: true })).toBe(true);
    expect(speakerField().value).toBe('위원 정윤석');
    type('동의합니다.');
    press('Enter');
    expect(press('1', { metaKey: true })).toBe(true);
    expect(speakerField().value).toBe('공동위원장 박춘배');
    // A digit with nobody on it: taken, and the speaker stays.
    expect(press('9', { ctrlKey: true })).toBe(true);
    expect(speakerField().value).toBe('공동위원장 박춘배');
    expect(press('0', { ctrlKey: true })).toBe(true);
    expect(speakerField().value).toBe('');
    type('메모');
    press('Enter');
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(entries().map((op) => op.type === 'entry' && [op.speakerId, op.text])).toEqual([
      ['a3', '동의합니다.'],
      [null, '메모'],
    ]);
  });

  it('lists the quick keys under the fields, and the Speaker field is described by them', () => {
    expect(quickKeys()).toBe('Quick keys, Ctrl+1 박춘배2 정윤석3 김종석Ctrl+Shift+digit pins the speaker');
    const hint = screen.getByText('Quick keys, Ctrl+').parentElement;
    expect(speakerField().getAttribute('aria-describedby')).toBe(hint?.id);
  });

  it('pins the current speaker to a digit with Ctrl+Shift+digit, swapping with who held it', async () => {
    press('3', { ctrlKey: true });
    expect(speakerField().value).toBe('부시장 김종석');
    // Shift+1 is '!' on a US layout: the digit is read from the key's code.
    expect(press('!', { code: 'Digit1', ctrlKey: true, shiftKey: true })).toBe(true);
    expect(updateMeeting).toHaveBeenCalledWith('m1', {
      speakerKeys: ['a1', 'a3', 'a2', null, null, null, null, null, null],
    });
    cleanup();
    render(composer({ speakerKeys: vi.mocked(updateMeeting).mock.calls[0]?.[1].speakerKeys ?? [] }));
    expect(quickKeys()).toBe('Quick keys, Ctrl+1 김종석2 정윤석3 박춘배Ctrl+Shift+digit pins the speaker');
    press('1', { ctrlKey: true });
    expect(speakerField().value).toBe('부시장 김종석');
    // With no speaker, Ctrl+Shift+digit gives the digit back to the default order.
    press('0', { ctrlKey: true });
    press('!', { code: 'Digit1', ctrlKey: true, shiftKey: true });
    expect(updateMeeting).toHaveBeenLastCalledWith('m1', {
      speakerKeys: [null, 'a3', 'a2', null, null, null, null, null, null],
    });
  });

  it('leaves a digit without Ctrl or Alt to the text', () => {
    expect(press('2')).toBe(false);
    expect(press('"', { code: 'Digit2', shiftKey: true })).toBe(false);
    expect(speakerField().value).toBe('');
  });

  it('takes the speaker from @name or @role at the start of the entry', async () => {
    type('@박춘배 찬성합니다.');
    press('Enter');
    expect(speakerField().value).toBe('공동위원장 박춘배');
    type('@부시장 답변드리겠습니다.');
    press('Enter');
    // `@name` alone only chooses the speaker.
    type('@정');
    press('Enter');
    expect(speakerField().value).toBe('위원 정윤석');
    expect(entryField().value).toBe('');
    await recorder.flush();
    expect(entries().map((op) => op.type === 'entry' && [op.speakerId, op.text])).toEqual([
      ['a2', '찬성합니다.'],
      ['a1', '답변드리겠습니다.'],
    ]);
  });

  it('takes no key while an IME composition is in progress (isComposing or key code 229)', async () => {
    type('회의');
    for (const composing of [{ isComposing: true }, { keyCode: 229 }]) {
      expect(press('Enter', composing)).toBe(false);
      expect(press('1', { ctrlKey: true, ...composing })).toBe(false);
      expect(press('!', { code: 'Digit1', ctrlKey: true, shiftKey: true, ...composing })).toBe(false);
      expect(press('Enter', { ctrlKey: true, ...composing })).toBe(false);
    }
    await recorder.flush();
    expect(entries()).toEqual([]);
    expect(updateMeeting).not.toHaveBeenCalled();
    expect(entryField().value).toBe('회의');
    expect(speakerField().value).toBe('');
    // Once the composition is over, Enter adds it.
    press('Enter');
    await waitFor(() => expect(entries()).toHaveLength(1));
  });

  it('gives a refused entry back to the field, with its speaker, before what was typed since', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    store.refuse = true;
    press('1', { ctrlKey: true });
    type('안건을 상정합니다.');
    press('Enter');
    expect(entryField().value).toBe('');
    press('0', { ctrlKey: true });
    type('이어서');
    await act(() => recorder.flush());
    expect(entryField().value).toBe('안건을 상정합니다.\n이어서');
    expect(speakerField().value).toBe('공동위원장 박춘배');
    expect(entries()).toEqual([]);
    // The disk takes writes again: Enter adds what came back.
    store.refuse = false;
    press('Enter');
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(entries()[0]).toMatchObject({ text: '안건을 상정합니다.\n이어서', speakerId: 'a2' });
  });
});

describe('the procedural phrases', () => {
  it('adds the phrase of Alt+digit as a note, leaving the text, its speaker and the caret alone', async () => {
    press('1', { ctrlKey: true });
    type('The chair');
    expect(press('1', { altKey: true, code: 'Digit1' })).toBe(true);
    expect(press('¡', { altKey: true, code: 'Digit2' })).toBe(true);
    expect(press('9', { altKey: true, code: 'Digit9' })).toBe(true);
    expect(entryField().value).toBe('The chair');
    expect(recorder.text).toBe('The chair');
    expect(speakerField().value).toBe('공동위원장 박춘배');
    press('Enter');
    await waitFor(() => expect(entries()).toHaveLength(3));
    expect(entries().map((op) => op.type === 'entry' && [op.text, op.speakerId])).toEqual([
      ['Call to order', null],
      ['Quorum confirmed', null],
      ['The chair', 'a2'],
    ]);
  });

  it("leaves Alt with the keypad's digits to the system, and takes no phrase key during a composition", async () => {
    type('회의');
    expect(press('1', { altKey: true, code: 'Numpad1' })).toBe(false);
    expect(press('1', { altKey: true, code: 'Digit1', isComposing: true })).toBe(false);
    expect(press('1', { altKey: true, code: 'Digit1', keyCode: 229 })).toBe(false);
    await recorder.flush();
    expect(entries()).toEqual([]);
    expect(entryField().value).toBe('회의');
  });

  it('lists each phrase as a button named after it, with its key', async () => {
    const button = screen.getByRole('button', { name: 'Add phrase: Motion to adjourn' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Alt+7');
    expect(screen.getByRole('group', { name: 'Phrases, Alt+' })).toBeTruthy();
    type('half');
    fireEvent.click(button);
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(entries()[0]).toMatchObject({ text: 'Motion to adjourn', speakerId: null });
    expect(entryField().value).toBe('half');
    expect(document.activeElement).toBe(entryField());
  });
});

describe('a disabled composer (no item to record under)', () => {
  it('disables the Entry field and the Add entry button', () => {
    cleanup();
    render(composer({ enabled: false }));
    expect(entryField().disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Add entry' }).disabled).toBe(true);
  });
});

describe('the Add entry button', () => {
  it('adds the entry like Enter, under the item being browsed', async () => {
    cleanup();
    render(composer({ itemId: 'i2' }));
    type('보충 기록');
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(entries()[0]).toMatchObject({ text: '보충 기록', itemId: 'i2' });
  });
});
