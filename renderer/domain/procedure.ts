/**
 * The procedure of a meeting as events in its record (MeetingEvent, see model.ts), and the
 * stamped times that follow from them.
 *
 * The live session writes an event where it happens (under the current item, in the order of the
 * recorder's keys) together with the stamped time it sets: the meeting's opening, recesses and
 * adjournment, an attendee's arrival or departure. When an event is corrected or deleted
 * afterwards, the stamped times are worked out again from the events (`projectSession`,
 * `projectAttendee`), so the time in the proceedings and the time in the 일시 row or the attendee
 * list never disagree. Pure functions; data/entries.ts writes what they return.
 */
import type { Attendee, Entry, EventType, Meeting, MeetingEvent, Recess } from './model';

/** What of an event the stamps and the order of the record depend on. */
export type EventEntry = Pick<MeetingEvent, 'seq' | 'afterSeq' | 'createdAt' | 'agendaItemId' | 'type' | 'attendeeId'>;

/**
 * Entries and events in the order they were recorded: each event after the entry it followed
 * (`afterSeq`), events that followed the same entry in their own order.
 */
export function interleave<E extends Pick<Entry, 'seq'>, V extends Pick<MeetingEvent, 'seq' | 'afterSeq'>>(
  entries: readonly E[],
  events: readonly V[],
): (E | V)[] {
  const pending = [...events].sort((a, b) => a.afterSeq - b.afterSeq || a.seq - b.seq);
  const rows: (E | V)[] = [];
  for (const entry of entries) {
    while (pending.length > 0 && (pending[0]?.afterSeq ?? Infinity) < entry.seq) rows.push(...pending.splice(0, 1));
    rows.push(entry);
  }
  rows.push(...pending);
  return rows;
}

/** Whether a row of the record is a procedural event rather than an entry. */
export function isEvent(row: Entry | MeetingEvent): row is MeetingEvent {
  return 'type' in row;
}

/** Events in the order they happened: by time, then by the order they were recorded. */
function byTime<T extends Pick<Entry, 'seq' | 'createdAt'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.createdAt - b.createdAt || a.seq - b.seq);
}

const SESSION_EVENTS: ReadonlySet<EventType> = new Set(['opened', 'recessed', 'resumed', 'adjourned']);

/**
 * Whether the live transcript shows the event: the procedure that happens within an item (a
 * recess, an arrival, the adjournment). The opening and the taking up of items are what the
 * current item's heading already says.
 */
export function shownInTranscript(event: Pick<MeetingEvent, 'type'>): boolean {
  return event.type !== 'opened' && event.type !== 'takenUp';
}

/** Whether the event marks the sitting itself (it can be corrected, but not taken out of the record). */
export function essential(event: Pick<MeetingEvent, 'type'>): boolean {
  return event.type === 'opened' || event.type === 'adjourned';
}

type SessionStamps = Pick<Meeting, 'startedAt' | 'endedAt' | 'recesses'>;

/**
 * The meeting's opening, recesses and adjournment as its events say: the first opening, the last
 * adjournment, and each recess from a 'recessed' to the next 'resumed' (an unanswered recess stays
 * open until the adjournment closes it, as ending a meeting in recess does). Null when the
 * meeting has no opening event (recorded before events existed): its stamps are then left alone.
 */
export function projectSession(events: readonly EventEntry[]): SessionStamps | null {
  const ordered = byTime(events.filter((event) => SESSION_EVENTS.has(event.type)));
  const opened = ordered.find((event) => event.type === 'opened');
  if (!opened) return null;
  const adjourned = ordered.findLast((event) => event.type === 'adjourned');
  const endedAt = adjourned?.createdAt ?? null;
  const recesses: Recess[] = [];
  for (const { type, createdAt } of ordered) {
    const last = recesses.at(-1);
    const open = last?.end === null ? last : undefined;
    if (type === 'recessed' && !open) recesses.push({ start: createdAt, end: null });
    if (type === 'resumed' && open) recesses[recesses.length - 1] = { ...open, end: createdAt };
  }
  const closed = recesses.map((recess) =>
    recess.end === null && endedAt !== null ? { ...recess, end: endedAt } : recess,
  );
  return { startedAt: opened.createdAt, endedAt, recesses: closed };
}

export type AttendanceStamps = Pick<Attendee, 'attendance' | 'arrivedAt' | 'leftAt'>;

/** What marking an attendee as arrived or left records next, and the event it writes. */
export function nextPresence(
  attendee: AttendanceStamps,
  now: number,
): { action: 'arrived' | 'left' | 'returned'; changes: AttendanceStamps } {
  const { arrivedAt, leftAt } = attendee;
  if (attendee.attendance === 'absent')
    return { action: 'arrived', changes: { attendance: 'late', arrivedAt: now, leftAt } };
  if (attendee.attendance === 'left')
    return {
      action: 'returned',
      changes: { attendance: arrivedAt !== null ? 'late' : 'present', arrivedAt, leftAt: null },
    };
  return { action: 'left', changes: { attendance: 'left', arrivedAt, leftAt: now } };
}

/** Whether the attendee was in the room before their first event: a first arrival says not. */
export function presentBefore(events: readonly EventEntry[]): boolean {
  return byTime(events)[0]?.type !== 'arrived';
}

/**
 * An attendee's attendance as their arrivals and departures say, from how they stood before the
 * first of them (`present`: in the room from the opening; else absent until they arrived).
 */
export function projectAttendee(present: boolean, events: readonly EventEntry[]): AttendanceStamps {
  let stamps: AttendanceStamps = present
    ? { attendance: 'present', arrivedAt: null, leftAt: null }
    : { attendance: 'absent', arrivedAt: null, leftAt: null };
  for (const { type, createdAt } of byTime(events)) {
    const inRoom = stamps.attendance !== 'absent' && stamps.attendance !== 'left';
    if ((type === 'arrived') === inRoom) continue;
    stamps = nextPresence(stamps, createdAt).changes;
  }
  return stamps;
}

/** Whether projecting would change the attendee's stored attendance. */
export function samePresence(a: AttendanceStamps, b: AttendanceStamps): boolean {
  return a.attendance === b.attendance && a.arrivedAt === b.arrivedAt && a.leftAt === b.leftAt;
}

/**
 * Milliseconds in session between `from` and `to`, recesses excluded: the meeting's timer and the
 * current item's both count this way, so a recess stops both.
 */
export function sittingBetween(recesses: readonly Recess[], from: number, to: number): number {
  const recessed = recesses.reduce(
    (sum, recess) => sum + Math.max(0, Math.min(recess.end ?? to, to) - Math.max(recess.start, from)),
    0,
  );
  return Math.max(0, to - from - recessed);
}

/** How an item was taken up, read from the record: the first time in order, out of order, or again. */
export type TakenUp = 'inOrder' | 'outOfOrder' | 'again';

/**
 * For each 'takenUp' event (by entry id), how the item was taken up: again when it had been taken
 * up before; out of order when an item planned before it had not been taken up yet. Items added
 * during the meeting (not in `plannedOrder`) come when the chair brings them: never out of order.
 */
export function takenUpKinds(
  events: readonly (EventEntry & { id: string })[],
  plannedOrder: ReadonlyMap<string, number>,
): Map<string, TakenUp> {
  const kinds = new Map<string, TakenUp>();
  const taken = new Set<string>();
  for (const entry of [...events].sort((a, b) => a.seq - b.seq)) {
    if (entry.type !== 'takenUp') continue;
    const item = entry.agendaItemId;
    const order = plannedOrder.get(item);
    const skipped =
      order !== undefined && [...plannedOrder].some(([other, position]) => position < order && !taken.has(other));
    kinds.set(entry.id, taken.has(item) ? 'again' : skipped ? 'outOfOrder' : 'inOrder');
    taken.add(item);
  }
  return kinds;
}
