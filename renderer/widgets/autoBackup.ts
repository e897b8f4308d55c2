/**
 * Automatic backups: when a meeting ends and once a day, the whole database goes to the host's
 * backup store (files in the user-data folder in the shell, a separate IndexedDB in a browser).
 * A failed automatic backup never disturbs the recorder: it is logged and tried again next time.
 */
import { backupText } from '../data/backup';
import { countMeetings } from '../data/meetings';
import { DAILY_BACKUP_DELAY_MS, isDailyBackupDue } from '../domain/backup';
import { host } from '../host';
import type { AutoBackupReason } from '../domain/backupFiles';
import { APP_VERSION } from './version';

const written = new Set<() => void>();

/** Told after each automatic backup is written: Settings lists them, and may be open meanwhile. */
export function onAutoBackupWritten(listener: () => void): () => void {
  written.add(listener);
  return () => written.delete(listener);
}

export async function makeAutoBackup(reason: AutoBackupReason): Promise<void> {
  try {
    if ((await countMeetings()) === 0) return;
    await host.writeAutoBackup({ reason, text: await backupText({ appVersion: APP_VERSION }) });
    for (const listener of written) listener();
  } catch (error) {
    console.warn('The automatic backup failed; it is tried again later.', error);
  }
}

/** Makes the daily backup, if due, once start-up is over and the page is idle; returns a cancel. */
export function scheduleDailyBackup(delayMs = DAILY_BACKUP_DELAY_MS): () => void {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    idle = requestIdleCallback(() => void dailyBackupIfDue(), { timeout: delayMs });
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
  };
}

export async function dailyBackupIfDue(now = Date.now()): Promise<void> {
  try {
    if (isDailyBackupDue(await host.listAutoBackups(), now)) await makeAutoBackup('daily');
  } catch (error) {
    console.warn('The automatic backups could not be listed.', error);
  }
}
