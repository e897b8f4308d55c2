/**
 * The agenda of a meeting, in its planned order (see ordered.ts). Removing an item takes what was
 * recorded under it along, so that undo brings all of it back.
 */
import type { UpdateSpec } from 'dexie';
import {
  emptyVotes,
  newId,
  type ActionItem,
  type AgendaItem,
  type Entry,
  type MeetingEvent,
  type Motion,
  type RollCallVote,
  type Votes,
} from '../domain/model';
import { emptyMotion } from '../domain/motions';
import { db } from './db';
import { updateMeetingRow } from './meetingRows';
import { appendRows, moveRow, removeRow, restoreRow, rowsInOrder } from './ordered';

export type AgendaFields = Pick<
  AgendaItem,
  | 'kind'
  | 'title'
  | 'presenter'
  | 'plannedMinutes'
  | 'notes'
  | 'outcome'
  | 'votes'
  | 'voteRecorded'
  | 'unplanned'
  | 'motion'
  | 'amendment'
  | 'votedAt'
  | 'rollCall'
  | 'attachments'
>;
/** A removed item with what was recorded under it, so that undo brings all of it back. */
export type RemovedAgendaItem = {
  row: AgendaItem;
  index: number;
  entries: Entry[];
  events: MeetingEvent[];
  actionItems: ActionItem[];
};

export function blankAgendaItem(meetingId: string, order: number, fields: Partial<AgendaFields> = {}): AgendaItem {
  return {
    id: newId(),
    meetingId,
    order,
    kind: 'deliberation',
    title: '',
    presenter: '',
    plannedMinutes: null,
    notes: '',
    unplanned: false,
    startedAt: null,
    endedAt: null,
    takenOrder: null,
    outcome: null,
    votes: emptyVotes(),
    voteRecorded: false,
    ...fields,
  };
}

export function listAgenda(meetingId: string): Promise<AgendaItem[]> {
  return rowsInOrder(db().agendaItems, meetingId);
}

export async function addAgendaItem(meetingId: string, fields: Partial<AgendaFields> = {}): Promise<string> {
  const item = blankAgendaItem(meetingId, 0, fields);
  await appendRows(db().agendaItems, meetingId, [item]);
  return item.id;
}

/** A copy of an item right below it (same kind, title, presenter, planned time and notes). */
export async function duplicateAgendaItem(id: string): Promise<string | null> {
  return db().transaction('rw', db().agendaItems, db().meetings, async () => {
    const source = await db().agendaItems.get(id);
    if (!source) return null;
    const { kind, title, presenter, plannedMinutes, notes } = source;
    const copy = blankAgendaItem(source.meetingId, 0, { kind, title, presenter, plannedMinutes, notes });
    await appendRows(db().agendaItems, source.meetingId, [copy]);
    await moveRow(db().agendaItems, copy.id, source.order + 1);
    return copy.id;
  });
}

export function updateAgendaItem(id: string, changes: Partial<AgendaFields>): Promise<void> {
  return updateMeetingRow('agendaItems', id, changes);
}

/**
 * Changes worked out from the item as stored, read and written in one transaction: for a field
 * saved in parts (a motion's text, then its mover; one roll-call mark after another), so that a
 * save can never put back a stale part read a moment earlier.
 */
function modifyAgendaItem(id: string, changes: (row: AgendaItem) => UpdateSpec<AgendaItem>): Promise<void> {
  const d = db();
  return d.transaction('rw', d.agendaItems, d.meetings, async () => {
    const row = await d.agendaItems.get(id);
    if (row) await updateMeetingRow('agendaItems', id, changes(row));
  });
}

/** The vote is taken when its first count or mark is recorded, unless its time is stamped already. */
function stampVote(row: AgendaItem): Partial<AgendaItem> {
  return (row.votedAt ?? null) === null ? { votedAt: Date.now() } : {};
}

/**
 * Sets one vote count (a dotted key path changes just this count). The first count recorded
 * stamps the time of the vote.
 */
export function setVote(id: string, key: keyof Votes, value: number | null): Promise<void> {
  return modifyAgendaItem(id, (row) => ({ [`votes.${key}`]: value, ...(value !== null ? stampVote(row) : {}) }));
}

/** Changes part of the item's motion or amendment (동의, 수정동의), starting one if there is none. */
export function updateMotion(id: string, which: 'motion' | 'amendment', changes: Partial<Motion>): Promise<void> {
  return modifyAgendaItem(id, (row) => {
    const next = { ...(row[which] ?? emptyMotion()), ...changes };
    return which === 'motion' ? { motion: next } : { amendment: next };
  });
}

/**
 * Starts a roll call, or ends it (its marks are dropped: the typed counts count again). Calling
 * the roll is taking the vote: it stamps the time, so the roll is of the members present then.
 */
export function setRollCall(id: string, on: boolean): Promise<void> {
  return on
    ? modifyAgendaItem(id, (row) => ({ rollCall: row.rollCall ?? [], ...stampVote(row) }))
    : updateAgendaItem(id, { rollCall: null });
}

/** Records one member's vote in the roll call; the first mark stamps the time of the vote. */
export function markRollCall(id: string, attendeeId: string, vote: RollCallVote): Promise<void> {
  return modifyAgendaItem(id, (row) => ({
    rollCall: [...(row.rollCall ?? []).filter((mark) => mark.attendeeId !== attendeeId), { attendeeId, vote }],
    ...stampVote(row),
  }));
}

/** Adds an empty attachment name at the end of the item's list; its index. */
export async function addAttachment(id: string): Promise<number> {
  let index = 0;
  await modifyAgendaItem(id, (row) => {
    const attachments = [...(row.attachments ?? []), ''];
    index = attachments.length - 1;
    return { attachments };
  });
  return index;
}

/** Names attachment `index` of the item; a name is one line (a pasted line break is a space). */
export function updateAttachment(id: string, index: number, name: string): Promise<void> {
  return modifyAgendaItem(id, (row) => ({
    attachments: (row.attachments ?? []).map((old, i) => (i === index ? name.replace(/[\r\n]+/g, ' ') : old)),
  }));
}

/** A removed attachment and where it stood, for undo. */
export interface RemovedAttachment {
  itemId: string;
  index: number;
  name: string;
}

export async function removeAttachment(id: string, index: number): Promise<RemovedAttachment | null> {
  let removed: RemovedAttachment | null = null;
  await modifyAgendaItem(id, (row) => {
    const attachments = [...(row.attachments ?? [])];
    const [name] = attachments.splice(index, 1);
    if (name !== undefined) removed = { itemId: id, index, name };
    return { attachments };
  });
  return removed;
}

export function restoreAttachment({ itemId, index, name }: RemovedAttachment): Promise<void> {
  return modifyAgendaItem(itemId, (row) => {
    const attachments = [...(row.attachments ?? [])];
    attachments.splice(index, 0, name);
    return { attachments };
  });
}

export function moveAgendaItem(id: string, to: number): Promise<void> {
  return moveRow(db().agendaItems, id, to);
}

export async function removeAgendaItem(id: string): Promise<RemovedAgendaItem | null> {
  const d = db();
  return d.transaction('rw', [d.agendaItems, d.entries, d.events, d.actionItems, d.meetings], async () => {
    const entries = await d.entries.where('agendaItemId').equals(id).toArray();
    // Its procedural lines go with it (and come back with it): the stamps they set stay as they are.
    const events = await d.events.where('agendaItemId').equals(id).toArray();
    const actionItems = await d.actionItems.where('agendaItemId').equals(id).toArray();
    const removed = await removeRow(d.agendaItems, id);
    if (!removed) return null;
    await d.entries.bulkDelete(entries.map((e) => e.id));
    await d.events.bulkDelete(events.map((e) => e.id));
    await d.actionItems.bulkDelete(actionItems.map((a) => a.id));
    // A live meeting cannot stay on an item that is gone.
    await d.meetings
      .where('id')
      .equals(removed.row.meetingId)
      .modify((meeting) => {
        if (meeting.currentItemId === id) meeting.currentItemId = null;
      });
    return { ...removed, entries, events, actionItems };
  });
}

export async function restoreAgendaItem(removed: RemovedAgendaItem): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.agendaItems, d.entries, d.events, d.actionItems, d.meetings], async () => {
    await restoreRow(d.agendaItems, removed);
    await d.entries.bulkPut(removed.entries);
    await d.events.bulkPut(removed.events);
    await d.actionItems.bulkPut(removed.actionItems);
  });
}
