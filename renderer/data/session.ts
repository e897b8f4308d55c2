/**
 * Writes the live session's transitions (see domain/session.ts): the meeting row and the agenda
 * items it touches change together or not at all.
 */
import { transition, type SessionAction } from '../domain/session';
import { db } from './db';
import { listAgenda } from './agenda';
import { writeEvents } from './procedure';

/** Writes one transition and its events; runs inside a transaction over meetings, agendaItems, entries and events. */
export async function writeTransition(meetingId: string, action: SessionAction, now: number): Promise<void> {
  const d = db();
  const meeting = await d.meetings.get(meetingId);
  if (!meeting) return;
  const result = transition(meeting, await listAgenda(meetingId), action, now);
  if (Object.keys(result.meeting).length > 0) await d.meetings.update(meetingId, { ...result.meeting, updatedAt: now });
  if (result.items.length > 0)
    await d.agendaItems.bulkUpdate(result.items.map((i) => ({ key: i.id, changes: i.changes })));
  await writeEvents(d, meetingId, result.events, now);
}

export async function applySessionAction(meetingId: string, action: SessionAction, now = Date.now()): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.meetings, d.agendaItems, d.entries, d.events], () =>
    writeTransition(meetingId, action, now),
  );
}
