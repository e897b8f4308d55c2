/**
 * Picking a speaker from the keyboard (renderer/domain/speakers.ts): labels, type-ahead, @mentions,
 * and the quick keys (chair detection, presenters, default order, pinning).
 */
import { describe, expect, it } from 'vitest';
import {
  defaultQuickSpeakers,
  isChairRole,
  matchSpeakers,
  parseMention,
  pinSpeaker,
  presentersOf,
  quickSpeakers,
  shortSpeakerLabel,
  speakerLabel,
} from '../../renderer/domain/speakers';

describe('speakers', () => {
  const roster = [
    { id: '1', name: '김종석', role: '부시장' },
    { id: '2', name: '박춘배', role: '공동위원장' },
    { id: '3', name: '김종민', role: '위원' },
    { id: '4', name: 'Kim Jong-seok', role: 'Deputy Mayor' },
  ];

  it('labels a speaker role first', () => {
    expect(speakerLabel(roster[0]!)).toBe('부시장 김종석');
    expect(speakerLabel({ name: '홍길동', role: '' })).toBe('홍길동');
  });

  it('matches name prefix first, then role, then anywhere; Korean and Latin, any case', () => {
    expect(matchSpeakers('김종', roster).map((s) => s.id)).toEqual(['1', '3']);
    expect(matchSpeakers('공동', roster).map((s) => s.id)).toEqual(['2']);
    expect(matchSpeakers('mayor', roster).map((s) => s.id)).toEqual(['4']);
    expect(matchSpeakers('', roster)).toHaveLength(4);
    expect(matchSpeakers('없는사람', roster)).toEqual([]);
  });

  it('reads @name, @role and unique prefixes at the start of an entry', () => {
    expect(parseMention('@김종석 민관협력이 강화돼야 한다', roster)).toEqual({
      speaker: roster[0],
      text: '민관협력이 강화돼야 한다',
    });
    expect(parseMention('@부시장: 당부드립니다', roster)).toEqual({ speaker: roster[0], text: '당부드립니다' });
    expect(parseMention('@박 노력해달라', roster)?.speaker).toBe(roster[1]);
    expect(parseMention('@Kim 말씀', roster)?.speaker).toBe(roster[3]);
  });

  it('leaves ambiguous or unknown mentions, and text without one, as typed', () => {
    expect(parseMention('@김종 누구인지 모호함', roster)).toBeNull();
    expect(parseMention('@홍길동 없는 사람', roster)).toBeNull();
    expect(parseMention('이메일 a@b.c 주소', roster)).toBeNull();
    expect(parseMention('@', roster)).toBeNull();
  });
});

/** A council of 14: the chair at row 2, the presenting officials at rows 12–14. */
const COUNCIL = [
  { id: 'm1', name: '김종석', role: '부시장' },
  { id: 'm2', name: '박춘배', role: '공동위원장' },
  ...['이정희', '최성민', '한미경', '윤대호', '강다은', '서지훈', '임하늘', '조민재'].map((name, i) => ({
    id: `m${i + 3}`,
    name,
    role: '위원',
  })),
  { id: 'm11', name: '문서연', role: '부위원장' },
  { id: 'o12', name: '정수민', role: '복지정책과장' },
  { id: 'o13', name: '오현우', role: '복지정책팀장' },
  { id: 'o14', name: '백지원', role: '주무관' },
];
const AGENDA = [{ presenter: '정수민' }, { presenter: '복지정책과장 정수민' }, { presenter: '복지정책팀장' }];
/** The council's quick keys by default: the chair, the two presenters, then the roster in order. */
const DEFAULT_KEYS = ['박춘배', '정수민', '오현우', '김종석', '이정희', '최성민', '한미경', '윤대호', '강다은'];
const names = (speakers: readonly ({ name: string } | null)[]) => speakers.map((s) => s?.name ?? null);

describe('quick keys', () => {
  it('knows the roles that chair, and not vice-chairs or heads of something else', () => {
    for (const role of ['위원장', '공동위원장', '의장', '대표협의체 공동위원장', '위원장 직무대리', '이사장']) {
      expect(isChairRole(role), role).toBe(true);
    }
    for (const role of ['Chair', 'Co-chair', 'Chairperson', 'Committee Chairwoman', 'Chair of the Board']) {
      expect(isChairRole(role), role).toBe(true);
    }
    for (const role of ['부위원장', '부의장', '위원', '행정복지위원장', '새마을부녀회장', '부시장', '']) {
      expect(isChairRole(role), role).toBe(false);
    }
    for (const role of ['Vice Chair', 'Vice-Chair', 'Deputy Chair', 'Member', 'Chief Officer']) {
      expect(isChairRole(role), role).toBe(false);
    }
  });

  it('finds the presenters an agenda item names: by name, label, a role held once, within text', () => {
    expect(names(presentersOf('정수민', COUNCIL))).toEqual(['정수민']);
    expect(names(presentersOf('복지정책과장 정수민', COUNCIL))).toEqual(['정수민']);
    expect(names(presentersOf('복지정책팀장', COUNCIL))).toEqual(['오현우']);
    expect(names(presentersOf('정수민, 오현우', COUNCIL))).toEqual(['정수민', '오현우']);
    expect(names(presentersOf('정수민 및 오현우', COUNCIL))).toEqual(['정수민', '오현우']);
    expect(names(presentersOf('복지정책과장(정수민)', COUNCIL))).toEqual(['정수민']);
    // A role several people hold, or someone from outside: nobody.
    expect(presentersOf('위원', COUNCIL)).toEqual([]);
    expect(presentersOf('외부 강사', COUNCIL)).toEqual([]);
    expect(presentersOf('', COUNCIL)).toEqual([]);
  });

  it('gives Ctrl+1…9 to the chair, the presenters in agenda order, then the roster', () => {
    expect(names(defaultQuickSpeakers(COUNCIL, 'm2', AGENDA))).toEqual(DEFAULT_KEYS);
    // The chair chosen for the meeting comes first, co-chairs by role after.
    expect(names(defaultQuickSpeakers(COUNCIL, 'm1', []).slice(0, 3))).toEqual(['김종석', '박춘배', '이정희']);
    // No chair chosen: found by role.
    expect(names(defaultQuickSpeakers(COUNCIL, null, AGENDA).slice(0, 2))).toEqual(['박춘배', '정수민']);
    // A chair no longer on the roster is passed over.
    expect(names(defaultQuickSpeakers(COUNCIL.slice(2), 'm2', []).slice(0, 1))).toEqual(['이정희']);
    expect(names(quickSpeakers(COUNCIL.slice(0, 2), null, []))).toEqual([
      '박춘배',
      '김종석',
      ...Array<null>(7).fill(null),
    ]);
  });

  it('puts the pinned on their digits and the default order on the others; stale pins are ignored', () => {
    const pins = ['o14', null, null, null, null, null, null, null, 'gone'];
    // 백지원 on Ctrl+1, and the default order from Ctrl+2 on.
    expect(names(quickSpeakers(COUNCIL, 'm2', AGENDA, pins))).toEqual(['백지원', ...DEFAULT_KEYS.slice(0, 8)]);
    // Someone pinned twice (hand-made data) keeps the first digit.
    expect(names(quickSpeakers(COUNCIL, 'm2', [], ['m5', 'm5']).slice(0, 3))).toEqual(['한미경', '박춘배', '김종석']);
  });

  it('pins the keys as they stand, swapping with who held the digit, so no other key moves', () => {
    const keys = quickSpeakers(COUNCIL, 'm2', AGENDA);
    const ids = keys.map((s) => s?.id ?? null);
    // 김종석 (Ctrl+4) to Ctrl+1: 박춘배 takes Ctrl+4.
    const swapped = pinSpeaker(keys, 1, 'm1');
    expect(swapped).toEqual(['m1', 'o12', 'o13', 'm2', ...ids.slice(4)]);
    expect(names(quickSpeakers(COUNCIL, 'm2', AGENDA, swapped))).toEqual([
      '김종석',
      '정수민',
      '오현우',
      '박춘배',
      ...names(keys.slice(4)),
    ]);
    // Someone without a key (백지원, row 14) takes Ctrl+3: only Ctrl+3 changes.
    const added = pinSpeaker(keys, 3, 'o14');
    const withAdded = quickSpeakers(COUNCIL, 'm2', AGENDA, added);
    expect(names(withAdded)).toEqual([...names(keys.slice(0, 2)), '백지원', ...names(keys.slice(3))]);
    // Later changes to the roster's order or the agenda move no pinned key.
    expect(names(quickSpeakers([...COUNCIL].reverse(), null, [], added))).toEqual(names(withAdded));
    // Pinned again to another digit: the pin moves, and 이정희 (Ctrl+5) takes Ctrl+3.
    const moved = pinSpeaker(withAdded, 5, 'o14');
    expect(names(quickSpeakers(COUNCIL, 'm2', AGENDA, moved)).slice(2, 5)).toEqual(['이정희', '김종석', '백지원']);
    // No speaker from the roster: the digit goes back to the default order, here 오현우 (no key).
    expect(names(quickSpeakers(COUNCIL, 'm2', AGENDA, pinSpeaker(withAdded, 3, null)))).toEqual(names(keys));
    // A roster of two: the empty digits stay empty.
    const two = quickSpeakers(COUNCIL.slice(0, 2), null, []);
    expect(pinSpeaker(two, 5, 'm1')).toEqual(['m2', null, null, null, 'm1', null, null, null, null]);
    // A digit out of range changes nothing.
    expect(pinSpeaker(keys, 0, 'm1')).toEqual(ids);
  });

  it('shows a quick key by name alone, unless the name is empty or shared', () => {
    const roster = [...COUNCIL, { id: 'x', name: '정수민', role: '위원' }, { id: 'y', name: '', role: '참관인' }];
    expect(shortSpeakerLabel(COUNCIL[1]!, roster)).toBe('박춘배');
    expect(shortSpeakerLabel(roster[11]!, roster)).toBe('복지정책과장 정수민');
    expect(shortSpeakerLabel(roster[15]!, roster)).toBe('참관인');
  });
});
