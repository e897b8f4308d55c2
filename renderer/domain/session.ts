/**
 * The live session as a state machine over the stored record: which item is being recorded, the
 * order items were actually taken in, each item's start and end, recesses, the opening and the
 * adjournment. Every action is a pure function from the current rows and a clock reading to the
 * changes to write; the data layer writes them in one transaction.
 *
 * Rules:
 * - An item gets its `takenOrder` and `startedAt` the first time it is taken up; coming back to an
 *   item later keeps both, and clears its `endedAt` until it is left again.
 * - Leaving an item (next, previous, jump, end) stamps its `endedAt`.
 * - Next / previous follow the planned agenda order from the current item; jump goes anywhere.
 * - During a recess the record stays open for typing; resume closes the recess.
 * - Each step is also an event in the record (domain/procedure.ts), under the item current when it
 *   happened: opened, taken up, recessed, resumed, adjourned. A meeting with no agenda has no item
 *   to place them under and keeps only its stamps.
 */
import type { AgendaItem, EventType, Meeting, Recess } from './model';
import { sittingBetween } from './procedure';

export type SessionAction =
  | { type: 'start' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'jump'; itemId: string }
  | { type: 'recess' }
  | { type: 'resume' }
  | { type: 'end' };

export type MeetingChanges = Partial<
  Pick<Meeting, 'status' | 'startedAt' | 'endedAt' | 'recesses' | 'currentItemId' | 'currentItemSince'>
>;
export type ItemChanges = { id: string; changes: Partial<Pick<AgendaItem, 'startedAt' | 'endedAt' | 'takenOrder'>> };

/** A procedural event the step writes into the record, under `itemId`. */
export interface SessionEvent {
  itemId: string;
  type: EventType;
}

export interface Transition {
  meeting: MeetingChanges;
  items: ItemChanges[];
  events: SessionEvent[];
}

const NOTHING: Transition = { meeting: {}, items: [], events: [] };

function eventAt(itemId: string | null, type: EventType): SessionEvent[] {
  return itemId ? [{ itemId, type }] : [];
}

type SessionMeeting = Pick<Meeting, 'status' | 'startedAt' | 'endedAt' | 'recesses' | 'currentItemId'>;
type SessionItem = Pick<AgendaItem, 'id' | 'order' | 'startedAt' | 'endedAt' | 'takenOrder'>;

export class SessionError extends Error {
  override name = 'SessionError';
}

export function inPlannedOrder<T extends Pick<AgendaItem, 'order'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

export function inRecess(meeting: Pick<Meeting, 'recesses'>): boolean {
  return meeting.recesses.some((recess) => recess.end === null);
}

/** The item a step away from the current one in planned order, or null at either end. */
export function neighbour<T extends SessionItem>(
  items: readonly T[],
  currentId: string | null,
  step: -1 | 1,
): T | null {
  const ordered = inPlannedOrder(items);
  const index = ordered.findIndex((item) => item.id === currentId);
  if (index < 0) return null;
  return ordered[index + step] ?? null;
}

function takeUp(items: readonly SessionItem[], target: SessionItem, now: number): ItemChanges {
  if (target.takenOrder !== null) return { id: target.id, changes: { endedAt: null } };
  const taken = items.reduce((max, item) => Math.max(max, item.takenOrder ?? 0), 0);
  return { id: target.id, changes: { takenOrder: taken + 1, startedAt: now, endedAt: null } };
}

function leave(currentId: string | null, now: number): ItemChanges[] {
  return currentId ? [{ id: currentId, changes: { endedAt: now } }] : [];
}

function closeRecess(recesses: readonly Recess[], now: number): Recess[] {
  return recesses.map((recess) => (recess.end === null ? { ...recess, end: now } : recess));
}

function moveTo(
  meeting: SessionMeeting,
  items: readonly SessionItem[],
  target: SessionItem | null,
  now: number,
): Transition {
  if (!target) throw new SessionError('There is no such item to move to.');
  if (target.id === meeting.currentItemId) return NOTHING;
  return {
    meeting: { currentItemId: target.id, currentItemSince: now },
    items: [...leave(meeting.currentItemId, now), takeUp(items, target, now)],
    events: eventAt(target.id, 'takenUp'),
  };
}

export function transition(
  meeting: SessionMeeting,
  items: readonly SessionItem[],
  action: SessionAction,
  now: number,
): Transition {
  if (action.type === 'start') {
    if (meeting.status !== 'draft') throw new SessionError('The meeting has already been started.');
    const first = inPlannedOrder(items)[0];
    return {
      meeting: { status: 'live', startedAt: now, currentItemId: first?.id ?? null, currentItemSince: now },
      items: first ? [takeUp(items, first, now)] : [],
      events: [...eventAt(first?.id ?? null, 'opened'), ...eventAt(first?.id ?? null, 'takenUp')],
    };
  }
  if (meeting.status !== 'live') throw new SessionError('The meeting is not in session.');
  switch (action.type) {
    case 'next':
    case 'previous':
      return moveTo(meeting, items, neighbour(items, meeting.currentItemId, action.type === 'next' ? 1 : -1), now);
    case 'jump':
      return moveTo(meeting, items, items.find((item) => item.id === action.itemId) ?? null, now);
    case 'recess':
      if (inRecess(meeting)) return NOTHING;
      return {
        meeting: { recesses: [...meeting.recesses, { start: now, end: null }] },
        items: [],
        events: eventAt(meeting.currentItemId, 'recessed'),
      };
    case 'resume':
      if (!inRecess(meeting)) return NOTHING;
      return {
        meeting: { recesses: closeRecess(meeting.recesses, now) },
        items: [],
        events: eventAt(meeting.currentItemId, 'resumed'),
      };
    case 'end':
      return {
        meeting: { status: 'ended', endedAt: now, recesses: closeRecess(meeting.recesses, now) },
        items: leave(meeting.currentItemId, now),
        events: eventAt(meeting.currentItemId, 'adjourned'),
      };
  }
}

/** Milliseconds the meeting has been in session at `now`, recesses excluded. */
export function sittingTime(meeting: Pick<Meeting, 'startedAt' | 'endedAt' | 'recesses'>, now: number): number {
  if (meeting.startedAt === null) return 0;
  return sittingBetween(meeting.recesses, meeting.startedAt, meeting.endedAt ?? now);
}

/** `H:MM:SS` or `M:SS`. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
