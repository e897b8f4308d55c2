/**
 * Every keyboard shortcut of Seogi, in one table: the renderer's key handlers look keys up in it,
 * the F1 help and README's list are written from it, and the native menu shows its accelerators.
 * Pure data and pure functions, so that the shell's menu can import it without React.
 *
 * A key is written as an Electron accelerator ('CmdOrCtrl+N', 'Alt+Down', 'F1'): the menu uses it
 * as it is, and `matches` reads it against a keydown. CmdOrCtrl takes Ctrl or ⌘ on every platform;
 * the other modifiers must be exactly those written.
 *
 * Adding a shortcut is one row here, plus a `case` for its command in the handler of its scope (or,
 * for a menu command, the screen's `useCommand`).
 */

/**
 * Where a shortcut acts: anywhere in the window; on a focused roster or agenda row of the meeting
 * editor; anywhere on the live screen; in one field of the live screen; on a focused entry of
 * the live screen's transcript; on any other control of the live screen, where the key has no
 * job of its own (Esc back to the Entry field); or in any date or time field
 * (components/DateTimeField.tsx).
 */
export const SCOPES = [
  'anywhere',
  'editorRow',
  'live',
  'entryField',
  'speakerField',
  'entryEdit',
  'transcript',
  'liveControl',
  'dateField',
] as const;
export type Scope = (typeof SCOPES)[number];

export interface Shortcut {
  scope: Scope;
  /** What the scope's handler does; absent on a row that only tells of typed text (`@name`). */
  command?: string;
  /** Electron accelerators, any of which gives the command. */
  keys: readonly string[];
  /** Key of its description under `help.shortcuts` in locales/<language>/live.json. */
  label: string;
  /** How the help and README write the keys when listing them would be too long. */
  shown?: string;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const SPEAKER_KEYS = DIGITS.map((digit) => `CmdOrCtrl+${digit}`);
const PIN_KEYS = DIGITS.map((digit) => `CmdOrCtrl+Shift+${digit}`);
const PHRASE_KEYS = DIGITS.map((digit) => `Alt+${digit}`);

/** In the order the help and README list them, scope by scope. */
export const SHORTCUTS = [
  { scope: 'anywhere', command: 'newMeeting', keys: ['CmdOrCtrl+N'], label: 'newMeeting' },
  { scope: 'anywhere', command: 'settings', keys: ['CmdOrCtrl+,'], label: 'settings' },
  // Ctrl+Shift+F, "find in all files" elsewhere: Ctrl+F stays the browser's find in the page, and
  // neither Chromium, Electron nor IBus (Ctrl+Shift+U/E) keeps Ctrl+Shift+F for itself.
  { scope: 'anywhere', command: 'search', keys: ['CmdOrCtrl+Shift+F'], label: 'search' },
  { scope: 'anywhere', command: 'exportMinutes', keys: ['CmdOrCtrl+E'], label: 'exportMinutes' },
  { scope: 'anywhere', command: 'help', keys: ['F1'], label: 'help' },
  { scope: 'editorRow', command: 'moveRowUp', keys: ['Alt+Up'], label: 'moveRowUp' },
  { scope: 'editorRow', command: 'moveRowDown', keys: ['Alt+Down'], label: 'moveRowDown' },
  { scope: 'live', command: 'nextItem', keys: ['Alt+Down'], label: 'nextItem' },
  { scope: 'live', command: 'previousItem', keys: ['Alt+Up'], label: 'previousItem' },
  // Ctrl+Shift+letters that neither Chromium nor Electron keeps for itself (Ctrl+Shift+N/T/W/Q are
  // the browser's, Ctrl+Shift+R reloads, Ctrl+Shift+I opens DevTools, Ctrl+Shift+U/E belong to
  // IBus on Linux), and F6, which a page may take (a browser moves to its address bar otherwise).
  { scope: 'live', command: 'focusEntry', keys: ['F6'], label: 'focusEntry' },
  { scope: 'live', command: 'recess', keys: ['CmdOrCtrl+Shift+P'], label: 'recess' },
  { scope: 'live', command: 'endMeeting', keys: ['CmdOrCtrl+Shift+X'], label: 'endMeeting' },
  { scope: 'live', command: 'outcome', keys: ['CmdOrCtrl+Shift+O'], label: 'outcome' },
  { scope: 'live', command: 'attendance', keys: ['CmdOrCtrl+Shift+A'], label: 'attendance' },
  { scope: 'live', command: 'addActionItem', keys: ['CmdOrCtrl+Shift+K'], label: 'addActionItem' },
  { scope: 'live', command: 'unplannedItem', keys: ['CmdOrCtrl+Shift+L'], label: 'unplannedItem' },
  { scope: 'live', command: 'jumpToItem', keys: ['CmdOrCtrl+G'], label: 'jumpToItem' },
  { scope: 'entryField', command: 'addEntry', keys: ['Enter', 'CmdOrCtrl+Enter'], label: 'addEntry' },
  // The textarea itself starts the new line: listed for the help, and so that no row takes the key.
  { scope: 'entryField', command: 'newLine', keys: ['Shift+Enter'], label: 'newLine' },
  { scope: 'entryField', command: 'speakerAt', keys: SPEAKER_KEYS, shown: 'Ctrl+1…9', label: 'speakerAt' },
  { scope: 'entryField', command: 'noSpeaker', keys: ['CmdOrCtrl+0'], label: 'noSpeaker' },
  { scope: 'entryField', command: 'pinSpeaker', keys: PIN_KEYS, shown: 'Ctrl+Shift+1…9', label: 'pinSpeaker' },
  // Typed at the start of the entry and read when it is added (domain/speakers.ts): no key.
  { scope: 'entryField', keys: [], shown: '@', label: 'mention' },
  // Alt+digit: no Electron or IBus binding; Chromium on Linux selects a tab with it, but gives the
  // page the key first (as Ctrl+digit on Windows). Alt with the keypad's digits is left alone:
  // Windows types a character by its code with them (EntryComposer).
  { scope: 'entryField', command: 'addPhrase', keys: PHRASE_KEYS, shown: 'Alt+1…9', label: 'addPhrase' },
  { scope: 'speakerField', command: 'nextMatch', keys: ['Down'], label: 'nextMatch' },
  { scope: 'speakerField', command: 'previousMatch', keys: ['Up'], label: 'previousMatch' },
  { scope: 'speakerField', command: 'chooseSpeaker', keys: ['Enter'], label: 'chooseSpeaker' },
  { scope: 'speakerField', command: 'closeList', keys: ['Escape'], label: 'closeList' },
  { scope: 'speakerField', command: 'pinSpeaker', keys: PIN_KEYS, shown: 'Ctrl+Shift+1…9', label: 'pinChosenSpeaker' },
  { scope: 'entryEdit', command: 'saveEdit', keys: ['Enter'], label: 'saveEdit' },
  { scope: 'entryEdit', command: 'cancelEdit', keys: ['Escape'], label: 'cancelEdit' },
  // Read when the correction is saved, as when an entry is added (domain/corrections.ts): no key.
  { scope: 'entryEdit', keys: [], shown: '@', label: 'mentionEdit' },
  { scope: 'transcript', command: 'previousEntry', keys: ['Up'], label: 'previousEntry' },
  { scope: 'transcript', command: 'nextEntry', keys: ['Down'], label: 'nextEntry' },
  { scope: 'transcript', command: 'firstEntry', keys: ['Home'], label: 'firstEntry' },
  { scope: 'transcript', command: 'lastEntry', keys: ['End'], label: 'lastEntry' },
  { scope: 'transcript', command: 'editEntry', keys: ['Enter', 'F2'], label: 'editEntry' },
  { scope: 'transcript', command: 'deleteEntry', keys: ['Delete'], label: 'deleteEntry' },
  { scope: 'transcript', command: 'backToEntry', keys: ['Escape'], label: 'backToEntry' },
  { scope: 'liveControl', command: 'focusEntry', keys: ['Escape'], label: 'escapeToEntry' },
  // A date moves by days and months, a time by 5 minutes and hours (from today or now when empty).
  { scope: 'dateField', command: 'later', keys: ['Up'], label: 'dateLater' },
  { scope: 'dateField', command: 'earlier', keys: ['Down'], label: 'dateEarlier' },
  { scope: 'dateField', command: 'muchLater', keys: ['PageUp'], label: 'dateMuchLater' },
  { scope: 'dateField', command: 'muchEarlier', keys: ['PageDown'], label: 'dateMuchEarlier' },
  { scope: 'dateField', command: 'tidy', keys: ['Enter'], label: 'dateTidy' },
] as const satisfies readonly Shortcut[];

type Row = (typeof SHORTCUTS)[number];
type Commands = { [S in Scope]: Extract<Row, { scope: S; command: string }>['command'] };
/** The commands of one scope: what its handler has to handle. */
export type CommandIn<S extends Scope> = Commands[S];

/** What a keydown carries that the table needs; a DOM KeyboardEvent is one. */
export interface KeyLike {
  key: string;
  /** The physical key ('Digit1'): with Shift held, `key` is what the layout puts there ('!'). */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

/**
 * True while an IME composition is in progress: such a key event belongs to the IME and must not
 * trigger anything. Chromium sometimes ends the composition before the keydown arrives, so the
 * key code 229 ("IME processing") counts as well.
 */
function isComposing(event: KeyLike): boolean {
  return event.isComposing === true || event.keyCode === 229;
}

/** Accelerator key names that differ from KeyboardEvent.key. */
const EVENT_KEYS: Record<string, string> = { Up: 'ArrowUp', Down: 'ArrowDown', Left: 'ArrowLeft', Right: 'ArrowRight' };
const MODIFIERS = ['CmdOrCtrl', 'Alt', 'Shift'] as const;

interface Chord {
  key: string;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
}

/** 'CmdOrCtrl+Shift+N' → its parts; throws on a modifier the matcher does not know. */
export function parseAccelerator(accelerator: string): Chord {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  for (const part of parts) {
    if (!(MODIFIERS as readonly string[]).includes(part)) throw new Error(`Unknown modifier in ${accelerator}`);
  }
  return { key, ctrl: parts.includes('CmdOrCtrl'), alt: parts.includes('Alt'), shift: parts.includes('Shift') };
}

// Parsed once per accelerator: matches runs on every keydown of the Entry field.
const chords = new Map<string, Chord>();

/** The keydown is this accelerator: its key, with exactly its modifiers (Ctrl and ⌘ alike). */
export function matches(event: KeyLike, accelerator: string): boolean {
  let chord = chords.get(accelerator);
  if (!chord) {
    chord = parseAccelerator(accelerator);
    chords.set(accelerator, chord);
  }
  const key = EVENT_KEYS[chord.key] ?? chord.key;
  return (
    (event.key.toLowerCase() === key.toLowerCase() || (/^\d$/u.test(key) && event.code === `Digit${key}`)) &&
    (event.ctrlKey || event.metaKey) === chord.ctrl &&
    event.altKey === chord.alt &&
    event.shiftKey === chord.shift
  );
}

/** The digit of a digit key (Ctrl+3, Ctrl+Shift+3), by the physical key where there is one. */
export function keyDigit(event: KeyLike): number {
  return Number(/^Digit(\d)$/u.exec(event.code ?? '')?.[1] ?? event.key);
}

/** The command a keydown gives in a scope; none while an IME composition is in progress. */
export function commandFor<S extends Scope>(event: KeyLike, scope: S): CommandIn<S> | undefined {
  if (isComposing(event)) return undefined;
  const row = SHORTCUTS.find(
    (shortcut) => shortcut.scope === scope && shortcut.keys.some((key: string) => matches(event, key)),
  );
  // A row of this scope: TypeScript cannot narrow the table by a generic scope, hence the cast.
  return row && 'command' in row ? (row.command as CommandIn<S>) : undefined;
}

/** The accelerator the native menu shows beside a command, if a shortcut gives it. */
export function acceleratorFor(command: string): string | undefined {
  return SHORTCUTS.find((shortcut) => 'command' in shortcut && shortcut.command === command)?.keys[0];
}

const SHOWN_PARTS: Record<string, string> = { CmdOrCtrl: 'Ctrl', Up: '↑', Down: '↓', Escape: 'Esc' };

/** The keys as the help and README write them: 'Alt+↓', 'Enter / Ctrl+Enter'. */
export function shownKeys(shortcut: Shortcut): string {
  if (shortcut.shown !== undefined) return shortcut.shown;
  return shortcut.keys
    .map((key) =>
      key
        .split('+')
        .map((part) => SHOWN_PARTS[part] ?? part)
        .join('+'),
    )
    .join(' / ');
}
