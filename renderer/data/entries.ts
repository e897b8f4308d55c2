/**
 * Entries (what was said and noted under each item) and the Entry field's draft. Committing an
 * entry clears the draft in the same transaction: after a crash the text is either a committed
 * entry or still the draft, never both and never neither.
 */
import { Dexie } from 'dexie';
import { newId, type Entry, type EntryDraft, type EntryKind } from '../domain/model';
import { db } from './db';

export interface NewEntry {
  agendaItemId: string;
  kind: EntryKind;
  speakerId: string | null;
  speakerName: string;
  text: string;
}

export type EntryChanges = Partial<Pick<Entry, 'text' | 'speakerId' | 'speakerName' | 'kind'>>;

export function listItemEntries(agendaItemId: string): Promise<Entry[]> {
  return db()
    .entries.where('[agendaItemId+seq]')
    .between([agendaItemId, Dexie.minKey], [agendaItemId, Dexie.maxKey])
    .toArray();
}

export function listMeetingEntries(meetingId: string): Promise<Entry[]> {
  return db().entries.where('[meetingId+seq]').between([meetingId, Dexie.minKey], [meetingId, Dexie.maxKey]).toArray();
}

export async function countEntriesByItem(meetingId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db()
    .entries.where('meetingId')
    .equals(meetingId)
    .each((entry) => counts.set(entry.agendaItemId, (counts.get(entry.agendaItemId) ?? 0) + 1));
  return counts;
}

export async function addEntry(meetingId: string, entry: NewEntry, now = Date.now()): Promise<string> {
  const d = db();
  return d.transaction('rw', d.entries, d.drafts, async () => {
    const last = await d.entries
      .where('[meetingId+seq]')
      .between([meetingId, Dexie.minKey], [meetingId, Dexie.maxKey])
      .last();
    const row: Entry = { id: newId(), meetingId, seq: (last?.seq ?? 0) + 1, createdAt: now, updatedAt: now, ...entry };
    await d.entries.add(row);
    await d.drafts.delete(meetingId);
    return row.id;
  });
}

export async function updateEntry(id: string, changes: EntryChanges): Promise<void> {
  await db().entries.update(id, { ...changes, updatedAt: Date.now() });
}

export async function removeEntry(id: string): Promise<Entry | null> {
  const d = db();
  return d.transaction('rw', d.entries, async () => {
    const entry = await d.entries.get(id);
    if (entry) await d.entries.delete(id);
    return entry ?? null;
  });
}

export async function restoreEntry(entry: Entry): Promise<void> {
  await db().entries.put(entry);
}

export function getDraft(meetingId: string): Promise<EntryDraft | undefined> {
  return db().drafts.get(meetingId);
}

export async function saveDraft(draft: Omit<EntryDraft, 'updatedAt'>): Promise<void> {
  const d = db();
  if (draft.text === '' && draft.speakerId === null && draft.speakerName === '') await d.drafts.delete(draft.meetingId);
  else await d.drafts.put({ ...draft, updatedAt: Date.now() });
}
