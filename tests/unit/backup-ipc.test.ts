/**
 * backup:write, backup:list and backup:read (electron/main/ipc/backup.ts) over a file system in
 * memory: names main builds itself, atomic writes one at a time, rotation, and reads that never
 * leave the backups folder.
 */
import { describe, expect, it, vi } from 'vitest';
import { createBackupHandlers, KEEP_AUTO_BACKUPS } from '../../electron/main/ipc/backup';
import { validateCall } from '../../electron/main/ipc/register';
import { AUTO_BACKUP_REASONS, MAX_BACKUP_BYTES } from '../../renderer/domain/backupFiles';
import {
  BACKUP_TEXT,
  backupDeps,
  backupNames,
  BACKUPS,
  FakeFs,
  HOUR,
  ORIGIN,
  T0,
  trusted,
  USER_DATA,
} from './fakeShell';

describe('backup:write', () => {
  it('writes atomically into the backups folder, under a name it builds itself', async () => {
    const fs = new FakeFs();
    const result = await createBackupHandlers(backupDeps(fs)).writeAutoBackup({
      reason: 'meetingEnded',
      text: BACKUP_TEXT,
    });
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
    expect(backupNames(fs)).toEqual([name]);
  });

  it(`keeps the last ${KEEP_AUTO_BACKUPS}, whatever their reason`, async () => {
    const fs = new FakeFs();
    const clock = { now: T0 };
    const handlers = createBackupHandlers(backupDeps(fs, clock));
    for (let i = 0; i < KEEP_AUTO_BACKUPS + 5; i++) {
      clock.now = T0 + i * HOUR;
      await handlers.writeAutoBackup({ reason: AUTO_BACKUP_REASONS[i % 3]!, text: BACKUP_TEXT });
    }
    const list = await handlers.listAutoBackups();
    expect(list).toHaveLength(KEEP_AUTO_BACKUPS);
    expect(list[0]?.createdAt).toBe(T0 + (KEEP_AUTO_BACKUPS + 4) * HOUR);
    expect(list.at(-1)?.createdAt).toBe(T0 + 5 * HOUR);
    expect(backupNames(fs)).toEqual(list.map((b) => b.name).sort());
  });

  it('keeps the new backup even when the clock went back', async () => {
    const fs = new FakeFs();
    const clock = { now: T0 };
    const handlers = createBackupHandlers(backupDeps(fs, clock));
    for (let i = 0; i < KEEP_AUTO_BACKUPS; i++) {
      clock.now = T0 + i * HOUR;
      await handlers.writeAutoBackup({ reason: 'daily', text: BACKUP_TEXT });
    }
    clock.now = T0 - 100 * HOUR;
    const { backup } = await handlers.writeAutoBackup({ reason: 'manual', text: BACKUP_TEXT });
    const list = await handlers.listAutoBackups();
    expect(list).toHaveLength(KEEP_AUTO_BACKUPS);
    expect(list.at(-1)?.name).toBe(backup.name);
  });

  it('removes temporary files a crash left behind, and nothing it did not make', async () => {
    const fs = new FakeFs();
    await fs.makeDir(BACKUPS);
    const others = ['notes.txt', 'seogi-backup-20211123-010203-daily.json.bak', 'my-backup.json'];
    for (const name of others) fs.put(`${BACKUPS}/${name}`, 'keep me');
    fs.put(`${BACKUPS}/seogi-backup-20200101-000000-daily.json.1577836800000.part`, '{"format":"seogi-b');
    await createBackupHandlers(backupDeps(fs)).writeAutoBackup({ reason: 'daily', text: BACKUP_TEXT });
    expect(backupNames(fs)).toEqual([...others, 'seogi-backup-20211123-010203-daily.json'].sort());
  });

  it('removes its temporary file and reports the error when the write fails', async () => {
    const fs = new FakeFs();
    const deps = backupDeps(fs, undefined, {
      rename: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    await expect(createBackupHandlers(deps).writeAutoBackup({ reason: 'daily', text: BACKUP_TEXT })).rejects.toThrow(
      /ENOSPC/,
    );
    expect(backupNames(fs)).toEqual([]);
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
      await expect(handlers.writeAutoBackup({ reason: 'daily', text: BACKUP_TEXT })).resolves.toMatchObject({
        status: 'written',
      });
    }
    expect(backupNames(fs)).toHaveLength(KEEP_AUTO_BACKUPS + 1);
  });

  it('runs writes one at a time', async () => {
    const fs = new FakeFs();
    const handlers = createBackupHandlers(backupDeps(fs));
    await Promise.all([
      handlers.writeAutoBackup({ reason: 'daily', text: BACKUP_TEXT }),
      handlers.writeAutoBackup({ reason: 'meetingEnded', text: BACKUP_TEXT }),
      handlers.writeAutoBackup({ reason: 'manual', text: BACKUP_TEXT }),
    ]);
    expect(backupNames(fs)).toHaveLength(3);
    const ops = fs.changes.filter((c) => c.op === 'writeFile' || c.op === 'rename').map((c) => c.op);
    expect(ops).toEqual(['writeFile', 'rename', 'writeFile', 'rename', 'writeFile', 'rename']);
  });
});

describe('backup:list', () => {
  it('is empty before the first backup', async () => {
    await expect(createBackupHandlers(backupDeps(new FakeFs())).listAutoBackups()).resolves.toEqual([]);
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
    expect(await createBackupHandlers(backupDeps(fs)).listAutoBackups()).toEqual([
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
    await handlers.writeAutoBackup({ reason: 'daily', text: BACKUP_TEXT });
    await expect(handlers.readAutoBackup({ name })).resolves.toEqual({ status: 'read', name, text: BACKUP_TEXT });
  });

  it('says when it is not there, or not a file', async () => {
    const fs = new FakeFs();
    const handlers = createBackupHandlers(backupDeps(fs));
    await expect(handlers.readAutoBackup({ name })).resolves.toEqual({ status: 'notFound', name });
    await fs.makeDir(`${BACKUPS}/${name}`);
    await expect(handlers.readAutoBackup({ name })).resolves.toEqual({ status: 'notFound', name });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const fs = new FakeFs();
    const readText = vi.fn(async () => '');
    const deps = backupDeps(fs, undefined, {
      stat: async () => ({ size: MAX_BACKUP_BYTES + 1, isFile: true }),
      readText,
    });
    await expect(createBackupHandlers(deps).readAutoBackup({ name })).resolves.toEqual({
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
    await expect(createBackupHandlers(backupDeps(fs)).readAutoBackup({ name: hostile })).rejects.toThrow(
      /not the name/,
    );
    expect(fs.reads).toEqual([]);
    expect(() => validateCall('readAutoBackup', trusted, [{ name: hostile }], ORIGIN)).toThrow(
      /^backup:read: invalid payload \(name/,
    );
  });
});
