/**
 * The IPC contract fuzzed: every method of CONTRACT (electron/shared/ipc.ts) fed seeded random
 * and hostile payloads through the gate (electron/main/ipc/register.ts), each rejected with an
 * error naming its channel; and every real handler wired behind that gate to a file system in
 * memory, which nothing hostile reaches and nothing valid writes outside the backups folder and
 * the file the user chose.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_AUTO_BACKUPS } from '../../electron/main/ipc/backup';
import { IpcValidationError, registerHandlers, validateCall, type SenderInfo } from '../../electron/main/ipc/register';
import { CONTRACT, INVOKE_CHANNELS, type InvokeMethod, type RequestOf } from '../../electron/shared/ipc';
import {
  AUTO_BACKUP_NAME,
  AUTO_BACKUP_REASONS,
  autoBackupName,
  MAX_BACKUP_BYTES,
} from '../../renderer/domain/backupFiles';
import { seededRandom } from '../fixtures/random';
import {
  BACKUP_TEXT,
  backupNames,
  BACKUPS,
  CHOSEN,
  DOCUMENTS,
  FakeFs,
  ORIGIN,
  shellHandlers,
  T0,
  trusted,
} from './fakeShell';

/** Seeded, so that every run throws the same payloads. */
function prng(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof prng>;

/** One valid request per method; the type makes sure no method of the contract is forgotten. */
const VALID: { [M in InvokeMethod]: RequestOf<M> } = {
  saveFile: { kind: 'docx', suggestedName: 'minutes.docx', bytes: new Uint8Array([80, 75, 3, 4]) },
  openFile: { kind: 'json' },
  setLanguage: { language: 'ko' },
  copyText: { text: '회의록' },
  writeAutoBackup: { reason: 'daily', text: BACKUP_TEXT },
  listAutoBackups: {},
  readAutoBackup: { name: 'seogi-backup-20211123-010203-daily.json' },
  flushed: {},
  savePdf: { suggestedName: 'minutes.pdf', footer: '- {{page}} -' },
};

/** Uppercase, digits and symbols only: random strings from it can never spell a valid enum value or name. */
const ALPHABET = [
  'A',
  'Z',
  '0',
  '9',
  '.',
  '..',
  '/',
  '\\',
  ':',
  '*',
  '?',
  '"',
  '<',
  '|',
  ' ',
  '\u0000',
  '\n',
  '\u202e',
  '가',
  '\ud800',
  '😀',
  '%2e',
  '~',
];

let hugeAscii: string | undefined;
let hugeKorean: string | undefined;
/** Over the limit in characters, and under it in characters but over it in bytes (made once). */
const huge = {
  ascii: () => (hugeAscii ??= `{"format":"seogi-backup",${'x'.repeat(MAX_BACKUP_BYTES)}`),
  korean: () => (hugeKorean ??= `{"format":"seogi-backup",${'가'.repeat(Math.floor(MAX_BACKUP_BYTES / 3) + 1)}`),
};

function randomString(r: Random, max = 12): string {
  return Array.from({ length: r.int(max) }, () => r.pick(ALPHABET)).join('');
}

const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'then',
  'path',
  'filePath',
  'dir',
  '',
  ' ',
  'kind ',
  'name\u0000',
  '0',
  '-1',
];

function randomValue(r: Random, depth = 0): unknown {
  switch (r.int(depth > 3 ? 6 : 10)) {
    case 0:
      return r.pick([null, undefined, true, false]);
    case 1:
      return r.pick([0, -0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, Number.MIN_VALUE, 10n]);
    case 2:
      return randomString(r);
    case 3:
      return r.pick(['', '\u0000', '../../etc/passwd', 'C:\\Windows', '%00', 'a'.repeat(100_000)]);
    case 4:
      return r.pick([
        new Uint8Array(0),
        new Uint16Array(3),
        new Int8Array(2),
        new Float64Array(1),
        new ArrayBuffer(4),
        new DataView(new ArrayBuffer(2)),
        new Date(0),
        new Map([['kind', 'json']]),
        new Set(['ko']),
        /ko/,
        new Error('x'),
        new String('ko'),
        Promise.resolve(),
      ]);
    case 5:
      return r.pick([() => VALID, Symbol('ko'), Symbol.for('json')]);
    case 6:
    case 7:
      return Array.from({ length: r.int(4) }, () => randomValue(r, depth + 1));
    default: {
      // At least one key, so that it can never be the empty object backup:list and shell:flushed ask for.
      const object: Record<string, unknown> = {};
      const keys = 1 + r.int(3);
      for (let i = 0; i < keys; i++) {
        const key = r.pick([
          ...HOSTILE_KEYS,
          'kind',
          'language',
          'reason',
          'text',
          'name',
          'bytes',
          randomString(r, 6),
        ]);
        Object.defineProperty(object, key, { value: randomValue(r, depth + 1), enumerable: true, writable: true });
      }
      return object;
    }
  }
}

function deeplyNested(r: Random): unknown {
  let value: unknown = VALID.setLanguage;
  const array = r.next() < 0.5;
  for (let i = 0; i < 10_000; i++) value = array ? [value] : { language: value };
  return value;
}

/** Values that are wrong for each field of each method. */
const WRONG: { [M in InvokeMethod]: Record<string, (r: Random) => unknown[]> } = {
  saveFile: {
    kind: () => ['exe', 'DOCX', 'json', '', null, 1, ['docx'], { toString: () => 'docx' }],
    suggestedName: (r) => [
      '',
      '../x.docx',
      '/etc/passwd.docx',
      'C:\\x.docx',
      'a/b.docx',
      'a\u0000.docx',
      'x.docx\n',
      '..',
      '...',
      'CON:.docx',
      `${'x'.repeat(201)}.docx`,
      'minutes.exe',
      'minutes.docx.exe',
      42,
      null,
      new String('a.docx'),
      `${randomString(r)}/${randomString(r)}.docx`,
    ],
    bytes: () => [
      [80, 75, 3, 4],
      'UEsDBA==',
      new Uint16Array(2),
      new Int8Array(2),
      new Uint8ClampedArray(2),
      new ArrayBuffer(2),
      new DataView(new ArrayBuffer(2)),
      { 0: 80, length: 1, byteLength: 1 },
      null,
      undefined,
    ],
  },
  savePdf: {
    suggestedName: (r) => [
      '',
      'minutes.docx',
      'minutes.pdf.exe',
      '../x.pdf',
      'a/b.pdf',
      'C:\\x.pdf',
      'a\u0000.pdf',
      `${'x'.repeat(201)}.pdf`,
      null,
      ['m.pdf'],
      `${randomString(r)}/${randomString(r)}.pdf`,
    ],
    footer: (r) => [
      '',
      'page',
      '{{total}}',
      '- {{page}} - {{script}}',
      '{{page}}\n<script>',
      `{{page}}${'x'.repeat(200)}`,
      '{{page}}\u202e',
      null,
      1,
      ['{{page}}'],
      randomString(r),
    ],
  },
  openFile: {
    kind: () => ['docx', 'exe', 'JSON', '', null, 0, ['json'], { kind: 'json' }],
  },
  setLanguage: {
    language: () => ['fr', 'KO', 'ko ', 'ko\u0000', 'ko-KR', '', null, 0, ['ko'], { language: 'ko' }],
  },
  copyText: {
    text: () => [null, 0, ['회의록'], { text: 'x' }, new Uint8Array([1]), undefined, true],
  },
  writeAutoBackup: {
    reason: () => ['weekly', 'Daily', '', '__proto__', 'constructor', null, 1, ['daily']],
    text: (r) => [
      '',
      'hello',
      '[]',
      '{"format":"other",',
      '{"format":"seogi-backup"}',
      `${' '.repeat(300)}{"format":"seogi-backup",`,
      'PK\u0003\u0004',
      null,
      7,
      new Uint8Array([123]),
      ['{"format":"seogi-backup",'],
      r.next() < 0.05 ? huge.ascii() : `${randomString(r)}{"format":"seogi-backup",`,
      r.next() < 0.02 ? huge.korean() : '{"format": seogi-backup,',
    ],
  },
  listAutoBackups: {},
  flushed: {},
  readAutoBackup: {
    name: (r) => [
      '../x',
      '/etc/passwd',
      '..',
      '',
      'seogi-backup-20211123-010203-daily.json/../../../etc/passwd',
      '..\\..\\Windows\\win.ini',
      'C:\\x',
      '\\\\server\\share\\x',
      'file:///etc/passwd',
      'seogi-backup-20211123-010203-daily.json\u0000',
      'seogi-backup-20211123-010203-daily.json\n',
      ' seogi-backup-20211123-010203-daily.json',
      'seogi-backup-20211123-010203-weekly.json',
      'SEOGI-BACKUP-20211123-010203-daily.json',
      'seogi-backup-20211323-010203-daily.json',
      'seogi-backup-2021112-010203-daily.json',
      'seogi-backup-20211123-010203-daily',
      `${'seogi-backup-20211123-010203-daily.json'.repeat(100)}`,
      null,
      1,
      ['seogi-backup-20211123-010203-daily.json'],
      randomString(r, 40),
    ],
  },
};

/** A payload that is wrong for the method by construction. */
function hostilePayload(method: InvokeMethod, r: Random): unknown {
  const valid = VALID[method] as Record<string, unknown>;
  const fields = Object.keys(valid);
  const strategy = r.int(6);
  // Anything at all but a plain object with the right keys (random objects always have a key).
  if (strategy === 0) return randomValue(r);
  if (strategy === 1) return deeplyNested(r);
  if (strategy === 2 || fields.length === 0) {
    // The valid request plus one key it does not have.
    const key = r.pick(HOSTILE_KEYS.filter((k) => !Object.hasOwn(valid, k)));
    const payload = { ...valid };
    Object.defineProperty(payload, key, { value: randomValue(r), enumerable: true, writable: true });
    return payload;
  }
  if (strategy === 3) {
    const missing = r.pick(fields);
    return Object.fromEntries(Object.entries(valid).filter(([key]) => key !== missing));
  }
  // The valid request, wrapped.
  if (strategy === 4) return r.pick([[valid], { request: valid }, { ...valid, [fields[0] ?? 'x']: valid }]);
  const field = r.pick(fields);
  return { ...valid, [field]: r.pick(WRONG[method][field]!(r)) };
}

function describePayload(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return (text ?? String(value)).slice(0, 200);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Every method of the contract, in its order: a new one is fuzzed as soon as it has its samples above. */
const METHODS = Object.keys(CONTRACT) as InvokeMethod[];
const PAYLOADS_PER_METHOD = 500;

/** Every real handler, wired to one recording fake file system, behind the gate. */
function wiredShell() {
  const fs = new FakeFs();
  const clock = { now: T0 };
  const { handlers, applyLanguage, flushed } = shellHandlers(fs, clock);
  const listeners = new Map<string, (event: SenderInfo, ...args: unknown[]) => unknown>();
  registerHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers, ORIGIN);
  const call = (method: InvokeMethod, ...args: unknown[]) => listeners.get(INVOKE_CHANNELS[method])!(trusted, ...args);
  return { fs, clock, applyLanguage, flushed, call };
}

/** Only the backups folder, and the file the user chose in the save dialog (with its temporary file). */
function isAllowed(p: string): boolean {
  if (p === BACKUPS || path.dirname(p) === BACKUPS) return true;
  return (
    path.dirname(p) === DOCUMENTS &&
    (p === `${CHOSEN}.docx` ||
      p === `${CHOSEN}.hwpx` ||
      p === `${CHOSEN}.json` ||
      p === `${CHOSEN}.pdf` ||
      (p.startsWith(`${CHOSEN}.`) && p.endsWith('.part')))
  );
}

describe('every method of the IPC contract under random and hostile payloads', () => {
  it('has a valid sample and accepts it, for every method of the contract', () => {
    expect(Object.keys(VALID)).toEqual(METHODS);
    for (const method of METHODS) {
      expect(() => validateCall(method, trusted, [VALID[method]], ORIGIN)).not.toThrow();
    }
  });

  it.each(METHODS)(`rejects ${PAYLOADS_PER_METHOD} hostile payloads on %s, naming the channel`, (method) => {
    const r = prng(METHODS.indexOf(method) + 1);
    for (let i = 0; i < PAYLOADS_PER_METHOD; i++) {
      const payload = hostilePayload(method, r);
      let error: unknown;
      try {
        validateCall(method, trusted, [payload], ORIGIN);
      } catch (caught) {
        error = caught;
      }
      expect(error, `#${i} ${describePayload(payload)}`).toBeInstanceOf(IpcValidationError);
      const message = (error as Error).message;
      expect(message.startsWith(`${INVOKE_CHANNELS[method]}: invalid payload (`), message).toBe(true);
    }
  });

  it.each(METHODS)('rejects %s with the wrong number of arguments or from the wrong sender', (method) => {
    const channel = INVOKE_CHANNELS[method];
    for (const args of [[], [VALID[method], VALID[method]], [undefined, undefined]]) {
      expect(() => validateCall(method, trusted, args, ORIGIN)).toThrow(
        new RegExp(`^${channel}: expected exactly one`),
      );
    }
    for (const senderFrame of [
      null,
      { url: 'https://evil.example/', parent: null },
      { url: `${ORIGIN}/`, parent: {} },
    ]) {
      expect(() => validateCall(method, { senderFrame }, [VALID[method]], ORIGIN)).toThrow(
        new RegExp(`^${channel}: refused`),
      );
    }
  });

  it('never lets a hostile payload reach a handler: nothing is written, no dialog opens', () => {
    const shell = wiredShell();
    const r = prng(99);
    for (const method of METHODS) {
      for (let i = 0; i < PAYLOADS_PER_METHOD; i++) {
        const payload = hostilePayload(method, r);
        expect(() => shell.call(method, payload), `${method} #${i}`).toThrow(IpcValidationError);
      }
    }
    expect(shell.fs.changes).toEqual([]);
    expect(shell.fs.reads).toEqual([]);
    expect(shell.applyLanguage).not.toHaveBeenCalled();
    expect(shell.flushed).not.toHaveBeenCalled();
  });

  it('writes nowhere but the backups folder and the chosen file, whatever valid requests arrive', async () => {
    const shell = wiredShell();
    const r = prng(2021);
    const saveNames = ['minutes', '회의록 2021-11-23', '..minutes', 'a b', '~', '%2e%2e'];
    for (let i = 0; i < 300; i++) {
      shell.clock.now = Date.UTC(2000, 0, 1) + r.int(100 * 365) * 86_400_000 + r.int(86_400) * 1000;
      const kind = r.pick(['docx', 'hwpx', 'json'] as const);
      const requests: { [M in InvokeMethod]: () => RequestOf<M> } = {
        saveFile: () => ({
          kind,
          suggestedName: `${r.pick(saveNames)}.${kind}`,
          bytes: new Uint8Array(r.int(64)),
        }),
        savePdf: () => ({
          suggestedName: `${r.pick(saveNames)}.pdf`,
          footer: r.pick(['- {{page}} -', 'Page {{page}} of {{total}}']),
        }),
        openFile: () => ({ kind: 'json' }),
        setLanguage: () => ({ language: r.pick(['ko', 'en'] as const) }),
        copyText: () => ({ text: randomString(r, 40) }),
        writeAutoBackup: () => ({
          reason: r.pick(AUTO_BACKUP_REASONS),
          text: `{"format":"seogi-backup","path":"../../${randomString(r, 20)}"}`,
        }),
        listAutoBackups: () => ({}),
        readAutoBackup: () => ({ name: autoBackupName(r.pick(AUTO_BACKUP_REASONS), shell.clock.now) }),
        flushed: () => ({}),
      };
      const method = r.pick(METHODS);
      const request = requests[method]();
      await Promise.resolve(shell.call(method, request)).catch((error: unknown) => {
        // files:open of a file that is not there is the one failure a valid request may meet here.
        if (method !== 'openFile') throw error;
      });
    }
    expect(shell.fs.changes.length).toBeGreaterThan(100);
    const outside = shell.fs.changes.filter((c) => !isAllowed(c.path));
    expect(outside).toEqual([]);
    for (const p of shell.fs.files.keys()) expect(isAllowed(p), p).toBe(true);
    expect(backupNames(shell.fs).filter((n) => AUTO_BACKUP_NAME.test(n)).length).toBeLessThanOrEqual(KEEP_AUTO_BACKUPS);
  });

  it('counts the limit of a backup text in bytes', () => {
    const korean = huge.korean();
    expect(korean.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(() => validateCall('writeAutoBackup', trusted, [{ reason: 'daily', text: korean }], ORIGIN)).toThrow(
      /backup:write: invalid payload \(text: must be at most/,
    );
  });
});
