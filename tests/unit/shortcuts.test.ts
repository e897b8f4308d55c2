/**
 * The table of shortcuts (renderer/domain/shortcuts.ts): the matcher, the lookup that leaves IME
 * compositions alone, keys that cannot clash, labels in both languages, and README's list, which
 * must say what the table says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import enLive from '../../locales/en/live.json';
import koLive from '../../locales/ko/live.json';
import {
  acceleratorFor,
  commandFor,
  keyDigit,
  matches,
  parseAccelerator,
  SCOPES,
  SHORTCUTS,
  shownKeys,
  type KeyLike,
  type Scope,
} from '../../renderer/domain/shortcuts';

const NO_KEYS = { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
const press = (key: string, modifiers: Partial<KeyLike> = {}): KeyLike => ({ ...NO_KEYS, key, ...modifiers });

/** The keydown a person makes for an accelerator of the table. */
function keydownOf(accelerator: string, extra: Partial<KeyLike> = {}): KeyLike {
  const chord = parseAccelerator(accelerator);
  const key = { Up: 'ArrowUp', Down: 'ArrowDown' }[chord.key] ?? chord.key;
  return press(key, { ctrlKey: chord.ctrl, altKey: chord.alt, shiftKey: chord.shift, ...extra });
}

const everyKey = SHORTCUTS.flatMap((shortcut) => shortcut.keys.map((key) => ({ shortcut, key })));

describe('matching a keydown', () => {
  it('takes Ctrl and ⌘ alike, and a letter in either case', () => {
    expect(matches(press('n', { ctrlKey: true }), 'CmdOrCtrl+N')).toBe(true);
    expect(matches(press('n', { metaKey: true }), 'CmdOrCtrl+N')).toBe(true);
    expect(matches(press('N', { ctrlKey: true }), 'CmdOrCtrl+N')).toBe(true);
    expect(matches(press('n'), 'CmdOrCtrl+N')).toBe(false);
  });

  it('wants exactly the modifiers written', () => {
    expect(matches(press('n', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+N')).toBe(false);
    expect(matches(press('ArrowDown', { altKey: true }), 'Alt+Down')).toBe(true);
    expect(matches(press('ArrowDown', { altKey: true, ctrlKey: true }), 'Alt+Down')).toBe(false);
    expect(matches(press('ArrowDown'), 'Alt+Down')).toBe(false);
    expect(matches(press('Enter', { shiftKey: true }), 'Enter')).toBe(false);
    expect(matches(press('Enter', { shiftKey: true }), 'Shift+Enter')).toBe(true);
    expect(matches(press('F1', { altKey: true }), 'F1')).toBe(false);
  });

  it('reads the accelerator names of keys that KeyboardEvent names otherwise', () => {
    expect(matches(press('ArrowUp'), 'Up')).toBe(true);
    expect(matches(press('Escape'), 'Escape')).toBe(true);
    expect(matches(press(',', { metaKey: true }), 'CmdOrCtrl+,')).toBe(true);
    expect(matches(press('7', { ctrlKey: true }), 'CmdOrCtrl+7')).toBe(true);
  });

  it('reads a digit by its physical key too: Shift+1 gives "!" on a US layout, "&" is 1 on AZERTY', () => {
    expect(matches(press('!', { code: 'Digit1', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+1')).toBe(true);
    expect(matches(press('&', { code: 'Digit1', ctrlKey: true }), 'CmdOrCtrl+1')).toBe(true);
    expect(matches(press('!', { code: 'Digit1', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+1')).toBe(false);
    expect(matches(press('!', { code: 'Digit2', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+1')).toBe(false);
    expect(keyDigit(press('#', { code: 'Digit3' }))).toBe(3);
    expect(keyDigit(press('4'))).toBe(4);
  });

  it('knows every modifier the table uses, and refuses others', () => {
    for (const { key } of everyKey) expect(() => parseAccelerator(key), key).not.toThrow();
    expect(() => parseAccelerator('Super+K')).toThrow(/Super\+K/);
  });
});

describe('the lookup', () => {
  it('gives the command of each key in its scope, and nothing in another', () => {
    expect(commandFor(press('e', { ctrlKey: true }), 'anywhere')).toBe('exportMinutes');
    expect(commandFor(press('F1'), 'anywhere')).toBe('help');
    expect(commandFor(press('ArrowUp', { altKey: true }), 'editorRow')).toBe('moveRowUp');
    expect(commandFor(press('ArrowUp', { altKey: true }), 'live')).toBe('previousItem');
    expect(commandFor(press('Enter', { metaKey: true }), 'entryField')).toBe('addEntry');
    expect(commandFor(press('3', { ctrlKey: true }), 'entryField')).toBe('speakerAt');
    expect(commandFor(press('0', { ctrlKey: true }), 'entryField')).toBe('noSpeaker');
    expect(commandFor(press('@', { code: 'Digit2', ctrlKey: true, shiftKey: true }), 'entryField')).toBe('pinSpeaker');
    expect(commandFor(press('@', { code: 'Digit2', ctrlKey: true, shiftKey: true }), 'speakerField')).toBe(
      'pinSpeaker',
    );
    expect(commandFor(press('Enter'), 'speakerField')).toBe('chooseSpeaker');
    expect(commandFor(press('Escape'), 'entryEdit')).toBe('cancelEdit');
    expect(commandFor(press('Escape'), 'entryField')).toBeUndefined();
    expect(commandFor(press('F2'), 'transcript')).toBe('editEntry');
    expect(commandFor(press('Escape'), 'transcript')).toBe('backToEntry');
    expect(commandFor(press('ArrowDown', { altKey: true }), 'transcript')).toBeUndefined();
    expect(commandFor(press('x'), 'anywhere')).toBeUndefined();
  });

  it('gives the live commands with Shift, whatever the letter case, and Esc only on other controls', () => {
    expect(commandFor(press('P', { ctrlKey: true, shiftKey: true }), 'live')).toBe('recess');
    expect(commandFor(press('p', { metaKey: true, shiftKey: true }), 'live')).toBe('recess');
    expect(commandFor(press('p', { ctrlKey: true }), 'live')).toBeUndefined();
    expect(commandFor(press('g', { ctrlKey: true }), 'live')).toBe('jumpToItem');
    expect(commandFor(press('F6'), 'live')).toBe('focusEntry');
    expect(commandFor(press('Escape'), 'live')).toBeUndefined();
    expect(commandFor(press('Escape'), 'liveControl')).toBe('focusEntry');
  });

  it('gives each key of the table its own row, in its scope', () => {
    for (const { shortcut, key } of everyKey) {
      expect(commandFor(keydownOf(key), shortcut.scope), key).toBe(
        'command' in shortcut ? shortcut.command : undefined,
      );
    }
  });

  it('gives nothing during an IME composition, by isComposing or by key code 229', () => {
    for (const { shortcut, key } of everyKey) {
      expect(commandFor(keydownOf(key, { isComposing: true }), shortcut.scope), key).toBeUndefined();
      expect(commandFor(keydownOf(key, { keyCode: 229 }), shortcut.scope), key).toBeUndefined();
    }
  });
});

describe('the table', () => {
  const keysOf = (scopes: readonly Scope[]) =>
    everyKey.filter(({ shortcut }) => scopes.includes(shortcut.scope)).map(({ key }) => key);

  it('has no key twice in a scope', () => {
    for (const scope of SCOPES) {
      const keys = keysOf([scope]);
      expect(new Set(keys).size, scope).toBe(keys.length);
    }
  });

  it('takes no key of a field for the whole window or the whole live screen', () => {
    const fields = keysOf(['entryField', 'speakerField', 'entryEdit', 'editorRow', 'live', 'transcript']);
    for (const key of keysOf(['anywhere'])) expect(fields, key).not.toContain(key);
    for (const key of keysOf(['live']))
      expect(keysOf(['entryField', 'speakerField', 'entryEdit', 'transcript'])).not.toContain(key);
  });

  it('gives the live screen no key that Chromium, Electron or the IME keeps for itself', () => {
    const kept = [
      ...['N', 'T', 'W', 'Q', 'R'].flatMap((key) => [`CmdOrCtrl+${key}`, `CmdOrCtrl+Shift+${key}`]),
      'CmdOrCtrl+Shift+I', // DevTools
      'CmdOrCtrl+Shift+U', // IBus: Unicode input
      'CmdOrCtrl+Shift+E', // IBus: emoji
      'CmdOrCtrl+Shift+Z', // redo in the Edit menu
      'CmdOrCtrl+Tab',
      'F5',
      'F10',
      'F11',
      'F12',
    ];
    const live = keysOf(['live', 'liveControl']);
    for (const key of kept) expect(live, key).not.toContain(key);
    // The search's key works from the live screen too (and from inside the Entry field).
    expect(kept).not.toContain(acceleratorFor('search'));
  });

  it('has a label and a section caption in English and Korean for each row', () => {
    for (const help of [enLive.help, koLive.help]) {
      for (const shortcut of SHORTCUTS) {
        expect(help.shortcuts[shortcut.label], shortcut.label).toBeTruthy();
        expect(help.sections[shortcut.scope], shortcut.scope).toBeTruthy();
      }
      expect(Object.keys(help.shortcuts).sort()).toEqual(SHORTCUTS.map((s) => s.label).sort());
    }
  });

  it('writes keys as the help shows them', () => {
    const shown = Object.fromEntries(SHORTCUTS.map((s) => [s.label, shownKeys(s)]));
    expect(shown).toMatchObject({
      newMeeting: 'Ctrl+N',
      settings: 'Ctrl+,',
      help: 'F1',
      nextItem: 'Alt+↓',
      recess: 'Ctrl+Shift+P',
      jumpToItem: 'Ctrl+G',
      focusEntry: 'F6',
      escapeToEntry: 'Esc',
      moveRowUp: 'Alt+↑',
      addEntry: 'Enter / Ctrl+Enter',
      speakerAt: 'Ctrl+1…9',
      pinSpeaker: 'Ctrl+Shift+1…9',
      mention: '@',
      cancelEdit: 'Esc',
    });
  });
});

describe("README's list of shortcuts", () => {
  /** The cells of each row of the table under "## Keyboard shortcuts", header and rule left out. */
  function readmeRows(): string[][] {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.split('\n## Keyboard shortcuts\n')[1]?.split('\n## ')[0] ?? '';
    return section
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .slice(2)
      .map((line) =>
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      );
  }

  it('lists every row of the table, in its order, with the English help texts', () => {
    const expected = SHORTCUTS.map((shortcut) => [
      shownKeys(shortcut),
      enLive.help.sections[shortcut.scope],
      enLive.help.shortcuts[shortcut.label],
    ]);
    expect(readmeRows()).toEqual(expected);
  });
});
