/**
 * The archive's search as the screens call it. The work is done by a Web Worker that holds the
 * stored index (searchIndex.ts) in memory (searchEngine.ts), so neither loading it nor scanning
 * it ever holds up typing. This window's committed writes are passed on to the worker before the
 * writer's promise resolves, on the same port as the queries, so a search sent after a write sees
 * it. Where there is no Worker (unit tests in Node) the same engine runs in-process.
 *
 * The worker tells when what it holds changed; `subscribeSearchIndex` passes that on, for
 * useArchiveSearch to ask again (useLiveQuery cannot see the worker's reads).
 */
import { parseQuery, type SearchFilters, type SearchResult } from '../domain/search';
import { db } from './db';
import { SearchEngine, type SearchRequest, type SearchResponse } from './searchEngine';
import { onSearchChange, WINDOW_ID } from './searchIndex';
import type { SearchWorkerInit, SearchWorkerUpdate } from './searchWorker';

type Ask = (request: SearchRequest) => Promise<SearchResponse>;

let ask: Ask | null = null;
let counter = 0;
let version = 0;
const listeners = new Set<() => void>();

function updated(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** Told whenever the index held by the search changed. */
export function subscribeSearchIndex(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Grows with every change of the index held (a key for queries to run again on). */
export function searchIndexVersion(): number {
  return version;
}

function inProcess(): Ask {
  const engine = new SearchEngine(db(), updated);
  onSearchChange(({ keys }) => void engine.handle({ id: ++counter, type: 'changed', keys }));
  return (request) => engine.handle(request);
}

function inWorker(): Ask {
  const waiting = new Map<number, (response: SearchResponse) => void>();
  const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<SearchResponse | SearchWorkerUpdate>) => {
    const message = event.data;
    if ('type' in message && message.type === 'updated') return updated();
    if (!('id' in message)) return;
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  };
  worker.onerror = (event) => {
    for (const resolve of waiting.values())
      resolve({ id: 0, ok: false, message: event.message || 'search worker failed' });
    waiting.clear();
    // The next search starts a new worker (it loads the index again) instead of waiting forever.
    ask = null;
    unsubscribe();
    worker.terminate();
  };
  worker.postMessage({ type: 'init', origin: WINDOW_ID } satisfies SearchWorkerInit);
  const post = (request: SearchRequest) =>
    new Promise<SearchResponse>((resolve) => {
      waiting.set(request.id, resolve);
      worker.postMessage(request);
    });
  const unsubscribe = onSearchChange(({ keys }) => void post({ id: ++counter, type: 'changed', keys }));
  return post;
}

/**
 * Starts the search (loading its index, rebuilding it first when the database has none) without
 * searching: the home screen calls it so that the first query does not wait for the load.
 */
export function startArchiveSearch(): Ask {
  ask ??= typeof Worker === 'undefined' ? inProcess() : inWorker();
  return ask;
}

async function searchIn(query: string, filters: SearchFilters, lane?: string): Promise<SearchResult | null> {
  // An empty query finds nothing: answered here, while the search starts loading for the next one.
  if (parseQuery(query).length === 0) {
    startArchiveSearch();
    return { query, groups: [], meetingCount: 0 };
  }
  const response = await startArchiveSearch()({ id: ++counter, type: 'search', query, filters, lane });
  if (!response.ok) throw new Error(response.message);
  if (response.type === 'superseded') return null;
  if (response.type !== 'search') throw new Error('unexpected search response');
  return response.result;
}

export async function searchArchive(query: string, filters: SearchFilters = {}): Promise<SearchResult> {
  const result = await searchIn(query, filters);
  if (!result) throw new Error('unexpected search response');
  return result;
}

/**
 * The search box's search: of queries typed faster than they are answered only the newest is
 * scanned, and the ones it replaced resolve to null. One box at a time uses it.
 */
export function searchAsTyped(query: string, filters: SearchFilters): Promise<SearchResult | null> {
  return searchIn(query, filters, 'typed');
}
