/**
 * What the "Saved" indicator and the storage banner show: edits typed but not yet written
 * (waiting for the autosave delay), writes in flight, and whether the last write failed. Every
 * autosaving field reports here, so "Saved" is only shown when everything on screen is stored.
 */
import { useSyncExternalStore } from 'react';

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

export function classifyStorageError(error: unknown): StorageProblem {
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

/** An edit is waiting to be written on behalf of `owner` (one entry per field). */
export function markWaiting(owner: object): void {
  waiting.add(owner);
  publish();
}

export function clearWaiting(owner: object): void {
  waiting.delete(owner);
  publish();
}

export function clearStorageError(): void {
  publish(null);
}

export function currentSaveStatus(): SaveStatus {
  return status;
}

export async function trackSave<T>(write: Promise<T>): Promise<T> {
  inFlight += 1;
  publish();
  try {
    const result = await write;
    inFlight -= 1;
    publish(null);
    return result;
  } catch (error) {
    inFlight -= 1;
    console.warn('A write failed; it is kept aside and retried.', error);
    publish(classifyStorageError(error));
    throw error;
  }
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
  );
}
