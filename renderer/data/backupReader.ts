/**
 * Reading a backup for a restore, away from the screen: parsing a 60 MB file and checking every
 * row against the schemas takes seconds, which froze the page when it ran on the main thread.
 * The reader parses and checks the text once, keeps the rows, and hands the screen thread only
 * the outline (domain BackupOutline) for the preview, then the rows of a few meetings at a time
 * as the restore writes them (data/backup.ts applyRestore).
 *
 * createBackupReader is a plain function of requests to responses: backupWorker.ts runs it in a
 * Web Worker for the app, and tests call it directly.
 */
import {
  outlineOf,
  parseBackup,
  rowsByMeeting,
  type BackupData,
  type BackupError,
  type BackupOutline,
} from '../domain/backup';

/** The tables of rows that belong to a meeting and have ids of their own (drafts are keyed by meeting). */
export const CHILD_TABLES = ['attendees', 'agendaItems', 'entries', 'events', 'actionItems'] as const;
export type ChildTable = (typeof CHILD_TABLES)[number];
export type IdsByTable = Record<ChildTable, string[]>;

export type ReaderRequest =
  | { kind: 'open'; text: string; schemaVersion: number }
  /** The rows of these meetings of an open backup. */
  | { kind: 'rows'; handle: number; meetingIds: string[] }
  /** Of the rows of these meetings, the ids that are among `stored`, by table. */
  | { kind: 'overlap'; handle: number; meetingIds: string[]; stored: IdsByTable }
  | { kind: 'close'; handle: number };

export type ReaderResponse =
  | { kind: 'opened'; handle: number; outline: BackupOutline }
  | { kind: 'refused'; error: BackupError }
  | { kind: 'rows'; rows: BackupData }
  | { kind: 'overlap'; ids: IdsByTable }
  | { kind: 'closed' }
  /** Something unexpected went wrong (not the file's fault: those are `refused`). */
  | { kind: 'failed'; message: string };

export type AskReader = (request: ReaderRequest) => Promise<ReaderResponse>;

function merged(groups: readonly BackupData[]): BackupData {
  return {
    meetings: groups.flatMap((g) => g.meetings),
    attendees: groups.flatMap((g) => g.attendees),
    agendaItems: groups.flatMap((g) => g.agendaItems),
    entries: groups.flatMap((g) => g.entries),
    events: groups.flatMap((g) => g.events),
    actionItems: groups.flatMap((g) => g.actionItems),
    drafts: groups.flatMap((g) => g.drafts),
  };
}

export function createBackupReader(): AskReader {
  const open = new Map<number, Map<string, BackupData>>();
  let last = 0;
  const rowsOf = (handle: number, meetingIds: readonly string[]): BackupData => {
    const groups = open.get(handle);
    if (!groups) throw new Error(`No backup is open as ${handle}.`);
    return merged(meetingIds.flatMap((id) => groups.get(id) ?? []));
  };

  const answer = async (request: ReaderRequest): Promise<ReaderResponse> => {
    switch (request.kind) {
      case 'open': {
        const parsed = await parseBackup(request.text, { schemaVersion: request.schemaVersion });
        if (!parsed.ok) return { kind: 'refused', error: parsed.error };
        const handle = ++last;
        open.set(handle, rowsByMeeting(parsed.backup.data));
        return { kind: 'opened', handle, outline: outlineOf(parsed.backup) };
      }
      case 'rows':
        return { kind: 'rows', rows: rowsOf(request.handle, request.meetingIds) };
      case 'overlap': {
        const rows = rowsOf(request.handle, request.meetingIds);
        const among = (table: ChildTable) => {
          const stored = new Set(request.stored[table]);
          return rows[table].filter((row) => stored.has(row.id)).map((row) => row.id);
        };
        const ids = Object.fromEntries(CHILD_TABLES.map((table) => [table, among(table)])) as IdsByTable;
        return { kind: 'overlap', ids };
      }
      case 'close':
        open.delete(request.handle);
        return { kind: 'closed' };
    }
  };
  return (request) =>
    answer(request).catch((error: unknown) => ({
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    }));
}
