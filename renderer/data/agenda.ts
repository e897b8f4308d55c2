import { emptyVotes, newId, type AgendaItem } from '../domain/model';
import { db } from './db';
import { moveRow, nextOrder, removeRow, restoreRow, rowsInOrder } from './ordered';

export type AgendaFields = Pick<
  AgendaItem,
  'kind' | 'title' | 'presenter' | 'plannedMinutes' | 'notes' | 'outcome' | 'votes' | 'voteRecorded'
>;
export type RemovedAgendaItem = { row: AgendaItem; index: number };

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
  return db().transaction('rw', db().agendaItems, async () => {
    const item = blankAgendaItem(meetingId, await nextOrder(db().agendaItems, meetingId), fields);
    await db().agendaItems.add(item);
    return item.id;
  });
}

/** A copy of an item right below it (same kind, title, presenter, planned time and notes). */
export async function duplicateAgendaItem(id: string): Promise<string | null> {
  return db().transaction('rw', db().agendaItems, async () => {
    const source = await db().agendaItems.get(id);
    if (!source) return null;
    const { kind, title, presenter, plannedMinutes, notes } = source;
    const copy = blankAgendaItem(source.meetingId, await nextOrder(db().agendaItems, source.meetingId), {
      kind,
      title,
      presenter,
      plannedMinutes,
      notes,
    });
    await db().agendaItems.add(copy);
    await moveRow(db().agendaItems, copy.id, source.order + 1);
    return copy.id;
  });
}

export async function updateAgendaItem(id: string, changes: Partial<AgendaFields>): Promise<void> {
  await db().agendaItems.update(id, changes);
}

export function moveAgendaItem(id: string, to: number): Promise<void> {
  return moveRow(db().agendaItems, id, to);
}

export function removeAgendaItem(id: string): Promise<RemovedAgendaItem | null> {
  return removeRow(db().agendaItems, id);
}

export function restoreAgendaItem(removed: RemovedAgendaItem): Promise<void> {
  return restoreRow(db().agendaItems, removed);
}
