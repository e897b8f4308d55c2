/**
 * The shell's IPC handlers over a file system in memory that records every change and read, for
 * the unit tests of the handlers and of the contract: the sender the gate trusts, the folders of
 * a user's machine, the dependencies of the file and backup handlers wired to that file system,
 * and all the handlers together.
 */
import path from 'node:path';
import { vi } from 'vitest';
import { createAppHandlers } from '../../electron/main/ipc/app';
import { createBackupHandlers, type BackupDeps } from '../../electron/main/ipc/backup';
import { createFileHandlers, type FileDeps } from '../../electron/main/ipc/files';
import type { Handlers, SenderInfo } from '../../electron/main/ipc/register';
import { createShellHandlers } from '../../electron/main/ipc/shell';

export const ORIGIN = 'app://seogi';
export const trusted: SenderInfo = { senderFrame: { url: 'app://seogi/index.html#/settings', parent: null } };
export const USER_DATA = '/home/me/.config/Seogi';
export const BACKUPS = `${USER_DATA}/backups`;
export const DOCUMENTS = '/home/me/Documents';
/** Where the user points the save dialog. */
export const CHOSEN = `${DOCUMENTS}/chosen minutes`;
export const T0 = Date.UTC(2021, 10, 23, 1, 2, 3);
export const HOUR = 3_600_000;
export const BACKUP_TEXT = '{\n  "format": "seogi-backup",\n  "formatVersion": 1\n}\n';

function enoent(p: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, '${p}'`), { code: 'ENOENT' });
}

/** A file system in memory that records every change made to it. */
export class FakeFs {
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

/** The backup handlers' dependencies over `fs`, at the time `clock.now`. */
export function backupDeps(fs: FakeFs, clock = { now: T0 }, overrides: Partial<BackupDeps> = {}): BackupDeps {
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

/** The file handlers' dependencies over `fs`; the dialogs choose CHOSEN and DOCUMENTS/backup.json. */
export function fileDeps(fs: FakeFs, overrides: Partial<FileDeps> = {}): FileDeps {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: CHOSEN })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [`${DOCUMENTS}/backup.json`] })),
    writeFile: (p, bytes) => fs.writeFile(p, bytes),
    rename: (from, to) => fs.rename(from, to),
    remove: (p) => fs.remove(p),
    fileSize: async (p) => (await fs.stat(p)).size,
    readText: (p) => fs.readText(p),
    documentsDir: () => DOCUMENTS,
    printToPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7')),
    labels: () => ({ saveTitle: 'Save', openTitle: 'Open', filterName: (kind) => kind }),
    ...overrides,
  };
}

/** The names of the files in the backups folder, sorted. */
export const backupNames = (fs: FakeFs) =>
  [...fs.files.keys()]
    .filter((p) => path.dirname(p) === BACKUPS)
    .map((p) => path.basename(p))
    .sort();

/** Every real handler of the contract, over `fs`, as main's registerIpc wires them. */
export function shellHandlers(fs: FakeFs, clock = { now: T0 }) {
  const applyLanguage = vi.fn();
  const flushed = vi.fn();
  const handlers: Handlers = {
    ...createFileHandlers(fileDeps(fs)),
    ...createBackupHandlers(backupDeps(fs, clock)),
    ...createAppHandlers({ applyLanguage }),
    ...createShellHandlers({ flushed }),
  };
  return { handlers, applyLanguage, flushed };
}
