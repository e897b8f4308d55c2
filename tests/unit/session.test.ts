/** The live session's state machine and timings (renderer/domain/session.ts). */
import { describe, expect, it } from 'vitest';
import type { AgendaItem, Meeting } from '../../renderer/domain/model';
import {
  formatElapsed,
  inRecess,
  neighbour,
  SessionError,
  sittingTime,
  transition,
  type SessionAction,
} from '../../renderer/domain/session';

type M = Pick<Meeting, 'status' | 'startedAt' | 'endedAt' | 'recesses' | 'currentItemId' | 'currentItemSince'>;
type I = Pick<AgendaItem, 'id' | 'order' | 'startedAt' | 'endedAt' | 'takenOrder'>;

/** Applies actions in turn, like the repository does, and returns the final rows. */
function run(actions: [SessionAction, number][], itemCount = 4) {
  let meeting: M = {
    status: 'draft',
    startedAt: null,
    endedAt: null,
    recesses: [],
    currentItemId: null,
    currentItemSince: null,
  };
  let items: I[] = Array.from({ length: itemCount }, (_, i) => ({
    id: `i${i + 1}`,
    // Stored out of order on purpose: planned order is by `order`.
    order: (i * 7) % itemCount,
    startedAt: null,
    endedAt: null,
    takenOrder: null,
  }));
  for (const [action, now] of actions) {
    const result = transition(meeting, items, action, now);
    meeting = { ...meeting, ...result.meeting };
    items = items.map((item) => ({ ...item, ...(result.items.find((c) => c.id === item.id)?.changes ?? {}) }));
  }
  const byOrder = [...items].sort((a, b) => a.order - b.order);
  return { meeting, items: byOrder };
}

describe('session state machine', () => {
  it('starts on the first planned item and stamps the opening', () => {
    const { meeting, items } = run([[{ type: 'start' }, 1000]]);
    expect(meeting).toMatchObject({
      status: 'live',
      startedAt: 1000,
      currentItemId: items[0]!.id,
      currentItemSince: 1000,
    });
    expect(items[0]).toMatchObject({ takenOrder: 1, startedAt: 1000, endedAt: null });
    expect(items.slice(1).every((i) => i.takenOrder === null)).toBe(true);
  });

  it('goes next and previous in planned order, stamping ends and keeping the first start', () => {
    const { meeting, items } = run([
      [{ type: 'start' }, 0],
      [{ type: 'next' }, 10],
      [{ type: 'next' }, 20],
      [{ type: 'previous' }, 30],
    ]);
    expect(meeting.currentItemId).toBe(items[1]!.id);
    expect(meeting.currentItemSince).toBe(30);
    expect(items.map((i) => i.takenOrder)).toEqual([1, 2, 3, null]);
    expect(items.map((i) => i.startedAt)).toEqual([0, 10, 20, null]);
    // Back on item 2: it is open again (no end) and keeps its first start.
    expect(items.map((i) => i.endedAt)).toEqual([10, null, 30, null]);
  });

  it('jumps out of order and keeps the order taken', () => {
    const { items } = run([
      [{ type: 'start' }, 0],
      [{ type: 'jump', itemId: 'i4' }, 5],
      [{ type: 'jump', itemId: 'i2' }, 9],
    ]);
    const taken = Object.fromEntries(items.map((i) => [i.id, i.takenOrder]));
    expect(taken).toEqual({ i1: 1, i4: 2, i2: 3, i3: null });
  });

  it('refuses to move past either end, and to jump to an unknown item', () => {
    const start: [SessionAction, number] = [{ type: 'start' }, 0];
    expect(() => run([start, [{ type: 'previous' }, 1]])).toThrow(SessionError);
    expect(() =>
      run([start, [{ type: 'next' }, 1], [{ type: 'next' }, 2], [{ type: 'next' }, 3], [{ type: 'next' }, 4]]),
    ).toThrow(SessionError);
    expect(() => run([start, [{ type: 'jump', itemId: 'nope' }, 1]])).toThrow(SessionError);
  });

  it('takes an unplanned item added during the meeting like any other', () => {
    const { meeting, items } = run(
      [
        [{ type: 'start' }, 0],
        [{ type: 'jump', itemId: 'i5' }, 50],
      ],
      5,
    );
    expect(meeting.currentItemId).toBe('i5');
    expect(items.find((i) => i.id === 'i5')?.takenOrder).toBe(2);
  });

  it('recesses and resumes; a second recess while in recess changes nothing', () => {
    const { meeting } = run([
      [{ type: 'start' }, 0],
      [{ type: 'recess' }, 100],
      [{ type: 'recess' }, 150],
      [{ type: 'resume' }, 200],
    ]);
    expect(meeting.recesses).toEqual([{ start: 100, end: 200 }]);
    expect(inRecess(meeting)).toBe(false);
  });

  it('ends: adjournment stamped, current item closed, open recess closed', () => {
    const { meeting, items } = run([
      [{ type: 'start' }, 0],
      [{ type: 'next' }, 10],
      [{ type: 'recess' }, 20],
      [{ type: 'end' }, 40],
    ]);
    expect(meeting).toMatchObject({ status: 'ended', endedAt: 40, recesses: [{ start: 20, end: 40 }] });
    expect(items[1]!.endedAt).toBe(40);
  });

  it('refuses actions in the wrong state', () => {
    expect(() => run([[{ type: 'next' }, 0]])).toThrow(/not in session/);
    expect(() =>
      run([
        [{ type: 'start' }, 0],
        [{ type: 'start' }, 1],
      ]),
    ).toThrow(/already been started/);
    expect(() =>
      run([
        [{ type: 'start' }, 0],
        [{ type: 'end' }, 1],
        [{ type: 'next' }, 2],
      ]),
    ).toThrow(/not in session/);
  });

  it('starts a meeting with an empty agenda with no current item', () => {
    const { meeting } = run([[{ type: 'start' }, 0]], 0);
    expect(meeting).toMatchObject({ status: 'live', currentItemId: null });
  });

  it('moving to the item already current changes nothing', () => {
    const { items } = run([
      [{ type: 'start' }, 0],
      [{ type: 'jump', itemId: 'i1' }, 5],
    ]);
    expect(items[0]).toMatchObject({ takenOrder: 1, startedAt: 0, endedAt: null });
  });
});

describe('timings', () => {
  it('counts sitting time without recesses, up to the end', () => {
    const meeting = { startedAt: 0, endedAt: null, recesses: [{ start: 600_000, end: 900_000 }] };
    expect(sittingTime(meeting, 1_200_000)).toBe(900_000);
    expect(sittingTime({ ...meeting, recesses: [{ start: 600_000, end: null }] }, 1_200_000)).toBe(600_000);
    expect(sittingTime({ ...meeting, endedAt: 1_000_000 }, 9_999_999)).toBe(700_000);
    expect(sittingTime({ startedAt: null, endedAt: null, recesses: [] }, 5)).toBe(0);
  });

  it('formats elapsed time', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(61_999)).toBe('1:01');
    expect(formatElapsed(3_600_000 + 5 * 60_000 + 7_000)).toBe('1:05:07');
    expect(formatElapsed(-5)).toBe('0:00');
  });

  it('finds neighbours in planned order', () => {
    const items = [
      { id: 'b', order: 1, startedAt: null, endedAt: null, takenOrder: null },
      { id: 'a', order: 0, startedAt: null, endedAt: null, takenOrder: null },
    ];
    expect(neighbour(items, 'a', 1)?.id).toBe('b');
    expect(neighbour(items, 'a', -1)).toBeNull();
    expect(neighbour(items, 'zzz', 1)).toBeNull();
  });
});
