/**
 * Backup and restore against the database (the file format and its rules are in
 * domain/backup.ts), and the browser's automatic snapshots.
 *
 * The export reads every table in one read transaction, so a backup is a consistent picture even
 * while a meeting is being recorded. A restore reads the file in a Web Worker (backupReader.ts)
 * and writes a few whole meetings per transaction (applyRestore), so that a large backup neither
 * freezes the page nor holds the recorder's writes.
 *
 * Snapshots live in a database of their own (`seogi-snapshots`), apart from the app's: a main
 * database that cannot be opened any more must not take its own backups down with it.
 */
import { Dexie, type EntityTable } from 'dexie';
import { autoBackupName, MAX_BACKUP_BYTES, type AutoBackupInfo, type AutoBackupReason } from '../domain/backupFiles';
import { utf8Length } from '../domain/text';
import {
  createBackup,
  meetingRevisions,
  phrasesToRestore,
  planRestore,
  restoreChunks,
  rowsOfMeetings,
  serializeBackup,
  type BackupData,
  type BackupError,
  type BackupOutline,
  type MeetingOutline,
  type RestorePlan,
  type StoredMeeting,
} from '../domain/backup';
import {
  CHILD_TABLES,
  type AskReader,
  type ChildTable,
  type IdsByTable,
  type ReaderRequest,
  type ReaderResponse,
} from './backupReader';
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
  return revisionsOf({ meetings, entries, actionItems, drafts });
}

/** The revisions of the given stored meetings only, read inside the caller's transaction. */
async function storedRevisionsOf(ids: readonly string[]): Promise<StoredMeeting[]> {
  const d = db();
  const [meetings, entries, actionItems, drafts] = await Promise.all([
    d.meetings.bulkGet([...ids]),
    d.entries.where('meetingId').anyOf(ids).toArray(),
    d.actionItems.where('meetingId').anyOf(ids).toArray(),
    d.drafts.bulkGet([...ids]),
  ]);
  const present = <T>(rows: (T | undefined)[]) => rows.filter((row) => row !== undefined);
  return revisionsOf({ meetings: present(meetings), entries, actionItems, drafts: present(drafts) });
}

function revisionsOf(rows: Parameters<typeof meetingRevisions>[0]): StoredMeeting[] {
  const revisions = meetingRevisions(rows);
  return rows.meetings.map((m) => ({ id: m.id, updatedAt: revisions.get(m.id) ?? m.updatedAt }));
}

/** The stored meetings with their revisions, for planRestore. */
export function currentStoredMeetings(): Promise<StoredMeeting[]> {
  const d = db();
  return d.transaction('r', [d.meetings, d.entries, d.actionItems, d.drafts], storedRevisions);
}

// ---------------------------------------------------------------------------------------------
// Reading a backup (in a Web Worker, see backupReader.ts)

let worker: Worker | null = null;
let asked = 0;
const answers = new Map<number, (response: ReaderResponse) => void>();

/** Asks the reader in the worker, started on first use and kept for the next restore. */
const askWorker: AskReader = (request) => {
  if (!worker) {
    const started = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<{ id: number; response: ReaderResponse }>) => {
      answers.get(event.data.id)?.(event.data.response);
      answers.delete(event.data.id);
    };
    started.onerror = (event) => {
      for (const answer of answers.values())
        answer({ kind: 'failed', message: event.message || 'backup reader failed' });
      answers.clear();
      worker = null;
    };
    worker = started;
  }
  const id = ++asked;
  const sent = worker;
  return new Promise((resolve) => {
    answers.set(id, resolve);
    sent.postMessage({ id, request });
  });
};

/** A checked backup: its outline here, its rows with the reader until they are written. */
export interface BackupSource {
  readonly outline: BackupOutline;
  rows(meetingIds: string[]): Promise<BackupData>;
  /** Of the rows of these meetings, the ids that are among `stored`, by table. */
  overlap(meetingIds: string[], stored: IdsByTable): Promise<IdsByTable>;
  /** Lets the reader drop the rows. */
  close(): void;
}

export type OpenBackupResult = { ok: true; source: BackupSource } | { ok: false; error: BackupError };

/**
 * Parses and checks a backup's text in the reader (a Web Worker unless `ask` says otherwise):
 * this thread never parses the file nor walks its rows.
 */
export async function openBackup(text: string, ask: AskReader = askWorker): Promise<OpenBackupResult> {
  const expect = async <K extends ReaderResponse['kind']>(request: ReaderRequest, kind: K) => {
    const response = await ask(request);
    if (response.kind === 'failed') throw new Error(response.message);
    if (response.kind !== kind) throw new Error(`The backup reader answered ${response.kind} to ${request.kind}.`);
    return response as Extract<ReaderResponse, { kind: K }>;
  };
  const opened = await ask({ kind: 'open', text, schemaVersion: schemaVersion() });
  if (opened.kind === 'refused') return { ok: false, error: opened.error };
  if (opened.kind !== 'opened') throw new Error(opened.kind === 'failed' ? opened.message : 'unexpected answer');
  const { handle, outline } = opened;
  return {
    ok: true,
    source: {
      outline,
      rows: async (meetingIds) => (await expect({ kind: 'rows', handle, meetingIds }, 'rows')).rows,
      overlap: async (meetingIds, stored) =>
        (await expect({ kind: 'overlap', handle, meetingIds, stored }, 'overlap')).ids,
      close: () => void ask({ kind: 'close', handle }),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Writing a restore

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

/**
 * The restore stopped after writing some meetings (a failing disk, or a clash that appeared
 * after the check): those meetings are restored whole, the others are as they were.
 */
export class RestoreStoppedError extends Error {
  override name = 'RestoreStoppedError';
  constructor(
    readonly written: number,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
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

/** About this many rows are written per transaction (a larger meeting is written alone). */
export const RESTORE_CHUNK_ROWS = 2000;

/**
 * The first stored row, among `ids` of `table`, that belongs to a meeting outside `replaced`.
 * Read in the caller's transaction.
 */
async function foreignRow(table: ChildTable, ids: string[], replaced: ReadonlySet<string>) {
  const stored = await db()[table].bulkGet(ids);
  const foreign = stored.find((row) => row !== undefined && !replaced.has(row.meetingId));
  return foreign ? new RestoreConflictError(table, foreign.id) : null;
}

/**
 * Refuses, before anything is written, a backup whose rows have ids of stored rows of meetings
 * the restore does not replace. The reader finds which of the backup's ids are stored at all
 * (usually none, or those of the meetings being replaced); only those rows are read here.
 */
async function checkConflicts(source: BackupSource, ids: string[]): Promise<void> {
  const d = db();
  const tables = CHILD_TABLES.map((table) => d[table]);
  const replaced = new Set(ids);
  const stored = await d.transaction('r', tables, async () => {
    const keys = await Promise.all(tables.map((table) => table.toCollection().primaryKeys()));
    return Object.fromEntries(CHILD_TABLES.map((table, i) => [table, keys[i]])) as IdsByTable;
  });
  const overlap = await source.overlap(ids, stored);
  const conflict = await d.transaction('r', tables, async () => {
    for (const table of CHILD_TABLES) {
      const found = await foreignRow(table, overlap[table], replaced);
      if (found) return found;
    }
    return null;
  });
  if (conflict) throw conflict;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Writes the plan's meetings from the backup, each with all its rows, replacing the stored rows
 * of those meetings, and the bodies' phrase lists newer than those stored (or not stored); nothing
 * else is touched.
 *
 * A clash of ids with another stored meeting is looked for first, so a refused restore writes
 * nothing. Then the meetings are written a few at a time (RESTORE_CHUNK_ROWS), each chunk in one
 * read-write transaction, with a pause between chunks: the page stays responsive and any other
 * write (the recorder typing, an autosave) waits for one chunk at most. Each chunk checks the
 * plan again for its meetings, so a meeting edited since the preview is not overwritten by an
 * older copy; a meeting is never half written, so a reload or a failure part way leaves whole
 * meetings, the ones written so far (RestoreStoppedError says how many).
 *
 * Nothing here aborts a transaction on purpose: a clash found inside a chunk ends the restore
 * after that transaction, so the storage banner (saveStatus.ts) never mistakes it for a failing
 * disk.
 */
export async function applyRestore(
  source: BackupSource,
  plan: RestorePlan,
  {
    onProgress = () => {},
    chunkRows = RESTORE_CHUNK_ROWS,
  }: {
    /** After each chunk: meetings done (written or skipped) of those to write. */
    onProgress?: (done: number, total: number) => void;
    chunkRows?: number;
  } = {},
): Promise<RestoreResult> {
  const planned = new Set(plan.write);
  const meetings = source.outline.meetings.filter((m) => planned.has(m.id));
  const ids = meetings.map((m) => m.id);
  await checkConflicts(source, ids);

  const d = db();
  const chunks = restoreChunks(meetings, chunkRows);
  const idsOf = (chunk: readonly MeetingOutline[]) => chunk.map((m) => m.id);
  const replaced = new Set(ids);
  const skipped: string[] = [];
  let written = 0;
  onProgress(0, ids.length);
  let next: Promise<BackupData> | null = null;
  try {
    for (const [index, chunk] of chunks.entries()) {
      const rows = await (next ?? source.rows(idsOf(chunk)));
      // The reader prepares the next chunk while this one is written.
      const following = chunks[index + 1];
      next = following ? source.rows(idsOf(following)) : null;
      // Awaited at the next chunk; a failure meanwhile is not unhandled (the loop may end first).
      next?.catch(() => {});
      const outcome = await d.transaction('rw', allTables(), async () => {
        const fresh = planRestore({ meetings: chunk }, await storedRevisionsOf(idsOf(chunk))).write;
        for (const { id } of chunk) if (!fresh.includes(id)) replaced.delete(id);
        const mine = rowsOfMeetings(rows, fresh);
        for (const table of CHILD_TABLES) {
          const conflict = await foreignRow(
            table,
            mine[table].map((row) => row.id),
            replaced,
          );
          if (conflict) return { conflict, fresh: [] };
        }
        await Promise.all([
          ...CHILD_TABLES.map((table) => d[table].where('meetingId').anyOf(fresh).delete()),
          d.drafts.bulkDelete(fresh),
        ]);
        await d.meetings.bulkPut(mine.meetings);
        await d.attendees.bulkPut(mine.attendees);
        await d.agendaItems.bulkPut(mine.agendaItems);
        await d.entries.bulkPut(mine.entries);
        await d.events.bulkPut(mine.events);
        await d.actionItems.bulkPut(mine.actionItems);
        await d.drafts.bulkPut(mine.drafts);
        return { conflict: null, fresh };
      });
      if (outcome.conflict) throw outcome.conflict;
      written += outcome.fresh.length;
      skipped.push(...idsOf(chunk).filter((id) => !outcome.fresh.includes(id)));
      onProgress(written + skipped.length, ids.length);
      await nextTask();
    }
    await d.transaction('rw', d.phrases, async () => {
      await d.phrases.bulkPut(phrasesToRestore(source.outline.phrases, await d.phrases.toArray()));
    });
  } catch (error) {
    if (written > 0) throw new RestoreStoppedError(written, error);
    throw error;
  }
  return { written, skipped };
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

/**
 * `snapshots` holds the texts; `infos` (version 2) what the list shows of each, so that listing
 * them at every start (is the daily backup due?) does not read five copies of the archive.
 */
type SnapshotDb = Dexie & {
  snapshots: EntityTable<SnapshotRow, 'id'>;
  infos: EntityTable<AutoBackupInfo & { id: string }, 'id'>;
};

let snapshots: SnapshotDb | null = null;

const info = ({ name, reason, bytes, createdAt }: AutoBackupInfo): AutoBackupInfo => ({
  name,
  reason,
  bytes,
  createdAt,
});

export function snapshotDb(): SnapshotDb {
  if (!snapshots) {
    const opened = new Dexie(SNAPSHOT_DB_NAME, { chromeTransactionDurability: 'strict' }) as SnapshotDb;
    opened.version(1).stores({ snapshots: 'id, createdAt' });
    opened
      .version(2)
      .stores({ infos: 'id, createdAt' })
      .upgrade(async (tx) => {
        const rows: SnapshotRow[] = await tx.table('snapshots').toArray();
        await tx.table('infos').bulkPut(rows.map((row) => ({ id: row.id, ...info(row) })));
      });
    snapshots = opened;
  }
  return snapshots;
}

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
  await s.transaction('rw', [s.snapshots, s.infos], async () => {
    await s.snapshots.put(row);
    await s.infos.put({ id: name, ...info(row) });
    const surplus = await s.infos.orderBy('createdAt').reverse().offset(KEEP_SNAPSHOTS).primaryKeys();
    await s.snapshots.bulkDelete(surplus);
    await s.infos.bulkDelete(surplus);
  });
  return info(row);
}

/** Newest first, without their texts. */
export async function listSnapshots(): Promise<AutoBackupInfo[]> {
  const rows = await snapshotDb().infos.orderBy('createdAt').reverse().toArray();
  return rows.map(info);
}

export async function getSnapshot(name: string): Promise<string | undefined> {
  return (await snapshotDb().snapshots.get(name))?.text;
}

/** The newest snapshot's text, if any. */
export async function loadSnapshot(): Promise<string | undefined> {
  const newest = await snapshotDb().infos.orderBy('createdAt').last();
  return newest ? getSnapshot(newest.id) : undefined;
}

/** The snapshot store as the browser host uses it (injected there, so tests can replace it). */
export const snapshotStore = { save: saveSnapshot, list: listSnapshots, get: getSnapshot };
