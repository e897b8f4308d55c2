/**
 * The archive's search: what a query is, what it finds and how a hit is shown. Pure: the index
 * (data/searchIndex.ts) and the search worker use it, and the screens draw its results.
 *
 * Korean is matched inside words (청년 finds 청년분과; one syllable is a query too), English and
 * numbers by word prefix (commit finds committee, not recommit); every term of a query must be
 * found in the same searchable text.
 */
import type { MeetingStatus } from './model';

/** Which part of a meeting a searchable text comes from. */
export const SEARCH_KINDS = [
  'title',
  'body',
  'session',
  'place',
  'agenda',
  'entry',
  'decision',
  'action',
  'attachment',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The filters of a search; each one absent matches everything. */
export interface SearchFilters {
  /** A meeting's body (its organization, trimmed). */
  body?: string;
  /** `YYYY-MM-DD`, inclusive; a year is from `YYYY-01-01` to `YYYY-12-31`. */
  from?: string;
  to?: string;
  status?: MeetingStatus;
}

/** `[start, end)` in UTF-16 code units of the snippet's text. */
export type TextRange = readonly [start: number, end: number];

export interface SearchHit {
  kind: SearchKind;
  /** The row the text is from: an entry's, an agenda item's, an action item's id, or the meeting's. */
  targetId: string;
  /** The agenda item it is under, when it is under one. */
  itemId: string | null;
  /** The text around the match (whole when short), with the matched ranges. */
  snippet: string;
  ranges: readonly TextRange[];
}

export interface SearchGroup {
  meetingId: string;
  title: string;
  body: string;
  sessionLabel: string;
  /** `YYYY-MM-DD` or empty. */
  date: string;
  status: MeetingStatus;
  /** The first hits in record order (at most a few); `hitCount` counts them all. */
  hits: readonly SearchHit[];
  hitCount: number;
}

export interface SearchResult {
  query: string;
  /** Newest first (by date, then by last change). */
  groups: readonly SearchGroup[];
  /** Meetings that matched; more than groups.length when the result was cut. */
  meetingCount: number;
}
