/**
 * The home screen's pure decisions, kept apart to be tested without a browser: the meetings list
 * grouped by body and flattened into the rows of one windowed list, the filters' choices and what
 * they ask of the search, and where a search hit opens.
 *
 * Within a body, meetings stay newest first (the order they are stored in: by date): meetings of
 * a body are numbered by date, so 제6차, 제5차, 제4차 … read at a glance, and the meeting a clerk
 * prepares or has just held is at the top of its body rather than below years of earlier ones.
 * Session labels are free text (some restart each year), so they are not sorted on.
 */
import type { MeetingSummary } from '../../domain/model';
import { passesFilters, type SearchFilters, type SearchGroup, type SearchHit } from '../../domain/search';
import type { Route } from '../../hooks/router';

/** A meeting's body as the search's filter reads it: its organization, trimmed ('' for none). */
export function bodyOf(meeting: Pick<MeetingSummary, 'organization'>): string {
  return meeting.organization.trim();
}

export interface BodyGroup {
  body: string;
  meetings: MeetingSummary[];
}

/**
 * The meetings (newest first) by body: bodies in the order of their latest meeting, each with its
 * meetings newest first; meetings with no body last.
 */
export function groupByBody(meetings: readonly MeetingSummary[]): BodyGroup[] {
  const groups = new Map<string, MeetingSummary[]>();
  for (const meeting of meetings) {
    const body = bodyOf(meeting);
    const list = groups.get(body);
    if (list) list.push(meeting);
    else groups.set(body, [meeting]);
  }
  const named = [...groups].filter(([body]) => body !== '');
  const none = groups.get('');
  return [...named, ...(none ? [['', none] as const] : [])].map(([body, list]) => ({ body, meetings: list }));
}

/** One row of the windowed list: a body's heading, or a meeting with its place in its body. */
export type ListRow =
  | { kind: 'heading'; group: number; body: string; count: number }
  | { kind: 'meeting'; group: number; meeting: MeetingSummary; position: number; count: number };

export function listRows(groups: readonly BodyGroup[]): ListRow[] {
  return groups.flatMap((group, index): ListRow[] => [
    { kind: 'heading', group: index, body: group.body, count: group.meetings.length },
    ...group.meetings.map((meeting, position): ListRow => ({
      kind: 'meeting',
      group: index,
      meeting,
      position,
      count: group.meetings.length,
    })),
  ]);
}

/** The bodies stored (for the filter), by name; '' (no body) last when some meeting has none. */
export function bodiesOf(meetings: readonly MeetingSummary[]): string[] {
  const bodies = [...new Set(meetings.map(bodyOf))];
  const named = bodies.filter((b) => b !== '').sort((a, b) => a.localeCompare(b));
  return bodies.includes('') ? [...named, ''] : named;
}

/** The years of the meetings' dates, newest first (undated meetings have none). */
export function yearsOf(meetings: readonly MeetingSummary[]): string[] {
  const years = new Set(meetings.filter((m) => /^\d{4}-/u.test(m.date)).map((m) => m.date.slice(0, 4)));
  return [...years].sort().reverse();
}

/** What the filter controls hold: '' is "any". */
export interface FilterState {
  /** A body, chosen among bodiesOf: null for any, '' for meetings with no body. */
  body: string | null;
  year: string;
  from: string;
  to: string;
  status: MeetingSummary['status'] | '';
}

export const NO_FILTERS: FilterState = { body: null, year: '', from: '', to: '', status: '' };

/** The filters as the search takes them: a year and a date range together keep their overlap. */
export function searchFilters(state: FilterState): SearchFilters {
  const filters: SearchFilters = {};
  if (state.body !== null) filters.body = state.body;
  if (state.status) filters.status = state.status;
  const from = [state.year && `${state.year}-01-01`, state.from].filter(Boolean).sort().at(-1);
  const to = [state.year && `${state.year}-12-31`, state.to].filter(Boolean).sort()[0];
  if (from) filters.from = from;
  if (to) filters.to = to;
  return filters;
}

/** The meetings the list shows with these filters (the search's own test of a meeting). */
export function filterMeetings(meetings: readonly MeetingSummary[], filters: SearchFilters): MeetingSummary[] {
  return meetings.filter((meeting) => passesFilters(meeting, filters));
}

/**
 * Where a hit opens: the meeting's own texts (title, body, session, place) in its editor; what
 * was said and decided at its place in the record. A meeting not started yet has no record: its
 * editor.
 */
export function hitRoute(group: Pick<SearchGroup, 'meetingId' | 'status'>, hit: SearchHit): Route {
  const id = group.meetingId;
  if (group.status === 'draft' || hit.itemId === null) {
    return hit.kind === 'action' && group.status !== 'draft' ? { name: 'live', id } : { name: 'meeting', id };
  }
  return hit.kind === 'entry'
    ? { name: 'live', id, at: { item: hit.itemId, entry: hit.targetId } }
    : { name: 'live', id, at: { item: hit.itemId } };
}
