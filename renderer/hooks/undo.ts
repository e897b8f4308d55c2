/**
 * One pending "Undo" at a time, offered after a removal: a message and the function that puts
 * things back. A newer offer replaces the older one; offers expire on their own.
 */
import { useSyncExternalStore } from 'react';

export interface UndoOffer {
  id: number;
  message: string;
  undo: () => Promise<void>;
}

const UNDO_WINDOW_MS = 15_000;
let current: UndoOffer | null = null;
let counter = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function set(next: UndoOffer | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export function offerUndo(message: string, undo: () => Promise<void>): void {
  clearTimeout(timer);
  const offer = { id: ++counter, message, undo };
  set(offer);
  timer = setTimeout(() => {
    if (current?.id === offer.id) set(null);
  }, UNDO_WINDOW_MS);
}

export function dismissUndo(): void {
  clearTimeout(timer);
  set(null);
}

export async function runUndo(): Promise<void> {
  const offer = current;
  dismissUndo();
  await offer?.undo();
}

export function useUndoOffer(): UndoOffer | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
