/**
 * The backup file: every meeting with all its rows in one UTF-8 JSON document, and the rules for
 * reading one back (validation, what a restore would do). Pure: no database, no DOM beyond
 * `crypto.subtle`, so Node runs it under test exactly as the app does.
 *
 * Format (formatVersion 1), written with two-space indentation so that a person can read and
 * search a backup in any editor in an emergency:
 *
 *   { "format": "seogi-backup", "formatVersion": 1, "schemaVersion": 1, "appVersion": "0.1.0",
 *     "createdAt": "2021-11-23T01:00:00.000Z",
 *     "checksum": { "algorithm": "SHA-256", "value": "<64 hex digits>" },
 *     "data": { "meetings": [...], "attendees": [...], "agendaItems": [...], "entries": [...],
 *               "actionItems": [...], "drafts": [...], "phrases": [...] } }
 *
 * `formatVersion` is the shape of this envelope; `schemaVersion` is the database schema the rows
 * follow (a newer one is refused: this app cannot know its rows). The checksum is the SHA-256 of
 * canonicalJson(data) encoded as UTF-8 (see canonicalJson), so it detects any change to the data
 * however the file is re-indented, while a person can still check it with a few lines of script.
 *
 * Drafts (the Entry field's uncommitted text) are included: a recorder's half-typed statement is
 * data, and the end of a meeting is exactly when a backup is made.
 *
 * `phrases` (each body's own procedural phrases, schema version 4) belong to no meeting: a restore
 * writes a body's list when this computer has none for that body or an older one. Backups made
 * before version 4 have no `phrases`; they restore as they always did.
 *
 * Rows are validated strictly, with the model's own schemas (model.ts): an unknown key is an
 * error. Files of a newer schema are refused before the rows are looked at, so an unknown key can
 * only mean a file that was edited or made by something else; dropping the key silently would
 * restore something other than what the preview promised. The one exception is a field Seogi
 * itself once wrote and keeps no more (see dropRetired). Whoever changes a row's shape changes its
 * schema and the schema version, with an upgrade step in UPGRADES if old backups must be converted.
 *
 * Reading never throws for anything in the text, however large or deeply nested: nothing walks a
 * value of the file recursively before its depth is known to be small (see MAX_DEPTH).
 */
import { z } from 'zod';
import { MAX_BACKUP_BYTES, type AutoBackupInfo } from './backupFiles';
import { utf8Length } from './text';
import {
  actionItemSchema,
  agendaItemSchema,
  attendeeSchema,
  bodyPhrasesSchema,
  entryDraftSchema,
  entrySchema,
  meetingEventSchema,
  meetingSchema,
  type ActionItem,
  type BodyPhrases,
  type Entry,
  type EntryDraft,
  type Meeting,
} from './model';

export const BACKUP_FORMAT = 'seogi-backup';
export const BACKUP_FORMAT_VERSION = 1;
export { MAX_BACKUP_BYTES };

/** The tables of meeting rows a backup holds, in the order they are written (then `phrases`). */
export const BACKUP_TABLES = [
  'meetings',
  'attendees',
  'agendaItems',
  'entries',
  'events',
  'actionItems',
  'drafts',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * Tables added after the first schema, which files written before them lack: the schema upgrade
 * that added each (UPGRADES) gives it its empty rows, so the envelope lets them be absent.
 */
const LATER_TABLES: ReadonlySet<BackupTable> = new Set(['events']);

/**
 * Why a file cannot be restored. Codes only: the interface words them in the user's language.
 * `path` points at the first problem in the file, e.g. `data.meetings[3].title`.
 */
export type BackupError =
  | { code: 'tooLarge'; maxBytes: number }
  | { code: 'notJson' }
  | { code: 'notABackup' }
  | { code: 'unsupportedVersion'; found: string }
  | { code: 'newerSchema'; found: number; supported: number }
  | { code: 'checksumMismatch' }
  | { code: 'invalid'; path: string }
  | { code: 'duplicateId'; path: string }
  | { code: 'brokenReference'; path: string };

export type ParseBackupResult = { ok: true; backup: BackupFile } | { ok: false; error: BackupError };

// ---------------------------------------------------------------------------------------------
// Schemas: the rows are the model's own (model.ts); here only the envelope and the tables.

const dataSchema = z.strictObject({
  meetings: z.array(meetingSchema),
  attendees: z.array(attendeeSchema),
  agendaItems: z.array(agendaItemSchema),
  entries: z.array(entrySchema),
  events: z.array(meetingEventSchema),
  actionItems: z.array(actionItemSchema),
  drafts: z.array(entryDraftSchema),
  phrases: z.array(bodyPhrasesSchema).optional(),
});
export type BackupData = z.infer<typeof dataSchema>;

const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.int().positive(),
  appVersion: z.string().min(1).max(100),
  /** ISO 8601, UTC. */
  createdAt: z.iso.datetime(),
  checksum: z.strictObject({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
  // The tables are checked after the checksum, so that an edited file is reported as edited.
  data: z.strictObject({
    ...Object.fromEntries(
      BACKUP_TABLES.map((table) => {
        const rows = z.array(z.unknown());
        return [table, LATER_TABLES.has(table) ? rows.optional() : rows];
      }),
    ),
    phrases: z.array(z.unknown()).optional(),
  }),
});
export type BackupFile = Omit<z.infer<typeof envelopeSchema>, 'data'> & { data: BackupData };

/**
 * Conversions of backup data from schema version n to n + 1, applied after the checksum has been
 * verified and before the rows are validated. A version without an entry needs none (its change
 * was to indexes only).
 */
const UPGRADES: Partial<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>> = {
  // Version 2 (see data/db.ts): entries keep their edit history, meetings their approval.
  1: (data) => ({
    ...data,
    meetings: upgradeRows(data.meetings, (m) => ({ approval: null, approvalLog: [], ...m })),
    entries: upgradeRows(data.entries, (e) => ({ history: [], ...e })),
  }),
  // Version 5: the meetings' procedure (events), which older meetings did not record.
  4: (data) => ({ events: [], ...data }),
};

/**
 * Drops what Seogi once wrote and keeps no more, from rows of any version: the Entry draft's
 * `agendaItemId`, which nothing ever read. Stored drafts written before it was retired still hold
 * it, so backups made from them do too. Returns `data` itself when there is nothing to drop.
 */
function dropRetired(data: Record<string, unknown>): Record<string, unknown> {
  const retired = (row: unknown): row is Record<string, unknown> => isRecord(row) && 'agendaItemId' in row;
  if (!Array.isArray(data.drafts) || !data.drafts.some(retired)) return data;
  const drafts = data.drafts.map((row: unknown) => {
    if (!retired(row)) return row;
    const draft = { ...row };
    delete draft.agendaItemId;
    return draft;
  });
  return { ...data, drafts };
}

/** Applies `change` to the rows that are objects; anything else is left for validation to report. */
function upgradeRows(rows: unknown, change: (row: Record<string, unknown>) => Record<string, unknown>): unknown {
  return Array.isArray(rows) ? rows.map((row: unknown) => (isRecord(row) ? change(row) : row)) : rows;
}

// ---------------------------------------------------------------------------------------------
// Canonical form and checksum

/**
 * How many keys deep a value may sit below the file's root: deeper than any row needs
 * (data.meetings[0].quorum.open.numerator is 6), low enough that walking a value recursively
 * (zod, the canonical form, JSON.stringify) can never exhaust the stack. A deeper value is refused
 * as invalid, pointing at where it goes too deep.
 */
const MAX_DEPTH = 12;

/**
 * The path of the first object or array nested more than `limit` keys below `root`, in the order
 * of the file, or null. Iterative, one open iterator per level: neither the depth nor the width of
 * a hostile value can exhaust the stack or the memory.
 */
function firstTooDeep(root: unknown, limit: number): PropertyKey[] | null {
  const children = (node: object): Iterator<[PropertyKey, unknown]> =>
    Array.isArray(node) ? node.entries() : Object.entries(node).values();
  if (root === null || typeof root !== 'object') return null;
  const path: PropertyKey[] = [];
  const open = [children(root)];
  for (let level = open.at(-1); level; level = open.at(-1)) {
    const next = level.next();
    if (next.done) {
      open.pop();
      path.pop();
      continue;
    }
    const [key, value] = next.value;
    if (value === null || typeof value !== 'object') continue;
    path.push(key);
    if (path.length > limit) return path;
    open.push(children(value));
  }
  return null;
}

/**
 * The canonical serialization the checksum covers: JSON.stringify's text for strings, numbers,
 * booleans and null (so lone surrogates are escaped as \udXXX and the result is always valid
 * UTF-16), no whitespace, object keys sorted by UTF-16 code units (Array.prototype.sort's default,
 * independent of locale), arrays in their order. The order of rows is part of the content; Seogi
 * writes every table sorted by id (drafts by meetingId), so the same data always gives the same
 * file.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts = Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${parts.join(',')}}`;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The checksum of backup data, as written in `checksum.value`. */
export async function backupChecksum(data: unknown): Promise<string> {
  return sha256Hex(canonicalJson(data));
}

// ---------------------------------------------------------------------------------------------
// Writing

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortedData(data: BackupData): BackupData {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => byCodeUnits(a.id, b.id));
  return {
    meetings: byId(data.meetings),
    attendees: byId(data.attendees),
    agendaItems: byId(data.agendaItems),
    entries: byId(data.entries),
    events: byId(data.events),
    actionItems: byId(data.actionItems),
    drafts: [...data.drafts].sort((a, b) => byCodeUnits(a.meetingId, b.meetingId)),
    phrases: [...(data.phrases ?? [])].sort((a, b) => byCodeUnits(a.body, b.body)),
  };
}

export async function createBackup(
  data: BackupData,
  meta: { appVersion: string; schemaVersion: number; now: number },
): Promise<BackupFile> {
  // Through JSON and back, so the checksum covers exactly what a reader will parse: properties
  // that are undefined disappear and -0 becomes 0 here as they would in the file. Stored rows may
  // still hold a retired field: it is not written.
  const plain = dropRetired(JSON.parse(JSON.stringify(sortedData(data)))) as BackupData;
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    createdAt: new Date(meta.now).toISOString(),
    checksum: { algorithm: 'SHA-256', value: await backupChecksum(plain) },
    data: plain,
  };
}

/**
 * The file's text: UTF-8 JSON, two-space indentation, a final newline. Indentation makes a file
 * ~70% bigger: an archive it would take past MAX_BACKUP_BYTES (10,000 meetings of 20 entries do)
 * is written without it, rather than not backed up at all.
 */
export function serializeBackup(file: BackupFile, maxBytes = MAX_BACKUP_BYTES): string {
  const text = `${JSON.stringify(file, null, 2)}\n`;
  return text.length * 3 > maxBytes && utf8Length(text) > maxBytes ? `${JSON.stringify(file)}\n` : text;
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface ParseLimits {
  /** The database schema version of this app; files of a newer one are refused. */
  schemaVersion: number;
  /** Defaults to MAX_BACKUP_BYTES. */
  maxBytes?: number;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `data.meetings[3].title`, with odd keys quoted and the whole kept short for a message. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const key = String(segment);
      text += IDENTIFIER.test(key) ? `${text ? '.' : ''}${key}` : `[${JSON.stringify(key.slice(0, 40))}]`;
    }
  }
  return text.length > 200 ? `${text.slice(0, 199)}…` : text || '(file)';
}

function firstIssuePath(error: z.ZodError, prefix: readonly PropertyKey[]): string {
  const issue = error.issues[0];
  if (!issue) return formatPath(prefix);
  const path = [...prefix, ...issue.path];
  // An unknown key is reported on its object; point at the key itself.
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  return formatPath(path);
}

/** A short quote of a value found where another was expected (20 characters at most). */
function describeFound(value: unknown): string {
  if (value === undefined) return '';
  // Past 20 levels only brackets would show; and a deep value must not be walked (see MAX_DEPTH).
  if (firstTooDeep(value, 20)) return '…';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 20 ? `${text.slice(0, 19)}…` : text;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(error: BackupError): ParseBackupResult {
  return { ok: false, error };
}

/**
 * Reads a backup file's text. Refuses, with the first reason found, a text that is too large (before
 * parsing it), not JSON, not a Seogi backup, of another format version, of a newer schema, changed
 * since it was written (checksum), or with rows that are invalid, duplicated or point at rows that
 * are not in the file. Never throws for anything in the text.
 */
export async function parseBackup(text: string, limits: ParseLimits): Promise<ParseBackupResult> {
  const maxBytes = limits.maxBytes ?? MAX_BACKUP_BYTES;
  // A string's length never exceeds its UTF-8 size, so the cheap test settles most cases.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)) {
    return fail({ code: 'tooLarge', maxBytes });
  }

  let parsed: unknown;
  try {
    // Some editors save UTF-8 with a byte-order mark, which JSON.parse refuses.
    parsed = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return fail({ code: 'notJson' });
  }

  if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT) return fail({ code: 'notABackup' });
  if (parsed.formatVersion !== BACKUP_FORMAT_VERSION) {
    return fail({ code: 'unsupportedVersion', found: describeFound(parsed.formatVersion) });
  }
  // Before the envelope is checked: a newer schema may well have other tables.
  const { schemaVersion } = parsed;
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion > limits.schemaVersion) {
    return fail({ code: 'newerSchema', found: schemaVersion, supported: limits.schemaVersion });
  }

  // From here on values are walked recursively (zod, the canonical form): only shallow ones.
  const deep = firstTooDeep(parsed, MAX_DEPTH);
  if (deep) return fail({ code: 'invalid', path: formatPath(deep) });

  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) return fail({ code: 'invalid', path: firstIssuePath(envelope.error, []) });

  const checksum = await backupChecksum(envelope.data.data);
  if (checksum !== envelope.data.checksum.value) return fail({ code: 'checksumMismatch' });

  let raw = dropRetired(envelope.data.data);
  for (let version = envelope.data.schemaVersion; version < limits.schemaVersion; version++) {
    raw = UPGRADES[version]?.(raw) ?? raw;
  }
  const rows = dataSchema.safeParse(raw);
  if (!rows.success) return fail({ code: 'invalid', path: firstIssuePath(rows.error, ['data']) });

  const problem = checkIntegrity(rows.data);
  if (problem) return fail(problem);

  const converted = raw !== envelope.data.data;
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      // The version the data now follows; the checksum is recomputed if the data was converted.
      schemaVersion: limits.schemaVersion,
      appVersion: envelope.data.appVersion,
      createdAt: envelope.data.createdAt,
      checksum: { algorithm: 'SHA-256', value: converted ? await backupChecksum(rows.data) : checksum },
      data: rows.data,
    },
  };
}

/**
 * Ids unique per table, and the links a restore relies on: every row belongs to a meeting in the
 * file, and every entry to an agenda item of its own meeting. Links the app itself lets dangle
 * (a chair or a signing member who was removed from the roster, a speaker, an action item's or a
 * draft's item) are not checked, so that a backup of real data is never refused for them.
 */
function checkIntegrity(data: BackupData): BackupError | null {
  const keyed: [BackupTable | 'phrases', 'id' | 'meetingId' | 'body', readonly string[]][] = [
    ['meetings', 'id', data.meetings.map((r) => r.id)],
    ['attendees', 'id', data.attendees.map((r) => r.id)],
    ['agendaItems', 'id', data.agendaItems.map((r) => r.id)],
    ['entries', 'id', data.entries.map((r) => r.id)],
    ['events', 'id', data.events.map((r) => r.id)],
    ['actionItems', 'id', data.actionItems.map((r) => r.id)],
    ['drafts', 'meetingId', data.drafts.map((r) => r.meetingId)],
    ['phrases', 'body', (data.phrases ?? []).map((r) => r.body)],
  ];
  for (const [table, key, values] of keyed) {
    const seen = new Set<string>();
    for (const [index, value] of values.entries()) {
      if (seen.has(value)) return { code: 'duplicateId', path: formatPath(['data', table, index, key]) };
      seen.add(value);
    }
  }

  const meetings = new Set(data.meetings.map((m) => m.id));
  const itemMeeting = new Map(data.agendaItems.map((item) => [item.id, item.meetingId]));
  const children: [BackupTable, readonly { meetingId: string }[]][] = [
    ['attendees', data.attendees],
    ['agendaItems', data.agendaItems],
    ['entries', data.entries],
    ['events', data.events],
    ['actionItems', data.actionItems],
    ['drafts', data.drafts],
  ];
  for (const [table, rows] of children) {
    const index = rows.findIndex((row) => !meetings.has(row.meetingId));
    if (index >= 0) return { code: 'brokenReference', path: formatPath(['data', table, index, 'meetingId']) };
  }
  for (const [table, rows] of [
    ['entries', data.entries],
    ['events', data.events],
  ] as const) {
    const orphan = rows.findIndex((row) => itemMeeting.get(row.agendaItemId) !== row.meetingId);
    if (orphan >= 0) return { code: 'brokenReference', path: formatPath(['data', table, orphan, 'agendaItemId']) };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Planning a restore

/**
 * When a meeting was last changed, as far as the rows tell: the latest of the meeting's own
 * updatedAt and the write times of its entries, action items and draft. Roster and agenda edits
 * leave no time of their own, so they count only through the meeting's updatedAt.
 */
export function meetingRevisions(data: {
  meetings: readonly Pick<Meeting, 'id' | 'updatedAt'>[];
  entries: readonly Pick<Entry, 'meetingId' | 'updatedAt'>[];
  actionItems: readonly Pick<ActionItem, 'meetingId' | 'createdAt'>[];
  drafts: readonly Pick<EntryDraft, 'meetingId' | 'updatedAt'>[];
}): Map<string, number> {
  const revisions = new Map(data.meetings.map((m) => [m.id, m.updatedAt]));
  const bump = (meetingId: string, at: number) => {
    const current = revisions.get(meetingId);
    if (current !== undefined && at > current) revisions.set(meetingId, at);
  };
  for (const entry of data.entries) bump(entry.meetingId, entry.updatedAt);
  for (const item of data.actionItems) bump(item.meetingId, item.createdAt);
  for (const draft of data.drafts) bump(draft.meetingId, draft.updatedAt);
  return revisions;
}

/** A stored meeting as planning sees it; `updatedAt` is its revision (see meetingRevisions). */
export interface StoredMeeting {
  id: string;
  updatedAt: number;
}

/** What the preview and the planning need of a backup's meeting, without its rows. */
export interface MeetingOutline {
  id: string;
  title: string;
  sessionLabel: string;
  date: string;
  /** See meetingRevisions. */
  revision: number;
  /** The meeting's own row and all its rows, for sizing the restore's chunks. */
  rows: number;
}

/**
 * A checked backup as the screen thread holds it while the rows stay with the reader (a Web
 * Worker, see data/backupReader.ts): the meetings in the file's order, and the phrase lists,
 * which are few and small.
 */
export interface BackupOutline {
  appVersion: string;
  createdAt: string;
  meetings: MeetingOutline[];
  phrases: BodyPhrases[];
}

export function outlineOf(backup: BackupFile): BackupOutline {
  const { data } = backup;
  const revisions = meetingRevisions(data);
  const rows = new Map(data.meetings.map((m) => [m.id, 1]));
  for (const table of BACKUP_TABLES) {
    if (table === 'meetings') continue;
    for (const row of data[table]) rows.set(row.meetingId, (rows.get(row.meetingId) ?? 0) + 1);
  }
  return {
    appVersion: backup.appVersion,
    createdAt: backup.createdAt,
    meetings: data.meetings.map(({ id, title, sessionLabel, date, updatedAt }) => ({
      id,
      title,
      sessionLabel,
      date,
      revision: revisions.get(id) ?? updatedAt,
      rows: rows.get(id) ?? 1,
    })),
    phrases: data.phrases ?? [],
  };
}

/** new: not stored; newer / older: the backup's copy is newer / older than the stored one; same: equal. */
export type MeetingFate = 'new' | 'newer' | 'older' | 'same';

export interface PlannedMeeting {
  id: string;
  title: string;
  sessionLabel: string;
  date: string;
  fate: MeetingFate;
  backupRevision: number;
  storedRevision: number | null;
}

export interface RestorePlan {
  /** Every meeting in the backup, in the backup's order. */
  meetings: PlannedMeeting[];
  counts: Record<MeetingFate, number>;
  /** Meetings to write: the new and the newer ones. */
  write: string[];
  /** Stored meetings that the backup does not hold: they stay as they are. */
  keptAbsent: number;
}

/**
 * What a restore would do, for the preview and for applying it. New and newer meetings are
 * written with all their rows, replacing the stored rows of that meeting (rows the backup lacks
 * belong to the older version); older and equal ones are left alone; a stored meeting the backup
 * does not hold is never touched.
 */
export function planRestore(outline: Pick<BackupOutline, 'meetings'>, stored: readonly StoredMeeting[]): RestorePlan {
  const storedRevision = new Map(stored.map((m) => [m.id, m.updatedAt]));
  const counts: Record<MeetingFate, number> = { new: 0, newer: 0, older: 0, same: 0 };
  const meetings = outline.meetings.map(({ id, title, sessionLabel, date, revision }): PlannedMeeting => {
    const current = storedRevision.get(id);
    const fate: MeetingFate =
      current === undefined ? 'new' : revision > current ? 'newer' : revision < current ? 'older' : 'same';
    counts[fate]++;
    return { id, title, sessionLabel, date, fate, backupRevision: revision, storedRevision: current ?? null };
  });
  const inBackup = new Set(outline.meetings.map((m) => m.id));
  return {
    meetings,
    counts,
    write: meetings.filter((m) => m.fate === 'new' || m.fate === 'newer').map((m) => m.id),
    keptAbsent: stored.filter((m) => !inBackup.has(m.id)).length,
  };
}

/**
 * The meetings to write, in groups of whole meetings of about `maxRows` rows each (a meeting
 * larger than that is a group of its own), in the order given: a restore writes one group per
 * transaction, so no meeting is ever half written and no other write waits for more than one.
 */
export function restoreChunks<T extends Pick<MeetingOutline, 'rows'>>(meetings: readonly T[], maxRows: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let rows = 0;
  for (const meeting of meetings) {
    if (current.length > 0 && rows + meeting.rows > maxRows) {
      chunks.push(current);
      current = [];
      rows = 0;
    }
    current.push(meeting);
    rows += meeting.rows;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Each meeting's rows (its own row included), by meeting id, as a restore writes them. */
export function rowsByMeeting(data: BackupData): Map<string, BackupData> {
  const groups = new Map<string, BackupData>();
  for (const meeting of data.meetings) {
    groups.set(meeting.id, {
      meetings: [meeting],
      attendees: [],
      agendaItems: [],
      entries: [],
      events: [],
      actionItems: [],
      drafts: [],
    });
  }
  const add = <T extends { meetingId: string }>(rows: readonly T[], pick: (group: BackupData) => T[]) => {
    for (const row of rows) {
      const group = groups.get(row.meetingId);
      if (group) pick(group).push(row);
    }
  };
  add(data.attendees, (g) => g.attendees);
  add(data.agendaItems, (g) => g.agendaItems);
  add(data.entries, (g) => g.entries);
  add(data.events, (g) => g.events);
  add(data.actionItems, (g) => g.actionItems);
  add(data.drafts, (g) => g.drafts);
  return groups;
}

/** The rows of the given meetings, as a restore writes them. */
export function rowsOfMeetings(data: BackupData, meetingIds: Iterable<string>): BackupData {
  const wanted = new Set(meetingIds);
  const keep = <T extends { meetingId: string }>(rows: readonly T[]) => rows.filter((r) => wanted.has(r.meetingId));
  return {
    meetings: data.meetings.filter((m) => wanted.has(m.id)),
    attendees: keep(data.attendees),
    agendaItems: keep(data.agendaItems),
    entries: keep(data.entries),
    events: keep(data.events),
    actionItems: keep(data.actionItems),
    drafts: keep(data.drafts),
  };
}

/**
 * The bodies' phrase lists a restore writes: those this computer has none of, or an older one
 * (by `updatedAt`); a list changed here since the backup was made is kept.
 */
export function phrasesToRestore(
  phrases: readonly BodyPhrases[],
  stored: readonly Pick<BodyPhrases, 'body' | 'updatedAt'>[],
): BodyPhrases[] {
  const storedAt = new Map(stored.map((row) => [row.body, row.updatedAt]));
  return phrases.filter((row) => row.updatedAt > (storedAt.get(row.body) ?? -Infinity));
}

// ---------------------------------------------------------------------------------------------
// Automatic backups

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long after start the daily backup waits. It reads the whole database (200,000 entries take
 * seconds), and IndexedDB answers one request after another: at start it would hold back the first
 * screen's reads and the recorder's first writes (bench/archive.bench.ts).
 */
export const DAILY_BACKUP_DELAY_MS = 30_000;

/** A daily backup is due when no automatic backup of any kind was made in the last 24 hours. */
export function isDailyBackupDue(backups: readonly Pick<AutoBackupInfo, 'createdAt'>[], now: number): boolean {
  return !backups.some((b) => b.createdAt > now - DAY_MS && b.createdAt <= now);
}
