/**
 * What the transcript shows: the item's entries as the database has them, followed by those the
 * recorder has noted with Enter and the database does not have yet. Writing an entry is durable
 * and takes its time (a tenth of a second on a slow disk); the recorder must see what they typed
 * at once (bench/live: Enter → entry shown).
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Entry } from '../../domain/model';
import { entryKind } from '../../domain/speakers';
import type { EntryOp, LiveRecorder } from './recorder';

/** Where the transcript is: the item it shows, and since when it is the meeting's current item. */
export interface ShownItem {
  meetingId: string;
  itemId: string | null;
  /** When the item was taken up, while the meeting is live and this is its current item; else null. */
  currentSince: number | null;
}

/** The stored entries, then the noted ones that go under this item and are not stored yet. */
export function withNoted(stored: readonly Entry[], noted: readonly EntryOp[], place: ShownItem): readonly Entry[] {
  const { meetingId, itemId, currentSince } = place;
  if (itemId === null) return stored;
  // An entry of the live meeting goes under the item current when it is written: the one shown,
  // if it was noted after the item was taken up (earlier actions are written first).
  const here = noted.filter((op) =>
    op.itemId === null ? currentSince !== null && op.at >= currentSince : op.itemId === itemId,
  );
  if (here.length === 0) return stored;
  // Noted entries are the newest: once stored they are among the last rows.
  const storedIds = new Set(stored.slice(-2 * noted.length).map((entry) => entry.id));
  const waiting = here.filter((op) => !storedIds.has(op.entryId));
  if (waiting.length === 0) return stored;
  return [
    ...stored,
    ...waiting.map((op) => ({
      id: op.entryId,
      meetingId,
      agendaItemId: itemId,
      seq: op.seq,
      kind: entryKind(op),
      speakerId: op.speakerId,
      speakerName: op.speakerName,
      text: op.text,
      createdAt: op.at,
      updatedAt: op.at,
      history: [],
    })),
  ];
}

const NONE: readonly EntryOp[] = [];
const noSubscription = () => () => undefined;

export function useShownEntries(
  stored: readonly Entry[] | undefined,
  recorder: LiveRecorder | null,
  place: ShownItem,
): readonly Entry[] {
  const noted = useSyncExternalStore(
    recorder?.subscribeNoted ?? noSubscription,
    recorder?.notedEntries ?? (() => NONE),
  );
  const { meetingId, itemId, currentSince } = place;
  return useMemo(
    () => withNoted(stored ?? [], noted, { meetingId, itemId, currentSince }),
    [stored, noted, meetingId, itemId, currentSince],
  );
}
