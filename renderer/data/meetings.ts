/**
 * Repository of meetings. Components reach the database only through repositories like this
 * one and through the hooks in hooks.ts.
 */
import {
  DEFAULT_QUORUM,
  newId,
  type Language,
  type Meeting,
  type MeetingSummary,
  type QuorumRule,
  type Signature,
  type Threshold,
} from '../domain/model';
import { phraseBody } from '../domain/phrases';
import { nextSessionLabel } from '../domain/sessionLabel';
import { carriedSignature, signatureOf } from '../domain/signature';
import { blankAttendee } from './attendees';
import { db } from './db';
import { forgetJournal } from './liveJournal';
import { rebuildMeetingList, storedSummaries, summaryOf } from './meetingList';
import { dropEdit } from './pendingEdits';
import { updateKey, writeOrKeep } from './fallback';
import { rowsInOrder } from './ordered';

export type MeetingFields = Pick<
  Meeting,
  | 'title'
  | 'organization'
  | 'sessionLabel'
  | 'date'
  | 'startTime'
  | 'location'
  | 'minutesLanguage'
  | 'chairId'
  | 'recorder'
  | 'quorum'
  | 'speakerKeys'
  | 'signature'
  | 'nextMeetingDate'
  | 'nextMeetingTime'
>;

export function blankMeeting(minutesLanguage: Language, now: number): Meeting {
  return {
    id: newId(),
    title: '',
    organization: '',
    sessionLabel: '',
    date: '',
    startTime: '',
    location: '',
    minutesLanguage,
    status: 'draft',
    startedAt: null,
    endedAt: null,
    recesses: [],
    chairId: null,
    recorder: '',
    quorum: DEFAULT_QUORUM,
    currentItemId: null,
    currentItemSince: null,
    previousMeetingId: null,
    approval: null,
    approvalLog: [],
    createdAt: now,
    updatedAt: now,
  };
}

export async function createMeeting(minutesLanguage: Language, fields: Partial<MeetingFields> = {}): Promise<string> {
  const meeting = { ...blankMeeting(minutesLanguage, Date.now()), ...fields };
  await db().meetings.add(meeting);
  return meeting.id;
}

export async function updateMeeting(id: string, changes: Partial<MeetingFields>): Promise<void> {
  const value = { ...changes, updatedAt: Date.now() };
  await writeOrKeep({ key: updateKey('meetings', id, changes), table: 'meetings', kind: 'update', id, value }, () =>
    db().meetings.update(id, value),
  );
  // Once the meeting says which body it belongs to, it signs as that body does.
  if (changes.organization !== undefined) await adoptBodySignature(id);
}

/**
 * Changes the meeting's signature block as stored, read and written in one transaction (a box's
 * heading typed while another choice is saved never puts back a stale one).
 */
export async function changeSignature(id: string, change: (signature: Signature) => Signature): Promise<void> {
  const d = db();
  await d.transaction('rw', d.meetings, async () => {
    const meeting = await d.meetings.get(id);
    if (meeting) await updateMeeting(id, { signature: change(signatureOf(meeting)) });
  });
}

/**
 * A meeting that has no signature block of its own takes its body's: the choice of the body's
 * latest meeting that made one. The signers stay behind (they are another meeting's roster).
 */
export async function adoptBodySignature(id: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.meetings, async () => {
    const meeting = await d.meetings.get(id);
    if (!meeting || meeting.signature) return;
    const body = phraseBody(meeting.organization);
    const latest = (await d.meetings.toArray())
      .filter((m) => m.id !== id && m.signature && phraseBody(m.organization) === body)
      .sort(compareNewestFirst)[0]?.signature;
    if (latest) await d.meetings.update(id, { signature: { ...latest, signerIds: [] }, updatedAt: Date.now() });
  });
}

/** Sets one of the two thresholds of the quorum rule (a key path: see setVote in agenda.ts). */
export async function setQuorumThreshold(id: string, key: keyof QuorumRule, threshold: Threshold): Promise<void> {
  const updatedAt = Date.now();
  const changes = key === 'open' ? { 'quorum.open': threshold, updatedAt } : { 'quorum.pass': threshold, updatedAt };
  await writeOrKeep(
    { key: updateKey('meetings', id, changes), table: 'meetings', kind: 'update', id, value: changes },
    () => db().meetings.update(id, changes),
  );
}

export function getMeeting(id: string): Promise<Meeting | undefined> {
  return db().meetings.get(id);
}

type MeetingOrder = Pick<Meeting, 'id' | 'date' | 'createdAt'>;

interface OrderKey {
  day: string;
  createdAt: number;
  id: string;
}

const orderKey = (m: MeetingOrder): OrderKey => ({
  day: m.date || new Date(m.createdAt).toISOString().slice(0, 10),
  createdAt: m.createdAt,
  id: m.id,
});

// Days are ISO (or whatever was typed): compared by code unit, as cheaply as a sort of 10,000
// meetings needs (localeCompare was most of its time).
const compareKeys = (a: OrderKey, b: OrderKey) =>
  a.day < b.day ? 1 : a.day > b.day ? -1 : b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Newest first: by meeting date (undated meetings by when they were created), then creation, then
 * id (meetings restored or written in one millisecond keep one order, whatever order they are read in).
 */
export function compareNewestFirst(a: MeetingOrder, b: MeetingOrder): number {
  return compareKeys(orderKey(a), orderKey(b));
}

/** Sorted as compareNewestFirst does, each meeting's key worked out once. */
export function newestFirst<T extends MeetingOrder>(meetings: readonly T[]): T[] {
  const keyed = meetings.map((meeting) => ({ meeting, key: orderKey(meeting) }));
  return keyed.sort((a, b) => compareKeys(a.key, b.key)).map((k) => k.meeting);
}

/** How many meetings are stored, without reading them. */
export function countMeetings(): Promise<number> {
  return db().meetings.count();
}

/**
 * Every meeting's summary, newest first, from the stored list (meetingList.ts); a stale list is
 * read from the meetings this once, and rebuilt. One explicit transaction: the list and the count
 * that proves it are read together, and Dexie's live-query cache (which would not see the list's
 * writes, made below it) is bypassed.
 */
export async function listMeetings(): Promise<MeetingSummary[]> {
  const d = db();
  const { summaries, stale } = await d.transaction('r', d.meetings, d.meetingList, async () => {
    const stored = await storedSummaries(d);
    return stored
      ? { summaries: stored, stale: false }
      : { summaries: (await d.meetings.toArray()).map(summaryOf), stale: true };
  });
  // After this task: a live query's zone (this reader's, when it is one) allows no write.
  if (stale) setTimeout(() => void rebuildMeetingList(d));
  return newestFirst(summaries);
}

/**
 * Deletes a meeting with its roster, agenda, record and action items, all or nothing. Approved
 * minutes are refused (an error, nothing removed): they must be unlocked first, which is recorded.
 */
export async function deleteMeeting(id: string): Promise<void> {
  const d = db();
  const tables = [d.meetings, d.attendees, d.agendaItems, d.entries, d.events, d.actionItems, d.drafts, d.journal];
  const entryIds = await d.transaction('rw', tables, async () => {
    // Refused after the transaction, not by aborting it: an aborted write is reported as failed.
    if ((await d.meetings.get(id))?.status === 'approved') return null;
    const ids = await d.entries.where('meetingId').equals(id).primaryKeys();
    await Promise.all([
      d.drafts.delete(id),
      d.journal.delete(id),
      d.attendees.where('meetingId').equals(id).delete(),
      d.agendaItems.where('meetingId').equals(id).delete(),
      d.entries.where('meetingId').equals(id).delete(),
      d.events.where('meetingId').equals(id).delete(),
      d.actionItems.where('meetingId').equals(id).delete(),
    ]);
    await d.meetings.delete(id);
    return ids;
  });
  if (entryIds === null) throw new Error(`Meeting ${id} is approved: unlock its minutes before deleting it`);
  // What this window kept of the meeting's typing goes with it.
  forgetJournal(id);
  for (const entryId of entryIds) dropEdit(entryId);
}

/**
 * The next meeting of the same body: title, organization, place, start time, minutes language,
 * chair, recorder, quorum rule, pinned speaker keys and signature block carried over; the roster
 * copied with attendance reset; the session label incremented (제4차 -> 제5차); the date (and
 * time) the minutes announced for the next meeting, if any; the agenda left for the recorder.
 */
export async function createNextMeeting(previousId: string): Promise<string | null> {
  const d = db();
  return d.transaction('rw', d.meetings, d.attendees, async () => {
    const previous = await d.meetings.get(previousId);
    if (!previous) return null;
    const now = Date.now();
    const next: Meeting = {
      ...blankMeeting(previous.minutesLanguage, now),
      title: previous.title,
      organization: previous.organization,
      sessionLabel: nextSessionLabel(previous.sessionLabel),
      date: previous.nextMeetingDate?.trim() ?? '',
      startTime: previous.nextMeetingTime?.trim() || previous.startTime,
      location: previous.location,
      recorder: previous.recorder,
      quorum: previous.quorum,
      previousMeetingId: previous.id,
    };
    const roster = await rowsInOrder(d.attendees, previous.id);
    const copies = roster.map((a, order) => ({
      from: a.id,
      row: blankAttendee(next.id, order, { name: a.name, role: a.role, affiliation: a.affiliation, group: a.group }),
    }));
    const copyOf = (id: string | null) => copies.find((c) => c.from === id)?.row.id ?? null;
    next.chairId = copyOf(previous.chairId);
    // The same people speak at the body's next meeting: their quick keys go along.
    if (previous.speakerKeys) next.speakerKeys = previous.speakerKeys.map(copyOf);
    if (previous.signature) next.signature = carriedSignature(previous.signature, copyOf);
    await d.meetings.add(next);
    await d.attendees.bulkAdd(copies.map((c) => c.row));
    return next.id;
  });
}
