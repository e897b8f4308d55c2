import { newId, type ActionItem } from '../domain/model';
import { db } from './db';
import { updateMeetingRow } from './meetingRows';
import { updateKey, writeOrKeep } from './fallback';

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

export async function updateActionItem(id: string, changes: Partial<ActionItemFields>): Promise<void> {
  await writeOrKeep(
    { key: updateKey('actionItems', id, changes), table: 'actionItems', kind: 'update', id, value: changes },
    () => updateMeetingRow(db().actionItems, id, changes),
  );
}

export async function removeActionItem(id: string): Promise<ActionItem | null> {
  const d = db();
  return d.transaction('rw', d.actionItems, async () => {
    const row = await d.actionItems.get(id);
    if (row) await d.actionItems.delete(id);
    return row ?? null;
  });
}

export async function restoreActionItem(row: ActionItem): Promise<void> {
  await db().actionItems.put(row);
}
