/**
 * The archive's search: what a query is, what it finds and how a hit is shown. Pure: the index
 * (data/searchIndex.ts) and the search worker use it, and the screens draw its results.
 *
 * Korean is matched inside words (청년 finds 청년분과; one syllable is a query too), English and
 * numbers by word prefix (commit finds committee, not recommit); every term of a query must be
 * found in the same searchable text.
 */
import type { ActionItem, AgendaItem, Entry, Meeting, MeetingStatus } from './model';

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

const sameHit = (a: SearchHit, b: SearchHit) =>
  a.kind === b.kind &&
  a.targetId === b.targetId &&
  a.itemId === b.itemId &&
  a.snippet === b.snippet &&
  a.ranges.length === b.ranges.length &&
  a.ranges.every(([start, end], i) => b.ranges[i]?.[0] === start && b.ranges[i]?.[1] === end);

/**
 * Whether two groups show the same thing: each answer is built anew, and most of its groups are
 * as the previous keystroke's answer drew them (the results draw only those that changed).
 */
export function sameGroup(a: SearchGroup, b: SearchGroup): boolean {
  return (
    a === b ||
    (a.meetingId === b.meetingId &&
      a.title === b.title &&
      a.body === b.body &&
      a.sessionLabel === b.sessionLabel &&
      a.date === b.date &&
      a.status === b.status &&
      a.hitCount === b.hitCount &&
      a.hits.length === b.hits.length &&
      a.hits.every((hit, i) => {
        const other = b.hits[i];
        return other !== undefined && sameHit(hit, other);
      }))
  );
}

// ---------------------------------------------------------------------------------------------
// What is searchable

/** One searchable text of a meeting. */
export interface SearchDoc {
  meetingId: string;
  kind: SearchKind;
  targetId: string;
  itemId: string | null;
  text: string;
}

type MeetingFields = Pick<Meeting, 'id' | 'title' | 'organization' | 'sessionLabel' | 'location'>;

/** A meeting's own texts: title, body, session and place. */
export function meetingDocs(meeting: MeetingFields): SearchDoc[] {
  const doc = (kind: SearchKind, text: string): SearchDoc => ({
    meetingId: meeting.id,
    kind,
    targetId: meeting.id,
    itemId: null,
    text,
  });
  return [
    doc('title', meeting.title),
    doc('body', meeting.organization),
    doc('session', meeting.sessionLabel),
    doc('place', meeting.location),
  ].filter((d) => d.text.trim() !== '');
}

/** An agenda item's title, its motion and amendment (the decision's words) and its attachments. */
export function agendaItemDocs(item: AgendaItem): SearchDoc[] {
  const doc = (kind: SearchKind, text: string): SearchDoc => ({
    meetingId: item.meetingId,
    kind,
    targetId: item.id,
    itemId: item.id,
    text,
  });
  return [
    doc('agenda', item.title),
    doc('decision', item.motion?.text ?? ''),
    doc('decision', item.amendment?.text ?? ''),
    ...(item.attachments ?? []).map((name) => doc('attachment', name)),
  ].filter((d) => d.text.trim() !== '');
}

export function entryDoc(entry: Pick<Entry, 'id' | 'meetingId' | 'agendaItemId' | 'text'>): SearchDoc {
  return {
    meetingId: entry.meetingId,
    kind: 'entry',
    targetId: entry.id,
    itemId: entry.agendaItemId,
    text: entry.text,
  };
}

/** An action item's text with its owner, so that a search for a name finds what they were given. */
export function actionItemDoc(
  action: Pick<ActionItem, 'id' | 'meetingId' | 'agendaItemId' | 'text' | 'owner'>,
): SearchDoc {
  const text = action.owner.trim() ? `${action.text} (${action.owner.trim()})` : action.text;
  return { meetingId: action.meetingId, kind: 'action', targetId: action.id, itemId: action.agendaItemId, text };
}

// ---------------------------------------------------------------------------------------------
// Matching

/**
 * The text as it is compared: NFC (an IME's syllables and decomposed jamo from a pasted file name
 * compare equal) and lower case, one UTF-16 unit for one, so that positions found in it are
 * positions in the NFC text shown in a snippet.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters change length in lower case (İ): those are kept as they are.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Hangul, CJK ideographs and kana: matched inside words, since Korean words carry particles. */
const INFIX_SCRIPT =
  /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface QueryTerm {
  /** Folded (see foldText). */
  text: string;
  /** Infix for Korean (and CJK); a word prefix otherwise. */
  infix: boolean;
}

/** A query's terms: split on white space, folded, each once. */
export function parseQuery(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const word of foldText(query.normalize('NFC')).split(/\s+/u)) {
    if (!word || seen.has(word)) continue;
    seen.add(word);
    terms.push({ text: word, infix: INFIX_SCRIPT.test(word) });
  }
  return terms;
}

/** Whether `term` found at `at` counts: anywhere for an infix term, at a word's start otherwise. */
function counts(folded: string, term: QueryTerm, at: number): boolean {
  return term.infix || at === 0 || !WORD_CHAR.test(folded[at - 1] ?? '');
}

/** Where a term is found in a folded text. */
function occurrences(folded: string, term: QueryTerm): TextRange[] {
  const found: TextRange[] = [];
  for (let at = folded.indexOf(term.text); at >= 0; at = folded.indexOf(term.text, at + 1)) {
    if (counts(folded, term, at)) found.push([at, at + term.text.length]);
  }
  return found;
}

/** Whether a term is found at all: what most texts of a search are asked, without the ranges. */
function found(folded: string, term: QueryTerm): boolean {
  for (let at = folded.indexOf(term.text); at >= 0; at = folded.indexOf(term.text, at + 1)) {
    if (counts(folded, term, at)) return true;
  }
  return false;
}

/** Whether every term is found in a folded text (matchFolded's answer, without its ranges). */
export function matchesFolded(folded: string, terms: readonly QueryTerm[]): boolean {
  return terms.length > 0 && terms.every((term) => found(folded, term));
}

/**
 * The ranges where the terms are found in a folded text, sorted and merged; null unless every
 * term is found. No terms find nothing.
 */
export function matchFolded(folded: string, terms: readonly QueryTerm[]): TextRange[] | null {
  if (terms.length === 0) return null;
  const all: TextRange[] = [];
  for (const term of terms) {
    const found = occurrences(folded, term);
    if (found.length === 0) return null;
    all.push(...found);
  }
  all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of all) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Whether a code unit is the second half of a surrogate pair (never cut a character in two). */
function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The part of a (NFC) text shown for a hit: about `width` characters around the first match,
 * with "…" where it was cut, and the matched ranges within it.
 */
export function snippetOf(
  text: string,
  ranges: readonly TextRange[],
  width = 120,
): { snippet: string; ranges: TextRange[] } {
  const first = ranges[0];
  if (text.length <= width || !first) return { snippet: text, ranges: [...ranges] };
  let start = Math.max(0, Math.min(first[0] - Math.floor(width / 3), text.length - width));
  if (start > 0 && isLowSurrogate(text, start)) start -= 1;
  let end = Math.min(text.length, start + width);
  if (end < text.length && isLowSurrogate(text, end)) end += 1;
  const lead = start > 0 ? '…' : '';
  const shift = lead.length - start;
  const shown = ranges
    .filter(([s, e]) => s < end && e > start)
    .map(([s, e]): TextRange => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
  return { snippet: `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`, ranges: shown };
}

// ---------------------------------------------------------------------------------------------
// Searching a corpus

/** What the filters and the result's heading need of a meeting. */
export type MeetingFacet = Pick<Meeting, 'id' | 'title' | 'organization' | 'sessionLabel' | 'date' | 'status'>;

/** A searchable text with its folded form, computed once when it is indexed. */
export interface IndexedDoc extends SearchDoc {
  folded: string;
}

export function indexDoc(doc: SearchDoc): IndexedDoc {
  const text = doc.text.normalize('NFC');
  const folded = foldText(text);
  // Korean text is its own folded form: one string held, not two (200,000 entries must fit).
  return { ...doc, text, folded: folded === text ? text : folded };
}

/** What a search reads: the meetings newest first, and each meeting's texts in record order. */
export interface SearchCorpus {
  meetings: readonly MeetingFacet[];
  docs: ReadonlyMap<string, readonly IndexedDoc[]>;
  /**
   * Each meeting's folded texts joined by line breaks (joinFolded), when the corpus holds them: a
   * meeting none of whose texts can match is then passed over with one search instead of one per
   * text (no term holds a line break, so none is found across two texts).
   */
  joined?: ReadonlyMap<string, string>;
}

export function joinFolded(docs: readonly IndexedDoc[]): string {
  return docs.map((doc) => doc.folded).join('\n');
}

/** Drawn at each keystroke: more groups than a screen or two would cost more than they tell. */
export const SEARCH_LIMITS = { groups: 20, hitsPerGroup: 3 } as const;

export function passesFilters(meeting: MeetingFacet, filters: SearchFilters): boolean {
  if (filters.status && meeting.status !== filters.status) return false;
  if (filters.body !== undefined && meeting.organization.trim() !== filters.body) return false;
  if (filters.from && !(meeting.date && meeting.date >= filters.from)) return false;
  if (filters.to && !(meeting.date && meeting.date <= filters.to)) return false;
  return true;
}

/**
 * The meetings whose texts match, newest first, each with its first hits; at most `limits.groups`
 * groups are built (snippets cost), but every meeting is counted.
 */
export function searchCorpus(
  corpus: SearchCorpus,
  query: string,
  filters: SearchFilters = {},
  limits: { groups: number; hitsPerGroup: number } = SEARCH_LIMITS,
): SearchResult {
  const terms = parseQuery(query);
  const groups: SearchGroup[] = [];
  let meetingCount = 0;
  if (terms.length === 0) return { query, groups, meetingCount };
  for (const meeting of corpus.meetings) {
    if (!passesFilters(meeting, filters)) continue;
    const building = groups.length < limits.groups;
    const joined = corpus.joined?.get(meeting.id);
    if (joined !== undefined) {
      if (!matchesFolded(joined, terms)) continue;
      // One term found in the joined texts is found in one of them: the meeting counts.
      if (!building && terms.length === 1) {
        meetingCount += 1;
        continue;
      }
    }
    const hits: SearchHit[] = [];
    let hitCount = 0;
    for (const doc of corpus.docs.get(meeting.id) ?? []) {
      if (!matchesFolded(doc.folded, terms)) continue;
      hitCount += 1;
      // Counting a meeting needs one hit; its group needs the first few, with their ranges.
      if (!building) break;
      const ranges = hits.length < limits.hitsPerGroup ? matchFolded(doc.folded, terms) : null;
      if (ranges) {
        hits.push({ kind: doc.kind, targetId: doc.targetId, itemId: doc.itemId, ...snippetOf(doc.text, ranges) });
      }
    }
    if (hitCount === 0) continue;
    meetingCount += 1;
    if (building) {
      groups.push({
        meetingId: meeting.id,
        title: meeting.title,
        body: meeting.organization.trim(),
        sessionLabel: meeting.sessionLabel,
        date: meeting.date,
        status: meeting.status,
        hits,
        hitCount,
      });
    }
  }
  return { query, groups, meetingCount };
}
