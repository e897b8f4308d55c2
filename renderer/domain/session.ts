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
 */
import type { AgendaItem, Meeting, Recess } from './model';

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

export interface Transition {
  meeting: MeetingChanges;
  items: ItemChanges[];
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
  if (target.id === meeting.currentItemId) return { meeting: {}, items: [] };
  return {
    meeting: { currentItemId: target.id, currentItemSince: now },
    items: [...leave(meeting.currentItemId, now), takeUp(items, target, now)],
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
      if (inRecess(meeting)) return { meeting: {}, items: [] };
      return { meeting: { recesses: [...meeting.recesses, { start: now, end: null }] }, items: [] };
    case 'resume':
      return { meeting: { recesses: closeRecess(meeting.recesses, now) }, items: [] };
    case 'end':
      return {
        meeting: { status: 'ended', endedAt: now, recesses: closeRecess(meeting.recesses, now) },
        items: leave(meeting.currentItemId, now),
      };
  }
}

/** Milliseconds the meeting has been in session at `now`, recesses excluded. */
export function sittingTime(meeting: Pick<Meeting, 'startedAt' | 'endedAt' | 'recesses'>, now: number): number {
  if (meeting.startedAt === null) return 0;
  const end = meeting.endedAt ?? now;
  const recessed = meeting.recesses.reduce(
    (sum, recess) => sum + Math.max(0, Math.min(recess.end ?? end, end) - recess.start),
    0,
  );
  return Math.max(0, end - meeting.startedAt - recessed);
}

/** `H:MM:SS` or `M:SS`. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
