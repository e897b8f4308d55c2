/**
 * Preferences of this computer's user, kept in localStorage (read synchronously at start-up):
 * the name written into the record of corrections.
 */
import { useSyncExternalStore } from 'react';

const USER_NAME_KEY = 'seogi.userName';
const listeners = new Set<() => void>();

export function getUserName(): string {
  try {
    return localStorage.getItem(USER_NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export function setUserName(name: string): void {
  try {
    localStorage.setItem(USER_NAME_KEY, name.trim());
  } catch {
    // Unavailable storage: the name simply is not remembered.
  }
  for (const listener of listeners) listener();
}

export function useUserName(): string {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, getUserName);
}

/** Who is making a change: the name given in Settings, else the meeting's recorder. */
export function editorName(recorder: string): string {
  return getUserName() || recorder;
}
