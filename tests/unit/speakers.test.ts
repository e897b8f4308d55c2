/** Picking a speaker from the keyboard (renderer/domain/speakers.ts): labels, type-ahead, @mentions. */
import { describe, expect, it } from 'vitest';
import { matchSpeakers, parseMention, speakerLabel } from '../../renderer/domain/speakers';

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
