/**
 * What the "Saved" indicator and the storage banner show, fed by the database's own write path:
 * a Dexie middleware (like writer.ts's singleWriter) counts every read-write transaction of the
 * app's database from its start until it commits or aborts, and reports an abort as a failure.
 * No screen has to report its writes, and reads never count.
 *
 * What has not reached the database yet is reported by whoever holds it with markWaiting /
 * clearWaiting: text typed and waiting for its autosave delay, actions queued behind earlier
 * writes. "Saved" is therefore shown only when everything on screen is stored.
 */
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import { useSyncExternalStore } from 'react';
import { isIdbTransaction } from './coreRequests';

/** Why writing failed, in words the recorder can act on (see common:error.storage.*). */
export type StorageProblem = 'full' | 'closed' | 'failed';

export interface SaveStatus {
  pending: number;
  error: StorageProblem | null;
}

let status: SaveStatus = { pending: 0, error: null };
let inFlight = 0;
const waiting = new Set<object>();
const listeners = new Set<() => void>();

function classifyStorageError(error: unknown): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if ([name, inner].some((n) => n === 'QuotaExceededError')) return 'full';
  if ([name, inner].some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError' || n === 'VersionChangeError'))
    return 'closed';
  return 'failed';
}

function publish(error: StorageProblem | null = status.error): void {
  const next = { pending: inFlight + waiting.size, error };
  if (next.pending === status.pending && next.error === status.error) return;
  status = next;
  for (const listener of listeners) listener();
}

/** Something is waiting to be written on behalf of `owner` (one entry per owner). */
export function markWaiting(owner: object): void {
  waiting.add(owner);
  publish();
}

export function clearWaiting(owner: object): void {
  waiting.delete(owner);
  publish();
}

/** A write failed: the banner says why until a later write succeeds (or clearStorageError). */
export function reportWriteFailure(error: unknown): void {
  publish(classifyStorageError(error));
}

export function clearStorageError(): void {
  publish(null);
}

export function saveStatus(): SaveStatus {
  return status;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(subscribe, saveStatus);
}

/**
 * A request the database refused, remembered with its transaction: that transaction then either
 * aborts without an error of its own (Dexie aborts it) or, when Dexie caught the refusal (an
 * update of a row), commits without the change. Either way the write failed, and the request's
 * error says why (a full disk, say).
 */
const refusals = new WeakMap<DBCoreTransaction, unknown>();

function track(trans: DBCoreTransaction): void {
  if (!isIdbTransaction(trans)) return;
  inFlight += 1;
  publish();
  const settle = (aborted: boolean) => () => {
    inFlight -= 1;
    const refused = refusals.get(trans);
    if (!aborted && refused === undefined) return publish(null);
    const error = refused ?? trans.error ?? new Error('The transaction was aborted.');
    console.warn('A write failed (the banner says so; kept-aside writes are retried).', error);
    reportWriteFailure(error);
  };
  trans.addEventListener('complete', settle(false));
  trans.addEventListener('abort', settle(true));
}

export const saveStatusMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'saveStatus',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      const trans = down.transaction(stores, mode, options);
      if (mode === 'readwrite') track(trans);
      return trans;
    },
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) =>
          table.mutate(request).catch((error: unknown) => {
            if (!refusals.has(request.trans)) refusals.set(request.trans, error);
            throw error;
          }),
      };
    },
  }),
};
