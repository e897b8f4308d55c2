/**
 * What is to be done after a meeting, under one of its items or under none, in the order added;
 * and the same across meetings: every action item with its meeting's and item's names (the Action
 * items screen), and the items of a meeting's predecessor (reviewed when preparing the next one,
 * and reported in its minutes).
 */
import type { ActionRow, MeetingFacets } from '../domain/actionItems';
import { newId, type ActionItem, type Meeting } from '../domain/model';
import { phraseBody } from '../domain/phrases';
import { db } from './db';
import { compareNewestFirst } from './meetings';
import { takeRow, updateMeetingRow } from './meetingRows';

/** What is edited in place; done goes with its date (setActionItemDone). */
export type ActionItemFields = Pick<ActionItem, 'text' | 'owner' | 'dueDate'>;

export function listActionItems(meetingId: string): Promise<ActionItem[]> {
  return db().actionItems.where('meetingId').equals(meetingId).sortBy('createdAt');
}

export async function addActionItem(
  meetingId: string,
  agendaItemId: string | null,
  fields: Partial<ActionItemFields> = {},
): Promise<string> {
  const d = db();
  return d.transaction('rw', d.actionItems, async () => {
    // Items are listed by createdAt: two added within one millisecond keep the order they were
    // added in (a tie would fall to their random ids).
    const times = (await d.actionItems.where('meetingId').equals(meetingId).toArray()).map((a) => a.createdAt);
    const row: ActionItem = {
      id: newId(),
      meetingId,
      agendaItemId,
      text: '',
      owner: '',
      dueDate: '',
      done: false,
      createdAt: Math.max(Date.now(), ...times.map((t) => t + 1)),
      ...fields,
    };
    await d.actionItems.add(row);
    return row.id;
  });
}

export function updateActionItem(id: string, changes: Partial<ActionItemFields>): Promise<void> {
  return updateMeetingRow('actionItems', id, changes);
}

/** Marks an item done, stamping when, or open again, clearing the stamp. */
export function setActionItemDone(id: string, done: boolean, now = Date.now()): Promise<void> {
  return updateMeetingRow('actionItems', id, { done, doneAt: done ? now : null });
}

export function removeActionItem(id: string): Promise<ActionItem | null> {
  return takeRow(db().actionItems, id);
}

export async function restoreActionItem(row: ActionItem): Promise<void> {
  await db().actionItems.put(row);
}

function facetsOf(meeting: Meeting): MeetingFacets {
  const { id, title, organization, sessionLabel, date, status, createdAt } = meeting;
  return { id, title, organization, sessionLabel, date, status, createdAt };
}

/**
 * Every action item of every meeting, with its meeting's facets and its item's title, in one read
 * transaction: the action items, then only the meetings and agenda items they name (thousands of
 * meetings without action items are never read, nor any entry).
 */
export async function listAllActionItems(): Promise<ActionRow[]> {
  const d = db();
  return d.transaction('r', [d.actionItems, d.meetings, d.agendaItems], async () => {
    const actions = await d.actionItems.toArray();
    const meetingIds = [...new Set(actions.map((a) => a.meetingId))];
    const itemIds = [...new Set(actions.flatMap((a) => (a.agendaItemId === null ? [] : [a.agendaItemId])))];
    const [meetings, items] = await Promise.all([d.meetings.bulkGet(meetingIds), d.agendaItems.bulkGet(itemIds)]);
    const meetingById = new Map(meetings.flatMap((m) => (m ? [[m.id, facetsOf(m)] as const] : [])));
    const titleById = new Map(items.flatMap((item) => (item ? [[item.id, item.title] as const] : [])));
    return actions.flatMap((action) => {
      const meeting = meetingById.get(action.meetingId);
      if (!meeting) return [];
      const itemTitle = action.agendaItemId === null ? null : (titleById.get(action.agendaItemId) ?? null);
      return [{ action, meeting, itemTitle }];
    });
  });
}

/**
 * The meeting before this one of the same body: the one it was created from (Create next meeting
 * sets `previousMeetingId`), or else the body's latest meeting before it. Null for a meeting of
 * no named body with no predecessor.
 */
export async function getPreviousMeeting(meeting: Meeting): Promise<Meeting | null> {
  const d = db();
  const named = meeting.previousMeetingId === null ? undefined : await d.meetings.get(meeting.previousMeetingId);
  if (named) return named;
  const body = phraseBody(meeting.organization);
  if (!body) return null;
  const earlier = await d.meetings
    .filter((m) => m.id !== meeting.id && phraseBody(m.organization) === body && compareNewestFirst(m, meeting) > 0)
    .toArray();
  return earlier.sort(compareNewestFirst)[0] ?? null;
}

export interface PreviousActions {
  meeting: Meeting;
  /** In the order added; those with no text left out (nothing to review). */
  actions: ActionItem[];
}

/** The previous meeting of the body (getPreviousMeeting) and its action items; null when none. */
export async function listPreviousActionItems(meetingId: string): Promise<PreviousActions | null> {
  const d = db();
  return d.transaction('r', [d.meetings, d.actionItems], async () => {
    const meeting = await d.meetings.get(meetingId);
    const previous = meeting ? await getPreviousMeeting(meeting) : null;
    if (!previous) return null;
    const actions = (await listActionItems(previous.id)).filter((a) => a.text.trim() !== '');
    return { meeting: previous, actions };
  });
}
