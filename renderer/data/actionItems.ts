/** What is to be done after a meeting, under one of its items or under none, in the order added. */
import { newId, type ActionItem } from '../domain/model';
import { db } from './db';
import { takeRow, updateMeetingRow } from './meetingRows';

export type ActionItemFields = Pick<ActionItem, 'text' | 'owner' | 'dueDate' | 'done'>;

export function listActionItems(meetingId: string): Promise<ActionItem[]> {
  return db().actionItems.where('meetingId').equals(meetingId).sortBy('createdAt');
}

export async function addActionItem(
  meetingId: string,
  agendaItemId: string | null,
  fields: Partial<ActionItemFields> = {},
): Promise<string> {
  const row: ActionItem = {
    id: newId(),
    meetingId,
    agendaItemId,
    text: '',
    owner: '',
    dueDate: '',
    done: false,
    createdAt: Date.now(),
    ...fields,
  };
  await db().actionItems.add(row);
  return row.id;
}

export function updateActionItem(id: string, changes: Partial<ActionItemFields>): Promise<void> {
  return updateMeetingRow('actionItems', id, changes);
}

export function removeActionItem(id: string): Promise<ActionItem | null> {
  return takeRow(db().actionItems, id);
}

export async function restoreActionItem(row: ActionItem): Promise<void> {
  await db().actionItems.put(row);
}
