/**
 * Corrections after the fact: what the recorder typed into an entry's editor (its text, speaker,
 * clock time, item) turned into the changes to store,
 * and an entry's history read back as whole earlier versions. Pure, so that the rules — `@name`
 * read as when an entry is added, a time read on the entry's own day, unreadable text refused —
 * are tested without a screen.
 */
import { readTime, type Reading } from './dateInput';
import { clockTime } from './dates';
import type { Attendee, Entry } from './model';
import { parseMention } from './speakers';

/** What the editor's fields hold when the recorder saves. */
export interface CorrectionForm {
  text: string;
  speakerId: string | null;
  speakerName: string;
  /** The clock time as typed: HH:MM or HH:MM:SS, or anything readTime reads (오후 4시 31분). */
  time: string;
  agendaItemId: string;
}

export type CorrectionChanges = Partial<
  Pick<Entry, 'text' | 'speakerId' | 'speakerName' | 'createdAt' | 'agendaItemId'>
>;

/** The changes to store, or why the typed time is refused (nothing is then stored). */
export type Correction = { changes: CorrectionChanges } | { problem: 'notATime' | 'noSuchTime' };

/** The clock time an editor shows for an entry, and takes as "unchanged". */
export function entryClockTime(entry: Pick<Entry, 'createdAt'>): string {
  return clockTime(entry.createdAt);
}

const SECONDS = /^(.*\d)\s*:\s*(\d{2})$/;

/** A clock time as readTime reads it, or with seconds (16:31:20): `HH:MM` or `HH:MM:SS`. */
export function readClockTime(text: string): Reading {
  const plain = text.normalize('NFKC').trim();
  const withSeconds = SECONDS.exec(plain);
  if (withSeconds?.[1] && /\d\s*:\s*\d{2}$/.test(withSeconds[1])) {
    const reading = readTime(withSeconds[1]);
    if (reading.kind !== 'valid') return reading;
    return Number(withSeconds[2]) > 59
      ? { kind: 'impossible' }
      : { kind: 'valid', value: `${reading.value}:${withSeconds[2]}` };
  }
  return readTime(plain);
}

/** The epoch time of `HH:MM[:SS]` on the day of `epochMs`, in the computer's time zone. */
export function onSameDay(epochMs: number, value: string): number {
  const [hours = 0, minutes = 0, seconds = 0] = value.split(':').map(Number);
  const day = new Date(epochMs);
  day.setHours(hours, minutes, seconds, 0);
  return day.getTime();
}

/**
 * The correction the form makes to the entry. `@name` at the start of the text chooses the
 * speaker as it does when an entry is added (and leaves the text); a time left as shown keeps the
 * stamp to the millisecond.
 */
export function correctionOf(entry: Entry, form: CorrectionForm, roster: readonly Attendee[]): Correction {
  const changes: CorrectionChanges = {};
  if (form.time.trim() !== entryClockTime(entry)) {
    const reading = readClockTime(form.time);
    if (reading.kind !== 'valid') return { problem: reading.kind === 'impossible' ? 'noSuchTime' : 'notATime' };
    changes.createdAt = onSameDay(entry.createdAt, reading.value);
  }
  const trimmed = form.text.trim();
  const mention = parseMention(trimmed, roster);
  const text = (mention?.text ?? trimmed).trim();
  // Emptied text keeps the entry's words: deleting an entry is Delete, with its undo.
  if (text !== '' && text !== entry.text) changes.text = text;
  const speaker = mention ? { speakerId: mention.speaker.id, speakerName: '' } : form;
  if (speaker.speakerId !== entry.speakerId || speaker.speakerName !== entry.speakerName) {
    changes.speakerId = speaker.speakerId;
    changes.speakerName = speaker.speakerName;
  }
  if (form.agendaItemId !== entry.agendaItemId) changes.agendaItemId = form.agendaItemId;
  return { changes };
}

/** An earlier version of an entry, whole: what it said, who, when, under which item. */
export interface EarlierVersion {
  kind: Entry['kind'];
  speakerId: string | null;
  speakerName: string;
  text: string;
  createdAt: number;
  agendaItemId: string;
  replacedAt: number;
  replacedBy: string;
}

/**
 * The entry's earlier versions, newest first. A revision keeps the time stamp and item only
 * when the correction that replaced it changed them; otherwise it had those of the version after it.
 */
export function earlierVersions(entry: Entry): EarlierVersion[] {
  const versions: EarlierVersion[] = [];
  let later: Pick<EarlierVersion, 'createdAt' | 'agendaItemId'> = entry;
  for (const revision of [...entry.history].reverse()) {
    const version: EarlierVersion = {
      ...revision,
      createdAt: revision.createdAt ?? later.createdAt,
      agendaItemId: revision.agendaItemId ?? later.agendaItemId,
    };
    versions.push(version);
    later = version;
  }
  return versions;
}
