/**
 * Corrections being typed into an entry, mirrored synchronously in localStorage on every
 * keystroke until they are saved or cancelled. Moving to another item, another screen, a reload,
 * a crash or a closed window leaves the correction where it was: the entry's editor opens again
 * with it the next time the entry is shown.
 */
const PREFIX = 'seogi.edit.';

export function pendingEdit(entryId: string): string | null {
  try {
    return localStorage.getItem(PREFIX + entryId);
  } catch {
    return null;
  }
}

export function keepEdit(entryId: string, text: string): void {
  try {
    localStorage.setItem(PREFIX + entryId, text);
  } catch {
    // localStorage full or unavailable: the correction is still on screen until saved.
  }
}

export function dropEdit(entryId: string): void {
  try {
    localStorage.removeItem(PREFIX + entryId);
  } catch {
    // Nothing was kept.
  }
}
