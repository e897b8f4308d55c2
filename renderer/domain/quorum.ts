/**
 * Quorum and vote arithmetic. Rules of procedure speak of "a majority" (more than half: 과반수)
 * and of "at least one third / two thirds" (3분의 1 이상); a Threshold holds either form. All
 * arithmetic is in integers, so 2/3 of 10 is 7 required, never 6.67 compared as a float.
 */
import type { Attendee, Threshold } from './model';

/** Thresholds offered in the editor, keyed for the locale files. */
export const THRESHOLD_CHOICES = {
  majority: { numerator: 1, denominator: 2, inclusive: false },
  half: { numerator: 1, denominator: 2, inclusive: true },
  oneThird: { numerator: 1, denominator: 3, inclusive: true },
  twoThirds: { numerator: 2, denominator: 3, inclusive: true },
} as const satisfies Record<string, Threshold>;

export type ThresholdChoice = keyof typeof THRESHOLD_CHOICES;

export function thresholdChoice(threshold: Threshold): ThresholdChoice {
  const found = (Object.keys(THRESHOLD_CHOICES) as ThresholdChoice[]).find((key) => {
    const choice = THRESHOLD_CHOICES[key];
    return (
      choice.numerator * threshold.denominator === threshold.numerator * choice.denominator &&
      choice.inclusive === threshold.inclusive
    );
  });
  return found ?? 'majority';
}

/** The smallest count out of `total` that satisfies the threshold. */
export function requiredCount(total: number, threshold: Threshold): number {
  const { numerator, denominator, inclusive } = threshold;
  const product = total * numerator;
  // at least n/d: ceil(total*n/d); more than n/d: floor(total*n/d) + 1
  return inclusive ? Math.ceil(product / denominator) : Math.floor(product / denominator) + 1;
}

export function meets(count: number, total: number, threshold: Threshold): boolean {
  return total > 0 && count >= requiredCount(total, threshold);
}

/** Whether an attendee was in the room at some point (late arrivals and early leavers attended). */
export function attended(attendee: Pick<Attendee, 'attendance'>): boolean {
  return attendee.attendance !== 'absent';
}

/** Whether an attendee is in the room at `time` (live meeting): arrived and not yet gone. */
export function inRoomAt(attendee: Pick<Attendee, 'attendance' | 'arrivedAt' | 'leftAt'>, time: number): boolean {
  if (attendee.attendance === 'absent') return false;
  if (attendee.arrivedAt !== null && attendee.arrivedAt > time) return false;
  if (attendee.leftAt !== null && attendee.leftAt <= time) return false;
  return true;
}

/**
 * Whether an attendee counts as present: in the room at `at`, or, with no time given (minutes
 * written up afterwards), at some point of the meeting.
 */
export function presentAt(attendee: Pick<Attendee, 'attendance' | 'arrivedAt' | 'leftAt'>, at?: number): boolean {
  return at === undefined ? attended(attendee) : inRoomAt(attendee, at);
}

export interface QuorumCount {
  /** Members on the roll (재적). */
  enrolled: number;
  /** Members present (출석). */
  present: number;
  /** Members needed to open. */
  required: number;
  met: boolean;
}

/** Counts members only: officials and guests never count toward the quorum. */
export function quorumCount(
  attendees: readonly Pick<Attendee, 'group' | 'attendance' | 'arrivedAt' | 'leftAt'>[],
  threshold: Threshold,
  at?: number,
): QuorumCount {
  const members = attendees.filter((a) => a.group === 'member');
  const present = members.filter((a) => presentAt(a, at)).length;
  const enrolled = members.length;
  return { enrolled, present, required: requiredCount(enrolled, threshold), met: meets(present, enrolled, threshold) };
}

export interface VoteResult {
  /** Votes for needed out of those present. */
  required: number;
  passes: boolean;
}

/** Whether a motion carries: votes for against the share of members present the rule asks. */
export function voteResult(votesFor: number, presentCount: number, threshold: Threshold): VoteResult {
  return {
    required: requiredCount(presentCount, threshold),
    passes: meets(votesFor, presentCount, threshold),
  };
}
