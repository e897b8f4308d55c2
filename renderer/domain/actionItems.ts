/**
 * Action items across meetings, as a secretariat follows them up: which are still open, which are
 * overdue (open, and due before today), who owns them, of which body. The Action items screen and
 * the review of the previous meeting's items read them through these pure functions; the
 * repository (data/actionItems.ts) only joins the rows.
 */
import { parseIsoDate } from './dates';
import type { ActionItem, Meeting } from './model';
import { phraseBody } from './phrases';

/** What a row needs of its meeting: enough to name it, group it by body and link to it. */
export type MeetingFacets = Pick<
  Meeting,
  'id' | 'title' | 'organization' | 'sessionLabel' | 'date' | 'status' | 'createdAt'
>;

/** One action item with the names of its meeting and of the agenda item it is under. */
export interface ActionRow {
  action: ActionItem;
  meeting: MeetingFacets;
  /** The agenda item's title; null for an item under none (or whose item was removed). */
  itemTitle: string | null;
}

export const ACTION_STATUSES = ['open', 'done', 'all'] as const;
export type ActionStatusFilter = (typeof ACTION_STATUSES)[number];

export interface ActionFilters {
  /** A body (phraseBody of the organization); null: every body. */
  body: string | null;
  /** An owner as ownerOf gives it; null: anyone. */
  owner: string | null;
  status: ActionStatusFilter;
}

export const ALL_OPEN: ActionFilters = { body: null, owner: null, status: 'open' };

/** An owner as a filter compares it: typed spacing does not make two people of one. */
export function ownerOf(action: Pick<ActionItem, 'owner'>): string {
  return action.owner.replace(/\s+/g, ' ').trim();
}

/** Open, with a due date (a real one) before `today` (`YYYY-MM-DD`). */
export function isOverdue(action: Pick<ActionItem, 'done' | 'dueDate'>, today: string): boolean {
  const due = action.dueDate.trim();
  return !action.done && parseIsoDate(due) !== null && due < today;
}

export function filterActionRows(rows: readonly ActionRow[], filters: ActionFilters): ActionRow[] {
  return rows.filter(
    ({ action, meeting }) =>
      (filters.status === 'all' || action.done === (filters.status === 'done')) &&
      (filters.body === null || phraseBody(meeting.organization) === filters.body) &&
      (filters.owner === null || ownerOf(action) === filters.owner),
  );
}

/**
 * What a secretariat looks at first: open items before done ones; among the open, the overdue
 * (longest overdue first), then the rest by due date, then those without one (newest meeting
 * first); the done, most recently done first.
 */
export function sortActionRows(rows: readonly ActionRow[], today: string): ActionRow[] {
  // Done items are ordered by when they were done, not by when they were due.
  const due = (row: ActionRow) =>
    !row.action.done && parseIsoDate(row.action.dueDate.trim()) ? row.action.dueDate.trim() : '';
  const rank = (row: ActionRow) => (row.action.done ? 3 : isOverdue(row.action, today) ? 0 : due(row) ? 1 : 2);
  const meetingDay = (row: ActionRow) => row.meeting.date || '';
  return [...rows].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      due(a).localeCompare(due(b)) ||
      (b.action.doneAt ?? 0) - (a.action.doneAt ?? 0) ||
      meetingDay(b).localeCompare(meetingDay(a)) ||
      b.meeting.createdAt - a.meeting.createdAt ||
      a.action.createdAt - b.action.createdAt,
  );
}

/** The values a filter can take, each once, in the interface's sort order: bodies and owners. */
export function filterChoices(rows: readonly ActionRow[]): { bodies: string[]; owners: string[] } {
  const sorted = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b));
  return {
    bodies: sorted(rows.map((row) => phraseBody(row.meeting.organization))),
    owners: sorted(rows.map((row) => ownerOf(row.action))),
  };
}
