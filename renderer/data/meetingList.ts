/**
 * The meetings list as stored: every meeting's summary (what the list shows, sorts, groups and
 * filters by) in a few `meetingList` rows, so that the home screen reads an archive of 10,000
 * meetings in ~10 ms instead of reading 10,000 meeting rows (~150 ms; bench/archive.bench.ts).
 * IndexedDB's cost is per row far more than per byte.
 *
 * A meeting's summary lives in the bucket its id hashes to. A DBCore middleware below every
 * repository keeps the buckets: each write to `meetings` rewrites the buckets of the meetings it
 * changed, in the same transaction, so the list can never disagree with what is stored. A write
 * that leaves a summary as it was (the live screen stamps updatedAt with every entry) writes
 * nothing more. A list whose buckets are of another format, or count another number of meetings
 * (an upgrade, rows seeded behind the middleware's back), is rebuilt from the meetings.
 */
import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Meeting, MeetingSummary } from '../domain/model';
import { keysOf, writesWith } from './coreRequests';
import type { SeogiDb } from './db';

export const LIST_TABLE = 'meetingList';

/** Bumped whenever what a summary holds changes: the stored list is then rebuilt. */
export const LIST_FORMAT = 1;

/**
 * Enough buckets that one holds a few hundred summaries at 10,000 meetings (a write reads and
 * rewrites one), few enough that the list reads in a handful of rows.
 */
export const LIST_BUCKETS = 32;

export interface ListBucket {
  bucket: number;
  format: number;
  meetings: MeetingSummary[];
}

export function summaryOf(meeting: Meeting): MeetingSummary {
  const { id, title, organization, sessionLabel, location, date, status, createdAt } = meeting;
  return { id, title, organization, sessionLabel, location, date, status, createdAt };
}

/** Whether a stored summary says what a fresh one (summaryOf's fields, all plain values) says. */
const sameSummary = (stored: MeetingSummary, fresh: MeetingSummary) =>
  (Object.keys(fresh) as (keyof MeetingSummary)[]).every((field) => stored[field] === fresh[field]);

/** The bucket of a meeting id (FNV-1a of its UTF-16 code units). */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % LIST_BUCKETS;
}

/** The summaries of every meeting, in no order, or `null` when the stored list is stale. */
export async function storedSummaries(d: SeogiDb): Promise<MeetingSummary[] | null> {
  const [buckets, count] = await Promise.all([d.meetingList.toArray(), d.meetings.count()]);
  if (buckets.some((b) => b.format !== LIST_FORMAT)) return null;
  const summaries = buckets.flatMap((b) => b.meetings);
  return summaries.length === count ? summaries : null;
}

/** The buckets of these summaries, the empty ones left out. */
export function bucketsOf(summaries: readonly MeetingSummary[]): ListBucket[] {
  const buckets = new Map<number, MeetingSummary[]>();
  for (const summary of summaries) {
    const bucket = bucketOf(summary.id);
    const list = buckets.get(bucket);
    if (list) list.push(summary);
    else buckets.set(bucket, [summary]);
  }
  return [...buckets].map(([bucket, meetings]) => ({ bucket, format: LIST_FORMAT, meetings }));
}

let rebuilding: Promise<void> | null = null;

/**
 * Writes the list again from the meetings, in one transaction with them (a write meanwhile waits).
 * Not from a live query's zone: it allows no write.
 */
export function rebuildMeetingList(d: SeogiDb): Promise<void> {
  rebuilding ??= d
    .transaction('rw', d.meetings, d.meetingList, async () => {
      const meetings = await d.meetings.toArray();
      await d.meetingList.clear();
      await d.meetingList.bulkPut(bucketsOf(meetings.map(summaryOf)));
    })
    .finally(() => {
      rebuilding = null;
    });
  return rebuilding;
}

// ---------------------------------------------------------------------------------------------
// The middleware

/** Applies removals and new summaries to the stored buckets they fall in. */
async function updateBuckets(
  list: DBCoreTable,
  trans: DBCoreTransaction,
  removed: readonly string[],
  written: readonly MeetingSummary[],
): Promise<void> {
  const touched = new Set([...removed.map(bucketOf), ...written.map((s) => bucketOf(s.id))]);
  await Promise.all(
    [...touched].map(async (bucket) => {
      const stored = (await list.get({ trans, key: bucket })) as ListBucket | undefined;
      // A stale bucket is left as it is: the whole list is rebuilt when it is next read.
      if (stored && stored.format !== LIST_FORMAT) return;
      const before = stored?.meetings ?? [];
      const gone = new Set(removed.filter((id) => bucketOf(id) === bucket));
      const fresh = written.filter((s) => bucketOf(s.id) === bucket);
      const byId = new Map(before.map((s) => [s.id, s]));
      const changes = fresh.some((s) => {
        const was = byId.get(s.id);
        return was === undefined || !sameSummary(was, s);
      });
      if (!changes && ![...gone].some((id) => byId.has(id))) return;
      for (const id of gone) byId.delete(id);
      for (const s of fresh) byId.set(s.id, s);
      const meetings = [...byId.values()];
      await (meetings.length === 0
        ? list.mutate({ type: 'delete', trans, keys: [bucket] })
        : list.mutate({ type: 'put', trans, values: [{ bucket, format: LIST_FORMAT, meetings }] }));
    }),
  );
}

export const meetingListMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'meetingList',
  // Below Dexie's own middlewares, as the search index's (searchIndex.ts says why).
  level: -2,
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      const writesMeetings = mode === 'readwrite' && stores.includes('meetings');
      return down.transaction(
        writesMeetings && !stores.includes(LIST_TABLE) ? [...stores, LIST_TABLE] : stores,
        mode,
        options,
      );
    },
    table: (name) => {
      const table = down.table(name);
      if (name !== 'meetings') return table;
      return {
        ...table,
        mutate: async (request) => {
          if (!writesWith(request.trans, LIST_TABLE)) return table.mutate(request);
          const removed =
            request.type === 'delete' || request.type === 'deleteRange' ? await keysOf(table, request) : [];
          const result = await table.mutate(request);
          const written =
            request.type === 'add' || request.type === 'put'
              ? request.values.filter((_, i) => !(i in result.failures)).map((row) => summaryOf(row as Meeting))
              : [];
          await updateBuckets(down.table(LIST_TABLE), request.trans, removed.map(String), written);
          return result;
        },
      };
    },
  }),
};
