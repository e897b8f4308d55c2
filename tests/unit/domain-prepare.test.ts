import { describe, expect, it } from 'vitest';
import { kindNumbers, moveItem } from '../../renderer/domain/agenda';
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
import { parseRosterPaste } from '../../renderer/domain/rosterPaste';
import { nextSessionLabel } from '../../renderer/domain/sessionLabel';

describe('next session label', () => {
  it.each([
    ['제4차', '제5차'],
    ['제9차', '제10차'],
    ['제 4 차', '제 5 차'],
    ['4차', '5차'],
    ['2021년 제4차', '2021년 제5차'],
    ['제8기 제4차', '제8기 제5차'],
    ['4th', '5th'],
    ['1st', '2nd'],
    ['2nd', '3rd'],
    ['3rd', '4th'],
    ['10th', '11th'],
    ['11th', '12th'],
    ['12th', '13th'],
    ['20th', '21st'],
    ['21st', '22nd'],
    ['111th', '112th'],
    ['4TH', '5TH'],
    ['2021 4th meeting', '2021 5th meeting'],
    ['No. 7', 'No. 8'],
    ['#3', '#4'],
  ])('%s -> %s', (label, next) => {
    expect(nextSessionLabel(label)).toBe(next);
  });

  it.each(['', '정기회', 'Spring session', 'fourth', '2021'])('leaves %j alone', (label) => {
    expect(nextSessionLabel(label)).toBe(label);
  });
});

describe('roster paste', () => {
  it('reads "Name, Role" lines', () => {
    const result = parseRosterPaste('김종석, 부시장\n박춘배, 공동위원장\n\n이영희');
    expect(result.rejected).toEqual([]);
    expect(result.attendees).toEqual([
      { name: '김종석', role: '부시장', affiliation: '', group: 'member' },
      { name: '박춘배', role: '공동위원장', affiliation: '', group: 'member' },
      { name: '이영희', role: '', affiliation: '', group: 'member' },
    ]);
  });

  it('reads spreadsheet columns separated by tabs, skipping a header row and Windows line ends', () => {
    const text =
      '성명\t직위\t소속\t구분\r\n정수민\t복지정책과장\t양주시\t공무원\r\n한지원\t위원\t양주시복지관\t위원\r\n';
    const result = parseRosterPaste(text);
    expect(result.rejected).toEqual([]);
    expect(result.attendees).toEqual([
      { name: '정수민', role: '복지정책과장', affiliation: '양주시', group: 'official' },
      { name: '한지원', role: '위원', affiliation: '양주시복지관', group: 'member' },
    ]);
  });

  it('keeps commas inside tab-separated cells', () => {
    const result = parseRosterPaste('Kim Jong-seok\tDeputy Mayor, Yangju\t\tOfficial');
    expect(result.attendees).toEqual([
      { name: 'Kim Jong-seok', role: 'Deputy Mayor, Yangju', affiliation: '', group: 'official' },
    ]);
  });

  it('lists the bad lines back with their line number and reason', () => {
    const result = parseRosterPaste(
      ['좋은줄, 위원', ', 역할만', 'a\tb\tc\td\te', `${'가'.repeat(101)}, 위원`, 'x\ty\tz\tvisitor'].join('\n'),
    );
    expect(result.attendees.map((a) => a.name)).toEqual(['좋은줄']);
    expect(result.rejected).toEqual([
      { lineNumber: 2, line: ', 역할만', reason: 'noName' },
      { lineNumber: 3, line: 'a\tb\tc\td\te', reason: 'tooManyColumns' },
      { lineNumber: 4, line: `${'가'.repeat(101)}, 위원`, reason: 'nameTooLong' },
      { lineNumber: 5, line: 'x\ty\tz\tvisitor', reason: 'unknownGroup' },
    ]);
  });

  it('returns nothing for empty input', () => {
    expect(parseRosterPaste('  \n\n')).toEqual({ attendees: [], rejected: [] });
  });
});

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

describe('agenda numbering and moves', () => {
  it('numbers each kind on its own, in order', () => {
    const items = [
      { id: 'a', kind: 'report' as const },
      { id: 'b', kind: 'deliberation' as const },
      { id: 'c', kind: 'deliberation' as const },
      { id: 'd', kind: 'other' as const },
      { id: 'e', kind: 'deliberation' as const },
    ];
    expect([...kindNumbers(items)]).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 2],
      ['d', 1],
      ['e', 3],
    ]);
  });

  it('moves and clamps', () => {
    expect(moveItem([1, 2, 3, 4], 0, 2)).toEqual([2, 3, 1, 4]);
    expect(moveItem([1, 2, 3, 4], 3, -5)).toEqual([4, 1, 2, 3]);
    expect(moveItem([1, 2, 3], 1, 99)).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 7, 0)).toEqual([1, 2, 3]);
  });
});
