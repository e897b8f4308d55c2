/**
 * Procedural events in the record (domain/procedure.ts): written with the step that makes them,
 * and, when one is corrected, deleted or restored, the meeting's and attendees' stamped times
 * worked out again from the events in the same transaction, so the two never disagree.
 */
import { newId, type Entry, type EventType, type ProceduralEvent } from '../domain/model';
import {
  isEvent,
  presentBefore,
  projectAttendee,
  projectSession,
  samePresence,
  type EventEntry,
} from '../domain/procedure';
import type { SeogiDb } from './db';
import { inIndexOrder } from './ordered';

export interface NewEvent {
  itemId: string;
  type: EventType;
  attendeeId?: string | null;
}

/** Writes events after the meeting's last entry, in the order given; inside a transaction over entries. */
export async function writeEvents(d: SeogiDb, meetingId: string, events: readonly NewEvent[], now: number) {
  if (events.length === 0) return;
  const last = await inIndexOrder(d.entries, '[meetingId+seq]', meetingId).last();
  const rows: Entry[] = events.map(({ itemId, type, attendeeId }, i) => {
    const event: ProceduralEvent = { type, attendeeId: attendeeId ?? null };
    return {
      id: newId(),
      meetingId,
      agendaItemId: itemId,
      seq: (last?.seq ?? 0) + 1 + i,
      kind: 'event',
      speakerId: null,
      speakerName: '',
      text: '',
      createdAt: now,
      updatedAt: now,
      history: [],
      event,
    };
  });
  await d.entries.bulkAdd(rows);
}

async function eventsOf(d: SeogiDb, meetingId: string): Promise<(Entry & EventEntry)[]> {
  const entries = await inIndexOrder(d.entries, '[meetingId+seq]', meetingId).toArray();
  return entries.filter(isEvent);
}

function byAttendee(events: readonly EventEntry[]): Map<string, EventEntry[]> {
  const map = new Map<string, EventEntry[]>();
  for (const entry of events) {
    const id = entry.event.attendeeId;
    if (id !== null) map.set(id, [...(map.get(id) ?? []), entry]);
  }
  return map;
}

/** The tables `keepingStamps` writes, for the caller's transaction. */
export function stampTables(d: SeogiDb) {
  return [d.meetings, d.attendees, d.entries] as const;
}

/** What of an event the stamps depend on: two lists with the same signature give the same stamps. */
function signature(events: readonly EventEntry[] | undefined): string {
  return (events ?? []).map((e) => `${e.event.type}@${e.createdAt}#${e.seq}`).join(',');
}

/**
 * Runs `change` (a correction, deletion or restoring of entries of one meeting) and then rewrites
 * the stamped times whose events it changed: the meeting's opening, recesses and adjournment, and
 * the attendance of each attendee whose arrivals or departures changed (stamps whose events did
 * not change are left as they are, also an attendance typed in the editor). Must run inside a
 * transaction over `stampTables`. How an attendee stood before their first event is read before
 * the change, so that deleting someone's only arrival makes them absent again, and their only
 * departure present.
 */
export async function keepingStamps<T>(d: SeogiDb, meetingId: string, change: () => Promise<T>): Promise<T> {
  const old = await eventsOf(d, meetingId);
  const result = await change();
  const events = await eventsOf(d, meetingId);
  const sessionOf = (list: readonly EventEntry[]) => list.filter((e) => e.event.attendeeId === null);
  if (signature(sessionOf(old)) !== signature(sessionOf(events))) {
    const session = projectSession(events);
    if (session) await d.meetings.update(meetingId, session);
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
}
