/**
 * Live queries for components: each hook re-renders its component when the rows it reads change,
 * whichever window or tab changed them. `undefined` means "still loading".
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  ActionItem,
  AgendaItem,
  Attendee,
  BodyPhrases,
  Entry,
  Meeting,
  MeetingEvent,
  MeetingSummary,
  MeetingRecord,
} from '../domain/model';
import { listActionItems, listAllActionItems, listPreviousActionItems, type PreviousActions } from './actionItems';
import { countEntriesByItem, listItemEntries } from './entries';
import { listAgenda } from './agenda';
import { listAttendees } from './attendees';
import { getMeeting, listMeetings } from './meetings';
import { listItemEvents, listMeetingEvents } from './procedure';
import { getPhrases } from './phrases';
import { loadMeetingRecord } from './record';
import { searchAsTyped, searchIndexVersion, subscribeSearchIndex } from './search';
import type { SearchFilters, SearchResult } from '../domain/search';
import type { ActionRow } from '../domain/actionItems';

export function useMeetings(): MeetingSummary[] | undefined {
  return useLiveQuery(listMeetings, []);
}

/** `null` once loaded when the meeting does not exist (deleted, or a stale link). */
export function useMeeting(id: string): Meeting | null | undefined {
  return useLiveQuery(async () => (await getMeeting(id)) ?? null, [id]);
}

export function useAttendees(meetingId: string): Attendee[] | undefined {
  return useLiveQuery(() => listAttendees(meetingId), [meetingId]);
}

export function useAgenda(meetingId: string): AgendaItem[] | undefined {
  return useLiveQuery(() => listAgenda(meetingId), [meetingId]);
}

export function useItemEntries(agendaItemId: string | null): Entry[] | undefined {
  return useLiveQuery(async () => (agendaItemId ? listItemEntries(agendaItemId) : []), [agendaItemId]);
}

export function useActionItems(meetingId: string): ActionItem[] | undefined {
  return useLiveQuery(() => listActionItems(meetingId), [meetingId]);
}

/**
 * Every action item of every meeting, with its meeting and item (the Action items screen). It
 * reads no entry: typing in a live meeting never wakes it.
 */
export function useAllActionItems(): ActionRow[] | undefined {
  return useLiveQuery(listAllActionItems, []);
}

/** The previous meeting of the body and its action items, to review; null when there is none. */
export function usePreviousActionItems(meetingId: string): PreviousActions | null | undefined {
  return useLiveQuery(() => listPreviousActionItems(meetingId), [meetingId]);
}

/** Entry counts per agenda item, for the agenda list of the live screen. */
export function useEntryCounts(meetingId: string): Map<string, number> | undefined {
  return useLiveQuery(() => countEntriesByItem(meetingId), [meetingId]);
}

/** The meeting's procedural events (opened, recessed, arrived…), in the order recorded. */
export function useMeetingEvents(meetingId: string): MeetingEvent[] | undefined {
  return useLiveQuery(() => listMeetingEvents(meetingId), [meetingId]);
}

/** The procedural events recorded under one item, for its transcript. */
export function useItemEvents(agendaItemId: string | null): MeetingEvent[] | undefined {
  return useLiveQuery(async () => (agendaItemId ? listItemEvents(agendaItemId) : []), [agendaItemId]);
}

/** The body's own phrases; null while it has none (the defaults apply). */
export function useBodyPhrases(body: string): BodyPhrases | null | undefined {
  return useLiveQuery(async () => (await getPhrases(body)) ?? null, [body]);
}

/**
 * Everything recorded for a meeting (the minutes preview), read again whenever any of it changes;
 * null when there is no such meeting. A long meeting is thousands of rows: mount it only where
 * the whole record is shown.
 */
export function useMeetingRecord(meetingId: string): MeetingRecord | null | undefined {
  return useLiveQuery(() => loadMeetingRecord(meetingId), [meetingId]);
}

/**
 * The archive's results for a query, kept up to date as meetings change; `undefined` while the
 * first answer is on its way. An empty query has no results.
 */
export function useArchiveSearch(query: string, filters: SearchFilters): SearchResult | undefined {
  const { body, from, to, status } = filters;
  // The search reads in its worker, where useLiveQuery cannot see: the index's own changes re-run it.
  const version = useSyncExternalStore(subscribeSearchIndex, searchIndexVersion);
  const [answer, setAnswer] = useState<SearchResult>();
  // Started from the keystroke's own commit (effects of a typed change run before the next paint),
  // not a render later; an answer for a query since replaced is dropped.
  useEffect(() => {
    let current = true;
    searchAsTyped(query, { body, from, to, status }).then(
      (result) => {
        if (current && result) setAnswer(result);
      },
      (error: unknown) => {
        if (current)
          setAnswer(() => {
            throw error;
          });
      },
    );
    return () => {
      current = false;
    };
  }, [query, body, from, to, status, version]);
  return answer;
}
