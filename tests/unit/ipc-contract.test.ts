/**
 * The gate every IPC call passes (electron/main/ipc/register.ts) and the request schemas of the
 * contract (electron/shared/ipc.ts): who may call, with how many arguments, and which payloads
 * each method refuses, with an error that names the channel and the field. (Every method under
 * random and hostile payloads: ipc-fuzz.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import {
  IpcValidationError,
  isTrustedSender,
  registerHandlers,
  validateCall,
  type SenderInfo,
} from '../../electron/main/ipc/register';
import {
  CONTRACT,
  INVOKE_CHANNELS,
  MAX_CLIPBOARD_CHARS,
  SEND_CHANNELS,
  type InvokeMethod,
} from '../../electron/shared/ipc';
import { FakeFs, ORIGIN, shellHandlers, trusted } from './fakeShell';

const validSave = { kind: 'docx', suggestedName: '2021-11-23 회의록.docx', bytes: new Uint8Array([1, 2, 3]) };

describe('the IPC gate', () => {
  it('accepts a valid payload from the app window', () => {
    expect(validateCall('saveFile', trusted, [validSave], ORIGIN)).toEqual(validSave);
    expect(validateCall('setLanguage', trusted, [{ language: 'ko' }], ORIGIN)).toEqual({ language: 'ko' });
  });

  it.each([
    ['no payload', []],
    ['two payloads', [validSave, validSave]],
  ])('rejects %s', (_name, args) => {
    expect(() => validateCall('saveFile', trusted, args, ORIGIN)).toThrow(/expected exactly one argument/);
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a sub-frame', { senderFrame: { url: 'app://seogi/index.html', parent: {} } }],
    ['no frame', { senderFrame: null }],
    ['a file:// page', { senderFrame: { url: 'file:///home/me/x.html', parent: null } }],
  ])('refuses calls from %s', (_name, event) => {
    expect(isTrustedSender(event as SenderInfo, ORIGIN)).toBe(false);
    expect(() => validateCall('setLanguage', event as SenderInfo, [{ language: 'en' }], ORIGIN)).toThrow(
      /not the Seogi window/,
    );
  });

  it('registers every method of the contract on its channel, behind the gate', async () => {
    const registered = new Map<string, (event: SenderInfo, ...args: unknown[]) => unknown>();
    const { handlers, applyLanguage } = shellHandlers(new FakeFs());
    registerHandlers({ handle: (channel, listener) => registered.set(channel, listener) }, handlers, ORIGIN);
    expect([...registered.keys()]).toEqual(
      (Object.keys(CONTRACT) as InvokeMethod[]).map((method) => INVOKE_CHANNELS[method]),
    );
    const listener = registered.get('app:setLanguage');
    expect(() => listener?.(trusted, { language: 'xx' })).toThrow(IpcValidationError);
    expect(applyLanguage).not.toHaveBeenCalled();
    await listener?.(trusted, { language: 'ko' });
    expect(applyLanguage).toHaveBeenCalledWith('ko');
  });
});

describe('files:save and files:open requests', () => {
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
    const call = () => validateCall('saveFile', trusted, [payload], ORIGIN);
    expect(call).toThrow(IpcValidationError);
    expect(call).toThrow(/^files:save: invalid payload/);
    expect(call).toThrow(message);
  });

  it('rejects files:open for anything but a JSON backup', () => {
    expect(() => validateCall('openFile', trusted, [{ kind: 'docx' }], ORIGIN)).toThrow(/files:open/);
  });
});

describe('files:savePdf requests', () => {
  const valid = { suggestedName: '2021-11-23 제4차 회의록.pdf', footer: 'Page {{page}} of {{total}}' };
  it('takes a bare .pdf name and a footer pattern with the page number', () => {
    expect(validateCall('savePdf', trusted, [valid], ORIGIN)).toEqual(valid);
  });

  const malformed: [string, unknown, RegExp][] = [
    ['a .docx name', { ...valid, suggestedName: 'minutes.docx' }, /suggestedName: must end with \.pdf/],
    ['a path', { ...valid, suggestedName: '../x.pdf' }, /suggestedName/],
    ['a footer without the page number', { ...valid, footer: 'Minutes' }, /footer/],
    ['a footer with another field', { ...valid, footer: '{{page}} {{url}}' }, /footer/],
    ['a footer of more than one line', { ...valid, footer: '{{page}}\n<img src=x>' }, /footer/],
    ['a footer far too long', { ...valid, footer: `{{page}}${'x'.repeat(200)}` }, /footer/],
    ['options of its own', { ...valid, pageRanges: '1' }, /pageRanges|Unrecognized/i],
  ];
  it.each(malformed)('rejects files:savePdf with %s, naming the problem', (_name, payload, message) => {
    const call = () => validateCall('savePdf', trusted, [payload], ORIGIN);
    expect(call).toThrow(/^files:savePdf: invalid payload/);
    expect(call).toThrow(message);
  });
});

describe('app:setLanguage and clipboard:writeText requests', () => {
  it('rejects an unknown language', () => {
    expect(() => validateCall('setLanguage', trusted, [{ language: 'fr' }], ORIGIN)).toThrow(
      /app:setLanguage: invalid payload \(language/,
    );
  });

  it('takes only a string of reasonable size for the clipboard', () => {
    expect(validateCall('copyText', trusted, [{ text: '○ 부시장 김종석: 당부드린다' }], ORIGIN)).toEqual({
      text: '○ 부시장 김종석: 당부드린다',
    });
    expect(() => validateCall('copyText', trusted, [{ text: 'x'.repeat(MAX_CLIPBOARD_CHARS + 1) }], ORIGIN)).toThrow(
      /clipboard:writeText: invalid payload \(text/,
    );
    expect(() => validateCall('copyText', trusted, [{ text: 3 }], ORIGIN)).toThrow(IpcValidationError);
  });
});

describe('shell:flushed requests', () => {
  it('answer a message main sends; no message main sends is an invoke call', () => {
    expect(INVOKE_CHANNELS.flushed).toBe('shell:flushed');
    expect(Object.values(INVOKE_CHANNELS)).not.toContain(SEND_CHANNELS.flush);
    expect(Object.values(INVOKE_CHANNELS)).not.toContain(SEND_CHANNELS.menuCommand);
  });

  it('take an empty object, with or without a prototype', () => {
    expect(validateCall('flushed', trusted, [{}], ORIGIN)).toEqual({});
    expect(validateCall('flushed', trusted, [Object.create(null)], ORIGIN)).toEqual({});
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
  ])('refuse %s', (_name, payload) => {
    expect(() => validateCall('flushed', trusted, [payload], ORIGIN)).toThrow(/^shell:flushed: invalid payload/);
  });

  it('refuse an answer from another page', () => {
    expect(() =>
      validateCall('flushed', { senderFrame: { url: 'https://evil.example/', parent: null } }, [{}], ORIGIN),
    ).toThrow(/^shell:flushed: refused/);
  });
});
