import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { addActionItem } from '../../renderer/data/actionItems';
import { addAgendaItem, addAttachment, updateAttachment } from '../../renderer/data/agenda';
import { addAttendee, addAttendees } from '../../renderer/data/attendees';
import {
  applyRestore,
  backupText,
  currentStoredMeetings,
  exportAllData,
  getSnapshot,
  KEEP_SNAPSHOTS,
  listSnapshots,
  loadSnapshot,
  openBackup,
  RestoreConflictError,
  RestoreStoppedError,
  saveSnapshot,
  schemaVersion,
  snapshotDb,
  SNAPSHOT_DB_NAME,
  type BackupSource,
} from '../../renderer/data/backup';
import { db } from '../../renderer/data/db';
import { addEntry } from '../../renderer/data/entries';
import { saveField } from '../../renderer/data/liveJournal';
import { changeSignature, createMeeting, deleteMeeting, updateMeeting } from '../../renderer/data/meetings';
import { getPhrases, updatePhrase } from '../../renderer/data/phrases';
import {
  createBackup,
  parseBackup,
  planRestore,
  rowsOfMeetings,
  serializeBackup,
  type BackupData,
  type BackupFile,
} from '../../renderer/domain/backup';
import { createBackupReader } from '../../renderer/data/backupReader';
import { clearStorageError, saveStatus } from '../../renderer/data/saveStatus';
import { browserHost } from '../../renderer/host/browser';
import { applySessionAction } from '../../renderer/data/session';
import { phraseDefaults } from '../../renderer/i18n/resources';

beforeEach(async () => {
  clearStorageError();
  await db().delete({ disableAutoOpen: false });
  await snapshotDb().delete({ disableAutoOpen: false });
});

/** A meeting opened live, with a roster, an agenda, entries, its procedure, an action item and a draft. */
async function recordedMeeting(title: string, at: number): Promise<string> {
  const m = await createMeeting('ko', { title });
  await addAttendees(m, [
    { name: '김종석', role: '부시장', affiliation: '양주시', group: 'member' },
    { name: '박춘배', role: '공동위원장', affiliation: '', group: 'member' },
  ]);
  const item = await addAgendaItem(m, { kind: 'report', title: `${title} 보고` });
  await updateAttachment(item, await addAttachment(item), `${title} 보고서`);
  await changeSignature(m, (s) => ({ ...s, style: 'approvalBox', boxes: ['담당', '팀장', '과장'] }));
  await updateMeeting(m, { nextMeetingDate: '2021-12-21', nextMeetingTime: '14:00' });
  await applySessionAction(m, { type: 'start' }, at - 1);
  await addEntry(
    m,
    { agendaItemId: item, kind: 'statement', speakerId: null, speakerName: '', text: '보고드립니다.' },
    at,
  );
  await addEntry(m, { agendaItemId: item, kind: 'note', speakerId: null, speakerName: '', text: '질의 없음' }, at + 1);
  await addActionItem(m, item, { text: '결과 공유', owner: '정수민' });
  await saveField(m, { text: '반쯤 친', speakerId: null, speakerName: '', updatedAt: at + 2 });
  await updatePhrase(title, phraseDefaults('ko'), 'default-4', `(${title} 의사봉 3타)`);
  return m;
}

async function takeBackup(): Promise<BackupFile> {
  const result = await parseBackup(await backupText({ appVersion: '0.1.0' }), { schemaVersion: schemaVersion() });
  if (!result.ok) throw new Error(`own backup refused: ${JSON.stringify(result.error)}`);
  return result.backup;
}

/** The backup as the restore reads it: written out, then opened by the reader (in-process here). */
async function sourceOf(backup: BackupFile): Promise<BackupSource> {
  const file = await createBackup(backup.data, {
    appVersion: backup.appVersion,
    schemaVersion: schemaVersion(),
    now: Date.parse(backup.createdAt),
  });
  const opened = await openBackup(serializeBackup(file), createBackupReader());
  if (!opened.ok) throw new Error(`backup refused: ${JSON.stringify(opened.error)}`);
  return opened.source;
}

async function restore(backup: BackupFile, options?: Parameters<typeof applyRestore>[2]) {
  const source = await sourceOf(backup);
  const plan = planRestore(source.outline, await currentStoredMeetings());
  return { plan, result: await applyRestore(source, plan, options) };
}

const count = (data: BackupData) =>
  Object.fromEntries(Object.entries(data).map(([t, rows]: [string, unknown[]]) => [t, rows.length]));

/** Every row of one meeting, for comparisons. */
function rowsOf(data: BackupData, meetingId: string) {
  const mine = <T extends { meetingId: string }>(rows: T[]) => rows.filter((r) => r.meetingId === meetingId);
  return {
    meeting: data.meetings.find((m) => m.id === meetingId),
    attendees: mine(data.attendees),
    agendaItems: mine(data.agendaItems),
    entries: mine(data.entries),
    events: mine(data.events),
    actionItems: mine(data.actionItems),
    drafts: mine(data.drafts),
  };
}

describe('export and restore', () => {
  it('gives back identical rows in an empty database', async () => {
    await recordedMeeting('제4차', 1000);
    await recordedMeeting('제5차', 2000);
    const before = await exportAllData();
    expect(count(before)).toEqual({
      meetings: 2,
      attendees: 4,
      agendaItems: 2,
      entries: 4,
      events: 4,
      actionItems: 2,
      drafts: 2,
      phrases: 2,
    });
    const backup = await takeBackup();

    await db().delete({ disableAutoOpen: false });
    const { plan, result } = await restore(backup);
    expect(plan.counts).toEqual({ new: 2, newer: 0, older: 0, same: 0 });
    expect(result).toEqual({ written: 2, skipped: [] });
    expect(await exportAllData()).toEqual(before);
  });

  it("restores a body's phrases when this computer has none or older ones, and keeps those changed since", async () => {
    await recordedMeeting('제4차', 1000);
    await recordedMeeting('제5차', 2000);
    const backup = await takeBackup();
    await updatePhrase('제4차', [], 'default-4', '(바뀐 문구)');
    await db().phrases.delete('제5차');
    await restore(backup);
    expect((await getPhrases('제4차'))?.phrases[3]?.text).toBe('(바뀐 문구)');
    expect(await getPhrases('제5차')).toEqual(backup.data.phrases?.find((row) => row.body === '제5차'));
  });

  it('restoring the same backup twice changes nothing the second time', async () => {
    await recordedMeeting('제4차', 1000);
    const backup = await takeBackup();
    const { plan, result } = await restore(backup);
    expect(plan.counts).toEqual({ new: 0, newer: 0, older: 0, same: 1 });
    expect(result.written).toBe(0);
  });

  it('writes new and newer meetings whole, and leaves older, equal and absent ones alone', async () => {
    const same = await recordedMeeting('same', 1000);
    const older = await recordedMeeting('older', 1000);
    const newer = await recordedMeeting('newer', 1000);
    const gone = await recordedMeeting('gone', 1000);
    const backup = await takeBackup();
    const inBackup = (id: string) => rowsOf(backup.data, id);

    // Edited on this device after the backup: the backup's copy is older.
    await updateMeeting(older, { title: 'older, edited since' });
    // The stored copy is older than the backup's, and has rows the backup's version does not.
    // (Adding a row touches the meeting, so it comes before the times are set back.)
    await addAttendee(newer, { name: '추가된 사람' });
    await db().meetings.update(newer, { title: 'newer, stale copy', updatedAt: 1 });
    await db().entries.where('meetingId').equals(newer).modify({ updatedAt: 1 });
    await db().actionItems.where('meetingId').equals(newer).modify({ createdAt: 1 });
    await db().drafts.update(newer, { updatedAt: 1 });
    await db().entries.add({ ...inBackup(newer).entries[0]!, id: 'stale-entry', seq: 99, updatedAt: 1, createdAt: 1 });
    // Deleted since the backup: new again.
    await deleteMeeting(gone);
    // Made after the backup: not in it at all.
    const absent = await recordedMeeting('absent', 5000);

    const beforeRestore = await exportAllData();
    const { plan, result } = await restore(backup);
    expect(plan.counts).toEqual({ new: 1, newer: 1, older: 1, same: 1 });
    expect(plan.keptAbsent).toBe(1);
    expect(Object.fromEntries(plan.meetings.map((m) => [m.id, m.fate]))).toEqual({
      [same]: 'same',
      [older]: 'older',
      [newer]: 'newer',
      [gone]: 'new',
    });
    expect(result).toEqual({ written: 2, skipped: [] });

    const after = await exportAllData();
    // The newer meeting is exactly the backup's version: the stale rows are gone.
    expect(rowsOf(after, newer)).toEqual(inBackup(newer));
    expect(rowsOf(after, gone)).toEqual(inBackup(gone));
    for (const untouched of [same, older, absent]) {
      expect(rowsOf(after, untouched)).toEqual(rowsOf(beforeRestore, untouched));
    }
    expect(rowsOf(after, older).meeting?.title).toBe('older, edited since');
  });

  it('does not overwrite a meeting edited between the preview and the restore', async () => {
    const m = await recordedMeeting('m', 1000);
    const backup = await takeBackup();
    await db().meetings.update(m, { title: 'stale', updatedAt: 1 });
    await db().entries.where('meetingId').equals(m).modify({ updatedAt: 1 });
    await db().actionItems.where('meetingId').equals(m).modify({ createdAt: 1 });
    await db().drafts.update(m, { updatedAt: 1 });
    const source = await sourceOf(backup);
    const plan = planRestore(source.outline, await currentStoredMeetings());
    expect(plan.write).toEqual([m]);

    await updateMeeting(m, { title: 'typed after the preview' });
    expect(await applyRestore(source, plan)).toEqual({ written: 0, skipped: [m] });
    expect((await db().meetings.get(m))?.title).toBe('typed after the preview');
  });

  it('changes nothing when a write fails half way through the transaction', async () => {
    const m = await recordedMeeting('m', 1000);
    await recordedMeeting('other', 1000);
    const backup = await takeBackup();
    await deleteMeeting(m);
    await db().meetings.update((await db().meetings.toCollection().first())!.id, { updatedAt: 1 });
    const before = await exportAllData();

    const fail = () => {
      throw new Error('disk full');
    };
    // After the meetings and attendees are written and the stale rows deleted.
    db().entries.hook('creating', fail);
    try {
      await expect(restore(backup)).rejects.toThrow('disk full');
    } finally {
      db().entries.hook('creating').unsubscribe(fail);
    }
    expect(await exportAllData()).toEqual(before);
  });

  it('refuses, changing nothing, a row whose id belongs to another stored meeting', async () => {
    const kept = await recordedMeeting('kept', 1000);
    const backup = await takeBackup();
    const restored = await recordedMeeting('to restore', 1000);
    const foreign = (await db().attendees.where('meetingId').equals(kept).first())!;
    // A hand-made file: without the stored meeting, and a new meeting that claims one of its attendees.
    const doctored = structuredClone(backup);
    doctored.data = { ...rowsOfMeetings(backup.data, []), phrases: backup.data.phrases };
    const theirs = (await exportAllData()).meetings.find((x) => x.id === restored)!;
    doctored.data.meetings.push({ ...theirs, id: 'hand-made' });
    doctored.data.attendees.push({ ...foreign, meetingId: 'hand-made' });
    const before = await exportAllData();

    const source = await sourceOf(doctored);
    const plan = planRestore(source.outline, await currentStoredMeetings());
    expect(plan.write).toEqual(['hand-made']);
    const error = await applyRestore(source, plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreConflictError);
    expect(error).toMatchObject({ code: 'idConflict', table: 'attendees', id: foreign.id });
    expect(await exportAllData()).toEqual(before);
  });

  it('writes only meetings of the plan that are in the backup', async () => {
    await recordedMeeting('m', 1000);
    const backup = await takeBackup();
    await db().delete({ disableAutoOpen: false });
    const source = await sourceOf(backup);
    const plan = planRestore(source.outline, []);
    const result = await applyRestore(source, { ...plan, write: [...plan.write, 'not-in-backup'] });
    expect(result.written).toBe(1);
    expect(await db().meetings.count()).toBe(1);
  });
});

describe('restore in chunks', () => {
  /** Five recorded meetings, backed up, then the database emptied. */
  async function fiveMeetings() {
    const ids = [];
    for (const [i, title] of ['제1차', '제2차', '제3차', '제4차', '제5차'].entries()) {
      ids.push(await recordedMeeting(title, 1000 * (i + 1)));
    }
    const before = await exportAllData();
    const backup = await takeBackup();
    await db().delete({ disableAutoOpen: false });
    return { ids, before, backup };
  }

  it('gives the same rows a meeting or two at a time as at once, and reports its progress by meeting', async () => {
    const { before, backup } = await fiveMeetings();
    const rowsPerMeeting = 1 + 2 + 1 + 2 + 2 + 1 + 1;
    const progress: [number, number][] = [];
    const { result } = await restore(backup, {
      chunkRows: rowsPerMeeting * 2,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result).toEqual({ written: 5, skipped: [] });
    expect(progress).toEqual([
      [0, 5],
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(await exportAllData()).toEqual(before);
    expect(saveStatus().error).toBeNull();
  });

  it('never splits a meeting: each chunk writes whole meetings, however small the chunk size', async () => {
    const { before, backup } = await fiveMeetings();
    const source = await sourceOf(backup);
    const asked: string[][] = [];
    const watched: BackupSource = {
      ...source,
      rows: (ids) => {
        asked.push(ids);
        return source.rows(ids);
      },
    };
    const plan = planRestore(source.outline, []);
    await applyRestore(watched, plan, { chunkRows: 1 });
    expect(asked).toEqual(plan.write.map((id) => [id]));
    expect(await exportAllData()).toEqual(before);
  });

  it('skips a meeting edited here after the preview, between two chunks, and writes the others', async () => {
    const { ids, backup } = await fiveMeetings();
    await restore(backup);
    // Every stored copy older than the backup's: all five are to be written again.
    for (const id of ids) {
      await db().meetings.update(id, { updatedAt: 1 });
      await db().entries.where('meetingId').equals(id).modify({ updatedAt: 1 });
      await db().actionItems.where('meetingId').equals(id).modify({ createdAt: 1 });
      await db().drafts.update(id, { updatedAt: 1 });
    }
    const source = await sourceOf(backup);
    const plan = planRestore(source.outline, await currentStoredMeetings());
    expect(plan.counts.newer).toBe(5);
    const edited = plan.write[3]!;
    const editing: BackupSource = {
      ...source,
      // Asked for the fourth meeting's rows while the earlier chunks are written.
      rows: async (chunk) => {
        if (chunk.includes(edited)) await updateMeeting(edited, { title: 'typed during the restore' });
        return source.rows(chunk);
      },
    };
    const result = await applyRestore(editing, plan, { chunkRows: 1 });
    expect(result).toEqual({ written: 4, skipped: [edited] });
    expect((await db().meetings.get(edited))?.title).toBe('typed during the restore');
    const last = plan.write[4]!;
    expect((await db().meetings.get(last))?.title).toBe(backup.data.meetings.find((m) => m.id === last)?.title);
  });

  it('refuses a clash found in any chunk before writing anything, without raising the storage banner', async () => {
    const { backup } = await fiveMeetings();
    const kept = await recordedMeeting('kept', 9000);
    const foreign = (await db().entries.where('meetingId').equals(kept).first())!;
    const doctored = structuredClone(backup);
    // The last meeting of the file claims an entry of the stored meeting.
    const last = doctored.data.meetings.at(-1)!.id;
    doctored.data.entries.push({
      ...foreign,
      meetingId: last,
      agendaItemId: doctored.data.agendaItems.find((a) => a.meetingId === last)!.id,
    });
    const before = await exportAllData();

    const error = await restore(doctored, { chunkRows: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreConflictError);
    expect(error).toMatchObject({ table: 'entries', id: foreign.id });
    expect(await exportAllData()).toEqual(before);
    expect(saveStatus().error).toBeNull();
  });

  it('keeps the meetings written before a failing chunk whole, and says how many', async () => {
    const { backup } = await fiveMeetings();
    const source = await sourceOf(backup);
    const plan = planRestore(source.outline, []);
    let chunks = 0;
    const failing: BackupSource = {
      ...source,
      rows: async (ids) => {
        if (++chunks === 3) throw new Error('reader gone');
        return source.rows(ids);
      },
    };
    const error = await applyRestore(failing, plan, { chunkRows: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreStoppedError);
    expect(error).toMatchObject({ written: 2, message: 'reader gone' });
    const after = await exportAllData();
    expect(after.meetings.map((m) => m.id).sort()).toEqual(plan.write.slice(0, 2).sort());
    for (const id of plan.write.slice(0, 2)) expect(rowsOf(after, id)).toEqual(rowsOf(backup.data, id));
  });
});

describe('browser snapshots', () => {
  const at = (second: number) => Date.UTC(2021, 10, 23, 1, 0, second);

  it(`keeps the last ${KEEP_SNAPSHOTS}, newest first, with their size`, async () => {
    for (let i = 0; i < KEEP_SNAPSHOTS + 2; i++) await saveSnapshot(`{"n":${i},"t":"가"}`, 'daily', at(i));
    const list = await listSnapshots();
    expect(list).toHaveLength(KEEP_SNAPSHOTS);
    expect(list[0]).toEqual({
      name: 'seogi-backup-20211123-010006-daily.json',
      reason: 'daily',
      bytes: 17,
      createdAt: at(6),
    });
    expect(list.map((s) => s.createdAt)).toEqual([6, 5, 4, 3, 2].map(at));
    expect(await getSnapshot(list[4]!.name)).toBe('{"n":2,"t":"가"}');
    expect(await getSnapshot('seogi-backup-20211123-010000-daily.json')).toBeUndefined();
    expect(await loadSnapshot()).toBe('{"n":6,"t":"가"}');
  });

  it('lists the snapshots saved before their list was kept apart from their texts (version 1)', async () => {
    const s = snapshotDb();
    await s.delete();
    s.close();
    const v1 = new Dexie(SNAPSHOT_DB_NAME);
    v1.version(1).stores({ snapshots: 'id, createdAt' });
    const name = 'seogi-backup-20211123-010001-daily.json';
    await v1.table('snapshots').put({ id: name, name, reason: 'daily', bytes: 2, createdAt: at(1), text: '{}' });
    v1.close();
    await s.open();
    expect(await listSnapshots()).toEqual([{ name, reason: 'daily', bytes: 2, createdAt: at(1) }]);
    expect(await loadSnapshot()).toBe('{}');
  });

  it('survives the loss of the main database', async () => {
    await recordedMeeting('m', 1000);
    const text = await backupText({ appVersion: '0.1.0' });
    await saveSnapshot(text, 'meetingEnded');
    await db().delete({ disableAutoOpen: false });
    expect(await loadSnapshot()).toBe(text);
    const parsed = await parseBackup((await loadSnapshot())!, { schemaVersion: schemaVersion() });
    expect(parsed.ok).toBe(true);
  });

  it('backs the browser host', async () => {
    const host = browserHost();
    const text = await backupText({ appVersion: '0.1.0' });
    const written = await host.writeAutoBackup({ reason: 'manual', text });
    expect(written).toMatchObject({ status: 'written', backup: { reason: 'manual' } });
    expect(await host.listAutoBackups()).toEqual([written.backup]);
    expect(await host.readAutoBackup(written.backup.name)).toEqual({ status: 'read', name: written.backup.name, text });
    expect(await host.readAutoBackup('seogi-backup-20000101-000000-daily.json')).toEqual({
      status: 'notFound',
      name: 'seogi-backup-20000101-000000-daily.json',
    });
  });
});
