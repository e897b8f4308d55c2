/**
 * Repository of meetings. Components reach the database only through repositories like this
 * one and through the hooks in hooks.ts.
 */
import { DEFAULT_QUORUM, newId, type Language, type Meeting } from '../domain/model';
import { db } from './db';

export type MeetingFields = Pick<
  Meeting,
  'title' | 'organization' | 'sessionLabel' | 'date' | 'startTime' | 'location' | 'minutesLanguage' | 'recorder'
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
    previousMeetingId: null,
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
  await db().meetings.update(id, { ...changes, updatedAt: Date.now() });
}

export function getMeeting(id: string): Promise<Meeting | undefined> {
  return db().meetings.get(id);
}

export function listMeetings(): Promise<Meeting[]> {
  return db().meetings.orderBy('updatedAt').reverse().toArray();
}
