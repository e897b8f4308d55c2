/**
 * The IndexedDB database (Dexie). Only the repositories in this folder import it.
 *
 * Every transaction uses strict durability: Chromium's default "relaxed" mode acknowledges a
 * write before it reaches the disk, and a power cut in the meeting room would then lose what the
 * recorder saw as stored.
 */
import { Dexie, type EntityTable } from 'dexie';
import { saveStatusMiddleware } from './saveStatus';
import { meetingListMiddleware, type ListBucket } from './meetingList';
import { searchIndexMiddleware, type SearchMeta, type SearchRow } from './searchIndex';
import { singleWriter } from './writer';
import type {
  ActionItem,
  AgendaItem,
  Attendee,
  BodyPhrases,
  Entry,
  EntryDraft,
  JournalMark,
  Meeting,
  MeetingEvent,
} from '../domain/model';

export const DB_NAME = 'seogi';

export type SeogiDb = Dexie & {
  meetings: EntityTable<Meeting, 'id'>;
  attendees: EntityTable<Attendee, 'id'>;
  agendaItems: EntityTable<AgendaItem, 'id'>;
  entries: EntityTable<Entry, 'id'>;
  actionItems: EntityTable<ActionItem, 'id'>;
  drafts: EntityTable<EntryDraft, 'meetingId'>;
  journal: EntityTable<JournalMark, 'meetingId'>;
  events: EntityTable<MeetingEvent, 'id'>;
  phrases: EntityTable<BodyPhrases, 'body'>;
  searchDocs: EntityTable<SearchRow, 'key'>;
  searchMeta: EntityTable<SearchMeta, 'key'>;
  meetingList: EntityTable<ListBucket, 'bucket'>;
};

/**
 * Version 1: the whole data model; indexes only where a query needs them. `drafts` holds the
 * Entry field's uncommitted text per meeting, apart from the record so that saving it as it is
 * typed never wakes the queries that draw the record.
 */
export const SCHEMA_V1 = {
  meetings: 'id, updatedAt, status, previousMeetingId',
  attendees: 'id, meetingId, [meetingId+order]',
  agendaItems: 'id, meetingId, [meetingId+order]',
  entries: 'id, meetingId, agendaItemId, [meetingId+seq], [agendaItemId+seq]',
  actionItems: 'id, meetingId, agendaItemId',
  drafts: 'meetingId',
} as const;

/**
 * Version 2: entries keep their edit history (`history`, earlier versions oldest first) and
 * meetings their approval. The upgrade fills the new fields of every stored row; nothing else
 * changes, so nothing is lost.
 */
export const SCHEMA_V2 = SCHEMA_V1;

/**
 * Version 3: `journal` holds, per meeting, the sequence number of the last live operation (entry,
 * item change, recess...) written. The live screen journals each operation synchronously in
 * localStorage before writing it, and replays the journal after a crash or a closed window; the
 * mark is written in the operation's own transaction, so a replay never applies an operation
 * twice. It is bookkeeping of this computer, not part of the record, and is not backed up.
 */
export const SCHEMA_V3 = { ...SCHEMA_V2, journal: 'meetingId' } as const;

/**
 * Version 4: `phrases` holds each body's own list of procedural phrases, keyed by the body (the
 * meetings' organization, trimmed). A new table only: nothing stored changes.
 */
export const SCHEMA_V4 = { ...SCHEMA_V3, phrases: 'body' } as const;

/**
 * Version 5: `events` holds the meeting's procedure (opened, recessed, arrived…; model.ts), by
 * meeting in record order and by item for the transcript. A new table: nothing stored changes.
 */
export const SCHEMA_V5 = { ...SCHEMA_V4, events: 'id, meetingId, agendaItemId, [meetingId+seq]' } as const;

/**
 * Version 6: the archive's search index (data/searchIndex.ts): `searchDocs`, each searchable row's
 * texts, by meeting; `searchMeta`, the format the index was made in. The upgrade only creates the
 * tables: the search worker fills them afterwards, off the main thread, as it does whenever the
 * stored format is older than the app's.
 */
export const SCHEMA_V6 = { ...SCHEMA_V5, searchDocs: 'key, meetingId', searchMeta: 'key' } as const;

/**
 * Version 7: `meetingList`, every meeting's summary in a few rows (data/meetingList.ts), for the
 * home screen. A new table only: the first read of the list fills it.
 */
export const SCHEMA_V7 = { ...SCHEMA_V6, meetingList: 'bucket' } as const;

export function openDb(name: string = DB_NAME): SeogiDb {
  // Dexie's live-query cache stays on, though it deep-copies every result (10,000 meetings: ~80 ms
  // at start, bench/archive.bench.ts): without it a change of item shows only once its strict
  // write is on disk, and a click that fast lands on the item before.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as SeogiDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      await tx
        .table('entries')
        .toCollection()
        .modify((entry: Partial<Entry>) => {
          entry.history ??= [];
        });
      await tx
        .table('meetings')
        .toCollection()
        .modify((meeting: Partial<Meeting>) => {
          meeting.approval ??= null;
          meeting.approvalLog ??= [];
        });
    });
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4);
  db.version(5).stores(SCHEMA_V5);
  db.version(6).stores(SCHEMA_V6);
  db.version(7).stores(SCHEMA_V7);
  // Far below singleWriter (its level): a write it refuses never reaches the index.
  db.use(searchIndexMiddleware);
  db.use(meetingListMiddleware);
  db.use(singleWriter);
  // Used after singleWriter, so above it: a write it refuses is reported too.
  db.use(saveStatusMiddleware);
  return db;
}

let shared: SeogiDb | null = null;

/** The app's database, opened on first use. */
export function db(): SeogiDb {
  shared ??= openDb();
  return shared;
}
