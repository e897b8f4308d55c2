/**
 * Writes the database refused (disk full, quota, a broken or closed database), kept in
 * localStorage until the database takes them again. Each write has a key naming what it changes
 * (a field of a row, a draft); a newer write of the same key replaces the kept one, and a write
 * that succeeds removes it, so a stale value can never be replayed over a newer one.
 */
import type { Table } from 'dexie';
import { db } from './db';

const STORAGE_KEY = 'seogi.pendingWrites';

export type WritableTable = 'meetings' | 'attendees' | 'agendaItems' | 'actionItems' | 'drafts';

export interface PendingWrite {
  key: string;
  table: WritableTable;
  kind: 'update' | 'put';
  /** Primary key of the row (for an update). */
  id: string;
  value: object;
  at: number;
}

function load(): PendingWrite[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as PendingWrite[]) : [];
  } catch {
    return [];
  }
}

function store(list: PendingWrite[]): void {
  try {
    if (list.length === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch {
    // localStorage full or unavailable too: the text is still on screen and retried from there.
  }
}

export function pendingWrites(): PendingWrite[] {
  return load();
}

/** Runs a write; if it fails, keeps it aside (and still reports the failure). */
export async function writeOrKeep(write: Omit<PendingWrite, 'at'>, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
    const list = load();
    if (list.some((w) => w.key === write.key)) store(list.filter((w) => w.key !== write.key));
  } catch (error) {
    store([...load().filter((w) => w.key !== write.key), { ...write, at: Date.now() }]);
    throw error;
  }
}

export function updateKey(table: WritableTable, id: string, changes: object): string {
  return `${table}:${id}:${Object.keys(changes).sort().join(',')}`;
}

/** Drops a kept write made before `before` (ms): a later write has made it stale. */
export function forgetKept(key: string, before: number): void {
  const list = load();
  if (list.some((w) => w.key === key && w.at <= before)) store(list.filter((w) => !(w.key === key && w.at <= before)));
}

/**
 * Writes what was kept aside, oldest first, all in one transaction; true when nothing is left. A
 * kept row never replaces a stored one that was written after it (by its `updatedAt`).
 */
export async function replayPendingWrites(): Promise<boolean> {
  const list = load();
  if (list.length === 0) return true;
  const d = db();
  const tables = [...new Set(list.map((w) => w.table))].map((name) => d.table(name) as Table<unknown, string>);
  await d.transaction('rw', tables, async () => {
    for (const write of [...list].sort((a, b) => a.at - b.at)) {
      // Forgotten meanwhile (a later write made it stale): see forgetKept.
      if (!load().some((w) => w.key === write.key && w.at === write.at)) continue;
      const table = d.table(write.table) as Table<unknown, string>;
      if (write.kind === 'put') {
        const stored = (await table.get(write.id)) as { updatedAt?: number } | undefined;
        const at = (write.value as { updatedAt?: number }).updatedAt ?? write.at;
        if (!stored || (stored.updatedAt ?? 0) <= at) await table.put(write.value);
      } else await table.update(write.id, write.value as Record<string, unknown>);
    }
  });
  // Keep what was written in the meantime by another attempt.
  const replayed = new Set(list.map((w) => `${w.key}@${w.at}`));
  const rest = load().filter((w) => !replayed.has(`${w.key}@${w.at}`));
  store(rest);
  return rest.length === 0;
}

/** A row kept aside, if any (the live screen reads its Entry field's draft from here too). */
export function keptRow(table: WritableTable, id: string): object | null {
  return load().find((w) => w.table === table && w.id === id && w.kind === 'put')?.value ?? null;
}
