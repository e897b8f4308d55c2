/**
 * Rows kept in an order: attendees and agenda items in the planned order of their meeting
 * (`order`), entries in the order they were made (`seq`). Planned order values are rewritten as
 * 0..n-1 whenever the order changes, in the same transaction as the change, and the meeting is
 * marked changed.
 */
import { Dexie, type Collection, type Table } from 'dexie';
import { moveItem } from '../domain/agenda';
import { db } from './db';
import { touchMeeting } from './meetingRows';

interface OrderedRow {
  id: string;
  meetingId: string;
  order: number;
}

/** The rows whose compound index (`[meetingId+order]`, `[agendaItemId+seq]`…) starts with `value`, in its order. */
export function inIndexOrder<T, I>(table: Table<T, string, I>, index: string, value: string): Collection<T, string, I> {
  return table.where(index).between([value, Dexie.minKey], [value, Dexie.maxKey]);
}

export function rowsInOrder<T extends OrderedRow, I>(table: Table<T, string, I>, meetingId: string): Promise<T[]> {
  return inIndexOrder(table, '[meetingId+order]', meetingId).toArray();
}

/** The position after the meeting's last row. */
export async function nextOrder<T extends OrderedRow, I>(
  table: Table<T, string, I>,
  meetingId: string,
): Promise<number> {
  const last = await inIndexOrder(table, '[meetingId+order]', meetingId).last();
  return last ? last.order + 1 : 0;
}

/** Gives `rows` the positions 0..n-1 in the order they come, writing only the rows that move. */
async function renumber<I, T extends OrderedRow & I>(table: Table<T, string, I>, rows: readonly T[]): Promise<void> {
  const moved = rows.flatMap((row, order) => (row.order === order ? [] : [{ ...row, order }]));
  if (moved.length > 0) await table.bulkPut(moved);
}

/** Adds rows at the end of their meeting's order, in the order given (their own `order` is replaced). */
export async function appendRows<I, T extends OrderedRow & I>(
  table: Table<T, string, I>,
  meetingId: string,
  rows: readonly T[],
): Promise<void> {
  await db().transaction('rw', table, db().meetings, async () => {
    const start = await nextOrder(table, meetingId);
    await table.bulkAdd(rows.map((row, index) => ({ ...row, order: start + index })));
    await touchMeeting(meetingId);
  });
}

/** Moves the row `id` to position `to` (clamped) among its meeting's rows. */
export async function moveRow<I, T extends OrderedRow & I>(
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
export async function removeRow<I, T extends OrderedRow & I>(
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
export async function restoreRow<I, T extends OrderedRow & I>(
  table: Table<T, string, I>,
  removed: { row: T; index: number },
): Promise<void> {
  await db().transaction('rw', table, db().meetings, async () => {
    const rows = await rowsInOrder(table, removed.row.meetingId);
    const at = Math.min(removed.index, rows.length);
    const row = { ...removed.row, order: at };
    await table.add(row);
    await renumber(table, rows.toSpliced(at, 0, row));
    await touchMeeting(removed.row.meetingId);
  });
}
