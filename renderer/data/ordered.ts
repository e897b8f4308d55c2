/**
 * Rows kept in a planned order within a meeting (attendees, agenda items). Order values are
 * rewritten as 0..n-1 whenever the order changes, in the same transaction as the change.
 */
import { Dexie, type Table } from 'dexie';
import { moveItem } from '../domain/agenda';
import { db } from './db';
import { touchMeeting } from './meetingRows';

interface OrderedRow {
  id: string;
  meetingId: string;
  order: number;
}

export function rowsInOrder<T extends OrderedRow, I>(table: Table<T, string, I>, meetingId: string): Promise<T[]> {
  return table.where('[meetingId+order]').between([meetingId, Dexie.minKey], [meetingId, Dexie.maxKey]).toArray();
}

async function renumber<T extends OrderedRow, I>(table: Table<T, string, I>, rows: readonly T[]): Promise<void> {
  const changed = rows.flatMap((row, index) =>
    row.order === index ? [] : [{ key: row.id, changes: { order: index } }],
  );
  if (changed.length > 0) await table.bulkUpdate(changed as never);
}

export async function nextOrder<T extends OrderedRow, I>(
  table: Table<T, string, I>,
  meetingId: string,
): Promise<number> {
  const last = await table
    .where('[meetingId+order]')
    .between([meetingId, Dexie.minKey], [meetingId, Dexie.maxKey])
    .last();
  return last ? last.order + 1 : 0;
}

/** Moves the row `id` to position `to` (clamped) among its meeting's rows. */
export async function moveRow<T extends OrderedRow, I>(
  table: Table<T, string, I>,
  id: string,
  to: number,
): Promise<void> {
  await db().transaction('rw', table, db().meetings, async () => {
    const row = await table.get(id);
    if (!row) return;
    const rows = await rowsInOrder(table, row.meetingId);
    const from = rows.findIndex((r) => r.id === id);
    await renumber(table, moveItem(rows, from, to));
    await touchMeeting(row.meetingId);
  });
}

/** Removes a row and closes the gap; returns what is needed to put it back. */
export async function removeRow<T extends OrderedRow, I>(
  table: Table<T, string, I>,
  id: string,
): Promise<{ row: T; index: number } | null> {
  return db().transaction('rw', table, db().meetings, async () => {
    const row = await table.get(id);
    if (!row) return null;
    const rows = await rowsInOrder(table, row.meetingId);
    const index = rows.findIndex((r) => r.id === id);
    await table.delete(id);
    await renumber(
      table,
      rows.filter((r) => r.id !== id),
    );
    await touchMeeting(row.meetingId);
    return { row, index };
  });
}

/** Puts a removed row back where it was (undo). */
export async function restoreRow<T extends OrderedRow, I>(
  table: Table<T, string, I>,
  removed: { row: T; index: number },
): Promise<void> {
  await db().transaction('rw', table, db().meetings, async () => {
    const rows = await rowsInOrder(table, removed.row.meetingId);
    const at = Math.min(removed.index, rows.length);
    await table.add({ ...removed.row, order: at } as never);
    const next = [...rows];
    next.splice(at, 0, { ...removed.row, order: at });
    await renumber(table, next);
    await touchMeeting(removed.row.meetingId);
  });
}
