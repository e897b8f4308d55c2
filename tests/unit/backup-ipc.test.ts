import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppHandlers } from '../../electron/main/ipc/app';
import { createBackupHandlers, KEEP_AUTO_BACKUPS, type BackupDeps } from '../../electron/main/ipc/backup';
import { createFileHandlers, type FileDeps } from '../../electron/main/ipc/files';
import { registerHandlers, validateCall, type Handlers, type SenderInfo } from '../../electron/main/ipc/register';
import { createShellHandlers } from '../../electron/main/ipc/shell';
import {
  CHANNELS,
  IpcValidationError,
  REQUEST_SCHEMAS,
  type InvokeChannel,
  type InvokeMap,
} from '../../electron/shared/ipc';
import {
  autoBackupName,
  AUTO_BACKUP_NAME,
  AUTO_BACKUP_REASONS,
  MAX_BACKUP_BYTES,
  parseAutoBackupName,
  utf8Length,
} from '../../renderer/domain/backupFiles';
import { seededRandom } from '../fixtures/random';

const ORIGIN = 'app://seogi';
const trusted: SenderInfo = { senderFrame: { url: 'app://seogi/index.html#/settings', parent: null } };
const USER_DATA = '/home/me/.config/Seogi';
const BACKUPS = `${USER_DATA}/backups`;
const DOCUMENTS = '/home/me/Documents';
/** Where the user points the save dialog. */
const CHOSEN = `${DOCUMENTS}/chosen minutes`;
const T0 = Date.UTC(2021, 10, 23, 1, 2, 3);
const HOUR = 3_600_000;
const BACKUP_TEXT = '{\n  "format": "seogi-backup",\n  "formatVersion": 1\n}\n';

function enoent(p: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, '${p}'`), { code: 'ENOENT' });
}

/** A file system in memory that records every change made to it. */
class FakeFs {
  readonly files = new Map<string, Uint8Array>();
  readonly dirs = new Set<string>(['/', '/home', '/home/me', USER_DATA, DOCUMENTS]);
  readonly changes: { op: string; path: string }[] = [];
  readonly reads: string[] = [];

  private record(op: string, p: string) {
    this.changes.push({ op, path: p });
  }
  private parentMustExist(p: string) {
    if (!this.dirs.has(path.dirname(p))) throw enoent(p);
  }

  async makeDir(dir: string) {
    this.record('makeDir', dir);
    for (let d = dir; !this.dirs.has(d); d = path.dirname(d)) this.dirs.add(d);
  }
  async writeFile(p: string, bytes: Uint8Array) {
    this.record('writeFile', p);
    this.parentMustExist(p);
    this.files.set(p, bytes);
  }
  async rename(from: string, to: string) {
    this.record('rename', to);
    const bytes = this.files.get(from);
    if (!bytes) throw enoent(from);
    this.parentMustExist(to);
    this.files.delete(from);
    this.files.set(to, bytes);
  }
  async remove(p: string) {
    this.record('remove', p);
    this.files.delete(p);
  }
  async listDir(dir: string) {
    this.reads.push(dir);
    if (!this.dirs.has(dir)) throw enoent(dir);
    const inDir = (p: string) => path.dirname(p) === dir && p !== dir;
    return [...[...this.files.keys()].filter(inDir), ...[...this.dirs].filter(inDir)].map((p) => path.basename(p));
  }
  async stat(p: string) {
    this.reads.push(p);
    const bytes = this.files.get(p);
    if (bytes) return { size: bytes.byteLength, isFile: true };
    if (this.dirs.has(p)) return { size: 4096, isFile: false };
    throw enoent(p);
  }
  async readText(p: string) {
    this.reads.push(p);
    const bytes = this.files.get(p);
    if (!bytes) throw enoent(p);
    return new TextDecoder().decode(bytes);
  }
  put(p: string, text: string) {
    this.files.set(p, new TextEncoder().encode(text));
  }
}

function backupDeps(fs: FakeFs, clock = { now: T0 }, overrides: Partial<BackupDeps> = {}): BackupDeps {
  return {
    backupsDir: () => BACKUPS,
    makeDir: (dir) => fs.makeDir(dir),
    writeFile: (p, bytes) => fs.writeFile(p, bytes),
    rename: (from, to) => fs.rename(from, to),
    remove: (p) => fs.remove(p),
    listDir: (dir) => fs.listDir(dir),
    stat: (p) => fs.stat(p),
    readText: (p) => fs.readText(p),
    now: () => clock.now,
    ...overrides,
  };
}

function fileDeps(fs: FakeFs): FileDeps {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: CHOSEN })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [`${DOCUMENTS}/backup.json`] })),
    writeFile: (p, bytes) => fs.writeFile(p, bytes),
    rename: (from, to) => fs.rename(from, to),
    remove: (p) => fs.remove(p),
    fileSize: async (p) => (await fs.stat(p)).size,
    readText: (p) => fs.readText(p),
    documentsDir: () => DOCUMENTS,
    labels: () => ({ saveTitle: 'Save', openTitle: 'Open', filterName: (kind) => kind }),
  };
}

const names = (fs: FakeFs) =>
  [...fs.files.keys()]
    .filter((p) => path.dirname(p) === BACKUPS)
    .map((p) => path.basename(p))
    .sort();

describe('automatic backup names', () => {
  it('are built from the UTC time and the reason, and read back', () => {
    expect(autoBackupName('meetingEnded', T0)).toBe('seogi-backup-20211123-010203-meetingEnded.json');
    expect(parseAutoBackupName('seogi-backup-20211123-010203-daily.json')).toEqual({
      createdAt: T0,
      reason: 'daily',
    });
  });

  it.each([
    'seogi-backup-20211323-010203-daily.json',
    'seogi-backup-20210230-010203-daily.json',
    'seogi-backup-20211123-250000-daily.json',
    'seogi-backup-20211123-010203-weekly.json',
    'seogi-backup-20211123-010203-daily.json.part',
    'seogi-backup-20211123-010203-daily.json\n',
    '../seogi-backup-20211123-010203-daily.json',
    'SEOGI-BACKUP-20211123-010203-daily.json',
  ])('refuse %j', (name) => {
    expect(parseAutoBackupName(name)).toBeNull();
  });
});

describe('backup:write', () => {
  it('writes atomically into the backups folder, under a name it builds itself', async () => {
    const fs = new FakeFs();
    const result = await createBackupHandlers(backupDeps(fs)).write({ reason: 'meetingEnded', text: BACKUP_TEXT });
    const name = 'seogi-backup-20211123-010203-meetingEnded.json';
    expect(result).toEqual({
      status: 'written',
      backup: { name, reason: 'meetingEnded', bytes: BACKUP_TEXT.length, createdAt: T0 },
    });
    expect(new TextDecoder().decode(fs.files.get(`${BACKUPS}/${name}`))).toBe(BACKUP_TEXT);
    const [makeDir, write, rename] = fs.changes;
    expect(makeDir).toEqual({ op: 'makeDir', path: BACKUPS });
    expect(write?.op).toBe('writeFile');
    expect(write?.path).toMatch(/^\/home\/me\/\.config\/Seogi\/backups\/seogi-backup-.*\.part$/);
    expect(rename).toEqual({ op: 'rename', path: `${BACKUPS}/${name}` });
    expect(names(fs)).toEqual([name]);
  });

  it(`keeps the last ${KEEP_AUTO_BACKUPS}, whatever their reason`, async () => {
    const fs = new FakeFs();
    const clock = { now: T0 };
    const handlers = createBackupHandlers(backupDeps(fs, clock));
    for (let i = 0; i < KEEP_AUTO_BACKUPS + 5; i++) {
      clock.now = T0 + i * HOUR;
      await handlers.write({ reason: AUTO_BACKUP_REASONS[i % 3]!, text: BACKUP_TEXT });
    }
    const list = await handlers.list();
    expect(list).toHaveLength(KEEP_AUTO_BACKUPS);
    expect(list[0]?.createdAt).toBe(T0 + (KEEP_AUTO_BACKUPS + 4) * HOUR);
    expect(list.at(-1)?.createdAt).toBe(T0 + 5 * HOUR);
    expect(names(fs)).toEqual(list.map((b) => b.name).sort());
  });

  it('keeps the new backup even when the clock went back', async () => {
    const fs = new FakeFs();
    const clock = { now: T0 };
    const handlers = createBackupHandlers(backupDeps(fs, clock));
    for (let i = 0; i < KEEP_AUTO_BACKUPS; i++) {
      clock.now = T0 + i * HOUR;
      await handlers.write({ reason: 'daily', text: BACKUP_TEXT });
    }
    clock.now = T0 - 100 * HOUR;
    const { backup } = await handlers.write({ reason: 'manual', text: BACKUP_TEXT });
    const list = await handlers.list();
    expect(list).toHaveLength(KEEP_AUTO_BACKUPS);
    expect(list.at(-1)?.name).toBe(backup.name);
  });

  it('removes temporary files a crash left behind, and nothing it did not make', async () => {
    const fs = new FakeFs();
    await fs.makeDir(BACKUPS);
    const others = ['notes.txt', 'seogi-backup-20211123-010203-daily.json.bak', 'my-backup.json'];
    for (const name of others) fs.put(`${BACKUPS}/${name}`, 'keep me');
    fs.put(`${BACKUPS}/seogi-backup-20200101-000000-daily.json.1577836800000.part`, '{"format":"seogi-b');
    await createBackupHandlers(backupDeps(fs)).write({ reason: 'daily', text: BACKUP_TEXT });
    expect(names(fs)).toEqual([...others, 'seogi-backup-20211123-010203-daily.json'].sort());
  });

  it('removes its temporary file and reports the error when the write fails', async () => {
    const fs = new FakeFs();
    const deps = backupDeps(fs, undefined, {
      rename: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    await expect(createBackupHandlers(deps).write({ reason: 'daily', text: BACKUP_TEXT })).rejects.toThrow(/ENOSPC/);
    expect(names(fs)).toEqual([]);
    expect(fs.changes.at(-1)).toMatchObject({ op: 'remove', path: expect.stringMatching(/\.part$/) });
  });

  it('still reports the backup as written when the rotation cannot remove an old one', async () => {
    const fs = new FakeFs();
    const clock = { now: T0 };
    const handlers = createBackupHandlers(
      backupDeps(fs, clock, {
        remove: async () => {
          throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
        },
      }),
    );
    for (let i = 0; i <= KEEP_AUTO_BACKUPS; i++) {
      clock.now = T0 + i * HOUR;
      await expect(handlers.write({ reason: 'daily', text: BACKUP_TEXT })).resolves.toMatchObject({
        status: 'written',
      });
    }
    expect(names(fs)).toHaveLength(KEEP_AUTO_BACKUPS + 1);
  });

  it('runs writes one at a time', async () => {
    const fs = new FakeFs();
    const handlers = createBackupHandlers(backupDeps(fs));
    await Promise.all([
      handlers.write({ reason: 'daily', text: BACKUP_TEXT }),
      handlers.write({ reason: 'meetingEnded', text: BACKUP_TEXT }),
      handlers.write({ reason: 'manual', text: BACKUP_TEXT }),
    ]);
    expect(names(fs)).toHaveLength(3);
    const ops = fs.changes.filter((c) => c.op === 'writeFile' || c.op === 'rename').map((c) => c.op);
    expect(ops).toEqual(['writeFile', 'rename', 'writeFile', 'rename', 'writeFile', 'rename']);
  });
});

describe('backup:list', () => {
  it('is empty before the first backup', async () => {
    await expect(createBackupHandlers(backupDeps(new FakeFs())).list()).resolves.toEqual([]);
  });

  it('lists only files of the exact name shape, newest first', async () => {
    const fs = new FakeFs();
    await fs.makeDir(BACKUPS);
    fs.put(`${BACKUPS}/seogi-backup-20211123-010203-daily.json`, 'a');
    fs.put(`${BACKUPS}/seogi-backup-20211124-000000-meetingEnded.json`, 'bb');
    fs.put(`${BACKUPS}/seogi-backup-20211323-000000-daily.json`, 'impossible month');
    fs.put(`${BACKUPS}/Seogi-Backup-20211125-000000-daily.json`, 'other case');
    fs.put(`${BACKUPS}/seogi-backup-20211125-000000-daily.json.part`, 'temporary');
    fs.put(`${USER_DATA}/seogi-backup-20211126-000000-daily.json`, 'outside the folder');
    await fs.makeDir(`${BACKUPS}/seogi-backup-20211127-000000-daily.json`);
    expect(await createBackupHandlers(backupDeps(fs)).list()).toEqual([
      {
        name: 'seogi-backup-20211124-000000-meetingEnded.json',
        reason: 'meetingEnded',
        bytes: 2,
        createdAt: Date.UTC(2021, 10, 24),
      },
      { name: 'seogi-backup-20211123-010203-daily.json', reason: 'daily', bytes: 1, createdAt: T0 },
    ]);
  });
});

describe('backup:read', () => {
  const name = 'seogi-backup-20211123-010203-daily.json';

  it('reads a backup by its name', async () => {
    const fs = new FakeFs();
    const handlers = createBackupHandlers(backupDeps(fs));
    await handlers.write({ reason: 'daily', text: BACKUP_TEXT });
    await expect(handlers.read({ name })).resolves.toEqual({ status: 'read', name, text: BACKUP_TEXT });
  });

  it('says when it is not there, or not a file', async () => {
    const fs = new FakeFs();
    const handlers = createBackupHandlers(backupDeps(fs));
    await expect(handlers.read({ name })).resolves.toEqual({ status: 'notFound', name });
    await fs.makeDir(`${BACKUPS}/${name}`);
    await expect(handlers.read({ name })).resolves.toEqual({ status: 'notFound', name });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const fs = new FakeFs();
    const readText = vi.fn(async () => '');
    const deps = backupDeps(fs, undefined, {
      stat: async () => ({ size: MAX_BACKUP_BYTES + 1, isFile: true }),
      readText,
    });
    await expect(createBackupHandlers(deps).read({ name })).resolves.toEqual({
      status: 'tooLarge',
      name,
      bytes: MAX_BACKUP_BYTES + 1,
    });
    expect(readText).not.toHaveBeenCalled();
  });

  it.each([
    '../x',
    '../../../../etc/passwd',
    '/etc/passwd',
    `${BACKUPS}/${name}`,
    `${name}/../../window-state.json`,
    `../backups/${name}`,
    '..\\..\\Windows\\win.ini',
    'C:\\Windows\\win.ini',
    '\\\\server\\share\\x.json',
    `${name}\u0000.txt`,
    'window-state.json',
    'seogi-backup-20211323-010203-daily.json',
    '',
    '.',
    '..',
  ])('refuses %j without touching the disk, in the handler and at the gate', async (hostile) => {
    const fs = new FakeFs();
    fs.put(`${USER_DATA}/window-state.json`, '{}');
    await expect(createBackupHandlers(backupDeps(fs)).read({ name: hostile })).rejects.toThrow(/not the name/);
    expect(fs.reads).toEqual([]);
    expect(() => validateCall(CHANNELS.backupRead, trusted, [{ name: hostile }], ORIGIN)).toThrow(
      /^backup:read: invalid payload \(name/,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzz: random and hostile payloads at every channel of the contract.

/** Seeded, so that every run throws the same payloads. */
function prng(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof prng>;

/** One valid request per channel; the type makes sure no channel is forgotten. */
const VALID: { [C in InvokeChannel]: InvokeMap[C]['request'] } = {
  [CHANNELS.filesSave]: { kind: 'docx', suggestedName: 'minutes.docx', bytes: new Uint8Array([80, 75, 3, 4]) },
  [CHANNELS.filesOpen]: { kind: 'json' },
  [CHANNELS.appSetLanguage]: { language: 'ko' },
  [CHANNELS.clipboardWrite]: { text: '회의록' },
  [CHANNELS.backupWrite]: { reason: 'daily', text: BACKUP_TEXT },
  [CHANNELS.backupList]: {},
  [CHANNELS.backupRead]: { name: 'seogi-backup-20211123-010203-daily.json' },
  [CHANNELS.shellFlushed]: {},
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
  let value: unknown = VALID[CHANNELS.appSetLanguage];
  const array = r.next() < 0.5;
  for (let i = 0; i < 10_000; i++) value = array ? [value] : { language: value };
  return value;
}

/** Values that are wrong for each field of each channel. */
const WRONG: { [C in InvokeChannel]: Record<string, (r: Random) => unknown[]> } = {
  [CHANNELS.filesSave]: {
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
  [CHANNELS.filesOpen]: {
    kind: () => ['docx', 'exe', 'JSON', '', null, 0, ['json'], { kind: 'json' }],
  },
  [CHANNELS.appSetLanguage]: {
    language: () => ['fr', 'KO', 'ko ', 'ko\u0000', 'ko-KR', '', null, 0, ['ko'], { language: 'ko' }],
  },
  [CHANNELS.clipboardWrite]: {
    text: () => [null, 0, ['회의록'], { text: 'x' }, new Uint8Array([1]), undefined, true],
  },
  [CHANNELS.backupWrite]: {
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
  [CHANNELS.backupList]: {},
  [CHANNELS.shellFlushed]: {},
  [CHANNELS.backupRead]: {
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

/** A payload that is wrong for the channel by construction. */
function hostilePayload(channel: InvokeChannel, r: Random): unknown {
  const valid = VALID[channel] as Record<string, unknown>;
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
  return { ...valid, [field]: r.pick(WRONG[channel][field]!(r)) };
}

function describePayload(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return (text ?? String(value)).slice(0, 200);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

const CHANNEL_LIST = Object.keys(REQUEST_SCHEMAS) as InvokeChannel[];
const PAYLOADS_PER_CHANNEL = 500;

/** Every real handler, wired to one recording fake file system. */
function wiredShell() {
  const fs = new FakeFs();
  const clock = { now: T0 };
  const files = createFileHandlers(fileDeps(fs));
  const backups = createBackupHandlers(backupDeps(fs, clock));
  const applyLanguage = vi.fn();
  const app = createAppHandlers({ applyLanguage });
  const flushed = vi.fn();
  const shell = createShellHandlers({ flushed });
  const handlers: Handlers = {
    [CHANNELS.filesSave]: files.save,
    [CHANNELS.filesOpen]: files.open,
    [CHANNELS.appSetLanguage]: app.setLanguage,
    [CHANNELS.clipboardWrite]: app.copyText,
    [CHANNELS.backupWrite]: backups.write,
    [CHANNELS.backupList]: backups.list,
    [CHANNELS.backupRead]: backups.read,
    [CHANNELS.shellFlushed]: shell.flushed,
  };
  const listeners = new Map<string, (event: SenderInfo, ...args: unknown[]) => unknown>();
  registerHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers, ORIGIN);
  const call = (channel: InvokeChannel, ...args: unknown[]) => listeners.get(channel)!(trusted, ...args);
  return { fs, clock, applyLanguage, flushed, listeners, call };
}

/** Only the backups folder, and the file the user chose in the save dialog (with its temporary file). */
function isAllowed(p: string): boolean {
  if (p === BACKUPS || path.dirname(p) === BACKUPS) return true;
  return (
    path.dirname(p) === DOCUMENTS &&
    (p === `${CHOSEN}.docx` || p === `${CHOSEN}.json` || (p.startsWith(`${CHOSEN}.`) && p.endsWith('.part')))
  );
}

describe('every IPC channel under random and hostile payloads', () => {
  it('has a valid sample and accepts it, for every channel of the contract', () => {
    expect(Object.keys(VALID).sort()).toEqual([...CHANNEL_LIST].sort());
    for (const channel of CHANNEL_LIST) {
      expect(() => validateCall(channel, trusted, [VALID[channel]], ORIGIN)).not.toThrow();
    }
  });

  it.each(CHANNEL_LIST)(`rejects ${PAYLOADS_PER_CHANNEL} hostile payloads on %s, naming the channel`, (channel) => {
    const r = prng(CHANNEL_LIST.indexOf(channel) + 1);
    for (let i = 0; i < PAYLOADS_PER_CHANNEL; i++) {
      const payload = hostilePayload(channel, r);
      let error: unknown;
      try {
        validateCall(channel, trusted, [payload], ORIGIN);
      } catch (caught) {
        error = caught;
      }
      expect(error, `#${i} ${describePayload(payload)}`).toBeInstanceOf(IpcValidationError);
      expect((error as Error).message.startsWith(`${channel}: invalid payload (`), (error as Error).message).toBe(true);
    }
  });

  it.each(CHANNEL_LIST)('rejects %s with the wrong number of arguments or from the wrong sender', (channel) => {
    for (const args of [[], [VALID[channel], VALID[channel]], [undefined, undefined]]) {
      expect(() => validateCall(channel, trusted, args, ORIGIN)).toThrow(
        new RegExp(`^${channel}: expected exactly one`),
      );
    }
    for (const senderFrame of [
      null,
      { url: 'https://evil.example/', parent: null },
      { url: `${ORIGIN}/`, parent: {} },
    ]) {
      expect(() => validateCall(channel, { senderFrame }, [VALID[channel]], ORIGIN)).toThrow(
        new RegExp(`^${channel}: refused`),
      );
    }
  });

  it('never lets a hostile payload reach a handler: nothing is written, no dialog opens', () => {
    const shell = wiredShell();
    const r = prng(99);
    for (const channel of CHANNEL_LIST) {
      for (let i = 0; i < PAYLOADS_PER_CHANNEL; i++) {
        const payload = hostilePayload(channel, r);
        expect(() => shell.call(channel, payload), `${channel} #${i}`).toThrow(IpcValidationError);
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
      const kind = r.pick(['docx', 'json'] as const);
      const requests: { [C in InvokeChannel]: () => InvokeMap[C]['request'] } = {
        [CHANNELS.filesSave]: () => ({
          kind,
          suggestedName: `${r.pick(saveNames)}.${kind}`,
          bytes: new Uint8Array(r.int(64)),
        }),
        [CHANNELS.filesOpen]: () => ({ kind: 'json' }),
        [CHANNELS.appSetLanguage]: () => ({ language: r.pick(['ko', 'en'] as const) }),
        [CHANNELS.clipboardWrite]: () => ({ text: randomString(r, 40) }),
        [CHANNELS.backupWrite]: () => ({
          reason: r.pick(AUTO_BACKUP_REASONS),
          text: `{"format":"seogi-backup","path":"../../${randomString(r, 20)}"}`,
        }),
        [CHANNELS.backupList]: () => ({}),
        [CHANNELS.backupRead]: () => ({ name: autoBackupName(r.pick(AUTO_BACKUP_REASONS), shell.clock.now) }),
        [CHANNELS.shellFlushed]: () => ({}),
      };
      const channel = r.pick(CHANNEL_LIST);
      const request = requests[channel]();
      await Promise.resolve(shell.call(channel, request)).catch((error: unknown) => {
        // files:open of a file that is not there is the one failure a valid request may meet here.
        if (channel !== CHANNELS.filesOpen) throw error;
      });
    }
    expect(shell.fs.changes.length).toBeGreaterThan(100);
    const outside = shell.fs.changes.filter((c) => !isAllowed(c.path));
    expect(outside).toEqual([]);
    for (const p of shell.fs.files.keys()) expect(isAllowed(p), p).toBe(true);
    expect(names(shell.fs).filter((n) => AUTO_BACKUP_NAME.test(n)).length).toBeLessThanOrEqual(KEEP_AUTO_BACKUPS);
  });

  it('counts the limit of a backup text in bytes', () => {
    expect(utf8Length('a가😀\ud800')).toBe(1 + 3 + 4 + 3);
    const korean = huge.korean();
    expect(korean.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(() => validateCall(CHANNELS.backupWrite, trusted, [{ reason: 'daily', text: korean }], ORIGIN)).toThrow(
      /backup:write: invalid payload \(text: must be at most/,
    );
  });
});
