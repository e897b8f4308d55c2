/**
 * Backup and restore against the database (the file format and its rules are in
 * domain/backup.ts), and the browser's automatic snapshots.
 *
 * The export reads every table in one read transaction, so a backup is a consistent picture even
 * while a meeting is being recorded. A restore writes in one read-write transaction over every
 * table: if anything fails, the transaction aborts and nothing has changed.
 *
 * Snapshots live in a database of their own (`seogi-snapshots`), apart from the app's: a main
 * database that cannot be opened any more must not take its own backups down with it.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import { autoBackupName, MAX_BACKUP_BYTES, type AutoBackupInfo, type AutoBackupReason } from '../domain/backupFiles';
import { utf8Length } from '../domain/text';
import {
  createBackup,
  meetingRevisions,
  phrasesToRestore,
  planRestore,
  rowsOfMeetings,
  serializeBackup,
  type BackupData,
  type BackupFile,
  type RestorePlan,
  type StoredMeeting,
} from '../domain/backup';
import { db } from './db';

/** The schema version of the database this app opens: what its backups are written in. */
export function schemaVersion(): number {
  return db().verno;
}

function allTables() {
  const d = db();
  return [d.meetings, d.attendees, d.agendaItems, d.entries, d.events, d.actionItems, d.drafts, d.phrases];
}

/** Every row of every table, read in one transaction. */
export async function exportAllData(): Promise<BackupData> {
  const d = db();
  return d.transaction('r', allTables(), async () => {
    const [meetings, attendees, agendaItems, entries, events, actionItems, drafts, phrases] = await Promise.all([
      d.meetings.toArray(),
      d.attendees.toArray(),
      d.agendaItems.toArray(),
      d.entries.toArray(),
      d.events.toArray(),
      d.actionItems.toArray(),
      d.drafts.toArray(),
      d.phrases.toArray(),
    ]);
    return { meetings, attendees, agendaItems, entries, events, actionItems, drafts, phrases };
  });
}

/** A complete backup file's text, ready to be saved or handed to the shell. */
export async function backupText(meta: { appVersion: string; now?: number }): Promise<string> {
  const file = await createBackup(await exportAllData(), {
    appVersion: meta.appVersion,
    schemaVersion: schemaVersion(),
    now: meta.now ?? Date.now(),
  });
  return serializeBackup(file);
}

/** Reads only the times that make a meeting's revision (see domain meetingRevisions). */
async function storedRevisions(): Promise<StoredMeeting[]> {
  const d = db();
  const meetings: { id: string; updatedAt: number }[] = [];
  const entries: { meetingId: string; updatedAt: number }[] = [];
  const actionItems: { meetingId: string; createdAt: number }[] = [];
  const drafts: { meetingId: string; updatedAt: number }[] = [];
  await d.meetings.each((m) => meetings.push({ id: m.id, updatedAt: m.updatedAt }));
  await d.entries.each((e) => entries.push({ meetingId: e.meetingId, updatedAt: e.updatedAt }));
  await d.actionItems.each((a) => actionItems.push({ meetingId: a.meetingId, createdAt: a.createdAt }));
  await d.drafts.each((r) => drafts.push({ meetingId: r.meetingId, updatedAt: r.updatedAt }));
  const revisions = meetingRevisions({ meetings, entries, actionItems, drafts });
  return meetings.map((m) => ({ id: m.id, updatedAt: revisions.get(m.id) ?? m.updatedAt }));
}

/** The stored meetings with their revisions, for planRestore. */
export function currentStoredMeetings(): Promise<StoredMeeting[]> {
  const d = db();
  return d.transaction('r', [d.meetings, d.entries, d.actionItems, d.drafts], storedRevisions);
}

/**
 * A row in the backup has the id of a stored row of another meeting that the restore does not
 * replace. Writing it would move that row out of its meeting, so the restore refuses instead.
 * Seogi's ids are random UUIDs: this only happens with a file that was put together by hand.
 */
export class RestoreConflictError extends Error {
  override name = 'RestoreConflictError';
  readonly code = 'idConflict';
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`${table} ${id} belongs to another stored meeting`);
  }
}

export interface RestoreResult {
  /** Meetings written, each with all its rows. */
  written: number;
  /**
   * Meetings of the plan left alone because the stored copy changed after the plan was made and
   * is no longer older than the backup's.
   */
  skipped: string[];
}

/**
 * Writes the plan's meetings from the backup, each with all its rows, replacing the stored rows
 * of those meetings, and the bodies' phrase lists newer than those stored (or not stored); nothing
 * else is touched. The plan is checked again inside the transaction,
 * so a meeting edited since the preview is not overwritten by an older copy.
 */
export async function applyRestore(backup: BackupFile, plan: RestorePlan): Promise<RestoreResult> {
  const d = db();
  return d.transaction('rw', allTables(), async () => {
    const fresh = new Set(planRestore(backup, await storedRevisions()).write);
    const ids = plan.write.filter((id) => fresh.has(id));
    const skipped = plan.write.filter((id) => !fresh.has(id));
    const replaced = new Set(ids);
    const rows = rowsOfMeetings(backup.data, ids);

    const refuseForeign = async <T extends { id: string; meetingId: string }, I>(
      table: Table<T, string, I>,
      incoming: readonly T[],
    ) => {
      const stored = await table.bulkGet(incoming.map((row) => row.id));
      const foreign = stored.find((row) => row !== undefined && !replaced.has(row.meetingId));
      if (foreign) throw new RestoreConflictError(table.name, foreign.id);
    };
    await refuseForeign(d.attendees, rows.attendees);
    await refuseForeign(d.agendaItems, rows.agendaItems);
    await refuseForeign(d.entries, rows.entries);
    await refuseForeign(d.events, rows.events);
    await refuseForeign(d.actionItems, rows.actionItems);

    await Promise.all([
      d.attendees.where('meetingId').anyOf(ids).delete(),
      d.agendaItems.where('meetingId').anyOf(ids).delete(),
      d.entries.where('meetingId').anyOf(ids).delete(),
      d.events.where('meetingId').anyOf(ids).delete(),
      d.actionItems.where('meetingId').anyOf(ids).delete(),
      d.drafts.bulkDelete(ids),
    ]);
    await d.meetings.bulkPut(rows.meetings);
    await d.attendees.bulkPut(rows.attendees);
    await d.agendaItems.bulkPut(rows.agendaItems);
    await d.entries.bulkPut(rows.entries);
    await d.events.bulkPut(rows.events);
    await d.actionItems.bulkPut(rows.actionItems);
    await d.drafts.bulkPut(rows.drafts);
    await d.phrases.bulkPut(phrasesToRestore(backup, await d.phrases.toArray()));
    return { written: ids.length, skipped };
  });
}

// ---------------------------------------------------------------------------------------------
// The browser's automatic snapshots

export const SNAPSHOT_DB_NAME = 'seogi-snapshots';
/** Each snapshot is a full copy; the browser's storage quota is shared with the data itself. */
export const KEEP_SNAPSHOTS = 5;

interface SnapshotRow extends AutoBackupInfo {
  /** The same as `name`: the name a desktop backup made at that moment would have. */
  id: string;
  text: string;
}

type SnapshotDb = Dexie & { snapshots: EntityTable<SnapshotRow, 'id'> };

let snapshots: SnapshotDb | null = null;

export function snapshotDb(): SnapshotDb {
  if (!snapshots) {
    const opened = new Dexie(SNAPSHOT_DB_NAME, { chromeTransactionDurability: 'strict' }) as SnapshotDb;
    opened.version(1).stores({ snapshots: 'id, createdAt' });
    snapshots = opened;
  }
  return snapshots;
}

const info = ({ name, reason, bytes, createdAt }: SnapshotRow): AutoBackupInfo => ({ name, reason, bytes, createdAt });

/** Keeps a backup's text as the newest snapshot and drops the oldest beyond KEEP_SNAPSHOTS. */
export async function saveSnapshot(
  text: string,
  reason: AutoBackupReason = 'manual',
  now: number = Date.now(),
): Promise<AutoBackupInfo> {
  const bytes = utf8Length(text);
  if (bytes > MAX_BACKUP_BYTES) throw new RangeError(`A snapshot is limited to ${MAX_BACKUP_BYTES} bytes`);
  const name = autoBackupName(reason, now);
  // Times from the name (whole seconds), as the desktop lists its backups.
  const row: SnapshotRow = { id: name, name, reason, bytes, createdAt: Math.floor(now / 1000) * 1000, text };
  const s = snapshotDb();
  await s.transaction('rw', s.snapshots, async () => {
    await s.snapshots.put(row);
    const surplus = await s.snapshots.orderBy('createdAt').reverse().offset(KEEP_SNAPSHOTS).primaryKeys();
    await s.snapshots.bulkDelete(surplus);
  });
  return info(row);
}

/** Newest first, without their texts. */
export async function listSnapshots(): Promise<AutoBackupInfo[]> {
  const rows = await snapshotDb().snapshots.orderBy('createdAt').reverse().toArray();
  return rows.map(info);
}

export async function getSnapshot(name: string): Promise<string | undefined> {
  return (await snapshotDb().snapshots.get(name))?.text;
}

/** The newest snapshot's text, if any. */
export async function loadSnapshot(): Promise<string | undefined> {
  return (await snapshotDb().snapshots.orderBy('createdAt').last())?.text;
}

/** The snapshot store as the browser host uses it (injected there, so tests can replace it). */
export const snapshotStore = { save: saveSnapshot, list: listSnapshots, get: getSnapshot };
