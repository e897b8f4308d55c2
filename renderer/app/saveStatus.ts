/**
 * What the "Saved" indicator shows: edits typed but not yet written (waiting for the autosave
 * delay), writes in flight, and whether the last write failed. Every autosaving field reports here,
 * so "Saved" is only shown when everything on screen is in the database.
 */
import { useSyncExternalStore } from 'react';

export interface SaveStatus {
  pending: number;
  error: string | null;
}

let status: SaveStatus = { pending: 0, error: null };
let inFlight = 0;
const waiting = new Set<object>();
const listeners = new Set<() => void>();

function publish(error: string | null = status.error): void {
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
    publish(error instanceof Error ? error.message : String(error));
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
