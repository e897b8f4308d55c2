import { describe, expect, it, vi } from 'vitest';
import {
  CHANNELS,
  IpcValidationError,
  MAX_CLIPBOARD_CHARS,
  MAX_OPEN_BYTES,
  REQUEST_SCHEMAS,
  type InvokeChannel,
} from '../../electron/shared/ipc';
import { createAppHandlers } from '../../electron/main/ipc/app';
import { createFileHandlers, withExtension, type FileDeps } from '../../electron/main/ipc/files';
import { createShellHandlers } from '../../electron/main/ipc/shell';
import { isTrustedSender, registerHandlers, validateCall, type SenderInfo } from '../../electron/main/ipc/register';

const ORIGIN = 'app://seogi';
const trusted: SenderInfo = { senderFrame: { url: 'app://seogi/index.html#/meetings', parent: null } };

function fakeDeps(overrides: Partial<FileDeps> = {}) {
  const written = new Map<string, Uint8Array>();
  const renamed: [string, string][] = [];
  const deps: FileDeps = {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/me/Documents/minutes' })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/me/backup.json'] })),
    writeFile: vi.fn(async (p: string, bytes: Uint8Array) => {
      written.set(p, bytes);
    }),
    rename: vi.fn(async (from: string, to: string) => {
      renamed.push([from, to]);
    }),
    remove: vi.fn(async () => undefined),
    fileSize: vi.fn(async () => 42),
    readText: vi.fn(async () => '{"format":"seogi-backup"}'),
    documentsDir: () => '/home/me/Documents',
    labels: () => ({ saveTitle: 'Save', openTitle: 'Open', filterName: (kind) => kind }),
    ...overrides,
  };
  return { deps, written, renamed };
}

const validSave = { kind: 'docx', suggestedName: '2021-11-23 회의록.docx', bytes: new Uint8Array([1, 2, 3]) };

describe('IPC gate', () => {
  it('accepts a valid payload from the app window', () => {
    expect(validateCall(CHANNELS.filesSave, trusted, [validSave], ORIGIN)).toEqual(validSave);
    expect(validateCall(CHANNELS.appSetLanguage, trusted, [{ language: 'ko' }], ORIGIN)).toEqual({ language: 'ko' });
  });

  it.each([
    ['no payload', []],
    ['two payloads', [validSave, validSave]],
  ])('rejects %s', (_name, args) => {
    expect(() => validateCall(CHANNELS.filesSave, trusted, args, ORIGIN)).toThrow(/expected exactly one argument/);
  });

  const malformed: [string, unknown, RegExp][] = [
    ['null', null, /invalid payload/],
    ['a string', 'docx', /invalid payload/],
    ['an unknown kind', { ...validSave, kind: 'exe' }, /kind/],
    ['bytes as an array of numbers', { ...validSave, bytes: [1, 2, 3] }, /bytes: must be bytes/],
    ['a path instead of a name', { ...validSave, suggestedName: '../../etc/passwd.docx' }, /suggestedName/],
    ['a Windows path', { ...validSave, suggestedName: 'C:\\Windows\\x.docx' }, /suggestedName/],
    ['a control character in the name', { ...validSave, suggestedName: 'a\u0000b.docx' }, /suggestedName/],
    ['a name with the wrong extension', { ...validSave, suggestedName: 'minutes.exe' }, /extension/],
    ['an empty name', { ...validSave, suggestedName: '' }, /suggestedName/],
    ['an extra field', { ...validSave, path: '/tmp/x.docx' }, /path|Unrecognized/i],
  ];
  it.each(malformed)('rejects files:save with %s, naming the problem', (_name, payload, message) => {
    const call = () => validateCall(CHANNELS.filesSave, trusted, [payload], ORIGIN);
    expect(call).toThrow(IpcValidationError);
    expect(call).toThrow(/^files:save: invalid payload/);
    expect(call).toThrow(message);
  });

  it('rejects an unknown language', () => {
    expect(() => validateCall(CHANNELS.appSetLanguage, trusted, [{ language: 'fr' }], ORIGIN)).toThrow(
      /app:setLanguage: invalid payload \(language/,
    );
  });

  it('rejects files:open for anything but a JSON backup', () => {
    expect(() => validateCall(CHANNELS.filesOpen, trusted, [{ kind: 'docx' }], ORIGIN)).toThrow(/files:open/);
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a sub-frame', { senderFrame: { url: 'app://seogi/index.html', parent: {} } }],
    ['no frame', { senderFrame: null }],
    ['a file:// page', { senderFrame: { url: 'file:///home/me/x.html', parent: null } }],
  ])('refuses calls from %s', (_name, event) => {
    expect(isTrustedSender(event as SenderInfo, ORIGIN)).toBe(false);
    expect(() => validateCall(CHANNELS.appSetLanguage, event as SenderInfo, [{ language: 'en' }], ORIGIN)).toThrow(
      /not the Seogi window/,
    );
  });

  it('registers every channel behind the gate', async () => {
    const registered = new Map<string, (event: SenderInfo, ...args: unknown[]) => unknown>();
    const handler = vi.fn(async () => undefined);
    registerHandlers(
      { handle: (channel, listener) => registered.set(channel, listener) },
      { 'files:save': handler, 'files:open': handler, 'app:setLanguage': handler } as never,
      ORIGIN,
    );
    expect([...registered.keys()].sort()).toEqual(
      (['app:setLanguage', 'files:open', 'files:save'] satisfies InvokeChannel[]).sort(),
    );
    const listener = registered.get('app:setLanguage');
    expect(() => listener?.(trusted, { language: 'xx' })).toThrow(IpcValidationError);
    expect(handler).not.toHaveBeenCalled();
    await listener?.(trusted, { language: 'ko' });
    expect(handler).toHaveBeenCalledWith({ language: 'ko' });
  });
});

describe('files:save', () => {
  it('writes only at the path chosen in the dialog, atomically, with the extension added', async () => {
    const { deps, written, renamed } = fakeDeps();
    const handlers = createFileHandlers(deps);
    const result = await handlers.save({ kind: 'docx', suggestedName: 'minutes.docx', bytes: new Uint8Array([9]) });
    expect(result).toEqual({ status: 'saved', fileName: 'minutes.docx' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/home/me/Documents/minutes.docx' }),
    );
    const [temporary] = [...written.keys()];
    expect(temporary).toMatch(/^\/home\/me\/Documents\/minutes\.docx\..*\.part$/);
    expect(renamed).toEqual([[temporary, '/home/me/Documents/minutes.docx']]);
  });

  it('writes nothing when the dialog is canceled', async () => {
    const { deps, written } = fakeDeps({ showSaveDialog: async () => ({ canceled: true }) });
    await expect(
      createFileHandlers(deps).save({ kind: 'json', suggestedName: 'b.json', bytes: new Uint8Array() }),
    ).resolves.toEqual({ status: 'canceled' });
    expect(written.size).toBe(0);
  });

  it('removes the temporary file and reports the error when the write fails', async () => {
    const { deps } = fakeDeps({
      rename: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    });
    await expect(
      createFileHandlers(deps).save({ kind: 'docx', suggestedName: 'm.docx', bytes: new Uint8Array([1]) }),
    ).rejects.toThrow(/ENOSPC/);
    expect(deps.remove).toHaveBeenCalledWith(expect.stringMatching(/\.part$/));
  });

  it('keeps an extension the user typed, in any case', () => {
    expect(withExtension('/a/Minutes.DOCX', 'docx')).toBe('/a/Minutes.DOCX');
    expect(withExtension('/a/minutes', 'docx')).toBe('/a/minutes.docx');
  });
});

describe('files:open', () => {
  it('reads the chosen file', async () => {
    const { deps } = fakeDeps();
    await expect(createFileHandlers(deps).open({ kind: 'json' })).resolves.toEqual({
      status: 'opened',
      fileName: 'backup.json',
      text: '{"format":"seogi-backup"}',
    });
  });

  it('refuses a file that is too large without reading it', async () => {
    const { deps } = fakeDeps({ fileSize: async () => MAX_OPEN_BYTES + 1 });
    await expect(createFileHandlers(deps).open({ kind: 'json' })).resolves.toEqual({
      status: 'tooLarge',
      fileName: 'backup.json',
      bytes: MAX_OPEN_BYTES + 1,
    });
    expect(deps.readText).not.toHaveBeenCalled();
  });
});

describe('clipboard:writeText', () => {
  it('passes the text to the clipboard and refuses anything but a string of reasonable size', async () => {
    const writeClipboard = vi.fn();
    const handlers = createAppHandlers({ applyLanguage: vi.fn(), writeClipboard });
    const request = validateCall(CHANNELS.clipboardWrite, trusted, [{ text: '○ 부시장 김종석: 당부드린다' }], ORIGIN);
    await handlers.copyText(request);
    expect(writeClipboard).toHaveBeenCalledWith('○ 부시장 김종석: 당부드린다');
    expect(() =>
      validateCall(CHANNELS.clipboardWrite, trusted, [{ text: 'x'.repeat(MAX_CLIPBOARD_CHARS + 1) }], ORIGIN),
    ).toThrow(/clipboard:writeText: invalid payload \(text/);
    expect(() => validateCall(CHANNELS.clipboardWrite, trusted, [{ text: 3 }], ORIGIN)).toThrow(IpcValidationError);
  });
});

describe('shell:flush and shell:flushed', () => {
  it('are a message main sends and an invoke call the renderer answers with, nothing else', () => {
    expect(Object.keys(REQUEST_SCHEMAS)).toContain(CHANNELS.shellFlushed);
    expect(Object.keys(REQUEST_SCHEMAS)).not.toContain(CHANNELS.shellFlush);
    expect(Object.keys(REQUEST_SCHEMAS)).not.toContain(CHANNELS.menuCommand);
  });

  it('passes an empty object from the app window on to the close guard', async () => {
    const flushed = vi.fn();
    const handlers = createShellHandlers({ flushed });
    const request = validateCall(CHANNELS.shellFlushed, trusted, [{}], ORIGIN);
    await expect(handlers.flushed()).resolves.toBeUndefined();
    expect(request).toEqual({});
    expect(flushed).toHaveBeenCalledTimes(1);
    expect(validateCall(CHANNELS.shellFlushed, trusted, [Object.create(null)], ORIGIN)).toEqual({});
  });

  it.each([
    ['null', null],
    ['a key', { done: true }],
    ['an array', []],
    ['a date', new Date(0)],
    ['a map', new Map()],
    ['empty bytes', new Uint8Array(0)],
    ['an object with another prototype', Object.create({ done: true }) as object],
    ['a string', '{}'],
  ])('refuses %s', (_name, payload) => {
    expect(() => validateCall(CHANNELS.shellFlushed, trusted, [payload], ORIGIN)).toThrow(
      /^shell:flushed: invalid payload/,
    );
  });

  it('refuses an answer from another page', () => {
    expect(() =>
      validateCall(
        CHANNELS.shellFlushed,
        { senderFrame: { url: 'https://evil.example/', parent: null } },
        [{}],
        ORIGIN,
      ),
    ).toThrow(/^shell:flushed: refused/);
  });
});
