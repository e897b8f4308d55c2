/**
 * The names of automatic backups and the byte count of a backup's text
 * (renderer/domain/backupFiles.ts), which the shell and the renderer both go by.
 */
import { describe, expect, it } from 'vitest';
import { autoBackupName, parseAutoBackupName } from '../../renderer/domain/backupFiles';

const T0 = Date.UTC(2021, 10, 23, 1, 2, 3);

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
