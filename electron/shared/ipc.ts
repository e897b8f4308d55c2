/**
 * THE IPC contract between the renderer and the desktop shell. Channel names, payload types and
 * the schemas that main validates every payload against live here and nowhere else; main, the
 * preload and the renderer's desktop host all import this file.
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
  utf8Length,
  type AutoBackupInfo,
} from '../../renderer/domain/backupFiles';
import { LANGUAGES } from '../../renderer/domain/model';
import { CHANNELS, MENU_COMMANDS } from './channels';

export { BRIDGE_KEY, CHANNELS, MENU_COMMANDS } from './channels';

/** The channels main only sends on (main -> renderer); every other channel is an invoke call. */
type SendChannel = 'menu:command' | 'shell:flush';
export type InvokeChannel = Exclude<(typeof CHANNELS)[keyof typeof CHANNELS], SendChannel>;

export const FILE_KINDS = ['docx', 'json'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Minutes of 5,000 entries are a few hundred kB; a full backup of years stays far below this. */
export const MAX_SAVE_BYTES = 256 * 1024 * 1024;
/** A backup file larger than this is refused before it is read into memory. */
export const MAX_OPEN_BYTES = MAX_BACKUP_BYTES;

function isReservedInFileName(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || '\\/:*?"<>|'.includes(char);
}

/**
 * A file name proposed to the save dialog: a bare name (no folders), no characters that Windows
 * or macOS refuse, and the extension of its kind. The user can still pick any path in the dialog.
 */
const suggestedName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => ![...name].some(isReservedInFileName), {
    message: 'must be a bare file name without folders or reserved characters',
  })
  .refine((name) => !/^\.+$/.test(name.trim()), { message: 'must not be dots only' });

export const saveFileRequestSchema = z
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
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type SaveFileResult = { status: 'saved'; fileName: string } | { status: 'canceled' };

export const openFileRequestSchema = z.strictObject({ kind: z.literal('json') });
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;
export type OpenFileResult =
  | { status: 'opened'; fileName: string; text: string }
  | { status: 'canceled' }
  | { status: 'tooLarge'; fileName: string; bytes: number };

export const setLanguageRequestSchema = z.strictObject({ language: z.enum(LANGUAGES) });
export type SetLanguageRequest = z.infer<typeof setLanguageRequestSchema>;

export const writeAutoBackupRequestSchema = z.strictObject({
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
export type WriteAutoBackupRequest = z.infer<typeof writeAutoBackupRequestSchema>;

export type WriteAutoBackupResult = { status: 'written'; backup: AutoBackupInfo };

/**
 * Nothing to ask but an empty plain object (IPC calls carry exactly one argument). A strict empty
 * object schema alone would let a Date, a Map or an empty typed array through, and a refinement
 * after it sees only its output (a fresh object), so the prototype is checked first.
 */
export const emptyRequestSchema = z
  .custom<object>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null),
    { message: 'must be an empty object' },
  )
  .pipe(z.strictObject({}));

export const listAutoBackupsRequestSchema = emptyRequestSchema;
export type ListAutoBackupsRequest = z.infer<typeof listAutoBackupsRequestSchema>;

export const readAutoBackupRequestSchema = z.strictObject({
  name: z
    .string()
    .max(100)
    .refine((name) => parseAutoBackupName(name) !== null, { message: 'must be the name of an automatic backup' }),
});
export type ReadAutoBackupRequest = z.infer<typeof readAutoBackupRequestSchema>;
export type ReadAutoBackupResult =
  | { status: 'read'; name: string; text: string }
  | { status: 'notFound'; name: string }
  | { status: 'tooLarge'; name: string; bytes: number };

/**
 * shell:flushed — the renderer's answer to shell:flush: what was pending has been written (or
 * failed), so the window may close now. It carries nothing.
 */
export const shellFlushedRequestSchema = emptyRequestSchema;
export type ShellFlushedRequest = z.infer<typeof shellFlushedRequestSchema>;

export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const menuCommandSchema = z.enum(MENU_COMMANDS);

/** The minutes of a long meeting as text are a few hundred kB; far more is not minutes. */
export const MAX_CLIPBOARD_CHARS = 16 * 1024 * 1024;

export const writeClipboardRequestSchema = z.strictObject({ text: z.string().max(MAX_CLIPBOARD_CHARS) });
export type WriteClipboardRequest = z.infer<typeof writeClipboardRequestSchema>;

/** Request schema of each invoke channel: main validates with it, types derive from it. */
export const REQUEST_SCHEMAS = {
  [CHANNELS.filesSave]: saveFileRequestSchema,
  [CHANNELS.filesOpen]: openFileRequestSchema,
  [CHANNELS.appSetLanguage]: setLanguageRequestSchema,
  [CHANNELS.clipboardWrite]: writeClipboardRequestSchema,
  [CHANNELS.backupWrite]: writeAutoBackupRequestSchema,
  [CHANNELS.backupList]: listAutoBackupsRequestSchema,
  [CHANNELS.backupRead]: readAutoBackupRequestSchema,
  [CHANNELS.shellFlushed]: shellFlushedRequestSchema,
} satisfies Record<InvokeChannel, z.ZodType>;

export interface InvokeMap {
  [CHANNELS.filesSave]: { request: SaveFileRequest; result: SaveFileResult };
  [CHANNELS.filesOpen]: { request: OpenFileRequest; result: OpenFileResult };
  [CHANNELS.appSetLanguage]: { request: SetLanguageRequest; result: undefined };
  [CHANNELS.clipboardWrite]: { request: WriteClipboardRequest; result: undefined };
  [CHANNELS.backupWrite]: { request: WriteAutoBackupRequest; result: WriteAutoBackupResult };
  [CHANNELS.backupList]: { request: ListAutoBackupsRequest; result: AutoBackupInfo[] };
  [CHANNELS.backupRead]: { request: ReadAutoBackupRequest; result: ReadAutoBackupResult };
  [CHANNELS.shellFlushed]: { request: ShellFlushedRequest; result: undefined };
}

/**
 * What the preload exposes on `window.seogi`: one narrow function per channel, nothing else.
 * The renderer's desktop host wraps it; the preload checks its object `satisfies` this type.
 */
export interface DesktopBridge {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  setLanguage(request: SetLanguageRequest): Promise<undefined>;
  /** Puts text on the clipboard (the renderer is given no clipboard permission of its own). */
  copyText(request: WriteClipboardRequest): Promise<undefined>;
  /** Writes an automatic backup into the backups folder of the user-data folder, keeping the last few. */
  writeAutoBackup(request: WriteAutoBackupRequest): Promise<WriteAutoBackupResult>;
  /** The automatic backups, newest first. */
  listAutoBackups(): Promise<AutoBackupInfo[]>;
  readAutoBackup(request: ReadAutoBackupRequest): Promise<ReadAutoBackupResult>;
  /** Subscribes to commands from the native menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Subscribes to the shell's request to write what is pending before the window closes or the
   * app quits; returns the unsubscribe function. The shell is told once every listener has
   * settled, and closes anyway after a few seconds.
   */
  onFlushRequest(listener: () => Promise<void>): () => void;
}

/** Thrown by main when a payload fails its schema; the message names the channel and the fields. */
export class IpcValidationError extends Error {
  override name = 'IpcValidationError';
}

/**
 * `scheme://host` of a URL. Node's URL reports the origin of a custom scheme such as app:// as
 * "null", so the origin is rebuilt from its parts; unparsable URLs give "".
 */
export function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '';
  }
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'payload'}: ${issue.message}`)
    .join('; ');
}
