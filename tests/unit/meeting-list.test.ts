import 'fake-indexeddb/auto';
import { Dexie, liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { approveMinutes, unlockMinutes } from '../../renderer/data/approval';
import { applyRestore, backupText, currentStoredMeetings, openBackup } from '../../renderer/data/backup';
import { createBackupReader } from '../../renderer/data/backupReader';
import { db, SCHEMA_V7 } from '../../renderer/data/db';
import {
  bucketOf,
  bucketsOf,
  LIST_BUCKETS,
  LIST_FORMAT,
  rebuildMeetingList,
  storedSummaries,
  summaryOf,
} from '../../renderer/data/meetingList';
import { createMeeting, deleteMeeting, listMeetings, newestFirst, updateMeeting } from '../../renderer/data/meetings';
import { planRestore } from '../../renderer/domain/backup';
import type { MeetingSummary } from '../../renderer/domain/model';

const byId = (a: MeetingSummary, b: MeetingSummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The stored buckets hold exactly the summaries of the stored meetings, each in its bucket. */
async function expectListInSync(): Promise<void> {
  const d = db();
  const wanted = (await d.meetings.toArray()).map(summaryOf);
  const buckets = await d.meetingList.toArray();
  for (const b of buckets) {
    expect(b.format).toBe(LIST_FORMAT);
    expect(b.meetings.length).toBeGreaterThan(0);
    for (const s of b.meetings) expect(bucketOf(s.id)).toBe(b.bucket);
  }
  expect(buckets.flatMap((b) => b.meetings).sort(byId)).toEqual(wanted.sort(byId));
  expect(await listMeetings()).toEqual(newestFirst(wanted));
}

/** A small seeded generator, so that a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

describe('the stored meetings list', () => {
  it('spreads ids over its buckets', () => {
    const counts = new Array<number>(LIST_BUCKETS).fill(0);
    for (let i = 0; i < 3200; i++) counts[bucketOf(crypto.randomUUID())]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(50);
    expect(Math.max(...counts)).toBeLessThan(150);
  });

  it('follows random creates, edits, approvals and deletes, in their transaction', async () => {
    for (const seed of [1, 2, 3]) {
      await db().delete({ disableAutoOpen: false });
      const next = random(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
      const ids: string[] = [];
      for (let step = 0; step < 60; step++) {
        const action = ids.length === 0 ? 0 : Math.floor(next() * 5);
        if (action === 0) {
          ids.push(
            await createMeeting(pick(['ko', 'en']), {
              title: pick(['', '정기회의', '임시회의', 'Board']),
              organization: pick(['', '양주시지역사회보장협의체', '포천시 청년정책위원회']),
              date: pick(['', '2021-11-23', '2022-02-15', '2022-02-15']),
            }),
          );
        } else if (action === 1) {
          await updateMeeting(pick(ids), {
            title: `회의 ${step}`,
            sessionLabel: `제${step}차`,
            location: pick(['', '시청 상황실']),
          });
        } else if (action === 2) {
          const id = pick(ids);
          await approveMinutes(id, { date: '2022-03-01', by: '박춘배' });
          if (next() < 0.5) await unlockMinutes(id, '오서기');
        } else if (action === 3) {
          // Only the time of the last change: the summary, and so its bucket, stays as it was.
          await db().meetings.update(pick(ids), { updatedAt: Date.now() + step });
        } else {
          const id = pick(ids);
          // Approved minutes are refused (and stay listed); any other meeting goes.
          const approved = (await db().meetings.get(id))?.status === 'approved';
          await (approved ? expect(deleteMeeting(id)).rejects.toThrow(/approved/) : deleteMeeting(id));
          if (!approved) ids.splice(ids.indexOf(id), 1);
        }
        if (step % 6 === 5) await expectListInSync();
      }
      await expectListInSync();
    }
  });

  it('follows Collection.modify, bulk writes, a cleared table and a restore', async () => {
    const a = await createMeeting('ko', { title: '가', date: '2022-01-01' });
    const b = await createMeeting('ko', { title: '나', date: '2022-02-01' });
    await db()
      .meetings.where('id')
      .anyOf([a, b])
      .modify((m) => {
        m.organization = '협의체';
      });
    await expectListInSync();
    const stored = await db().meetings.get(a);
    await db().meetings.bulkPut([
      { ...stored!, id: 'bulk-1', title: '다' },
      { ...stored!, id: 'bulk-2', title: '라' },
    ]);
    await expectListInSync();

    const backup = await openBackup(await backupText({ appVersion: '0.1.0' }), createBackupReader());
    if (!backup.ok) throw new Error('backup not read');
    await db().meetings.clear();
    expect(await db().meetingList.count()).toBe(0);
    await expectListInSync();
    await applyRestore(backup.source, planRestore(backup.source.outline, await currentStoredMeetings()));
    expect((await listMeetings()).map((m) => m.title).sort()).toEqual(['가', '나', '다', '라']);
    await expectListInSync();
  });

  it('is read from the meetings and rebuilt when rows were written behind its back or it is of another format', async () => {
    const kept = await createMeeting('ko', { title: '앱이 쓴 회의', date: '2021-01-01' });
    const template = (await db().meetings.get(kept))!;
    const raw = new Dexie(db().name);
    raw.version(7).stores(SCHEMA_V7);
    await raw.table('meetings').add({ ...template, id: 'raw', title: '몰래 쓴 회의', date: '2022-01-01' });
    raw.close();

    expect(await storedSummaries(db())).toBeNull();
    expect((await listMeetings()).map((m) => m.title)).toEqual(['몰래 쓴 회의', '앱이 쓴 회의']);
    await rebuildMeetingList(db());
    await expectListInSync();

    const [first] = await db().meetingList.toArray();
    await db().meetingList.put({ ...first!, format: LIST_FORMAT - 1 });
    expect(await storedSummaries(db())).toBeNull();
    // A write meanwhile leaves the stale bucket alone: the whole list is rebuilt instead.
    await updateMeeting(kept, { title: '고친 회의' });
    expect((await listMeetings()).map((m) => m.title)).toEqual(['몰래 쓴 회의', '고친 회의']);
    await rebuildMeetingList(db());
    await expectListInSync();
  });

  it('wakes a live query of the list when a meeting changes, and not its buckets alone', async () => {
    const id = await createMeeting('ko', { title: '처음 제목' });
    const seen: string[][] = [];
    const subscription = liveQuery(listMeetings).subscribe((list) => seen.push(list.map((m) => m.title)));
    const waitFor = async (titles: string[]) => {
      for (let i = 0; i < 100 && JSON.stringify(seen.at(-1)) !== JSON.stringify(titles); i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(seen.at(-1)).toEqual(titles);
    };
    await waitFor(['처음 제목']);
    await updateMeeting(id, { title: '고친 제목' });
    await waitFor(['고친 제목']);
    const other = await createMeeting('ko', { title: '새 회의', date: '2099-01-01' });
    await waitFor(['새 회의', '고친 제목']);
    await deleteMeeting(other);
    await waitFor(['고친 제목']);

    // Rows written behind the list's back: the live query reads them from the meetings, and the
    // list is rebuilt (after the query, whose zone allows no write).
    const template = (await db().meetings.get(id))!;
    const raw = new Dexie(db().name);
    raw.version(7).stores(SCHEMA_V7);
    await raw.table('meetings').add({ ...template, id: 'raw', title: '몰래 쓴 회의', date: '2098-01-01' });
    raw.close();
    await db().meetings.update(id, { location: '상황실' });
    await waitFor(['몰래 쓴 회의', '고친 제목']);
    for (let i = 0; i < 100 && (await storedSummaries(db())) === null; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await storedSummaries(db())).toHaveLength(2);
    subscription.unsubscribe();
  });

  it('groups summaries by bucket, leaving out the empty ones', () => {
    expect(bucketsOf([])).toEqual([]);
    const summaries = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      title: id,
      organization: '',
      sessionLabel: '',
      location: '',
      date: '',
      status: 'draft' as const,
      createdAt: 1,
    }));
    const buckets = bucketsOf(summaries);
    expect(buckets.flatMap((b) => b.meetings).sort(byId)).toEqual(summaries);
    expect(new Set(buckets.map((b) => b.bucket)).size).toBe(buckets.length);
  });
});
