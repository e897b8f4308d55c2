/**
 * Procedural events (domain/procedure.ts): written with the step that makes them, and, when one is
 * corrected, removed or restored, the meeting's and attendees' stamped times worked out again
 * from the events in the same transaction, so the two never disagree.
 */
import { newId, type EventRevision, type EventType, type MeetingEvent } from '../domain/model';
import { presentBefore, projectAttendee, projectSession, samePresence, type EventEntry } from '../domain/procedure';
import { db, type SeogiDb } from './db';
import { inIndexOrder } from './ordered';

export interface NewEvent {
  itemId: string;
  type: EventType;
  attendeeId?: string | null;
}

/**
 * Writes events after the meeting's last entry and last event, in the order given; inside a
 * transaction over entries and events.
 */
export async function writeEvents(d: SeogiDb, meetingId: string, events: readonly NewEvent[], now: number) {
  if (events.length === 0) return;
  const lastEntry = await inIndexOrder(d.entries, '[meetingId+seq]', meetingId).last();
  const lastEvent = await inIndexOrder(d.events, '[meetingId+seq]', meetingId).last();
  const rows: MeetingEvent[] = events.map(({ itemId, type, attendeeId }, i) => ({
    id: newId(),
    meetingId,
    agendaItemId: itemId,
    afterSeq: lastEntry?.seq ?? 0,
    seq: (lastEvent?.seq ?? 0) + 1 + i,
    type,
    attendeeId: attendeeId ?? null,
    createdAt: now,
    updatedAt: now,
    history: [],
  }));
  await d.events.bulkAdd(rows);
}

/** The meeting's procedural events, in the order they were recorded. */
export function listMeetingEvents(meetingId: string): Promise<MeetingEvent[]> {
  return inIndexOrder(db().events, '[meetingId+seq]', meetingId).toArray();
}

/** The events recorded under one item. */
export async function listItemEvents(agendaItemId: string): Promise<MeetingEvent[]> {
  const events = await db().events.where('agendaItemId').equals(agendaItemId).toArray();
  return events.sort((a, b) => a.seq - b.seq);
}

function byAttendee(events: readonly EventEntry[]): Map<string, EventEntry[]> {
  const map = new Map<string, EventEntry[]>();
  for (const event of events) {
    const id = event.attendeeId;
    if (id !== null) map.set(id, [...(map.get(id) ?? []), event]);
  }
  return map;
}

/** What of an event the stamps depend on: two lists with the same signature give the same stamps. */
function signature(events: readonly EventEntry[] | undefined): string {
  return (events ?? []).map((e) => `${e.type}@${e.createdAt}#${e.seq}`).join(',');
}

/**
 * Runs `change` (a correction, removal or restoring of events of one meeting) and then rewrites
 * the stamped times whose events it changed: the meeting's opening, recesses and adjournment, and
 * the attendance of each attendee whose arrivals or departures changed (stamps whose events did
 * not change are left as they are, also an attendance typed in the editor). How an attendee stood
 * before their first event is read before the change, so that removing someone's only arrival
 * makes them absent again, and their only departure present.
 */
async function keepingStamps<T>(meetingId: string, change: (d: SeogiDb) => Promise<T>): Promise<T> {
  const d = db();
  return d.transaction('rw', [d.meetings, d.attendees, d.events], async () => {
    const old = await inIndexOrder(d.events, '[meetingId+seq]', meetingId).toArray();
    const result = await change(d);
    const events = await inIndexOrder(d.events, '[meetingId+seq]', meetingId).toArray();
    const sessionOf = (list: readonly EventEntry[]) => list.filter((e) => e.attendeeId === null);
    if (signature(sessionOf(old)) !== signature(sessionOf(events))) {
      const session = projectSession(events);
      if (session) await d.meetings.update(meetingId, { ...session, updatedAt: Date.now() });
    }
    const before = byAttendee(old);
    const after = byAttendee(events);
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      if (signature(before.get(id)) === signature(after.get(id))) continue;
      const attendee = await d.attendees.get(id);
      if (!attendee) continue;
      const stamps = projectAttendee(presentBefore(before.get(id) ?? after.get(id) ?? []), after.get(id) ?? []);
      if (!samePresence(attendee, stamps)) await d.attendees.update(id, stamps);
    }
    return result;
  });
}

/** Corrects an event's time; the time it replaces goes into its history, with who and when. */
export async function correctEventTime(event: MeetingEvent, at: number, by: string, now = Date.now()): Promise<void> {
  if (at === event.createdAt) return;
  await keepingStamps(event.meetingId, async (d) => {
    const stored = await d.events.get(event.id);
    if (!stored) return;
    const revision: EventRevision = {
      createdAt: stored.createdAt,
      attendeeId: stored.attendeeId,
      replacedAt: now,
      replacedBy: by,
    };
    await d.events.put({ ...stored, createdAt: at, updatedAt: now, history: [...stored.history, revision] });
  });
}

/** Takes an event out of the record (a recess pressed by mistake) and gives it back, for undo. */
export function removeEvent(event: MeetingEvent): Promise<MeetingEvent | null> {
  return keepingStamps(event.meetingId, async (d) => {
    const stored = await d.events.get(event.id);
    if (stored) await d.events.delete(event.id);
    return stored ?? null;
  });
}

export function restoreEvent(event: MeetingEvent): Promise<void> {
  return keepingStamps(event.meetingId, async (d) => {
    await d.events.put(event);
  });
}
