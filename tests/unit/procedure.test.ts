/** Procedural events and the stamps they give (renderer/domain/procedure.ts), proved on random runs. */
import { describe, expect, it } from 'vitest';
import type { AgendaItem, EventType, Meeting } from '../../renderer/domain/model';
import {
  interleave,
  nextPresence,
  presentBefore,
  projectAttendee,
  projectSession,
  sittingBetween,
  takenUpKinds,
  type AttendanceStamps,
  type EventEntry,
} from '../../renderer/domain/procedure';
import { SessionError, transition, type SessionAction } from '../../renderer/domain/session';
import { seededRandom } from '../fixtures/random';

type M = Pick<Meeting, 'status' | 'startedAt' | 'endedAt' | 'recesses' | 'currentItemId' | 'currentItemSince'>;
type I = Pick<AgendaItem, 'id' | 'order' | 'startedAt' | 'endedAt' | 'takenOrder'>;

const ACTIONS: SessionAction['type'][] = ['next', 'previous', 'recess', 'resume', 'recess', 'resume', 'jump'];

/** A random run of the live session, as the repository writes it: its final stamps and its events. */
function randomSession(seed: number) {
  const random = seededRandom(seed);
  let meeting: M = {
    status: 'draft',
    startedAt: null,
    endedAt: null,
    recesses: [],
    currentItemId: null,
    currentItemSince: null,
  };
  let items: I[] = Array.from({ length: 5 }, (_, i) => ({
    id: `i${i}`,
    order: i,
    startedAt: null,
    endedAt: null,
    takenOrder: null,
  }));
  const events: (EventEntry & { id: string })[] = [];
  let now = 1_000_000;
  const apply = (action: SessionAction) => {
    now += 1 + Math.floor(random() * 60_000);
    let result;
    try {
      result = transition(meeting, items, action, now);
    } catch (error) {
      if (error instanceof SessionError) return;
      throw error;
    }
    meeting = { ...meeting, ...result.meeting };
    items = items.map((item) => {
      const change = result.items.find((c) => c.id === item.id);
      return change ? { ...item, ...change.changes } : item;
    });
    for (const { itemId, type } of result.events) {
      const seq = events.length + 1;
      events.push({ id: `e${seq}`, seq, afterSeq: 0, createdAt: now, agendaItemId: itemId, type, attendeeId: null });
    }
  };
  apply({ type: 'start' });
  const steps = 5 + Math.floor(random() * 40);
  for (let i = 0; i < steps; i++) {
    const type = ACTIONS[Math.floor(random() * ACTIONS.length)]!;
    apply(type === 'jump' ? { type, itemId: `i${Math.floor(random() * 5)}` } : ({ type } as SessionAction));
  }
  if (random() < 0.7) apply({ type: 'end' });
  return { meeting, items, events };
}

function event(seq: number, createdAt: number, type: EventType, attendeeId: string | null = null) {
  return { id: `e${seq}`, seq, afterSeq: 0, createdAt, agendaItemId: 'i0', type, attendeeId };
}

describe('procedural events', () => {
  it('give back the stamps the session wrote, on 300 random runs', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { meeting, events } = randomSession(seed);
      expect(projectSession(events), `seed ${seed}`).toEqual({
        startedAt: meeting.startedAt,
        endedAt: meeting.endedAt,
        recesses: meeting.recesses,
      });
    }
  });

  it('place every step under the item current when it happened', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { events } = randomSession(seed);
      let current: string | null = null;
      for (const { type, agendaItemId } of events) {
        if (type === 'takenUp') current = agendaItemId;
        else if (type !== 'opened') expect(agendaItemId, `seed ${seed}`).toBe(current);
      }
    }
  });

  it('a corrected recess time moves the recess; an open recess is closed by the adjournment', () => {
    const events = [
      event(1, 100, 'opened'),
      event(2, 200, 'recessed'),
      event(3, 300, 'resumed'),
      event(4, 900, 'adjourned'),
    ];
    expect(projectSession(events)?.recesses).toEqual([{ start: 200, end: 300 }]);
    const corrected = events.map((e) => (e.seq === 2 ? { ...e, createdAt: 150 } : e));
    expect(projectSession(corrected)?.recesses).toEqual([{ start: 150, end: 300 }]);
    const unanswered = [event(1, 100, 'opened'), event(2, 200, 'recessed'), event(3, 900, 'adjourned')];
    expect(projectSession(unanswered)).toEqual({ startedAt: 100, endedAt: 900, recesses: [{ start: 200, end: 900 }] });
    // A meeting recorded before events existed keeps its stamps.
    expect(projectSession([])).toBeNull();
  });

  it('give back an attendee’s attendance, on 300 random runs of arrivals and departures', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const present = random() < 0.5;
      let stamps: AttendanceStamps = present
        ? { attendance: 'present', arrivedAt: null, leftAt: null }
        : { attendance: 'absent', arrivedAt: null, leftAt: null };
      const events: EventEntry[] = [];
      let now = 1000;
      for (let i = Math.floor(random() * 6); i > 0; i--) {
        now += 1 + Math.floor(random() * 1000);
        const { action, changes } = nextPresence(stamps, now);
        stamps = changes;
        events.push(event(events.length + 1, now, action === 'left' ? 'left' : 'arrived', 'a1'));
      }
      if (events.length === 0) continue;
      expect(presentBefore(events), `seed ${seed}`).toBe(present);
      expect(projectAttendee(present, events), `seed ${seed}`).toEqual(stamps);
    }
  });

  it('deleting someone’s only arrival makes them absent again, their only departure present', () => {
    expect(projectAttendee(false, [])).toEqual({ attendance: 'absent', arrivedAt: null, leftAt: null });
    expect(projectAttendee(true, [])).toEqual({ attendance: 'present', arrivedAt: null, leftAt: null });
    // A late arrival who left: the departure deleted, they are late and still in the room.
    expect(projectAttendee(false, [event(1, 100, 'arrived', 'a')])).toEqual({
      attendance: 'late',
      arrivedAt: 100,
      leftAt: null,
    });
  });

  it('counts time in session only: a recess stops the item’s timer as it stops the meeting’s', () => {
    const recesses = [
      { start: 200, end: 300 },
      { start: 500, end: null },
    ];
    expect(sittingBetween(recesses, 0, 1000)).toBe(1000 - 100 - 500);
    expect(sittingBetween(recesses, 250, 400)).toBe(100);
    expect(sittingBetween(recesses, 600, 700)).toBe(0);
  });

  it('puts each event after the entry recorded before it, events after one entry in their order', () => {
    const entries = [{ seq: 1 }, { seq: 2 }, { seq: 5 }].map((e) => ({ ...e, id: `entry${e.seq}` }));
    const events = [
      { id: 'b', seq: 3, afterSeq: 2 },
      { id: 'a', seq: 1, afterSeq: 0 },
      { id: 'c', seq: 4, afterSeq: 2 },
      { id: 'd', seq: 5, afterSeq: 5 },
    ];
    expect(interleave(entries, events).map((row) => row.id)).toEqual([
      'a',
      'entry1',
      'entry2',
      'b',
      'c',
      'entry5',
      'd',
    ]);
    expect(interleave([], events).map((row) => row.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('tells an item taken up in order, out of order and again; added items are never out of order', () => {
    const planned = new Map([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    const taken = (seq: number, item: string) => ({ ...event(seq, seq, 'takenUp'), agendaItemId: item });
    const kinds = takenUpKinds([taken(1, 'a'), taken(2, 'c'), taken(3, 'b'), taken(4, 'c'), taken(5, 'x')], planned);
    expect([...kinds.values()]).toEqual(['inOrder', 'outOfOrder', 'inOrder', 'again', 'inOrder']);
  });
});
