/** The roster of a meeting, in its planned order (see ordered.ts). */
import { newId, type Attendee } from '../domain/model';
import type { PastedAttendee } from '../domain/rosterPaste';
import { db } from './db';
import { updateMeetingRow } from './meetingRows';
import { appendRows, moveRow, removeRow, restoreRow, rowsInOrder } from './ordered';

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
  const attendee = blankAttendee(meetingId, 0, fields);
  await appendRows(db().attendees, meetingId, [attendee]);
  return attendee.id;
}

/** Adds many attendees at the end of the roster, in one transaction. */
export function addAttendees(meetingId: string, pasted: readonly PastedAttendee[]): Promise<void> {
  return appendRows(
    db().attendees,
    meetingId,
    pasted.map((fields) => blankAttendee(meetingId, 0, fields)),
  );
}

export function updateAttendee(id: string, changes: Partial<AttendeeFields>): Promise<void> {
  return updateMeetingRow('attendees', id, changes);
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
