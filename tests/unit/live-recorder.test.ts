/**
 * The live recorder's ordering: every action is applied in the order it was asked for, whatever
 * the speed of the store, and a refused write loses nothing. The store here is a model of the
 * database (an agenda, a current item, entries, the journal mark) with writes that take a random
 * time or fail on demand; live-journal.test.ts runs the real one over IndexedDB.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldState, Journal, JournaledOp } from '../../renderer/data/liveJournal';
import type { Attendee } from '../../renderer/domain/model';
import { LiveRecorder, type RecorderStore } from '../../renderer/features/live/recorder';
import { seededRandom } from '../fixtures/random';

const ITEMS = ['i1', 'i2', 'i3', 'i4'];
const ROSTER = [
  { id: 'a1', name: '김종석', role: '부시장' },
  { id: 'a2', name: '박춘배', role: '공동위원장' },
  { id: 'a3', name: '정윤석', role: '위원' },
] as Attendee[];

interface StoredEntry {
  item: string;
  speakerId: string | null;
  text: string;
}

class ModelStore implements RecorderStore {
  current = 0;
  entries: StoredEntry[] = [];
  mark = 0;
  field: FieldState | null = null;
  journal: Journal | null = null;
  applied: JournaledOp[] = [];
  constructor(
    private readonly delay: () => number = () => 0,
    private readonly refuse: (op: JournaledOp) => boolean = () => false,
  ) {}

  async applyOp(_meetingId: string, op: JournaledOp): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, this.delay()));
    if (this.refuse(op)) throw new DOMException('The disk is full (test).', 'QuotaExceededError');
    if (op.seq <= this.mark) return false;
    if (op.type === 'entry') {
      this.entries.push({ item: op.itemId ?? (ITEMS[this.current] as string), speakerId: op.speakerId, text: op.text });
    } else if (op.type === 'session') {
      const step = op.action.type === 'next' ? 1 : op.action.type === 'previous' ? -1 : 0;
      this.current = Math.min(ITEMS.length - 1, Math.max(0, this.current + step));
    }
    this.mark = op.seq;
    this.applied.push(op);
    return true;
  }
  async saveField(_meetingId: string, field: FieldState): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.delay()));
    this.field = field;
  }
  async storedField(): Promise<FieldState | null> {
    return this.field;
  }
  async appliedSeq(): Promise<number> {
    return this.mark;
  }
  readJournal(): Journal | null {
    return this.journal && structuredClone(this.journal);
  }
  writeJournal(_meetingId: string, journal: Journal): boolean {
    this.journal = structuredClone(journal);
    return true;
  }
  isWritable(): boolean {
    return true;
  }
}

/** A clock that moves by one millisecond a call, so that sequence numbers follow the clock too. */
function clock(start = 1_000_000): () => number {
  let now = start;
  return () => (now += 1);
}

beforeEach(() => {
  // Refused writes are reported on the console by design; keep the test output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

// 600 actions with timed writes take a few seconds on a loaded machine: more than vitest's default 5 s.
describe('the live recorder', { timeout: 30_000 }, () => {
  for (const seed of [1, 7, 42, 2024]) {
    it(`applies 600 random actions in the order asked, with writes of random duration (seed ${seed})`, async () => {
      const rand = seededRandom(seed);
      const store = new ModelStore(() => Math.floor(rand() * 4));
      const recorder = new LiveRecorder('m1', store, clock());
      await recorder.ready;
      const expected: StoredEntry[] = [];
      let current = 0;
      let speaker: string | null = null;
      const trail: string[] = [];
      for (let i = 0; i < 600; i++) {
        const roll = rand();
        if (roll < 0.2) {
          recorder.act({ type: 'session', action: { type: 'next' } }).catch(() => undefined);
          current = Math.min(ITEMS.length - 1, current + 1);
          trail.push('next');
        } else if (roll < 0.35) {
          recorder.act({ type: 'session', action: { type: 'previous' } }).catch(() => undefined);
          current = Math.max(0, current - 1);
          trail.push('previous');
        } else if (roll < 0.5) {
          const who = ROSTER[Math.floor(rand() * ROSTER.length)]!;
          recorder.setSpeaker({ speakerId: who.id, speakerName: '' });
          speaker = who.id;
          trail.push(`speaker ${who.name}`);
        } else if (roll < 0.55) {
          recorder.setSpeaker({ speakerId: null, speakerName: '' });
          speaker = null;
          trail.push('no speaker');
        } else if (roll < 0.65) {
          const who = ROSTER[Math.floor(rand() * ROSTER.length)]!;
          const text = `발언 ${i}`;
          expect(recorder.commit(`@${who.name} ${text}`, ROSTER, null)).toBe(true);
          speaker = who.id;
          expected.push({ item: ITEMS[current]!, speakerId: who.id, text });
          trail.push(`@${who.name} ${text}`);
        } else {
          const text = `기록 ${i}\nline`;
          recorder.setText(text);
          expect(recorder.commit(text, ROSTER, null)).toBe(true);
          expected.push({ item: ITEMS[current]!, speakerId: speaker, text });
          trail.push(text);
        }
      }
      await recorder.flush();
      expect(store.entries, `seed ${seed}: ${trail.slice(-20).join(' | ')}`).toEqual(expected);
      expect(store.journal?.ops ?? []).toEqual([]);
      expect(store.current).toBe(current);
    });
  }

  it('notes each entry for the screen when Enter is pressed, and forgets a refused or deleted one', async () => {
    const store = new ModelStore(
      () => 5,
      (op) => op.type === 'entry' && op.text === 'refused',
    );
    const recorder = new LiveRecorder('m1', store, clock());
    await recorder.ready;
    let changes = 0;
    recorder.subscribeNoted(() => changes++);
    recorder.commit('first', ROSTER, null);
    recorder.commit('refused', ROSTER, null);
    recorder.commit('third', ROSTER, null);
    // Shown at once, before any write.
    expect(store.entries).toEqual([]);
    expect(recorder.notedEntries().map((op) => op.text)).toEqual(['first', 'refused', 'third']);
    await recorder.flush();
    expect(recorder.notedEntries().map((op) => op.text)).toEqual(['first', 'third']);
    recorder.forgetNoted(recorder.notedEntries()[0]!.entryId);
    expect(recorder.notedEntries().map((op) => op.text)).toEqual(['third']);
    expect(changes).toBe(5);
  });

  it('a write refused in the middle of a burst gives its text back, and the actions after it still apply in order', async () => {
    const store = new ModelStore(
      () => 2,
      (op) => op.type === 'entry' && op.text === '둘째',
    );
    const recorder = new LiveRecorder('m1', store, clock());
    await recorder.ready;
    const given: string[] = [];
    recorder.onTextReplaced((text) => given.push(text));
    recorder.commit('첫째', ROSTER, null);
    recorder.setSpeaker({ speakerId: 'a2', speakerName: '' });
    recorder.commit('둘째', ROSTER, null);
    void recorder.act({ type: 'session', action: { type: 'next' } }).catch(() => undefined);
    recorder.setSpeaker({ speakerId: 'a3', speakerName: '' });
    recorder.commit('셋째', ROSTER, null);
    recorder.setText('입력 중');
    await recorder.flush();
    expect(store.entries).toEqual([
      { item: 'i1', speakerId: null, text: '첫째' },
      { item: 'i2', speakerId: 'a3', text: '셋째' },
    ]);
    // The refused entry is back in the field, before what was typed since, with its speaker.
    expect(given).toEqual(['둘째\n입력 중']);
    expect(recorder.text).toBe('둘째\n입력 중');
    expect(recorder.speaker()).toEqual({ speakerId: 'a2', speakerName: '' });
    expect(store.journal?.ops).toEqual([]);
    expect(store.journal?.field.text).toBe('둘째\n입력 중');
  });

  it('several refused entries come back in the order they were committed', async () => {
    const store = new ModelStore(
      () => 1,
      (op) => op.type === 'entry',
    );
    const recorder = new LiveRecorder('m1', store, clock());
    await recorder.ready;
    recorder.commit('A', ROSTER, null);
    recorder.commit('B', ROSTER, null);
    recorder.setText('C');
    await recorder.flush();
    expect(store.entries).toEqual([]);
    // What was typed since (C) stays last.
    expect(recorder.text).toBe('A\nB\nC');
  });

  it('text is never posted without Enter: item changes leave it in the field', async () => {
    const store = new ModelStore();
    const recorder = new LiveRecorder('m1', store, clock());
    await recorder.ready;
    recorder.setText('반쯤 친 문장');
    await recorder.act({ type: 'session', action: { type: 'next' } });
    await recorder.act({ type: 'session', action: { type: 'previous' } });
    await recorder.flush();
    expect(store.entries).toEqual([]);
    expect(store.field?.text).toBe('반쯤 친 문장');
    expect(recorder.text).toBe('반쯤 친 문장');
  });

  it('adds phrases as notes in the order of the keys, leaving the field and its speaker as they are', async () => {
    const store = new ModelStore(() => 2);
    const recorder = new LiveRecorder('m1', store, clock());
    await recorder.ready;
    recorder.setSpeaker({ speakerId: 'a1', speakerName: '' });
    recorder.addPhrase('(개의 선포)', null);
    recorder.setText('성원이 되었으므로');
    recorder.addPhrase(' (의사봉 3타) ', null);
    recorder.addPhrase('  ', null);
    void recorder.act({ type: 'session', action: { type: 'next' } });
    recorder.addPhrase('(국민의례)', null);
    expect(recorder.notedEntries().map((op) => op.text)).toEqual(['(개의 선포)', '(의사봉 3타)', '(국민의례)']);
    expect(recorder.commit(recorder.text, ROSTER, null)).toBe(true);
    await recorder.flush();
    expect(store.entries).toEqual([
      { item: 'i1', speakerId: null, text: '(개의 선포)' },
      { item: 'i1', speakerId: null, text: '(의사봉 3타)' },
      { item: 'i2', speakerId: null, text: '(국민의례)' },
      { item: 'i2', speakerId: 'a1', text: '성원이 되었으므로' },
    ]);
    expect(store.applied.filter((op) => op.type === 'entry').map((op) => op.speakerName)).toEqual(['', '', '', '']);
  });

  it('a phrase leaves the text being typed in the field, and its speaker chosen', async () => {
    const store = new ModelStore();
    const recorder = new LiveRecorder('m1', store, clock());
    await recorder.ready;
    recorder.setSpeaker({ speakerId: 'a2', speakerName: '' });
    recorder.setText('반쯤 친');
    recorder.addPhrase('(의사봉 3타)', null);
    await recorder.flush();
    expect(recorder.text).toBe('반쯤 친');
    expect(store.field?.text).toBe('반쯤 친');
    expect(recorder.speaker()).toEqual({ speakerId: 'a2', speakerName: '' });
    expect(store.entries).toEqual([{ item: 'i1', speakerId: null, text: '(의사봉 3타)' }]);
  });

  it('an empty field, or @name alone, adds no entry; @name alone chooses the speaker', async () => {
    const store = new ModelStore();
    const recorder = new LiveRecorder('m1', store, clock());
    await recorder.ready;
    expect(recorder.commit('   \n ', ROSTER, null)).toBe(false);
    expect(recorder.commit('@박춘배', ROSTER, null)).toBe(true);
    await recorder.flush();
    expect(store.entries).toEqual([]);
    expect(recorder.speaker()).toEqual({ speakerId: 'a2', speakerName: '' });
  });

  it('after a crash, journaled actions are replayed in order, skipping those already written', async () => {
    const store = new ModelStore(() => 0);
    const first = new LiveRecorder('m1', store, clock());
    await first.ready;
    first.commit('가', ROSTER, null);
    await first.flush();
    // The next three are journaled, then the page dies before they are written.
    store.applyOp = () => new Promise<boolean>(() => undefined);
    first.commit('나', ROSTER, null);
    void first.act({ type: 'session', action: { type: 'next' } });
    first.commit('다', ROSTER, null);
    first.setText('쓰던 중');
    const journal = store.journal!;
    expect(journal.ops.map((op) => op.type)).toEqual(['entry', 'session', 'entry']);

    // The page comes back: the journal as it was; the first of the three had in fact been written.
    const reopened = new ModelStore(() => 1);
    reopened.entries = [...store.entries, { item: 'i1', speakerId: null, text: '나' }];
    reopened.mark = journal.ops[0]!.seq;
    reopened.journal = journal;
    const second = new LiveRecorder('m1', reopened, clock(2_000_000));
    await second.ready;
    expect(reopened.entries).toEqual([
      { item: 'i1', speakerId: null, text: '가' },
      { item: 'i1', speakerId: null, text: '나' },
      { item: 'i2', speakerId: null, text: '다' },
    ]);
    expect(second.text).toBe('쓰던 중');
    expect(reopened.journal?.ops).toEqual([]);
    // New actions are numbered after the replayed ones.
    second.commit('라', ROSTER, null);
    await second.flush();
    expect(reopened.entries.at(-1)).toEqual({ item: 'i2', speakerId: null, text: '라' });
  });

  it('the newer of the journal and the stored draft is given back on open', async () => {
    const store = new ModelStore();
    store.journal = { field: { text: 'localStorage', speakerId: null, speakerName: '', updatedAt: 5 }, ops: [] };
    store.field = { text: 'database', speakerId: 'a1', speakerName: '', updatedAt: 9 };
    const recorder = new LiveRecorder('m1', store, clock());
    await recorder.ready;
    expect(recorder.text).toBe('database');
    expect(recorder.speaker()).toEqual({ speakerId: 'a1', speakerName: '' });
  });

  it('mirrors every keystroke in the journal at once, and writes the field at most 300 ms later', async () => {
    vi.useFakeTimers();
    try {
      const store = new ModelStore();
      const recorder = new LiveRecorder('m1', store, clock());
      await recorder.ready;
      recorder.setText('가');
      expect(store.journal?.field.text).toBe('가');
      await vi.advanceTimersByTimeAsync(200);
      recorder.setText('가나');
      expect(store.journal?.field.text).toBe('가나');
      expect(store.field).toBeNull();
      // The timer is not restarted by later keystrokes: a long burst is still written.
      await vi.advanceTimersByTimeAsync(120);
      expect(store.field?.text).toBe('가나');
    } finally {
      vi.useRealTimers();
    }
  });
});
