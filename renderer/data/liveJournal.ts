/**
 * The live record's write path. What the recorder does during a meeting (an entry committed, an
 * item taken up, a recess) is an operation; operations are written one after another in the order
 * the keys were pressed, each in one transaction that reads the meeting as it stands after the
 * operations before it. An entry therefore lands under the item that was current when Enter was
 * pressed, however slow the disk and however fast the keys.
 *
 * Before an operation is written it is journaled, synchronously, in localStorage together with the
 * Entry field's text (the "field"): localStorage survives a crash or a closed window that kills
 * an IndexedDB write in flight. When the live screen opens again, operations still in the journal
 * are written first, in order; the meeting's journal mark (written in each operation's own
 * transaction) makes that replay skip what had already been written, so nothing is stored twice.
 */
import { MEETING_ID, type EntryDraft } from '../domain/model';
import { nextPresence } from '../domain/procedure';
import { SessionError, type SessionAction } from '../domain/session';
import { entryKind } from '../domain/speakers';
import { blankAgendaItem } from './agenda';
import { db, type SeogiDb } from './db';
import { addEntry } from './entries';
import { forgetKept, keptRow, writeOrKeep } from './fallback';
import { nextOrder } from './ordered';
import { writeEvents } from './procedure';
import { writeTransition } from './session';

/** What is in the Entry field, and the speaker chosen for the next entry. */
export interface FieldState {
  text: string;
  speakerId: string | null;
  speakerName: string;
  updatedAt: number;
}

export type LiveOp =
  | {
      type: 'entry';
      entryId: string;
      /** The item browsed after the meeting; null while it is live: the current item then. */
      itemId: string | null;
      text: string;
      speakerId: string | null;
      speakerName: string;
    }
  | { type: 'session'; action: SessionAction }
  | { type: 'unplanned'; itemId: string; title: string }
  /** An attendee arrived or left (which, from how they stand when it is written). */
  | { type: 'presence'; attendeeId: string };

export type JournaledOp = LiveOp & { seq: number; at: number };

export interface Journal {
  field: FieldState;
  ops: JournaledOp[];
}

export class NoItemError extends Error {
  override name = 'NoItemError';
  constructor() {
    super('There is no agenda item to record the entry under.');
  }
}

const PREFIX = 'seogi.live.';

export function emptyField(): FieldState {
  return { text: '', speakerId: null, speakerName: '', updatedAt: 0 };
}

export function readJournal(meetingId: string): Journal | null {
  try {
    const raw = localStorage.getItem(PREFIX + meetingId);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Journal>;
    if (typeof parsed.field?.text !== 'string' || !Array.isArray(parsed.ops)) return null;
    return { field: parsed.field, ops: parsed.ops };
  } catch {
    return null;
  }
}

/** False when localStorage refused it (full, or disabled): the database is then the only copy. */
export function writeJournal(meetingId: string, journal: Journal): boolean {
  try {
    const { text, speakerId, speakerName } = journal.field;
    if (journal.ops.length === 0 && text === '' && !speakerId && !speakerName)
      localStorage.removeItem(PREFIX + meetingId);
    else localStorage.setItem(PREFIX + meetingId, JSON.stringify(journal));
    return true;
  } catch {
    return false;
  }
}

export function forgetJournal(meetingId: string): void {
  try {
    localStorage.removeItem(PREFIX + meetingId);
  } catch {
    // Nothing was journaled.
  }
}

/** Meetings with operations still in the journal (written at start-up, before anything else). */
export function meetingsWithPendingOps(): string[] {
  const ids: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const id = key.slice(PREFIX.length);
      // A key that names no possible meeting is not a journal this app wrote.
      if (MEETING_ID.test(id) && (readJournal(id)?.ops.length ?? 0) > 0) ids.push(id);
    }
  } catch {
    // No localStorage: nothing was journaled.
  }
  return ids;
}

/** The sequence number of the last operation written for this meeting (0: none). */
export async function appliedSeq(meetingId: string): Promise<number> {
  return (await db().journal.get(meetingId))?.appliedSeq ?? 0;
}

/** The Entry field as last written to the database (or kept aside when that failed). */
export async function storedField(meetingId: string): Promise<FieldState | null> {
  const kept = keptRow('drafts', meetingId) as EntryDraft | null;
  const stored = await db()
    .drafts.get(meetingId)
    .catch(() => undefined);
  const draft = kept && (!stored || kept.updatedAt > stored.updatedAt) ? kept : stored;
  if (!draft) return null;
  const { text, speakerId, speakerName, updatedAt } = draft;
  return { text, speakerId, speakerName, updatedAt };
}

/** Writes the Entry field as a draft (kept aside when the database refuses it). */
export async function saveField(meetingId: string, field: FieldState): Promise<void> {
  const d = db();
  const value: EntryDraft = { meetingId, ...field };
  const empty = field.text === '' && field.speakerId === null && field.speakerName === '';
  await writeOrKeep({ key: draftKey(meetingId), table: 'drafts', kind: 'put', id: meetingId, value }, () =>
    empty ? d.drafts.delete(meetingId) : d.drafts.put(value),
  );
}

export function draftKey(meetingId: string): string {
  return `drafts:${meetingId}`;
}

async function insertEntry(d: SeogiDb, meetingId: string, op: Extract<JournaledOp, { type: 'entry' }>) {
  const meeting = await d.meetings.get(meetingId);
  const itemId = op.itemId ?? meeting?.currentItemId ?? null;
  if (!meeting || !itemId || !(await d.agendaItems.get(itemId))) throw new NoItemError();
  const { speakerId, speakerName, text } = op;
  await addEntry(
    meetingId,
    { agendaItemId: itemId, kind: entryKind(op), speakerId, speakerName, text },
    op.at,
    op.entryId,
  );
}

async function applySession(meetingId: string, action: SessionAction, now: number): Promise<void> {
  try {
    await writeTransition(meetingId, action, now);
  } catch (error) {
    // Keys pressed faster than the screen follows can ask for a step past the last item, or a
    // second start: the operation then does nothing, as the same key on an up-to-date screen.
    if (!(error instanceof SessionError)) throw error;
  }
}

async function addUnplanned(d: SeogiDb, meetingId: string, op: Extract<JournaledOp, { type: 'unplanned' }>) {
  const order = await nextOrder(d.agendaItems, meetingId);
  await d.agendaItems.add({
    ...blankAgendaItem(meetingId, order, { kind: 'other', title: op.title, unplanned: true }),
    id: op.itemId,
  });
  await applySession(meetingId, { type: 'jump', itemId: op.itemId }, op.at);
}

/**
 * Stamps the attendee's arrival or departure and, while the meeting sits, writes it into the
 * record under the current item.
 */
async function markPresence(d: SeogiDb, meetingId: string, op: Extract<JournaledOp, { type: 'presence' }>) {
  const attendee = await d.attendees.get(op.attendeeId);
  const meeting = await d.meetings.get(meetingId);
  if (!attendee || !meeting || attendee.meetingId !== meetingId) return;
  const { action, changes } = nextPresence(attendee, op.at);
  await d.attendees.update(attendee.id, changes);
  await d.meetings.update(meetingId, { updatedAt: op.at });
  if (meeting.status === 'live' && meeting.currentItemId) {
    const type = action === 'left' ? 'left' : 'arrived';
    await writeEvents(d, meetingId, [{ itemId: meeting.currentItemId, type, attendeeId: attendee.id }], op.at);
  }
}

/**
 * Writes one journaled operation and the meeting's journal mark in one transaction. An operation
 * at or below the mark was written before (a replay after a crash) and is skipped: false.
 */
export async function applyLiveOp(meetingId: string, op: JournaledOp): Promise<boolean> {
  const d = db();
  const tables = [d.meetings, d.agendaItems, d.attendees, d.entries, d.events, d.drafts, d.journal];
  const applied = await d.transaction('rw', tables, async () => {
    const mark = await d.journal.get(meetingId);
    if (mark && op.seq <= mark.appliedSeq) return false;
    if (op.type === 'entry') await insertEntry(d, meetingId, op);
    else if (op.type === 'session') await applySession(meetingId, op.action, op.at);
    else if (op.type === 'presence') await markPresence(d, meetingId, op);
    else await addUnplanned(d, meetingId, op);
    await d.journal.put({ meetingId, appliedSeq: op.seq });
    return true;
  });
  // A draft kept aside before the entry was stored holds that entry's text: it must not come back.
  if (applied && op.type === 'entry') forgetKept(draftKey(meetingId), op.at);
  return applied;
}
