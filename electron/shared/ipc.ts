/**
 * THE IPC contract between the renderer and the desktop shell. Channel names, payload types and
 * the schemas that main validates every payload against live here and nowhere else; main, the
 * preload and the renderer's desktop host all import this file.
 *
 * Renderer -> main calls are `invoke` calls named `domain:verb`. Main -> renderer messages are
 * limited to menu commands.
 */
import { z } from 'zod';
import { CHANNELS, MENU_COMMANDS } from './channels';

export { BRIDGE_KEY, CHANNELS, MENU_COMMANDS } from './channels';

export type InvokeChannel = Exclude<(typeof CHANNELS)[keyof typeof CHANNELS], 'menu:command'>;

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const FILE_KINDS = ['docx', 'json'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Minutes of 5,000 entries are a few hundred kB; a full backup of years stays far below this. */
export const MAX_SAVE_BYTES = 256 * 1024 * 1024;
/** A backup file larger than this is refused before it is read into memory. */
export const MAX_OPEN_BYTES = 128 * 1024 * 1024;

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

export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const menuCommandSchema = z.enum(MENU_COMMANDS);

/** Request schema of each invoke channel: main validates with it, types derive from it. */
export const REQUEST_SCHEMAS = {
  [CHANNELS.filesSave]: saveFileRequestSchema,
  [CHANNELS.filesOpen]: openFileRequestSchema,
  [CHANNELS.appSetLanguage]: setLanguageRequestSchema,
} satisfies Record<InvokeChannel, z.ZodType>;

export interface InvokeMap {
  [CHANNELS.filesSave]: { request: SaveFileRequest; result: SaveFileResult };
  [CHANNELS.filesOpen]: { request: OpenFileRequest; result: OpenFileResult };
  [CHANNELS.appSetLanguage]: { request: SetLanguageRequest; result: undefined };
}

/**
 * What the preload exposes on `window.seogi`: one narrow function per channel, nothing else.
 * The renderer's desktop host wraps it; the preload checks its object `satisfies` this type.
 */
export interface DesktopBridge {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  setLanguage(request: SetLanguageRequest): Promise<undefined>;
  /** Subscribes to commands from the native menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
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
