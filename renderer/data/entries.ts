/**
 * Entries: what was said and noted under each item. Adding an entry clears the Entry field's
 * draft in the same transaction: after a crash the text is either an entry or still the draft,
 * never both and never neither.
 */
import { newId, type Entry, type EntryKind, type EntryRevision } from '../domain/model';
import { entryKind } from '../domain/speakers';
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

/** What a correction may change: the text, the speaker, the time stamp, the item. */
export type EntryChanges = Partial<
  Pick<Entry, 'text' | 'speakerId' | 'speakerName' | 'kind' | 'createdAt' | 'agendaItemId'>
>;

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
 * when; of the replaced version's time stamp and item, only those the change replaces are
 * kept (a revision without them had the next version's). A change that changes nothing is not
 * recorded. Every change of an entry goes through here, so that the history is always kept.
 *
 * A statement or note whose speaker changes becomes a statement or a note accordingly. An entry
 * moved to another item keeps its `seq`: it shows among that item's entries where it was
 * recorded. Moving it to an item of another meeting is refused, and nothing is written.
 */
export async function updateEntry(id: string, changes: EntryChanges, by: string, now = Date.now()): Promise<void> {
  const d = db();
  const refused = await d.transaction('rw', d.entries, d.agendaItems, async () => {
    const entry = await d.entries.get(id);
    if (!entry) return false;
    const next = { ...entry, ...changes };
    if ('speakerId' in changes || 'speakerName' in changes) next.kind = entryKind(next);
    if (next.agendaItemId !== entry.agendaItemId) {
      const item = await d.agendaItems.get(next.agendaItemId);
      // Refused after the transaction, not by aborting it: an aborted write is reported as failed.
      if (item?.meetingId !== entry.meetingId) return true;
    }
    const moved = next.createdAt !== entry.createdAt;
    const refiled = next.agendaItemId !== entry.agendaItemId;
    const same = (['kind', 'speakerId', 'speakerName', 'text'] as const).every((key) => next[key] === entry[key]);
    if (same && !moved && !refiled) return false;
    const { kind, speakerId, speakerName, text } = entry;
    const revision: EntryRevision = {
      kind,
      speakerId,
      speakerName,
      text,
      ...(moved ? { createdAt: entry.createdAt } : {}),
      ...(refiled ? { agendaItemId: entry.agendaItemId } : {}),
      replacedAt: now,
      replacedBy: by,
    };
    await d.entries.put({ ...next, updatedAt: now, history: [...entry.history, revision] });
    return false;
  });
  if (refused) throw new Error(`Entry ${id} cannot move to ${changes.agendaItemId}: not an item of its meeting`);
}

export function removeEntry(id: string): Promise<Entry | null> {
  return takeRow(db().entries, id);
}

export async function restoreEntry(entry: Entry): Promise<void> {
  await db().entries.put(entry);
}
