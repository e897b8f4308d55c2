/**
 * One window writes. A second window or tab on the same data (the browser fallback, a second
 * renderer) would overwrite the first one's drafts and fields with stale values, so the window
 * holding the Web Lock `seogi-writer` is the only one that writes; any other is read-only, says so,
 * and becomes the writer by itself when the first one goes, or at once when the recorder chooses
 * "Use Seogi here" (the first then turns read-only). The data layer refuses writes in a read-only
 * window (data/writer.ts), whatever a screen might try.
 */
import { useSyncExternalStore } from 'react';
import { setWritable } from '../data/writer';

export type WriterStatus = 'pending' | 'writer' | 'readOnly';

const LOCK = 'seogi-writer';
/** A window being reloaded or closed lets go of the lock a moment after the next one asks. */
const GRACE_MS = 1500;

let status: WriterStatus = 'pending';
/** Grows each time this window becomes the writer: screens start afresh from the stored data. */
let epoch = 0;
const listeners = new Set<() => void>();

function publish(next: WriterStatus): void {
  if (next === 'writer') epoch += 1;
  status = next;
  setWritable(next === 'writer');
  for (const listener of listeners) listener();
}

/** Holds the lock for as long as this page lives (or until another window takes it over). */
function hold(): Promise<never> {
  publish('writer');
  return new Promise<never>(() => undefined);
}

function request(options: LockOptions): void {
  navigator.locks.request(LOCK, options, hold).catch(() => {
    // Not granted in time, or taken over by another window: read-only until it is ours again.
    publish('readOnly');
    navigator.locks.request(LOCK, hold).catch(() => undefined);
  });
}

export function claimWriter(): void {
  if (status !== 'pending') return;
  // Without Web Locks (an old engine) there is no second window to guard against.
  if (!('locks' in navigator)) return publish('writer');
  request({ signal: AbortSignal.timeout(GRACE_MS) });
}

/** Makes this window the writer now; the one that was becomes read-only. */
export function takeOver(): void {
  request({ steal: true });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useWriterStatus(): { status: WriterStatus; epoch: number } {
  const current = useSyncExternalStore(subscribe, () => status);
  const currentEpoch = useSyncExternalStore(subscribe, () => epoch);
  return { status: current, epoch: currentEpoch };
}
