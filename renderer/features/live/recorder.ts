/**
 * The recorder of one live meeting: the single place where the Entry field's text, the chosen
 * speaker and the order of the recorder's actions are kept.
 *
 * - Every action (an entry committed, an item taken up, a recess…) is captured synchronously when
 *   its key is pressed, journaled in localStorage, and written by one queue, one after another in
 *   that order (see data/liveJournal.ts). The speaker of an entry is the one chosen when Enter was
 *   pressed; its item is the meeting's current item once every earlier action has been written.
 * - Every keystroke in the Entry field is mirrored synchronously in the journal, and written to
 *   the database as a draft at most SAVE_DELAY_MS later, also during a long burst of typing (one
 *   DebouncedWriter, as the autosaved fields).
 * - Text is never posted without Enter: changing item leaves it in the field.
 * - An entry the database refuses goes back into the field, before what was typed since.
 * - Entries are shown as soon as Enter notes them (notedEntries), not once the database has them:
 *   the transcript must not wait for a durable write (bench/live).
 */
import { clearWaiting, markWaiting } from '../../data/saveStatus';
import {
  appliedSeq,
  applyLiveOp,
  emptyField,
  meetingsWithPendingOps,
  readJournal,
  saveField,
  storedField,
  writeJournal,
  type FieldState,
  type Journal,
  type JournaledOp,
  type LiveOp,
} from '../../data/liveJournal';
import { isWritable } from '../../data/writer';
import { newId, type Attendee } from '../../domain/model';
import { parseMention } from '../../domain/speakers';
import { DebouncedWriter } from '../../hooks/debouncedWriter';

export interface SpeakerValue {
  speakerId: string | null;
  speakerName: string;
}

/** Where the recorder keeps things; the real one is the database and localStorage. */
export interface RecorderStore {
  applyOp(meetingId: string, op: JournaledOp): Promise<boolean>;
  saveField(meetingId: string, field: FieldState): Promise<void>;
  storedField(meetingId: string): Promise<FieldState | null>;
  appliedSeq(meetingId: string): Promise<number>;
  readJournal(meetingId: string): Journal | null;
  writeJournal(meetingId: string, journal: Journal): boolean;
  /** False once another window has become the writer: the journal is then that window's. */
  isWritable(): boolean;
}

const defaultStore: RecorderStore = {
  applyOp: applyLiveOp,
  saveField,
  storedField,
  appliedSeq,
  readJournal,
  writeJournal,
  isWritable,
};

export type EntryOp = Extract<JournaledOp, { type: 'entry' }>;

/** How many noted entries are kept for the screen: far more than are ever waiting to be written. */
const NOTED_KEPT = 20;

export class LiveRecorder {
  /** Settles once the operations a crash left in the journal are written and the field is known. */
  readonly ready: Promise<void>;
  private journal: Journal = { field: emptyField(), ops: [] };
  private seq = 0;
  private queue: Promise<unknown>;
  private speakerValue: SpeakerValue = { speakerId: null, speakerName: '' };
  private readonly speakerListeners = new Set<() => void>();
  private readonly textListeners = new Set<(text: string) => void>();
  private noted: readonly EntryOp[] = [];
  private readonly notedListeners = new Set<() => void>();
  /** Texts of refused entries at the start of the field, so that several go back in their order. */
  private returned = '';
  private pendingWork = 0;
  private readonly fieldWriter = new DebouncedWriter();

  constructor(
    readonly meetingId: string,
    private readonly store: RecorderStore = defaultStore,
    private readonly now: () => number = Date.now,
  ) {
    this.ready = this.recover();
    this.queue = this.ready.catch(() => undefined);
  }

  /** The Entry field's text as the recorder last left it. */
  get text(): string {
    return this.journal.field.text;
  }

  readonly speaker = (): SpeakerValue => this.speakerValue;

  readonly subscribeSpeaker = (listener: () => void): (() => void) => {
    this.speakerListeners.add(listener);
    return () => this.speakerListeners.delete(listener);
  };

  /**
   * The last entries noted with Enter in this window, written or not, without those refused: the
   * screen shows those it does not yet read from the database.
   */
  readonly notedEntries = (): readonly EntryOp[] => this.noted;

  readonly subscribeNoted = (listener: () => void): (() => void) => {
    this.notedListeners.add(listener);
    return () => this.notedListeners.delete(listener);
  };

  /** An entry deleted from the record: shown no longer, even if it was noted here. */
  forgetNoted(entryId: string): void {
    if (this.noted.some((op) => op.entryId === entryId))
      this.showNoted(this.noted.filter((op) => op.entryId !== entryId));
  }

  /** Called when the recorder puts text into the field itself (a refused entry given back). */
  onTextReplaced(listener: (text: string) => void): () => void {
    this.textListeners.add(listener);
    return () => this.textListeners.delete(listener);
  }

  /** The field's text changed (a keystroke, a paste, an IME step). */
  setText(text: string): void {
    this.journal.field = { ...this.journal.field, text, updatedAt: this.now() };
    if (!text.startsWith(this.returned)) this.returned = '';
    this.persist();
    this.fieldWriter.schedule(this.writeField);
  }

  setSpeaker(value: SpeakerValue): void {
    this.journal.field = { ...this.journal.field, ...value, updatedAt: this.now() };
    this.showSpeaker(value);
    this.persist();
    this.fieldWriter.schedule(this.writeField);
  }

  /**
   * Takes the field's text as an entry, by the speaker chosen now (or named by `@name` at its
   * start), under the item current once earlier actions are written (or `itemId`, an item browsed
   * after the meeting). False when there is nothing to take: the field is then left as it is.
   */
  commit(raw: string, roster: readonly Attendee[], itemId: string | null): boolean {
    const trimmed = raw.trim();
    if (trimmed === '') return false;
    const mention = parseMention(trimmed, roster);
    const speaker: SpeakerValue = mention
      ? { speakerId: mention.speaker.id, speakerName: '' }
      : { speakerId: this.speakerValue.speakerId, speakerName: this.speakerValue.speakerName };
    const text = (mention?.text ?? trimmed).trim();
    const at = this.now();
    this.fieldWriter.cancel();
    this.returned = '';
    this.showSpeaker(speaker);
    this.journal.field = { text: '', ...speaker, updatedAt: at };
    if (text === '') {
      // `@name` alone chooses the speaker.
      this.persist();
      this.fieldWriter.schedule(this.writeField);
      return true;
    }
    this.note({ type: 'entry', entryId: newId(), itemId, text, ...speaker, seq: this.nextSeq(), at });
    return true;
  }

  /**
   * A procedural phrase (domain/phrases.ts) as an entry of its own, in the order of the keys like
   * any entry: a note, by no one, whoever is chosen as the speaker. The Entry field's text and its
   * speaker are left as they are, for the statement being typed.
   */
  addPhrase(text: string, itemId: string | null): void {
    const trimmed = text.trim();
    if (trimmed === '') return;
    const seq = this.nextSeq();
    this.note({
      type: 'entry',
      entryId: newId(),
      itemId,
      text: trimmed,
      speakerId: null,
      speakerName: '',
      seq,
      at: this.now(),
    });
  }

  /** An item change, recess, start or end: written after everything asked for before it. */
  act(op: LiveOp): Promise<void> {
    const journaled = { ...op, seq: this.nextSeq(), at: this.now() } as JournaledOp;
    this.journal.ops = [...this.journal.ops, journaled];
    this.persist();
    return this.enqueue(() => this.write(journaled));
  }

  /** Journals an entry, shows it and writes it after everything asked for before it. */
  private note(op: EntryOp): void {
    this.journal.ops = [...this.journal.ops, op];
    this.persist();
    this.showNoted([...this.noted, op].slice(-NOTED_KEPT));
    this.enqueue(() => this.write(op)).catch(() => undefined);
  }

  /** Writes the field now (leaving the field, the page going away). */
  flushField(): void {
    void this.fieldWriter.flush();
  }

  /** Everything asked for so far is written (or has failed and been dealt with). */
  async flush(): Promise<void> {
    this.flushField();
    let current: Promise<unknown>;
    do {
      current = this.queue;
      await current;
    } while (current !== this.queue);
  }

  private async recover(): Promise<void> {
    // The journal is taken first and whole: whatever the database does, it is never written over.
    const saved = this.store.readJournal(this.meetingId);
    const ops = [...(saved?.ops ?? [])].sort((a, b) => a.seq - b.seq);
    this.journal = { field: saved?.field ?? emptyField(), ops };
    this.speakerValue = { speakerId: this.journal.field.speakerId, speakerName: this.journal.field.speakerName };
    this.seq = Math.max(0, ...ops.map((op) => op.seq), await this.store.appliedSeq(this.meetingId).catch(() => 0));
    // The database's copy of the field wins only when newer: localStorage may have refused a write.
    const stored = await this.store.storedField(this.meetingId).catch(() => null);
    if (stored && stored.updatedAt > this.journal.field.updatedAt) {
      this.journal.field = stored;
      this.speakerValue = { speakerId: stored.speakerId, speakerName: stored.speakerName };
    }
    for (const op of ops) await this.unwritten(this.write(op)).catch(() => undefined);
  }

  /**
   * Sequence numbers grow with the clock as well as by one, so that they stay above the stored
   * mark even when it could not be read.
   */
  private nextSeq(): number {
    this.seq = Math.max(this.seq + 1, this.now());
    return this.seq;
  }

  /** Writes the field as it is when its turn comes (not as it was when it was scheduled). */
  private readonly writeField = async (): Promise<void> => {
    if (this.store.isWritable()) await this.enqueue(() => this.store.saveField(this.meetingId, this.journal.field));
  };

  private async write(op: JournaledOp): Promise<void> {
    try {
      await this.store.applyOp(this.meetingId, op);
    } catch (error) {
      if (!this.store.isWritable()) throw error;
      this.settle(op);
      if (op.type === 'entry') this.giveBack(op);
      throw error;
    }
    this.settle(op);
  }

  private settle(op: JournaledOp): void {
    this.journal.ops = this.journal.ops.filter((o) => o.seq !== op.seq);
    this.persist();
  }

  /** A refused entry goes back into the field with its speaker, after those refused before it. */
  private giveBack(op: EntryOp): void {
    const { text } = this.journal.field;
    const rest = this.returned && text.startsWith(this.returned) ? text.slice(this.returned.length) : `\n${text}`;
    this.returned = this.returned ? `${this.returned}\n${op.text}` : op.text;
    const next = rest.trim() === '' ? this.returned : `${this.returned}${rest}`;
    this.journal.field = { text: next, speakerId: op.speakerId, speakerName: op.speakerName, updatedAt: this.now() };
    this.showSpeaker(op);
    this.showNoted(this.noted.filter((noted) => noted.entryId !== op.entryId));
    this.persist();
    this.fieldWriter.schedule(this.writeField);
    for (const listener of this.textListeners) listener(next);
  }

  private showNoted(noted: readonly EntryOp[]): void {
    this.noted = noted;
    for (const listener of this.notedListeners) listener();
  }

  private showSpeaker({ speakerId, speakerName }: SpeakerValue): void {
    if (speakerId === this.speakerValue.speakerId && speakerName === this.speakerValue.speakerName) return;
    this.speakerValue = { speakerId, speakerName };
    for (const listener of this.speakerListeners) listener();
  }

  private persist(): void {
    if (this.store.isWritable()) this.store.writeJournal(this.meetingId, this.journal);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return this.unwritten(run);
  }

  /** Work asked for and not yet written (queued or in flight) shows as waiting to be saved. */
  private async unwritten<T>(work: Promise<T>): Promise<T> {
    if (this.pendingWork++ === 0) markWaiting(this);
    try {
      return await work;
    } finally {
      if (--this.pendingWork === 0) clearWaiting(this);
    }
  }
}

/** One recorder per meeting in this window, so that every screen and the shell's flush share it. */
const recorders = new Map<string, LiveRecorder>();

export function recorderFor(meetingId: string): LiveRecorder {
  let recorder = recorders.get(meetingId);
  if (!recorder) {
    recorder = new LiveRecorder(meetingId);
    recorders.set(meetingId, recorder);
  }
  return recorder;
}

/** After this window lost the writer role: what the recorders hold may be stale. */
export function forgetRecorders(): void {
  recorders.clear();
}

/** Writes what every recorder of this window has pending (before the window closes). */
export async function flushRecorders(): Promise<void> {
  await Promise.all([...recorders.values()].map((recorder) => recorder.flush()));
}

/** Writes the operations an earlier run left in the journal (a crash, a closed window). */
export async function replayJournals(): Promise<void> {
  await Promise.all(meetingsWithPendingOps().map((id) => recorderFor(id).ready));
}
