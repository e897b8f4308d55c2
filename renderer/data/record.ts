import type { MeetingRecord } from '../domain/model';
import { listActionItems, listPreviousActionItems } from './actionItems';
import { listAgenda } from './agenda';
import { listAttendees } from './attendees';
import { db } from './db';
import { listMeetingEntries } from './entries';
import { listMeetingEvents } from './procedure';

/**
 * Everything recorded for a meeting, read in one transaction so the parts agree; with the action
 * items of the body's previous meeting, whose status its minutes report.
 */
export async function loadMeetingRecord(meetingId: string): Promise<MeetingRecord | null> {
  const d = db();
  return d.transaction('r', [d.meetings, d.attendees, d.agendaItems, d.entries, d.events, d.actionItems], async () => {
    const meeting = await d.meetings.get(meetingId);
    if (!meeting) return null;
    const [attendees, agendaItems, entries, events, actionItems, previous] = await Promise.all([
      listAttendees(meetingId),
      listAgenda(meetingId),
      listMeetingEntries(meetingId),
      listMeetingEvents(meetingId),
      listActionItems(meetingId),
      listPreviousActionItems(meetingId),
    ]);
    const record = { meeting, attendees, agendaItems, entries, events, actionItems };
    return previous && previous.actions.length > 0 ? { ...record, previousActionItems: previous.actions } : record;
  });
}
