/**
 * The search as the worker runs it (searchWorker.ts is its thin shell; in Node, where there is no
 * Worker, search.ts runs it in-process). It holds the stored index (searchDocs) in memory with
 * each text folded once, answers queries with domain/search.ts's searchCorpus (a scan over the
 * folded texts: see README, "Search"), and re-reads the rows each committed write names.
 *
 * Requests are handled one after another, so a query sent after a change is answered after the
 * change was read: a search right after a write finds what was written.
 */
import {
  indexDoc,
  joinFolded,
  searchCorpus,
  type IndexedDoc,
  type SearchCorpus,
  type SearchFilters,
  type SearchResult,
} from '../domain/search';
import type { SeogiDb } from './db';
import { newestFirst } from './meetings';
import { SEARCH_FORMAT, SOURCE_TABLES, searchKey, searchRowOf, type SearchFacet, type SearchRow } from './searchIndex';

export type SearchRequest =
  | {
      id: number;
      type: 'search';
      query: string;
      filters: SearchFilters;
      /** Of the searches of one lane, only the newest is answered: typed fast, the ones it replaced are not scanned. */
      lane?: string;
    }
  /** Search rows to read again (a committed write named them). */
  | { id: number; type: 'changed'; keys: string[] };

export type SearchResponse =
  | { id: number; ok: true; type: 'search'; result: SearchResult }
  | { id: number; ok: true; type: 'changed' }
  /** A newer search of the same lane came before this one was scanned. */
  | { id: number; ok: true; type: 'superseded' }
  | { id: number; ok: false; message: string };

/** Rows per rebuild transaction: small enough that a write waiting behind one is not held long. */
export const REBUILD_CHUNK = 2000;
/** Rows read per transaction when loading the index into memory. */
const LOAD_CHUNK = 20000;

/**
 * Fills the stored index from the source tables: cleared first, then table by table in chunks,
 * each chunk one read-write transaction that reads source rows and writes their search rows, so
 * that a write made meanwhile (whose own transaction keeps its search rows) is never undone.
 */
export async function rebuildSearchIndex(d: SeogiDb, chunk = REBUILD_CHUNK): Promise<number> {
  await d.transaction('rw', d.searchDocs, d.searchMeta, async () => {
    await d.searchDocs.clear();
    await d.searchMeta.put({ key: 'index', format: SEARCH_FORMAT, complete: false });
  });
  let count = 0;
  for (const name of SOURCE_TABLES) {
    const table = d.table<{ id: string }, string>(name);
    let after: string | null = null;
    for (;;) {
      const from = after;
      const rows: { id: string }[] = await d.transaction('rw', table, d.searchDocs, async () => {
        const read = await (from === null ? table.orderBy(':id') : table.where(':id').above(from))
          .limit(chunk)
          .toArray();
        await d.searchDocs.bulkPut(read.map((row) => searchRowOf(name, row)));
        return read;
      });
      count += rows.length;
      const last = rows.at(-1);
      if (rows.length < chunk || !last) break;
      after = last.id;
    }
  }
  await d.searchMeta.put({ key: 'index', format: SEARCH_FORMAT, complete: true });
  return count;
}

/**
 * Whether the stored index is missing, unfinished or of another format, or holds another number
 * of rows than the source tables (one search row each): rows written behind the middleware's back
 * (tests and benchmarks seed IndexedDB directly) are then indexed too.
 */
export async function searchIndexStale(d: SeogiDb): Promise<boolean> {
  const meta = await d.searchMeta.get('index');
  if (!meta || meta.format !== SEARCH_FORMAT || !meta.complete) return true;
  const counts = await Promise.all(SOURCE_TABLES.map((name) => d.table(name).count()));
  return counts.reduce((a, b) => a + b, 0) !== (await d.searchDocs.count());
}

/**
 * Runs `work` as a performance measure named `seogi:search:<what>` (DevTools' timeline shows it;
 * the archive benchmark reads it in the worker).
 */
async function measured<T>(what: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  performance.measure(`seogi:search:${what}`, { start, end: performance.now() });
  return result;
}

interface HeldRow {
  key: string;
  meetingId: string;
  rank: SearchRow['rank'];
  docs: IndexedDoc[];
}

function byRank(a: HeldRow, b: HeldRow): number {
  return a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1];
}

export class SearchEngine {
  private readonly rows = new Map<string, HeldRow>();
  private readonly byMeeting = new Map<string, Set<HeldRow>>();
  private readonly facets = new Map<string, SearchFacet>();
  /** Each meeting's texts in record order, rebuilt from `byMeeting` when a row of it changed. */
  private readonly docs = new Map<string, IndexedDoc[]>();
  private readonly joined = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private ordered: SearchFacet[] | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** The newest search's id, by lane. */
  private readonly newest = new Map<string, number>();
  private ready: Promise<void>;

  /** `onUpdate` is told after a change was read (the screens' queries then run again). */
  constructor(
    private readonly d: SeogiDb,
    private readonly onUpdate: () => void = () => {},
  ) {
    this.ready = this.load();
  }

  /** Answers one request, after every request before it. */
  handle(request: SearchRequest): Promise<SearchResponse> {
    if (request.type === 'search' && request.lane !== undefined) this.newest.set(request.lane, request.id);
    const answer = this.queue.then(() => this.answer(request));
    this.queue = answer.catch(() => undefined);
    return answer.catch((error: unknown) => ({
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    }));
  }

  /** Texts held, for the benchmark's figures. */
  get size(): { rows: number; meetings: number } {
    return { rows: this.rows.size, meetings: this.facets.size };
  }

  private async answer(request: SearchRequest): Promise<SearchResponse> {
    // A load that failed (the database was closed, say) is tried again by the next request.
    await this.ready.catch(() => (this.ready = this.load()));
    if (request.type === 'search') {
      if (request.lane !== undefined) {
        // Searches typed while another was scanned are waiting as messages: they are let in first.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (this.newest.get(request.lane) !== request.id) return { id: request.id, ok: true, type: 'superseded' };
      }
      const result = await measured('search', async () => this.search(request.query, request.filters));
      return { id: request.id, ok: true, type: 'search', result };
    }
    const fresh = await this.d.searchDocs.bulkGet(request.keys);
    request.keys.forEach((key, i) => this.hold(key, fresh[i]));
    this.onUpdate();
    return { id: request.id, ok: true, type: 'changed' };
  }

  private async load(): Promise<void> {
    if (await searchIndexStale(this.d)) await measured('rebuild', () => rebuildSearchIndex(this.d));
    // Each meeting's texts ordered and joined now, not in the first search.
    await measured('load', async () => {
      await this.read();
      this.corpus();
    });
  }

  private async read(): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const from = after;
      const docs = this.d.searchDocs;
      const rows: SearchRow[] = await (from === null ? docs.orderBy(':id') : docs.where(':id').above(from))
        .limit(LOAD_CHUNK)
        .toArray();
      for (const row of rows) this.hold(row.key, row);
      const last = rows.at(-1);
      if (rows.length < LOAD_CHUNK || !last) return;
      after = last.key;
    }
  }

  /** Replaces what is held under `key` with `row` (absent: the row was deleted). */
  private hold(key: string, row: SearchRow | undefined): void {
    const old = this.rows.get(key);
    if (old) {
      this.byMeeting.get(old.meetingId)?.delete(old);
      this.dirty.add(old.meetingId);
      this.rows.delete(key);
    }
    if (!row) {
      if (old && key === searchKey('meetings', old.meetingId) && this.facets.delete(old.meetingId)) this.ordered = null;
      return;
    }
    const held: HeldRow = { key, meetingId: row.meetingId, rank: row.rank, docs: row.docs.map(indexDoc) };
    this.rows.set(key, held);
    let set = this.byMeeting.get(row.meetingId);
    if (!set) this.byMeeting.set(row.meetingId, (set = new Set()));
    set.add(held);
    this.dirty.add(row.meetingId);
    if (row.facet) this.setFacet(row.facet);
  }

  private setFacet(facet: SearchFacet): void {
    const before = this.facets.get(facet.id);
    this.facets.set(facet.id, facet);
    // The order changes only with a meeting's date or creation (an edit of its title does not).
    if (!before || before.date !== facet.date || before.createdAt !== facet.createdAt) this.ordered = null;
    else if (this.ordered) this.ordered[this.ordered.indexOf(before)] = facet;
  }

  private corpus(): SearchCorpus {
    for (const meetingId of this.dirty) {
      const rows = [...(this.byMeeting.get(meetingId) ?? [])];
      if (rows.length === 0) {
        this.byMeeting.delete(meetingId);
        this.docs.delete(meetingId);
        this.joined.delete(meetingId);
        continue;
      }
      const docs = rows.sort(byRank).flatMap((row) => row.docs);
      this.docs.set(meetingId, docs);
      this.joined.set(meetingId, joinFolded(docs));
    }
    this.dirty.clear();
    this.ordered ??= newestFirst([...this.facets.values()]);
    return { meetings: this.ordered, docs: this.docs, joined: this.joined };
  }

  private search(query: string, filters: SearchFilters): SearchResult {
    return searchCorpus(this.corpus(), query, filters);
  }
}
