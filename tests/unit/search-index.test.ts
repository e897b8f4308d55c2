import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addActionItem, removeActionItem, updateActionItem } from '../../renderer/data/actionItems';
import {
  addAgendaItem,
  addAttachment,
  removeAgendaItem,
  updateAgendaItem,
  updateAttachment,
} from '../../renderer/data/agenda';
import { applyRestore, backupText, currentStoredMeetings, openBackup } from '../../renderer/data/backup';
import { createBackupReader } from '../../renderer/data/backupReader';
import { db, openDb, SCHEMA_V5, SCHEMA_V7 } from '../../renderer/data/db';
import { addEntry, removeEntry, updateEntry } from '../../renderer/data/entries';
import { applyLiveOp } from '../../renderer/data/liveJournal';
import { createMeeting, deleteMeeting, updateMeeting } from '../../renderer/data/meetings';
import { searchArchive, searchAsTyped } from '../../renderer/data/search';
import {
  rebuildSearchIndex,
  SearchEngine,
  searchIndexStale,
  type SearchResponse,
} from '../../renderer/data/searchEngine';
import {
  onSearchChange,
  searchRowOf,
  SEARCH_FORMAT,
  SOURCE_TABLES,
  type SearchChange,
} from '../../renderer/data/searchIndex';
import { planRestore } from '../../renderer/domain/backup';
import type { SearchFilters } from '../../renderer/domain/search';

/** The search rows the source tables call for, against those stored. */
async function expectIndexInSync(): Promise<void> {
  const d = db();
  const wanted = [];
  for (const table of SOURCE_TABLES) {
    for (const row of await d.table(table).toArray()) wanted.push(searchRowOf(table, row));
  }
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  expect((await d.searchDocs.toArray()).sort(byKey)).toEqual(wanted.sort(byKey));
}

let engine: SearchEngine;
let stop: () => void;
const changes: SearchChange[] = [];
let counter = 0;

/** An engine as the worker runs it, told of this window's changes as search.ts tells it. */
function startEngine(): void {
  engine = new SearchEngine(db());
  stop = onSearchChange((change) => {
    changes.push(change);
    void engine.handle({ id: ++counter, type: 'changed', keys: change.keys });
  });
}

async function search(query: string, filters: SearchFilters = {}) {
  const response: SearchResponse = await engine.handle({ id: ++counter, type: 'search', query, filters });
  if (!response.ok || response.type !== 'search') throw new Error(JSON.stringify(response));
  return response.result;
}

/** The texts a query finds, by meeting. */
async function snippets(query: string, filters: SearchFilters = {}) {
  return (await search(query, filters)).groups.map((g) => [g.meetingId, g.hits.map((h) => h.snippet)]);
}

const statement = (agendaItemId: string, text: string) =>
  ({ agendaItemId, kind: 'statement', speakerId: null, speakerName: '', text }) as const;

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
  changes.length = 0;
  startEngine();
});

afterEach(() => stop());

describe('the stored index', () => {
  it('follows adds, edits and deletes of meetings, items, entries and action items, in their transaction', async () => {
    const m = await createMeeting('ko', { title: '청년분과 정기회의', organization: '지역사회보장협의체' });
    const item = await addAgendaItem(m, { kind: 'deliberation', title: '2022년 사업계획(안)' });
    await updateAttachment(item, await addAttachment(item), '붙임 예산서');
    const entry = await addEntry(m, statement(item, '청년 일자리 예산을 논의하였습니다.'));
    const action = await addActionItem(m, item, { text: '예산 재검토', owner: '정수민' });
    await expectIndexInSync();
    expect(await snippets('청년')).toEqual([[m, ['청년분과 정기회의', '청년 일자리 예산을 논의하였습니다.']]]);
    expect(await snippets('2022')).toEqual([[m, ['2022년 사업계획(안)']]]);
    expect(await snippets('정수민')).toEqual([[m, ['예산 재검토 (정수민)']]]);

    await updateEntry(entry, { text: '노인 복지 예산을 논의하였습니다.' }, '오서기');
    await updateAgendaItem(item, { title: '2023년 사업계획(안)' });
    await updateActionItem(action, { owner: '김종석' });
    await updateMeeting(m, { title: '노인분과 정기회의' });
    await expectIndexInSync();
    expect(await snippets('청년')).toEqual([]);
    expect(await snippets('노인')).toEqual([[m, ['노인분과 정기회의', '노인 복지 예산을 논의하였습니다.']]]);
    expect(await snippets('2022')).toEqual([]);
    expect(await snippets('김종석')).toEqual([[m, ['예산 재검토 (김종석)']]]);

    await removeEntry(entry);
    await removeActionItem(action);
    await expectIndexInSync();
    expect(await snippets('예산')).toEqual([[m, ['붙임 예산서']]]);
    await removeAgendaItem(item);
    await expectIndexInSync();
    expect(await snippets('예산')).toEqual([]);
  });

  it('removes a deleted meeting with everything under it', async () => {
    const keep = await createMeeting('ko', { title: '유지할 회의', date: '2021-01-01' });
    const gone = await createMeeting('ko', { title: '지울 회의', date: '2022-01-01' });
    for (const m of [keep, gone]) {
      const item = await addAgendaItem(m, { title: '회의 안건' });
      await addEntry(m, statement(item, '회의 발언'));
      await addActionItem(m, item, { text: '회의 조치' });
    }
    expect((await search('회의')).groups.map((g) => g.meetingId)).toEqual([gone, keep]);
    await deleteMeeting(gone);
    await expectIndexInSync();
    expect(await db().searchDocs.where('meetingId').equals(gone).count()).toBe(0);
    expect((await search('회의')).groups.map((g) => g.meetingId)).toEqual([keep]);
  });

  it('keeps up with Collection.modify, bulk writes and a cleared table', async () => {
    const m = await createMeeting('ko', { title: '회의' });
    const item = await addAgendaItem(m, { title: '안건' });
    for (let i = 0; i < 5; i++) await addEntry(m, statement(item, `발언 ${i}`));
    await db()
      .entries.where('meetingId')
      .equals(m)
      .modify((e) => {
        e.text = `${e.text} 수정됨`;
      });
    await expectIndexInSync();
    expect((await search('수정됨')).groups[0]?.hitCount).toBe(5);
    await db().entries.where('meetingId').equals(m).delete();
    await expectIndexInSync();
    await db().agendaItems.clear();
    await expectIndexInSync();
    expect(await snippets('안건')).toEqual([]);
  });

  it('writes an entry of the live journal with its search row, in one transaction', async () => {
    const m = await createMeeting('ko', { title: '회의' });
    const item = await addAgendaItem(m, { title: '안건' });
    await updateMeeting(m, { title: '회의' });
    await db().meetings.update(m, { status: 'live', currentItemId: item });
    const op = {
      type: 'entry',
      entryId: 'live-1',
      itemId: null,
      text: '실시간 청년 발언',
      speakerId: null,
      speakerName: '',
      seq: 1,
      at: Date.now(),
    } as const;
    await applyLiveOp(m, op);
    await expectIndexInSync();
    expect(await snippets('청년')).toEqual([[m, ['실시간 청년 발언']]]);
    // The change was announced once, naming the entry.
    expect(changes.at(-1)?.keys).toEqual(['entries:live-1']);
  });

  it('leaves the index unchanged by a write that aborts', async () => {
    const m = await createMeeting('ko', { title: '회의' });
    const d = db();
    await expect(
      d.transaction('rw', d.entries, async () => {
        await d.entries.add({
          id: 'x',
          meetingId: m,
          agendaItemId: 'i',
          seq: 1,
          kind: 'note',
          speakerId: null,
          speakerName: '',
          text: '취소될 발언',
          createdAt: 1,
          updatedAt: 1,
          history: [],
        });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await expectIndexInSync();
    expect(await snippets('취소될')).toEqual([]);
  });

  it('follows a restore', async () => {
    const m = await createMeeting('ko', { title: '백업된 회의' });
    const item = await addAgendaItem(m, { title: '안건' });
    await addEntry(m, statement(item, '복원될 발언'));
    // Read as the app reads a backup, by the reader (in-process here), then written in chunks.
    const opened = await openBackup(await backupText({ appVersion: '0.1.0' }), createBackupReader());
    if (!opened.ok) throw new Error('backup refused');
    await db().delete({ disableAutoOpen: false });
    stop();
    startEngine();
    expect(await snippets('복원될')).toEqual([]);
    await applyRestore(opened.source, planRestore(opened.source.outline, await currentStoredMeetings()));
    await expectIndexInSync();
    expect(await snippets('복원될')).toEqual([[m, ['복원될 발언']]]);
  });
});

describe('rebuilding', () => {
  it('rebuilds in chunks what a write made meanwhile does not undo, and marks the index complete', async () => {
    const m = await createMeeting('ko', { title: '회의' });
    const item = await addAgendaItem(m, { title: '안건' });
    for (let i = 0; i < 7; i++) await addEntry(m, statement(item, `발언 ${i}`));
    await db().searchDocs.clear();
    expect(await rebuildSearchIndex(db(), 3)).toBe(9);
    await expectIndexInSync();
    expect(await searchIndexStale(db())).toBe(false);
    expect(await db().searchMeta.get('index')).toEqual({ key: 'index', format: SEARCH_FORMAT, complete: true });
  });

  it('rebuilds an index of another format when the search starts', async () => {
    const m = await createMeeting('ko', { title: '청년분과' });
    await db().searchDocs.clear();
    await db().searchMeta.put({ key: 'index', format: SEARCH_FORMAT - 1, complete: true });
    startEngine();
    expect(await snippets('청년')).toEqual([[m, ['청년분과']]]);
    await expectIndexInSync();
  });

  it('rebuilds when rows were written behind the middleware (a raw write leaves the counts apart)', async () => {
    const m = await createMeeting('ko', { title: '회의' });
    await rebuildSearchIndex(db());
    expect(await searchIndexStale(db())).toBe(false);
    const raw = new Dexie(db().name);
    raw.version(7).stores(SCHEMA_V7);
    await raw.table('actionItems').add({
      id: 'raw',
      meetingId: m,
      agendaItemId: null,
      text: '몰래 쓴 조치',
      owner: '',
      dueDate: '',
      done: false,
      createdAt: 1,
    });
    raw.close();
    expect(await searchIndexStale(db())).toBe(true);
    startEngine();
    expect(await snippets('몰래')).toEqual([[m, ['몰래 쓴 조치']]]);
  });

  it('indexes a version-5 database after its upgrade (to version 6, and on)', async () => {
    const name = 'seogi-search-upgrade-test';
    const v5 = new Dexie(name);
    v5.version(5).stores(SCHEMA_V5);
    await v5.open();
    const meeting = (await db().meetings.get(await createMeeting('ko', { title: '옛 회의', date: '2020-05-05' })))!;
    await v5.table('meetings').add({ ...meeting, id: 'old' });
    await v5.table('entries').add({
      id: 'old-e',
      meetingId: 'old',
      agendaItemId: null,
      seq: 1,
      kind: 'note',
      speakerId: null,
      speakerName: '',
      text: '옛 발언 committee',
      createdAt: 1,
      updatedAt: 1,
      history: [],
    });
    v5.close();
    const v6 = openDb(name);
    await v6.open();
    expect(v6.verno).toBe(7);
    expect(await v6.searchDocs.count()).toBe(0);
    expect(await searchIndexStale(v6)).toBe(true);
    const upgraded = new SearchEngine(v6);
    const response = await upgraded.handle({ id: 1, type: 'search', query: 'commit', filters: {} });
    expect(response.ok && response.type === 'search' && response.result.groups[0]?.hits[0]?.snippet).toBe(
      '옛 발언 committee',
    );
    expect(await v6.searchDocs.count()).toBe(2);
    expect(await searchIndexStale(v6)).toBe(false);
    v6.close();
    await Dexie.delete(name);
  });
});

describe('searchArchive', () => {
  it('finds an entry right after it was added', async () => {
    const m = await createMeeting('ko', { title: '회의', date: '2022-03-01' });
    const item = await addAgendaItem(m, { title: '안건' });
    expect((await searchArchive('예산')).meetingCount).toBe(0);
    await addEntry(m, statement(item, '예산 발언'));
    expect((await searchArchive('예산')).groups.map((g) => g.meetingId)).toEqual([m]);
    expect((await searchArchive('예산', { from: '2023-01-01' })).meetingCount).toBe(0);
    expect(await searchArchive('  ')).toEqual({ query: '  ', groups: [], meetingCount: 0 });
  });

  it('answers only the newest of searches typed faster than they are scanned', async () => {
    const m = await createMeeting('ko', { title: '회의', date: '2022-03-01' });
    await addEntry(m, statement(await addAgendaItem(m, { title: '안건' }), '청년 토론회'));
    const typed = ['청', '청년', '청년 토'].map((query) => searchAsTyped(query, {}));
    const other = searchArchive('토론회');
    const answers = await Promise.all(typed);
    expect(answers.slice(0, 2)).toEqual([null, null]);
    expect(answers[2]?.query).toBe('청년 토');
    expect(answers[2]?.groups.map((g) => g.meetingId)).toEqual([m]);
    // A search outside the lane is always answered.
    expect((await other).groups.map((g) => g.meetingId)).toEqual([m]);
    // Alone, a typed search is answered.
    expect((await searchAsTyped('토론회', {}))?.meetingCount).toBe(1);
  });
});
