import { newId, type Attendee } from '../domain/model';
import type { PastedAttendee } from '../domain/rosterPaste';
import { db } from './db';
import { touchMeeting, updateMeetingRow } from './meetingRows';
import { updateKey, writeOrKeep } from './fallback';
import { moveRow, nextOrder, removeRow, restoreRow, rowsInOrder } from './ordered';

export type AttendeeFields = Pick<
  Attendee,
  'name' | 'role' | 'affiliation' | 'group' | 'attendance' | 'absenceReason' | 'arrivedAt' | 'leftAt'
>;
export type RemovedAttendee = { row: Attendee; index: number };

export function blankAttendee(meetingId: string, order: number, fields: Partial<AttendeeFields> = {}): Attendee {
  return {
    id: newId(),
    meetingId,
    order,
    name: '',
    role: '',
    affiliation: '',
    group: 'member',
    attendance: 'present',
    arrivedAt: null,
    leftAt: null,
    absenceReason: '',
    ...fields,
  };
}

export function listAttendees(meetingId: string): Promise<Attendee[]> {
  return rowsInOrder(db().attendees, meetingId);
}

export async function addAttendee(meetingId: string, fields: Partial<AttendeeFields> = {}): Promise<string> {
  return db().transaction('rw', db().attendees, db().meetings, async () => {
    const attendee = blankAttendee(meetingId, await nextOrder(db().attendees, meetingId), fields);
    await db().attendees.add(attendee);
    await touchMeeting(meetingId);
    return attendee.id;
  });
}

/** Adds many attendees at the end of the roster, in one transaction. */
export async function addAttendees(meetingId: string, pasted: readonly PastedAttendee[]): Promise<void> {
  await db().transaction('rw', db().attendees, db().meetings, async () => {
    const start = await nextOrder(db().attendees, meetingId);
    await db().attendees.bulkAdd(pasted.map((fields, i) => blankAttendee(meetingId, start + i, fields)));
    await touchMeeting(meetingId);
  });
}

export async function updateAttendee(id: string, changes: Partial<AttendeeFields>): Promise<void> {
  await writeOrKeep(
    { key: updateKey('attendees', id, changes), table: 'attendees', kind: 'update', id, value: changes },
    () => updateMeetingRow(db().attendees, id, changes),
  );
}

export function moveAttendee(id: string, to: number): Promise<void> {
  return moveRow(db().attendees, id, to);
}

/** The meeting's chairId may still point at a removed attendee: undo then restores the link too. */
export function removeAttendee(id: string): Promise<RemovedAttendee | null> {
  return removeRow(db().attendees, id);
}

export function restoreAttendee(removed: RemovedAttendee): Promise<void> {
  return restoreRow(db().attendees, removed);
}
