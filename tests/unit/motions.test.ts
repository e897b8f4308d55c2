/**
 * The rules of motions and votes (renderer/domain/motions.ts): the quorum at the moment of the
 * vote, counts from a roll call, and suggestions that never override the recorder.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUORUM, type AgendaItem } from '../../renderer/domain/model';
import {
  checkVote,
  hasMotion,
  itemVotes,
  outcomeChoices,
  rollCallOf,
  takesVote,
  voteTime,
  votersAt,
} from '../../renderer/domain/motions';
import { agendaItem, at, attendee } from '../fixtures/seedRecord';

/** The seed roster: five of six members present (윤대호 absent), two officials. */
const roster = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => attendee(i));
const deliberation = (fields: Partial<AgendaItem> = {}) => agendaItem(1, { outcome: null, ...fields });
const VOTE = at(10, 30);

describe('who votes, and when', () => {
  it('counts the members in the room at the vote: not one who left before it, not one who came after', () => {
    const leftBefore = attendee(2, { attendance: 'left', leftAt: at(10, 20) });
    const cameAfter = attendee(3, { attendance: 'late', arrivedAt: at(10, 45) });
    const leftAfter = attendee(4, { attendance: 'left', leftAt: at(10, 50) });
    const people = [roster[0]!, roster[1]!, leftBefore, cameAfter, leftAfter, roster[5]!, roster[6]!];
    expect(votersAt(people, VOTE).map((a) => a.name)).toEqual(['김종석', '박춘배', '한미경']);
    // Without a time (minutes written up afterwards), everyone who attended.
    expect(votersAt(people).map((a) => a.name)).toEqual(['김종석', '박춘배', '이정희', '최성민', '한미경']);
  });

  it('takes the stamped time of the vote, else the end of the meeting, else now', () => {
    expect(voteTime({ votedAt: VOTE }, { endedAt: at(11, 30) }, at(12, 0))).toBe(VOTE);
    expect(voteTime({}, { endedAt: at(11, 30) }, at(12, 0))).toBe(at(11, 30));
    expect(voteTime({ votedAt: null }, { endedAt: null }, at(12, 0))).toBe(at(12, 0));
  });
});

describe('votes by name', () => {
  it('derives the counts from the roll call, of those present at the vote', () => {
    const item = deliberation({
      votedAt: VOTE,
      rollCall: [
        { attendeeId: 'attendee-0', vote: 'for' },
        { attendeeId: 'attendee-1', vote: 'for' },
        { attendeeId: 'attendee-2', vote: 'against' },
        { attendeeId: 'attendee-3', vote: 'abstain' },
        // Absent all meeting: marked by a slip, never counted.
        { attendeeId: 'attendee-5', vote: 'for' },
      ],
      votes: { for: 9, against: 9, abstain: 9 },
    });
    expect(itemVotes(item, roster, VOTE)).toEqual({ for: 2, against: 1, abstain: 1 });
    expect(rollCallOf(item, roster, VOTE).map(({ attendee: a, vote }) => `${a.name} ${vote}`)).toEqual([
      '김종석 for',
      '박춘배 for',
      '이정희 against',
      '최성민 abstain',
      '한미경 notVoting',
    ]);
  });

  it('has no counts while nobody has voted in the roll call; typed counts without one', () => {
    expect(itemVotes(deliberation({ rollCall: [] }), roster, VOTE)).toEqual({
      for: null,
      against: null,
      abstain: null,
    });
    const counts = { for: 3, against: 1, abstain: null };
    expect(itemVotes(deliberation({ votes: counts }), roster, VOTE)).toEqual(counts);
    expect(itemVotes(deliberation({ votes: counts, rollCall: null }), roster, VOTE)).toEqual(counts);
  });
});

describe('checking the vote', () => {
  it('says whether the motion carries, with the quorum at the vote', () => {
    const check = checkVote(
      deliberation({ votedAt: VOTE, votes: { for: 2, against: 3, abstain: 0 } }),
      roster,
      DEFAULT_QUORUM,
      VOTE,
    );
    expect(check).toMatchObject({
      kind: 'counted',
      votesFor: 2,
      result: { required: 3, passes: false },
      suggestion: 'rejected',
    });
    const carried = checkVote(
      deliberation({ votedAt: VOTE, votes: { for: 3, against: 2, abstain: 0 } }),
      roster,
      DEFAULT_QUORUM,
      VOTE,
    );
    expect(carried).toMatchObject({ kind: 'counted', suggestion: 'approved' });
  });

  it('gives no verdict and no suggestion when the quorum was lost at the vote', () => {
    // Three of the five left before the vote: 2 of 6 present, 4 needed.
    const people = roster.map((a, i) =>
      i >= 2 && i <= 4 ? { ...a, attendance: 'left' as const, leftAt: at(10, 20) } : a,
    );
    const item = deliberation({ votedAt: VOTE, votes: { for: 0, against: 2, abstain: 0 } });
    expect(checkVote(item, people, DEFAULT_QUORUM, VOTE)).toEqual({
      kind: 'noQuorum',
      quorum: { enrolled: 6, present: 2, required: 4, met: false },
    });
    // Stamped with no count yet: the quorum is already checked.
    expect(checkVote(deliberation({ votedAt: VOTE }), people, DEFAULT_QUORUM, VOTE).kind).toBe('noQuorum');
    // The same members, had the vote been before they left.
    expect(checkVote(item, people, DEFAULT_QUORUM, at(10, 10)).kind).toBe('counted');
  });

  it('never suggests over an outcome the recorder chose', () => {
    for (const outcome of ['amended', 'approved', 'rejected', 'deferred'] as const) {
      const item = deliberation({ outcome, votedAt: VOTE, votes: { for: 5, against: 0, abstain: 0 } });
      expect(checkVote(item, roster, DEFAULT_QUORUM, VOTE)).toMatchObject({ kind: 'counted', suggestion: null });
    }
  });

  it('suggests approval as amended when an amendment was recorded', () => {
    const amendment = { text: '사업비를 조정함', mover: null, seconder: null };
    const item = deliberation({ amendment, votedAt: VOTE, votes: { for: 4, against: 1, abstain: 0 } });
    expect(checkVote(item, roster, DEFAULT_QUORUM, VOTE)).toMatchObject({ suggestion: 'amended' });
    expect(hasMotion(amendment)).toBe(true);
    expect(hasMotion({ text: '  ', mover: null, seconder: null })).toBe(false);
    expect(hasMotion(null)).toBe(false);
  });

  it('checks nothing before the vote, nor for a report', () => {
    expect(checkVote(deliberation(), roster, DEFAULT_QUORUM, VOTE)).toEqual({ kind: 'none' });
    const report = agendaItem(0, { votedAt: VOTE, votes: { for: 5, against: 0, abstain: 0 } });
    expect(checkVote(report, roster, DEFAULT_QUORUM, VOTE)).toEqual({ kind: 'none' });
  });
});

describe('report items', () => {
  it('take no vote, and are noted or not', () => {
    expect(takesVote('report')).toBe(false);
    expect(takesVote('deliberation')).toBe(true);
    expect(outcomeChoices('report', null)).toEqual(['noted']);
    // An outcome stored before stays offered, so that it shows as it is.
    expect(outcomeChoices('report', 'approved')).toEqual(['approved', 'noted']);
    expect(outcomeChoices('resolution', null)).toEqual(['approved', 'amended', 'rejected', 'deferred', 'noted']);
  });
});
