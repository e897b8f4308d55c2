/**
 * Rows that belong to a meeting (roster, agenda, entries, action items): what their repositories
 * do the same way, so that each of them states only what is its own (its fields, its defaults,
 * what goes with a row when it is removed).
 */
import type { Table, UpdateSpec } from 'dexie';
import type { ActionItem, AgendaItem, Attendee } from '../domain/model';
import { db } from './db';
import { updateKey, writeOrKeep } from './fallback';

/**
 * Marks a meeting changed when one of its rows changes (roster, agenda, action items): its
 * `updatedAt` is the revision a restore compares with.
 */
export async function touchMeeting(meetingId: string, now = Date.now()): Promise<void> {
  await db().meetings.update(meetingId, { updatedAt: now });
}

/** The tables whose rows are edited field by field, by name. */
interface EditedRows {
  attendees: Attendee;
  agendaItems: AgendaItem;
  actionItems: ActionItem;
}

/**
 * Changes fields of a row of a meeting and touches the meeting, in one transaction. A write the
 * database refuses is kept aside under a key naming the row and the fields (see fallback.ts).
 * The caller's own field type (AttendeeFields, AgendaFields…) says which fields may change.
 */
export async function updateMeetingRow<N extends keyof EditedRows>(
  name: N,
  id: string,
  changes: UpdateSpec<EditedRows[N]>,
): Promise<void> {
  const d = db();
  const table = d.table<EditedRows[N], string>(name);
  await writeOrKeep({ key: updateKey(name, id, changes), table: name, kind: 'update', id, value: changes }, () =>
    d.transaction('rw', table, d.meetings, async () => {
      const row = await table.get(id);
      if (!row) return;
      await table.update(id, changes);
      await touchMeeting(row.meetingId);
    }),
  );
}

/** Deletes a row and gives it back, for undo (entries and action items: rows in no planned order). */
export async function takeRow<T, I>(table: Table<T, string, I>, id: string): Promise<T | null> {
  return db().transaction('rw', table, async () => {
    const row = await table.get(id);
    if (row) await table.delete(id);
    return row ?? null;
  });
}
