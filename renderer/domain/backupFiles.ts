/**
 * Backup files as both processes see them: the ceiling of their size, how their text starts, and
 * the one shape of an automatic backup's name. The shell builds and reads names with these; the
 * renderer lists and checks backups with them.
 */

/**
 * The ceiling of a backup's text, whether written by the shell or read back for a restore, and of
 * any file opened for a restore: whatever is written can always be read back.
 */
export const MAX_BACKUP_BYTES = 128 * 1024 * 1024;

/**
 * Whether a text starts the way every Seogi backup does. The shell checks only this much before
 * writing (parsing hundreds of megabytes in main would stall every window); the renderer made the
 * text and validates it fully when it is restored. It keeps the backups folder from becoming a
 * place where the renderer can drop arbitrary files.
 */
export function looksLikeBackup(text: string): boolean {
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"seogi-backup"\s*,/.test(text.slice(0, 256));
}

export const AUTO_BACKUP_REASONS = ['meetingEnded', 'daily', 'manual'] as const;
export type AutoBackupReason = (typeof AUTO_BACKUP_REASONS)[number];

/**
 * The one shape of an automatic backup's name: `seogi-backup-YYYYMMDD-HHMMSS-<reason>.json`, the
 * time in UTC. Main builds every name itself and reads only names of exactly this shape, so a
 * name can never carry a folder, `..` or a drive.
 */
export const AUTO_BACKUP_NAME = new RegExp(
  `^seogi-backup-(\\d{8})-(\\d{6})-(${AUTO_BACKUP_REASONS.join('|')})\\.json$`,
);

function utcStamp(time: number): string {
  // 2021-11-23T01:02:03.456Z -> 20211123-010203
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

export function autoBackupName(reason: AutoBackupReason, time: number): string {
  return `seogi-backup-${utcStamp(time)}-${reason}.json`;
}

/** The time and reason in an automatic backup's name; null for any other name (or an impossible date). */
export function parseAutoBackupName(name: string): { createdAt: number; reason: AutoBackupReason } | null {
  const match = AUTO_BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, day = '', clock = '', reason = ''] = match;
  const createdAt = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(clock.slice(0, 2)),
    Number(clock.slice(2, 4)),
    Number(clock.slice(4, 6)),
  );
  // Date.UTC rolls 2021-13-40 over into 2022; only a name that formats back to itself is a real time.
  if (!Number.isFinite(createdAt) || utcStamp(createdAt) !== `${day}-${clock}`) return null;
  return { createdAt, reason: reason as AutoBackupReason };
}

/** An automatic backup as listed: its name (which is also how it is read back), size and time. */
export interface AutoBackupInfo {
  name: string;
  reason: AutoBackupReason;
  bytes: number;
  /** Epoch milliseconds, from the name. */
  createdAt: number;
}
