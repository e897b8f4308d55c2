/**
 * The home screen's pure decisions (renderer/features/meetings/grouping.ts): meetings by body in
 * the rows of one windowed list, the filters' choices and what they ask of the search, and where
 * a search hit opens.
 */
import { describe, expect, it } from 'vitest';
import { blankMeeting } from '../../renderer/data/meetings';
import type { Meeting } from '../../renderer/domain/model';
import type { SearchHit } from '../../renderer/domain/search';
import {
  bodiesOf,
  filterMeetings,
  groupByBody,
  hitRoute,
  listRows,
  NO_FILTERS,
  searchFilters,
  yearsOf,
} from '../../renderer/features/meetings/grouping';

function meeting(organization: string, sessionLabel: string, date: string, fields: Partial<Meeting> = {}): Meeting {
  return {
    ...blankMeeting('ko', 0),
    organization,
    sessionLabel,
    date,
    title: `${organization} ${sessionLabel}`,
    ...fields,
  };
}

// Newest first, as the meetings are read.
const MEETINGS = [
  meeting('대표협의체', '제6차', '2022-05-10'),
  meeting(' 실무협의체 ', '제3차', '2022-04-01'),
  meeting('', '', '2022-03-01'),
  meeting('대표협의체', '제5차', '2022-02-15', { status: 'ended' }),
  meeting('실무협의체', '제2차', '2021-12-01'),
  meeting('대표협의체', '제4차', '2021-11-23', { status: 'approved' }),
];

describe('meetings by body', () => {
  it('keeps each body newest first, bodies by their latest meeting, no body last', () => {
    const groups = groupByBody(MEETINGS);
    expect(groups.map((g) => g.body)).toEqual(['대표협의체', '실무협의체', '']);
    expect(groups[0]?.meetings.map((m) => m.sessionLabel)).toEqual(['제6차', '제5차', '제4차']);
    // The body is the organization trimmed, as the search's filter reads it.
    expect(groups[1]?.meetings.map((m) => m.sessionLabel)).toEqual(['제3차', '제2차']);
  });

  it('flattens the groups into rows: each body a heading, each meeting its place in its body', () => {
    const rows = listRows(groupByBody(MEETINGS));
    expect(
      rows.map((r) => (r.kind === 'heading' ? `# ${r.body} (${r.count})` : `${r.position + 1}/${r.count}`)),
    ).toEqual(['# 대표협의체 (3)', '1/3', '2/3', '3/3', '# 실무협의체 (2)', '1/2', '2/2', '#  (1)', '1/1']);
    expect(rows.every((r, i) => i === 0 || r.group >= rows[i - 1]!.group)).toBe(true);
  });

  it('has no rows for no meetings', () => {
    expect(listRows(groupByBody([]))).toEqual([]);
  });
});

describe('filters', () => {
  it('offers the bodies stored by name, no body last, and the years newest first', () => {
    expect(bodiesOf(MEETINGS)).toEqual(['대표협의체', '실무협의체', '']);
    expect(yearsOf([...MEETINGS, meeting('x', '', '')])).toEqual(['2022', '2021']);
  });

  it('asks nothing of the search when nothing is chosen', () => {
    expect(searchFilters(NO_FILTERS)).toEqual({});
  });

  it('turns a year into its dates, and keeps the overlap of a year and a range', () => {
    expect(searchFilters({ ...NO_FILTERS, year: '2022' })).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(searchFilters({ ...NO_FILTERS, year: '2022', from: '2021-06-01', to: '2022-03-01' })).toEqual({
      from: '2022-01-01',
      to: '2022-03-01',
    });
    expect(searchFilters({ ...NO_FILTERS, from: '2021-12-01' })).toEqual({ from: '2021-12-01' });
  });

  it('passes a body (also none) and a status on as they are', () => {
    expect(searchFilters({ ...NO_FILTERS, body: '', status: 'ended' })).toEqual({ body: '', status: 'ended' });
  });

  it('narrows the list as the search narrows its results', () => {
    const titles = (filters: ReturnType<typeof searchFilters>) =>
      filterMeetings(MEETINGS, filters).map((m) => m.sessionLabel);
    expect(titles(searchFilters({ ...NO_FILTERS, body: '실무협의체' }))).toEqual(['제3차', '제2차']);
    expect(titles(searchFilters({ ...NO_FILTERS, year: '2021' }))).toEqual(['제2차', '제4차']);
    expect(titles(searchFilters({ ...NO_FILTERS, body: '대표협의체', status: 'ended' }))).toEqual(['제5차']);
  });
});

describe('where a hit opens', () => {
  const hit = (fields: Partial<SearchHit>): SearchHit => ({
    kind: 'entry',
    targetId: 'e1',
    itemId: 'i1',
    snippet: '',
    ranges: [],
    ...fields,
  });

  it('opens what was said at its entry, and an item at the item', () => {
    const group = { meetingId: 'm1', status: 'ended' } as const;
    expect(hitRoute(group, hit({}))).toEqual({ name: 'live', id: 'm1', at: { item: 'i1', entry: 'e1' } });
    expect(hitRoute(group, hit({ kind: 'decision', targetId: 'i1' }))).toEqual({
      name: 'live',
      id: 'm1',
      at: { item: 'i1' },
    });
    expect(hitRoute(group, hit({ kind: 'action', targetId: 'a1' }))).toEqual({
      name: 'live',
      id: 'm1',
      at: { item: 'i1' },
    });
  });

  it("opens the meeting's own texts in its editor, and a meeting not started in its editor", () => {
    expect(hitRoute({ meetingId: 'm1', status: 'live' }, hit({ kind: 'title', itemId: null, targetId: 'm1' }))).toEqual(
      {
        name: 'meeting',
        id: 'm1',
      },
    );
    expect(hitRoute({ meetingId: 'm1', status: 'draft' }, hit({ kind: 'agenda' }))).toEqual({
      name: 'meeting',
      id: 'm1',
    });
    // An action item under no item: the record, at its current item.
    expect(hitRoute({ meetingId: 'm1', status: 'ended' }, hit({ kind: 'action', itemId: null }))).toEqual({
      name: 'live',
      id: 'm1',
    });
  });
});
