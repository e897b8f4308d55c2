/**
 * backup:write, backup:list and backup:read (writeAutoBackup, listAutoBackups, readAutoBackup):
 * the automatic backups the shell keeps in `<userData>/backups/` (at the end of a meeting, once a
 * day, or when asked), the last KEEP_AUTO_BACKUPS of them.
 *
 * Main builds every file name itself from the reason and the clock, and reads only names of the
 * one exact shape (AUTO_BACKUP_NAME) that resolve directly inside the folder: nothing the renderer
 * sends can make it touch another path. Writes are atomic (temporary file + rename) and run one
 * at a time, so that rotation never counts a file that is still being written. The file system
 * comes in as parameters so that the handlers run in plain Node under test.
 */
import path from 'node:path';
import type { ReplyOf, RequestOf } from '../../shared/ipc';
import {
  autoBackupName,
  MAX_BACKUP_BYTES,
  parseAutoBackupName,
  type AutoBackupInfo,
} from '../../../renderer/domain/backupFiles';
import type { Handlers } from './register';

/** Enough for weeks of daily backups and the last few meetings; each is a full copy. */
export const KEEP_AUTO_BACKUPS = 20;

/** Leftovers of a write that a crash interrupted: `<name>.<time>.part`. */
const TEMPORARY = /^seogi-backup-\d{8}-\d{6}-[A-Za-z]+\.json\.\d+\.part$/;

export interface BackupDeps {
  /** `<userData>/backups`, absolute. */
  backupsDir(): string;
  /** Creates the folder and its parents if missing. */
  makeDir(dir: string): Promise<void>;
  /** Writes and flushes to the disk. */
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; no error if it is already gone. */
  remove(filePath: string): Promise<void>;
  /** Names in the folder; rejects with code ENOENT if the folder does not exist. */
  listDir(dir: string): Promise<string[]>;
  /** Without following links: a link is not a file. Rejects with code ENOENT if missing. */
  stat(filePath: string): Promise<{ size: number; isFile: boolean }>;
  readText(filePath: string): Promise<string>;
  now(): number;
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}

export function createBackupHandlers(
  deps: BackupDeps,
): Pick<Handlers, 'writeAutoBackup' | 'listAutoBackups' | 'readAutoBackup'> {
  /**
   * The path of an automatic backup, or null if `name` is anything else. The pattern already
   * excludes separators and dots-only names; checking where the joined path lands as well costs
   * nothing and survives a future change of the pattern.
   */
  function pathOf(name: string): string | null {
    if (!parseAutoBackupName(name)) return null;
    const dir = path.resolve(deps.backupsDir());
    const filePath = path.resolve(dir, name);
    return path.dirname(filePath) === dir && path.basename(filePath) === name ? filePath : null;
  }

  async function listBackups(): Promise<AutoBackupInfo[]> {
    const dir = path.resolve(deps.backupsDir());
    let names: string[];
    try {
      names = await deps.listDir(dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const found: AutoBackupInfo[] = [];
    for (const name of names) {
      const parsed = parseAutoBackupName(name);
      const filePath = pathOf(name);
      if (!parsed || !filePath) continue;
      try {
        const stat = await deps.stat(filePath);
        if (stat.isFile) found.push({ name, reason: parsed.reason, bytes: stat.size, createdAt: parsed.createdAt });
      } catch (error) {
        // Removed between the listing and now: simply not there.
        if (!isMissing(error)) throw error;
      }
    }
    return found.sort((a, b) => b.createdAt - a.createdAt || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  }

  async function rotate(keep: string): Promise<void> {
    const dir = path.resolve(deps.backupsDir());
    const backups = await listBackups();
    const surplus = backups.filter((b) => b.name !== keep).slice(Math.max(0, KEEP_AUTO_BACKUPS - 1));
    for (const backup of surplus) {
      const filePath = pathOf(backup.name);
      if (filePath) await deps.remove(filePath);
    }
    // Writes are serialized, so any temporary file now is one a crash left behind.
    for (const name of await deps.listDir(dir)) {
      if (TEMPORARY.test(name)) await deps.remove(path.join(dir, name));
    }
  }

  let writing: Promise<unknown> = Promise.resolve();

  async function write(request: RequestOf<'writeAutoBackup'>): Promise<ReplyOf<'writeAutoBackup'>> {
    const dir = path.resolve(deps.backupsDir());
    const now = deps.now();
    const name = autoBackupName(request.reason, now);
    const parsed = parseAutoBackupName(name);
    const target = pathOf(name);
    // Only a clock beyond year 9999 or before year 0 could get here.
    if (!parsed || !target) throw new Error(`backup:write: cannot name a backup made at ${now}`);
    const bytes = new TextEncoder().encode(request.text);
    if (bytes.byteLength > MAX_BACKUP_BYTES) throw new Error(`backup:write: larger than ${MAX_BACKUP_BYTES} bytes`);
    await deps.makeDir(dir);
    const temporary = path.join(dir, `${name}.${now}.part`);
    try {
      await deps.writeFile(temporary, bytes);
      await deps.rename(temporary, target);
    } catch (error) {
      await deps.remove(temporary).catch(() => undefined);
      throw error;
    }
    // The backup is safely written; a file that cannot be removed now is removed next time.
    await rotate(name).catch(() => undefined);
    return {
      status: 'written',
      backup: { name, reason: request.reason, bytes: bytes.byteLength, createdAt: parsed.createdAt },
    };
  }

  return {
    writeAutoBackup(request) {
      const result = writing.then(() => write(request));
      writing = result.catch(() => undefined);
      return result;
    },

    listAutoBackups: listBackups,

    async readAutoBackup(request) {
      const { name } = request;
      const filePath = pathOf(name);
      if (!filePath) throw new Error('backup:read: not the name of an automatic backup');
      let stat: { size: number; isFile: boolean };
      try {
        stat = await deps.stat(filePath);
      } catch (error) {
        if (isMissing(error)) return { status: 'notFound', name };
        throw error;
      }
      if (!stat.isFile) return { status: 'notFound', name };
      if (stat.size > MAX_BACKUP_BYTES) return { status: 'tooLarge', name, bytes: stat.size };
      return { status: 'read', name, text: await deps.readText(filePath) };
    },
  };
}
