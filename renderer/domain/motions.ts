/**
 * Motions and votes: the rules the Outcome panel and the minutes share. A deliberation item
 * carries a motion (동의) with its mover and seconder, perhaps an amendment (수정동의), and a vote
 * taken at a moment (`votedAt`): the quorum and the share needed to carry are those of the members
 * in the room at that moment, not of the whole meeting or of now. The votes are typed as counts,
 * or marked by name (a roll call), and then counted from the names. A report item is received
 * (보고 접수), never voted on.
 *
 * The recorder decides the outcome; a rule only suggests one while none is chosen, and never when
 * the quorum was lost: a vote without a quorum is no vote, whatever its count.
 */
import { OUTCOMES, type AgendaItem, type AgendaKind, type Attendee, type Meeting } from './model';
import type { Motion, Outcome, QuorumRule, RollCallVote, Votes } from './model';
import { presentAt, quorumCount, voteResult, type QuorumCount, type VoteResult } from './quorum';

/** Reports are received, not voted on. */
export function takesVote(kind: AgendaKind): boolean {
  return kind !== 'report';
}

/** The outcomes offered for an item; a stored one stays offered, so that it shows as it is. */
export function outcomeChoices(kind: AgendaKind, current: Outcome | null): Outcome[] {
  return takesVote(kind) ? [...OUTCOMES] : OUTCOMES.filter((outcome) => outcome === 'noted' || outcome === current);
}

export function emptyMotion(): Motion {
  return { text: '', mover: null, seconder: null };
}

/** Whether anything of a motion was recorded (an amendment opened and left empty was not). */
export function hasMotion(motion: Motion | null | undefined): motion is Motion {
  return !!motion && (motion.text.trim() !== '' || motion.mover !== null || motion.seconder !== null);
}

type Voter = Pick<Attendee, 'id' | 'group' | 'attendance' | 'arrivedAt' | 'leftAt'>;

/**
 * The members who vote at `at`: those on the roll in the room then (officials and guests never
 * vote). Without a time (minutes of a meeting not run live), every member who attended.
 */
export function votersAt<T extends Voter>(roster: readonly T[], at?: number): T[] {
  return roster.filter((attendee) => attendee.group === 'member' && presentAt(attendee, at));
}

/** Each voter's vote in the item's roll call, in roster order; one not marked is not voting. */
export function rollCallOf<T extends Voter>(
  item: Pick<AgendaItem, 'rollCall'>,
  roster: readonly T[],
  at?: number,
): { attendee: T; vote: RollCallVote }[] {
  const marks = new Map((item.rollCall ?? []).map((mark) => [mark.attendeeId, mark.vote]));
  return votersAt(roster, at).map((attendee) => ({ attendee, vote: marks.get(attendee.id) ?? 'notVoting' }));
}

/**
 * The item's votes: counted from the roll call when one is taken (none yet while nobody has
 * voted), else the counts as typed.
 */
export function itemVotes(item: Pick<AgendaItem, 'votes' | 'rollCall'>, roster: readonly Voter[], at?: number): Votes {
  if (!item.rollCall) return item.votes;
  const votes = rollCallOf(item, roster, at).filter((mark) => mark.vote !== 'notVoting');
  if (votes.length === 0) return { for: null, against: null, abstain: null };
  const count = (vote: RollCallVote) => votes.filter((mark) => mark.vote === vote).length;
  return { for: count('for'), against: count('against'), abstain: count('abstain') };
}

/**
 * When the item's vote counts as taken: as stamped; for an item stored before votes had a time,
 * the end of the meeting, or now while it goes on.
 */
export function voteTime(item: Pick<AgendaItem, 'votedAt'>, meeting: Pick<Meeting, 'endedAt'>, now: number): number {
  return item.votedAt ?? meeting.endedAt ?? now;
}

export type VoteCheck =
  /** No vote taken yet (or a report). */
  | { kind: 'none' }
  /** The quorum was not there at the vote: no verdict, no suggestion. */
  | { kind: 'noQuorum'; quorum: QuorumCount }
  /** The votes for against the share needed of those present; `suggestion` only while undecided. */
  | { kind: 'counted'; quorum: QuorumCount; votesFor: number; result: VoteResult; suggestion: Outcome | null };

/** The item's vote checked against the rule, with the attendance at `at` (see voteTime). */
export function checkVote(
  item: Pick<AgendaItem, 'kind' | 'outcome' | 'votes' | 'rollCall' | 'votedAt' | 'amendment'>,
  roster: readonly Voter[],
  rule: QuorumRule,
  at: number | undefined,
): VoteCheck {
  const votes = itemVotes(item, roster, at);
  const taken = (item.votedAt ?? null) !== null || votes.for !== null;
  if (!takesVote(item.kind) || !taken) return { kind: 'none' };
  const quorum = quorumCount(roster, rule.open, at);
  if (!quorum.met) return { kind: 'noQuorum', quorum };
  if (votes.for === null) return { kind: 'none' };
  const result = voteResult(votes.for, quorum.present, rule.pass);
  const carried: Outcome = hasMotion(item.amendment) ? 'amended' : 'approved';
  const suggestion = item.outcome !== null ? null : result.passes ? carried : 'rejected';
  return { kind: 'counted', quorum, votesFor: votes.for, result, suggestion };
}
