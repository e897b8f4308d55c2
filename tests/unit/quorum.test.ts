/** Quorum and vote arithmetic (renderer/domain/quorum.ts), in integers. */
import { describe, expect, it } from 'vitest';
import { MAJORITY, type Attendee } from '../../renderer/domain/model';
import {
  inRoomAt,
  meets,
  quorumCount,
  requiredCount,
  THRESHOLD_CHOICES,
  thresholdChoice,
  voteResult,
} from '../../renderer/domain/quorum';

describe('quorum arithmetic', () => {
  const member = (attendance: Attendee['attendance'], extra: Partial<Attendee> = {}) => ({
    group: 'member' as const,
    attendance,
    arrivedAt: null,
    leftAt: null,
    ...extra,
  });

  it('needs more than half for a majority', () => {
    expect([0, 1, 2, 3, 4, 10, 11].map((n) => requiredCount(n, MAJORITY))).toEqual([1, 1, 2, 2, 3, 6, 6]);
  });

  it('a tie is not a majority', () => {
    expect(meets(5, 10, MAJORITY)).toBe(false);
    expect(meets(6, 10, MAJORITY)).toBe(true);
    expect(meets(5, 10, THRESHOLD_CHOICES.half)).toBe(true);
  });

  it('rounds two thirds and one third up', () => {
    expect(requiredCount(10, THRESHOLD_CHOICES.twoThirds)).toBe(7);
    expect(requiredCount(9, THRESHOLD_CHOICES.twoThirds)).toBe(6);
    expect(requiredCount(10, THRESHOLD_CHOICES.oneThird)).toBe(4);
    expect(requiredCount(9, THRESHOLD_CHOICES.oneThird)).toBe(3);
    expect(meets(6, 10, THRESHOLD_CHOICES.twoThirds)).toBe(false);
    expect(meets(7, 10, THRESHOLD_CHOICES.twoThirds)).toBe(true);
  });

  it('never meets a quorum with no members on the roll', () => {
    expect(quorumCount([], MAJORITY)).toEqual({ enrolled: 0, present: 0, required: 1, met: false });
    expect(meets(0, 0, THRESHOLD_CHOICES.oneThird)).toBe(false);
  });

  it('counts members only, late arrivals and early leavers as attending', () => {
    const roster = [
      member('present'),
      member('late'),
      member('left'),
      member('absent'),
      member('absent'),
      { ...member('present'), group: 'official' as const },
      { ...member('present'), group: 'guest' as const },
    ];
    expect(quorumCount(roster, MAJORITY)).toEqual({ enrolled: 5, present: 3, required: 3, met: true });
  });

  it('counts who is in the room at a given moment', () => {
    const late = member('late', { arrivedAt: 1000 });
    const left = member('left', { leftAt: 2000 });
    expect(inRoomAt(late, 999)).toBe(false);
    expect(inRoomAt(late, 1000)).toBe(true);
    expect(inRoomAt(left, 1999)).toBe(true);
    expect(inRoomAt(left, 2000)).toBe(false);
    const roster = [late, left, member('present'), member('absent')];
    expect(quorumCount(roster, MAJORITY, 500).present).toBe(2);
    expect(quorumCount(roster, MAJORITY, 1500).present).toBe(3);
    expect(quorumCount(roster, MAJORITY, 2500).present).toBe(2);
  });

  it('decides a vote against those present', () => {
    expect(voteResult(4, 7, MAJORITY)).toEqual({ required: 4, passes: true });
    expect(voteResult(3, 6, MAJORITY)).toEqual({ required: 4, passes: false });
    expect(voteResult(0, 0, MAJORITY).passes).toBe(false);
  });

  it('recognises the offered thresholds, including equivalent fractions', () => {
    expect(thresholdChoice({ numerator: 2, denominator: 4, inclusive: false })).toBe('majority');
    expect(thresholdChoice({ numerator: 4, denominator: 6, inclusive: true })).toBe('twoThirds');
    expect(thresholdChoice({ numerator: 1, denominator: 2, inclusive: true })).toBe('half');
  });
});
