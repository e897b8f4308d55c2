/** A roster pasted in one go (renderer/domain/rosterPaste.ts): the lines it takes and those it gives back. */
import { describe, expect, it } from 'vitest';
import { parseRosterPaste } from '../../renderer/domain/rosterPaste';

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
