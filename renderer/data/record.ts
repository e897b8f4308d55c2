import type { MeetingRecord } from '../domain/model';
import { listActionItems } from './actionItems';
import { listAgenda } from './agenda';
import { listAttendees } from './attendees';
import { db } from './db';
import { listMeetingEntries } from './entries';
import { listMeetingEvents } from './procedure';

/** Everything recorded for a meeting, read in one transaction so the parts agree. */
export async function loadMeetingRecord(meetingId: string): Promise<MeetingRecord | null> {
  const d = db();
  return d.transaction('r', [d.meetings, d.attendees, d.agendaItems, d.entries, d.events, d.actionItems], async () => {
    const meeting = await d.meetings.get(meetingId);
    if (!meeting) return null;
    const [attendees, agendaItems, entries, events, actionItems] = await Promise.all([
      listAttendees(meetingId),
      listAgenda(meetingId),
      listMeetingEntries(meetingId),
      listMeetingEvents(meetingId),
      listActionItems(meetingId),
    ]);
    return { meeting, attendees, agendaItems, entries, events, actionItems };
  });
}
