/**
 * Entries (what was said and noted under each item) and the Entry field's draft. Committing an
 * entry clears the draft in the same transaction: after a crash the text is either a committed
 * entry or still the draft, never both and never neither.
 */
import { Dexie } from 'dexie';
import { newId, type Entry, type EntryDraft, type EntryKind } from '../domain/model';
import { db } from './db';
import { keptDraft, writeOrKeep } from './fallback';

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
    const row: Entry = {
      id: newId(),
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

/** The draft of the Entry field: the stored one, or a newer one kept aside when storing failed. */
export async function getDraft(meetingId: string): Promise<EntryDraft | undefined> {
  const kept = keptDraft(meetingId) as EntryDraft | null;
  const stored = await db()
    .drafts.get(meetingId)
    .catch(() => undefined);
  if (kept && (!stored || kept.updatedAt > stored.updatedAt)) return kept;
  return stored;
}

export async function saveDraft(draft: Omit<EntryDraft, 'updatedAt'>): Promise<void> {
  const d = db();
  const value: EntryDraft = { ...draft, updatedAt: Date.now() };
  const empty = draft.text === '' && draft.speakerId === null && draft.speakerName === '';
  await writeOrKeep(
    { key: `drafts:${draft.meetingId}`, table: 'drafts', kind: 'put', id: draft.meetingId, value },
    () => (empty ? d.drafts.delete(draft.meetingId) : d.drafts.put(value)),
  );
}
