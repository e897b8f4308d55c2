import { describe, expect, it } from 'vitest';
import {
  entryDoc,
  foldText,
  indexDoc,
  joinFolded,
  matchFolded,
  matchesFolded,
  meetingDocs,
  parseQuery,
  sameGroup,
  searchCorpus,
  snippetOf,
  type IndexedDoc,
  type MeetingFacet,
  type SearchCorpus,
} from '../../renderer/domain/search';

/** The ranges a query finds in a text, as the matched strings. */
function found(text: string, query: string): string[] | null {
  const folded = indexDoc(entryDoc({ id: 'e', meetingId: 'm', agendaItemId: 'i', text })).folded;
  const ranges = matchFolded(folded, parseQuery(query));
  expect(matchesFolded(folded, parseQuery(query))).toBe(ranges !== null);
  return ranges && ranges.map(([s, e]) => folded.slice(s, e));
}

describe('matching', () => {
  it('finds Korean inside words, with one, two and three syllables', () => {
    expect(found('청년분과 위원회 회의', '청년')).toEqual(['청년']);
    expect(found('지역청년분과', '청년분')).toEqual(['청년분']);
    expect(found('청년분과', '분')).toEqual(['분']);
    expect(found('청년분과에서는', '과에')).toEqual(['과에']);
    expect(found('노인분과', '청년')).toBeNull();
  });

  it('finds English by word prefix only, in any case', () => {
    expect(found('The Committee met', 'commit')).toEqual(['Commit'.toLowerCase()]);
    expect(found('we recommit to it', 'commit')).toBeNull();
    expect(found('COMMITTEE', 'Committee')).toEqual(['committee']);
    expect(found('re-commit', 'commit')).toEqual(['commit']);
  });

  it('finds numbers by prefix, also before Korean: 2022 finds 2022년', () => {
    expect(found('2022년 제4차 회의', '2022')).toEqual(['2022']);
    expect(found('12022', '2022')).toBeNull();
    expect(found('2022년 제4차 회의', '2022년')).toEqual(['2022년']);
    expect(found('제4차', '4차')).toEqual(['4차']);
  });

  it('needs every term of a mixed query in the same text, each highlighted', () => {
    expect(found('청년분과 budget 2023 plan', 'budget 청년')).toEqual(['청년', 'budget']);
    expect(found('청년분과 회의', 'budget 청년')).toBeNull();
    expect(found('예산 예산', '예산  예산')).toEqual(['예산', '예산']);
  });

  it('compares decomposed (NFD) text and queries with composed ones', () => {
    const nfd = '청년분과'.normalize('NFD');
    expect(found(nfd, '청년')).toEqual(['청년']);
    expect(found('청년분과', '청년'.normalize('NFD'))).toEqual(['청년']);
    expect(found('Café Ünion', 'café'.normalize('NFD'))).toEqual(['café']);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(parseQuery('   ')).toEqual([]);
    expect(found('anything', '')).toBeNull();
  });

  it('keeps positions when lower case would change the length (İ)', () => {
    const text = 'İstanbul office';
    expect(foldText(text)).toHaveLength(text.length);
    expect(found(text, 'office')).toEqual(['office']);
  });

  it('survives hostile strings: lone surrogates, U+FFFF, 20,000 characters', () => {
    expect(found('a\ud800b \udc00 청년', '청년')).toEqual(['청년']);
    expect(found('\uffff\uffff 위원', '\uffff')).toEqual(['\uffff\uffff']);
    const long = `${'가'.repeat(10000)}청년${'나'.repeat(9998)}`;
    expect(found(long, '청년')).toEqual(['청년']);
    expect(found(long, '\ud800')).toBeNull();
  });
});

describe('snippets', () => {
  it('keeps a short text whole', () => {
    expect(snippetOf('짧은 발언', [[0, 2]])).toEqual({ snippet: '짧은 발언', ranges: [[0, 2]] });
  });

  it('cuts a long text around the first match, with ellipses, and shifts the ranges', () => {
    const text = `${'가'.repeat(300)}청년${'나'.repeat(300)}`;
    const { snippet, ranges } = snippetOf(text, [[300, 302]], 60);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toHaveLength(62);
    const [range] = ranges;
    expect(snippet.slice(range![0], range![1])).toBe('청년');
  });

  it('has no ellipsis at an end that was not cut', () => {
    const text = `청년${'나'.repeat(300)}`;
    expect(snippetOf(text, [[0, 2]], 60).snippet).toMatch(/^청년나+…$/);
    const tail = `${'나'.repeat(300)}청년`;
    expect(snippetOf(tail, [[300, 302]], 60).snippet).toMatch(/^…나+청년$/);
  });

  it('never splits a surrogate pair at either end', () => {
    const emoji = '😀';
    for (let shift = 0; shift < 4; shift++) {
      const text = `${'a'.repeat(shift)}${emoji.repeat(200)}청년${emoji.repeat(200)}`;
      const at = text.indexOf('청년');
      const { snippet, ranges } = snippetOf(text, [[at, at + 2]], 61);
      const body = snippet.replace(/^…|…$/g, '');
      expect(body).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
      expect(snippet.slice(ranges[0]![0], ranges[0]![1])).toBe('청년');
    }
  });
});

describe('searchCorpus', () => {
  const facet = (id: string, date: string, extra: Partial<MeetingFacet> = {}): MeetingFacet => ({
    id,
    title: `회의 ${id}`,
    organization: '청년분과',
    sessionLabel: '제1차',
    date,
    status: 'ended',
    ...extra,
  });
  const entries = (meetingId: string, texts: string[]): IndexedDoc[] =>
    texts.map((text, i) => indexDoc(entryDoc({ id: `${meetingId}-e${i}`, meetingId, agendaItemId: 'i1', text })));

  function corpus(): SearchCorpus {
    const meetings = [
      facet('m3', '2023-03-01', { organization: '노인분과', status: 'approved' }),
      facet('m2', '2022-06-01'),
      facet('m1', '2021-01-01'),
    ];
    return {
      meetings,
      docs: new Map([
        ['m3', [...meetingDocs({ ...meetings[0]!, location: '' }).map(indexDoc), ...entries('m3', ['예산 심의'])]],
        ['m2', entries('m2', ['예산 설명', '예산 질의', '예산 답변', '예산 의결'])],
        ['m1', entries('m1', ['청년 예산 보고'])],
      ]),
    };
  }

  it('groups hits by meeting, newest first, the first hits in record order with all counted', () => {
    const result = searchCorpus(corpus(), '예산');
    expect(result.meetingCount).toBe(3);
    expect(result.groups.map((g) => g.meetingId)).toEqual(['m3', 'm2', 'm1']);
    const m2 = result.groups[1]!;
    expect(m2.hitCount).toBe(4);
    expect(m2.hits.map((h) => h.snippet)).toEqual(['예산 설명', '예산 질의', '예산 답변']);
    expect(m2.hits[0]).toMatchObject({ kind: 'entry', targetId: 'm2-e0', itemId: 'i1', ranges: [[0, 2]] });
  });

  it('finds a meeting by its own texts (title, body)', () => {
    const result = searchCorpus(corpus(), '노인');
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]!.hits[0]).toMatchObject({ kind: 'body', targetId: 'm3', itemId: null });
  });

  it('filters by body, dates and status', () => {
    const ids = (filters: Parameters<typeof searchCorpus>[2]) =>
      searchCorpus(corpus(), '예산', filters).groups.map((g) => g.meetingId);
    expect(ids({ body: '청년분과' })).toEqual(['m2', 'm1']);
    expect(ids({ from: '2022-01-01', to: '2022-12-31' })).toEqual(['m2']);
    expect(ids({ from: '2022-01-01' })).toEqual(['m3', 'm2']);
    expect(ids({ to: '2021-12-31' })).toEqual(['m1']);
    expect(ids({ status: 'approved' })).toEqual(['m3']);
  });

  it('builds at most `groups` groups but counts every meeting', () => {
    const result = searchCorpus(corpus(), '예산', {}, { groups: 1, hitsPerGroup: 1 });
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]!.hits).toHaveLength(1);
    expect(result.meetingCount).toBe(3);
  });

  it("answers the same with each meeting's texts joined, which never match across two texts", () => {
    const plain = corpus();
    const joined = { ...plain, joined: new Map([...plain.docs].map(([id, docs]) => [id, joinFolded(docs)])) };
    for (const query of ['예산', '청년 보고', '설명 질의', '노인', '산 심', '2023', 'x']) {
      expect(searchCorpus(joined, query), query).toEqual(searchCorpus(plain, query));
      const cut = { groups: 1, hitsPerGroup: 1 };
      expect(searchCorpus(joined, query, {}, cut), query).toEqual(searchCorpus(plain, query, {}, cut));
    }
    expect(searchCorpus(joined, '설명 질의').meetingCount).toBe(0);
  });

  it('finds nothing for an empty query', () => {
    expect(searchCorpus(corpus(), ' ')).toEqual({ query: ' ', groups: [], meetingCount: 0 });
  });

  it('tells a group drawn as before (sameGroup) from one that shows something else', () => {
    // Each keystroke's answer is built anew. "예산 심" and "예산 심의" find the same text, with
    // other marks: the same group only when asked twice.
    const [a, b] = [searchCorpus(corpus(), '예산 심'), searchCorpus(corpus(), '예산 심의')];
    expect(a.groups[0]).not.toBe(b.groups[0]);
    expect(sameGroup(a.groups[0]!, searchCorpus(corpus(), '예산 심').groups[0]!)).toBe(true);
    expect(sameGroup(a.groups[0]!, b.groups[0]!)).toBe(false);
    const group = a.groups[0]!;
    const hit = group.hits[0]!;
    for (const changed of [
      { ...group, title: '다른 제목' },
      { ...group, status: 'live' as const },
      { ...group, hitCount: group.hitCount + 1 },
      { ...group, hits: [] },
      { ...group, hits: [{ ...hit, snippet: `${hit.snippet}.` }] },
      { ...group, hits: [{ ...hit, ranges: [[0, 1] as const] }] },
    ]) {
      expect(sameGroup(group, changed)).toBe(false);
    }
  });
});
