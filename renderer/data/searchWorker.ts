/**
 * The search worker: holds the archive's index in memory off the main thread (searchEngine.ts)
 * and answers search.ts. It hears of this window's writes from search.ts (in order with the
 * queries) and of other windows' writes on the search channel.
 */
import { openDb } from './db';
import { SearchEngine, type SearchRequest, type SearchResponse } from './searchEngine';
import { SEARCH_CHANNEL, type SearchChange } from './searchIndex';

/** Sent once, first: which window this worker serves (its own writes come directly). */
export interface SearchWorkerInit {
  type: 'init';
  origin: string;
}

/** Posted whenever the index held changed, so that the screens' searches run again. */
export interface SearchWorkerUpdate {
  type: 'updated';
}

const scope = self as unknown as Worker;
let engine: SearchEngine | null = null;
let changes = 0;

function start(origin: string): SearchEngine {
  const started = new SearchEngine(openDb(), () => scope.postMessage({ type: 'updated' } satisfies SearchWorkerUpdate));
  const channel = new BroadcastChannel(SEARCH_CHANNEL);
  channel.onmessage = (event: MessageEvent<SearchChange>) => {
    if (event.data.origin === origin) return;
    void started.handle({ id: --changes, type: 'changed', keys: event.data.keys });
  };
  return started;
}

scope.onmessage = async (event: MessageEvent<SearchRequest | SearchWorkerInit>) => {
  const message = event.data;
  if (message.type === 'init') {
    engine ??= start(message.origin);
    return;
  }
  engine ??= start('');
  const response: SearchResponse = await engine.handle(message);
  scope.postMessage(response);
};
