/**
 * THE IPC contract between the renderer and the desktop shell: CONTRACT gives each invoke method
 * (channels.ts names its channel) the schema main validates its request with and the type of its
 * reply. Everything else is derived from it: the bridge the preload exposes (a loop over the
 * channels), the handlers main must provide and registers in a loop behind one validating gate
 * (main/ipc/register.ts), and the renderer's desktop host. A new call is declared here and in
 * channels.ts; the compiler then asks for its handler in main and its browser implementation.
 *
 * Renderer -> main calls are `invoke` calls named `domain:verb`. Main -> renderer messages are
 * limited to menu commands and the request to flush pending writes before the window closes.
 */
import { z } from 'zod';
import {
  AUTO_BACKUP_REASONS,
  MAX_BACKUP_BYTES,
  looksLikeBackup,
  parseAutoBackupName,
  type AutoBackupInfo,
} from '../../renderer/domain/backupFiles';
import { hasReservedInFileName, utf8Length } from '../../renderer/domain/text';
import { LANGUAGES } from '../../renderer/domain/model';
import { isFooterPattern } from './pdf';
import type { InvokeMethod, MenuCommand } from './channels';

export { BRIDGE_KEY, INVOKE_CHANNELS, MENU_COMMANDS, SEND_CHANNELS } from './channels';
export type { InvokeMethod, MenuCommand } from './channels';

const FILE_KINDS = ['docx', 'hwpx', 'json'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Minutes of 5,000 entries are a few hundred kB; a full backup of years stays far below this. */
const MAX_SAVE_BYTES = 256 * 1024 * 1024;
/** A backup file larger than this is refused before it is read into memory. */
export const MAX_OPEN_BYTES = MAX_BACKUP_BYTES;
/** The minutes of a long meeting as text are a few hundred kB; far more is not minutes. */
export const MAX_CLIPBOARD_CHARS = 16 * 1024 * 1024;

/**
 * A file name proposed to the save dialog: a bare name (no folders), no characters that Windows
 * or macOS refuse, and the extension of its kind. The user can still pick any path in the dialog.
 */
const suggestedName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !hasReservedInFileName(name), {
    message: 'must be a bare file name without folders or reserved characters',
  })
  .refine((name) => !/^\.+$/.test(name.trim()), { message: 'must not be dots only' });

const saveFileRequest = z
  .strictObject({
    kind: z.enum(FILE_KINDS),
    suggestedName,
    bytes: z
      .instanceof(Uint8Array, { message: 'must be bytes (Uint8Array)' })
      .refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, {
        message: `must be at most ${MAX_SAVE_BYTES} bytes`,
      }),
  })
  .refine((req) => req.suggestedName.toLowerCase().endsWith(`.${req.kind}`), {
    message: 'suggestedName must end with the extension of its kind',
    path: ['suggestedName'],
  });
export type SaveFileResult = { status: 'saved'; fileName: string } | { status: 'canceled' };

/**
 * The window's minutes preview printed to PDF and saved where the user picks: the name to
 * propose, and the footer pattern (the minutes' words for "page n"; pdf.ts escapes it).
 */
const savePdfRequest = z.strictObject({
  suggestedName: suggestedName.refine((name) => name.toLowerCase().endsWith('.pdf'), {
    message: 'must end with .pdf',
  }),
  footer: z.string().refine(isFooterPattern, {
    message: 'must be one short line holding {{page}} (and at most {{total}})',
  }),
});

export type OpenFileResult =
  | { status: 'opened'; fileName: string; text: string }
  | { status: 'canceled' }
  | { status: 'tooLarge'; fileName: string; bytes: number };

const writeAutoBackupRequest = z.strictObject({
  reason: z.enum(AUTO_BACKUP_REASONS),
  text: z
    .string()
    .max(MAX_BACKUP_BYTES, { message: `must be at most ${MAX_BACKUP_BYTES} bytes` })
    .refine(looksLikeBackup, { message: 'must be a Seogi backup' })
    // Only long texts can be over the limit in bytes while under it in characters.
    .refine((text) => text.length * 3 <= MAX_BACKUP_BYTES || utf8Length(text) <= MAX_BACKUP_BYTES, {
      message: `must be at most ${MAX_BACKUP_BYTES} bytes`,
    }),
});

export type ReadAutoBackupResult =
  | { status: 'read'; name: string; text: string }
  | { status: 'notFound'; name: string }
  | { status: 'tooLarge'; name: string; bytes: number };

/**
 * Nothing to ask but an empty plain object (IPC calls carry exactly one argument). A strict empty
 * object schema alone would let a Date, a Map or an empty typed array through, and a refinement
 * after it sees only its output (a fresh object), so the prototype is checked first.
 */
const emptyRequest = z
  .custom<object>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null),
    { message: 'must be an empty object' },
  )
  .pipe(z.strictObject({}));

/**
 * The type of a reply. Replies are made by main itself, so they are typed, not checked: this
 * schema accepts anything and serves only `z.infer`.
 */
const reply = <Reply>() => z.custom<Reply>();

/** Each invoke method's request schema (main validates every call with it) and reply type. */
export const CONTRACT = {
  /** Writes bytes at the path the user picks in the save dialog. */
  saveFile: { request: saveFileRequest, reply: reply<SaveFileResult>() },
  /** Reads the text of a file the user picks in the open dialog (a backup). */
  openFile: { request: z.strictObject({ kind: z.literal('json') }), reply: reply<OpenFileResult>() },
  /** The interface language, for the native menu and dialogs. */
  setLanguage: { request: z.strictObject({ language: z.enum(LANGUAGES) }), reply: reply<undefined>() },
  /** Puts text on the clipboard (the renderer is given no clipboard permission of its own). */
  copyText: { request: z.strictObject({ text: z.string().max(MAX_CLIPBOARD_CHARS) }), reply: reply<undefined>() },
  /** Writes an automatic backup into the backups folder of the user-data folder, keeping the last few. */
  writeAutoBackup: {
    request: writeAutoBackupRequest,
    reply: reply<{ status: 'written'; backup: AutoBackupInfo }>(),
  },
  /** The automatic backups, newest first. */
  listAutoBackups: { request: emptyRequest, reply: reply<AutoBackupInfo[]>() },
  /** An automatic backup's text, by the name listAutoBackups gave. */
  readAutoBackup: {
    request: z.strictObject({
      name: z
        .string()
        .max(100)
        .refine((name) => parseAutoBackupName(name) !== null, { message: 'must be the name of an automatic backup' }),
    }),
    reply: reply<ReadAutoBackupResult>(),
  },
  /** What was pending has been written (or failed), so the window may close now. */
  flushed: { request: emptyRequest, reply: reply<undefined>() },
  /** Prints the sender's page (its print styles show the minutes preview alone) to a PDF the user saves. */
  savePdf: { request: savePdfRequest, reply: reply<SaveFileResult>() },
} satisfies { [M in InvokeMethod]: { request: z.ZodType; reply: z.ZodType } };

export type RequestOf<M extends InvokeMethod> = z.infer<(typeof CONTRACT)[M]['request']>;
export type ReplyOf<M extends InvokeMethod> = z.infer<(typeof CONTRACT)[M]['reply']>;

/**
 * One function per method, taking its request and resolving to its reply; a method whose
 * request has no fields may be called without it.
 */
export type Calls<M extends InvokeMethod> = {
  [K in M]: RequestOf<K> extends Record<string, never>
    ? (request?: RequestOf<K>) => Promise<ReplyOf<K>>
    : (request: RequestOf<K>) => Promise<ReplyOf<K>>;
};

/** The methods exposed on the bridge: all but the preload's own answer to shell:flush. */
export type BridgeMethod = Exclude<InvokeMethod, 'flushed'>;

/**
 * What the preload exposes on `window.seogi`: one narrow function per invoke method, and one
 * subscription per message main sends; nothing else.
 */
export type DesktopBridge = Calls<BridgeMethod> & {
  /** Subscribes to commands from the native menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Subscribes to the shell's request to write what is pending before the window closes or the
   * app quits; returns the unsubscribe function. The shell is told once every listener has
   * settled, and closes anyway after a few seconds.
   */
  onFlushRequest(listener: () => Promise<void>): () => void;
};
