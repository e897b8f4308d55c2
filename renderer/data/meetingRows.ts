import type { Table } from 'dexie';
import { db } from './db';

/**
 * Marks a meeting changed when one of its rows changes (roster, agenda, action items): its
 * `updatedAt` is the revision a restore compares with.
 */
export async function touchMeeting(meetingId: string, now = Date.now()): Promise<void> {
  await db().meetings.update(meetingId, { updatedAt: now });
}

/** Updates a row of a meeting and touches the meeting, in one transaction. */
export async function updateMeetingRow<T extends { meetingId: string }, I>(
  table: Table<T, string, I>,
  id: string,
  /** Already typed by the caller's own field type (AttendeeFields, AgendaFields…). */
  changes: object,
): Promise<void> {
  const d = db();
  await d.transaction('rw', table, d.meetings, async () => {
    const row = await table.get(id);
    if (!row) return;
    await table.update(id, changes as never);
    await touchMeeting(row.meetingId);
  });
}
