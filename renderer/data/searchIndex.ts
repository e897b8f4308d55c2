/**
 * The archive's search index as stored: one `searchDocs` row per searchable row (a meeting, an
 * agenda item, an entry, an action item) holding that row's searchable texts (domain/search.ts's
 * *Docs), so that the search worker loads one table instead of reading and re-deriving every
 * record. The index is kept by a DBCore middleware below every repository: each write to a source
 * table writes its search rows in the same transaction, so the index can never disagree with what
 * is stored, and no writer (repositories, the live journal's replay, a restore, a cascade delete)
 * has to know it exists. Each committed transaction then announces the keys it changed, to this
 * window's search worker (ordered before the writer's promise resolves) and to other windows.
 *
 * A database that has no index yet (upgraded to version 6) or one of an older format is rebuilt
 * by the search worker (searchEngine.ts) in chunks, each a read-write transaction of its own.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { isIdbTransaction, keysOf, writesWith } from './coreRequests';
import type { ActionItem, AgendaItem, Entry, Meeting } from '../domain/model';
import {
  actionItemDoc,
  agendaItemDocs,
  entryDoc,
  meetingDocs,
  type MeetingFacet,
  type SearchDoc,
} from '../domain/search';

/** Bumped whenever what a row's search row holds changes: the stored index is then rebuilt. */
export const SEARCH_FORMAT = 1;

export const SEARCH_TABLE = 'searchDocs';
export const SEARCH_META_TABLE = 'searchMeta';

/** The tables whose rows are searchable, in the order their texts come within a meeting. */
export const SOURCE_TABLES = ['meetings', 'agendaItems', 'entries', 'actionItems'] as const;
export type SourceTable = (typeof SOURCE_TABLES)[number];

/** What a meeting's order among the results needs besides its facet (see compareNewestFirst). */
export type SearchFacet = MeetingFacet & Pick<Meeting, 'createdAt'>;

export interface SearchRow {
  /** `<table>:<row id>`. */
  key: string;
  meetingId: string;
  /** Where the texts come within the meeting: the table's place in SOURCE_TABLES, then its order. */
  rank: readonly [table: number, order: number];
  docs: SearchDoc[];
  /** Only on a meeting's row. */
  facet?: SearchFacet;
}

/** `format`: the SEARCH_FORMAT the stored rows were made with; `complete` once a rebuild ended. */
export interface SearchMeta {
  key: 'index';
  format: number;
  complete: boolean;
}

export function searchKey(table: SourceTable, id: string): string {
  return `${table}:${id}`;
}

function isSourceTable(name: string): name is SourceTable {
  return (SOURCE_TABLES as readonly string[]).includes(name);
}

/** The search row of a source row. */
export function searchRowOf(table: SourceTable, row: unknown): SearchRow {
  const of = (r: { id: string; meetingId: string }, order: number, docs: SearchDoc[]): SearchRow => ({
    key: searchKey(table, r.id),
    meetingId: r.meetingId,
    rank: [SOURCE_TABLES.indexOf(table), order],
    docs,
  });
  switch (table) {
    case 'meetings': {
      const m = row as Meeting;
      const { id, title, organization, sessionLabel, date, status, createdAt } = m;
      const facet = { id, title, organization, sessionLabel, date, status, createdAt };
      return { ...of({ id, meetingId: id }, 0, meetingDocs(m)), facet };
    }
    case 'agendaItems': {
      const item = row as AgendaItem;
      return of(item, item.order, agendaItemDocs(item));
    }
    case 'entries': {
      const entry = row as Entry;
      return of(entry, entry.seq, [entryDoc(entry)]);
    }
    case 'actionItems': {
      const action = row as ActionItem;
      return of(action, 0, [actionItemDoc(action)]);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Telling the search worker what changed

/** Posted after each committed write: the search rows to read again. */
export interface SearchChange {
  keys: string[];
  /** The window that wrote (a window's own worker hears it directly, not through the channel). */
  origin: string;
}

export const SEARCH_CHANNEL = 'seogi-search';
export const WINDOW_ID = Math.random().toString(36).slice(2);

const changeListeners = new Set<(change: SearchChange) => void>();

/** Called with every change this window commits (the search worker's client listens). */
export function onSearchChange(listener: (change: SearchChange) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

let channel: BroadcastChannel | null | undefined;

function announce(keys: Set<string>): void {
  const change: SearchChange = { keys: [...keys], origin: WINDOW_ID };
  for (const listener of changeListeners) listener(change);
  channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(SEARCH_CHANNEL);
  channel?.postMessage(change);
}

// ---------------------------------------------------------------------------------------------
// The middleware

/** The keys each open read-write transaction changed, announced when it commits. */
const changed = new WeakMap<DBCoreTransaction, Set<string>>();

function writeIndex(
  search: DBCoreTable,
  table: SourceTable,
  request: DBCoreMutateRequest,
  keys: readonly unknown[],
  failures: Record<number, unknown>,
): Promise<unknown> {
  const trans = request.trans;
  const touched = changed.get(trans);
  const ids = keys.map(String);
  ids.forEach((id) => touched?.add(searchKey(table, id)));
  if (request.type === 'add' || request.type === 'put') {
    const values = request.values.filter((_, i) => !(i in failures)).map((row) => searchRowOf(table, row));
    return values.length > 0 ? search.mutate({ type: 'put', trans, values }) : Promise.resolve();
  }
  return ids.length > 0
    ? search.mutate({ type: 'delete', trans, keys: ids.map((id) => searchKey(table, id)) })
    : Promise.resolve();
}

export const searchIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'searchIndex',
  // Below Dexie's own middlewares (hooks, cache, observability: levels -1 to 2), which read the
  // transaction's zone and would lose it across this one's awaits; only IndexedDB is below.
  level: -2,
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      const writesSource = mode === 'readwrite' && stores.some(isSourceTable);
      const all = writesSource && !stores.includes(SEARCH_TABLE) ? [...stores, SEARCH_TABLE] : stores;
      const trans = down.transaction(all, mode, options);
      if (writesSource && isIdbTransaction(trans)) {
        const keys = new Set<string>();
        changed.set(trans, keys);
        // Added before Dexie's own handler, so this window's worker hears of the change before
        // the writer's promise resolves (a search right after a write finds it).
        trans.addEventListener('complete', () => {
          if (keys.size > 0) announce(keys);
        });
      }
      return trans;
    },
    table: (name) => {
      const table = down.table(name);
      if (!isSourceTable(name)) return table;
      return {
        ...table,
        mutate: async (request) => {
          if (!writesWith(request.trans, SEARCH_TABLE)) return table.mutate(request);
          const keys = await keysOf(table, request);
          const result = await table.mutate(request);
          await writeIndex(down.table(SEARCH_TABLE), name, request, keys, result.failures);
          return result;
        },
      };
    },
  }),
};
