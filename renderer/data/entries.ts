/**
 * Entries: what was said and noted under each item. Adding an entry clears the Entry field's
 * draft in the same transaction: after a crash the text is either an entry or still the draft,
 * never both and never neither.
 */
import { newId, type Entry, type EntryKind } from '../domain/model';
import { db } from './db';
import { takeRow } from './meetingRows';
import { inIndexOrder } from './ordered';

export interface NewEntry {
  agendaItemId: string;
  kind: EntryKind;
  speakerId: string | null;
  speakerName: string;
  text: string;
}

export type EntryChanges = Partial<Pick<Entry, 'text' | 'speakerId' | 'speakerName' | 'kind'>>;

export function listItemEntries(agendaItemId: string): Promise<Entry[]> {
  return inIndexOrder(db().entries, '[agendaItemId+seq]', agendaItemId).toArray();
}

export function listMeetingEntries(meetingId: string): Promise<Entry[]> {
  return inIndexOrder(db().entries, '[meetingId+seq]', meetingId).toArray();
}

/**
 * Counted item by item on the index, never by reading the entries: this live query runs again on
 * every entry added, and walking 5,000 entries with a cursor held the screen for a third of a
 * second each time (bench/live).
 */
export async function countEntriesByItem(meetingId: string): Promise<Map<string, number>> {
  const d = db();
  const items = await d.agendaItems.where('meetingId').equals(meetingId).primaryKeys();
  const counts = await Promise.all(items.map((id) => d.entries.where('agendaItemId').equals(id).count()));
  return new Map(items.flatMap((id, i) => (counts[i] ? [[id, counts[i]] as const] : [])));
}

/** Adds an entry after the meeting's last one and clears the Entry field's draft, together. */
export async function addEntry(meetingId: string, entry: NewEntry, now = Date.now(), id = newId()): Promise<string> {
  const d = db();
  return d.transaction('rw', d.entries, d.drafts, async () => {
    const last = await inIndexOrder(d.entries, '[meetingId+seq]', meetingId).last();
    const row: Entry = {
      id,
      meetingId,
      seq: (last?.seq ?? 0) + 1,
      createdAt: now,
      updatedAt: now,
      history: [],
      ...entry,
    };
    await d.entries.add(row);
    await d.drafts.delete(meetingId);
    return row.id;
  });
}

/**
 * Changes an entry and keeps the version it replaces in its history, with who changed it and
 * when. A change that changes nothing is not recorded.
 */
export async function updateEntry(id: string, changes: EntryChanges, by: string, now = Date.now()): Promise<void> {
  const d = db();
  await d.transaction('rw', d.entries, async () => {
    const entry = await d.entries.get(id);
    if (!entry) return;
    const next = { ...entry, ...changes };
    const same = (['kind', 'speakerId', 'speakerName', 'text'] as const).every((key) => next[key] === entry[key]);
    if (same) return;
    const { kind, speakerId, speakerName, text } = entry;
    await d.entries.put({
      ...next,
      updatedAt: now,
      history: [...entry.history, { kind, speakerId, speakerName, text, replacedAt: now, replacedBy: by }],
    });
  });
}

export function removeEntry(id: string): Promise<Entry | null> {
  return takeRow(db().entries, id);
}

export async function restoreEntry(entry: Entry): Promise<void> {
  await db().entries.put(entry);
}
