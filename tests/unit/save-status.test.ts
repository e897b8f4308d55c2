/**
 * The save indicator is driven by the database's write path (data/saveStatus.ts): every
 * read-write transaction counts until it commits or aborts, an abort says why, reads never count,
 * and what is waiting to be written counts until its owner says it is done. (The abort event
 * comes a moment after the write's promise is refused, hence the waits.)
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../renderer/data/db';
import { createMeeting, getMeeting, listMeetings, updateMeeting } from '../../renderer/data/meetings';
import { clearStorageError, clearWaiting, markWaiting, saveStatus } from '../../renderer/data/saveStatus';
import { setWritable } from '../../renderer/data/writer';

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
  clearStorageError();
  // Refused writes are reported on the console by design; keep the test output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  setWritable(true);
  vi.restoreAllMocks();
});

/** Makes every put fail as on a full disk while `run` runs. */
async function withFullDisk<T>(run: () => Promise<T>): Promise<T> {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The disk is full (test).', 'QuotaExceededError');
  });
  try {
    return await run();
  } finally {
    put.mockRestore();
  }
}

describe('the save status', () => {
  it('counts a write from its start until it is committed', async () => {
    const id = await createMeeting('ko');
    expect(saveStatus()).toEqual({ pending: 0, error: null });
    const write = updateMeeting(id, { title: '운영위원회' });
    await vi.waitFor(() => expect(saveStatus().pending).toBe(1));
    await write;
    expect(saveStatus()).toEqual({ pending: 0, error: null });
    expect((await getMeeting(id))?.title).toBe('운영위원회');
  });

  it('does not count reads', async () => {
    await createMeeting('ko');
    const seen: number[] = [];
    const reads = Promise.all([listMeetings(), listMeetings()]);
    seen.push(saveStatus().pending);
    await reads;
    seen.push(saveStatus().pending);
    expect(seen).toEqual([0, 0]);
  });

  it('says the disk is full when a request is refused, until a later write succeeds', async () => {
    const id = await createMeeting('ko');
    await expect(withFullDisk(() => updateMeeting(id, { title: 'x' }))).rejects.toThrow();
    await vi.waitFor(() => expect(saveStatus()).toEqual({ pending: 0, error: 'full' }));
    await updateMeeting(id, { title: 'y' });
    expect(saveStatus()).toEqual({ pending: 0, error: null });
  });

  it('reports a transaction aborted by a write this window may not make', async () => {
    const id = await createMeeting('ko');
    setWritable(false);
    await expect(updateMeeting(id, { title: 'x' })).rejects.toThrow(/read-only/);
    await vi.waitFor(() => expect(saveStatus()).toEqual({ pending: 0, error: 'failed' }));
  });

  it('reports a transaction aborted by an error thrown inside it', async () => {
    const d = db();
    await expect(
      d.transaction('rw', d.meetings, async () => {
        await d.meetings.count();
        throw new Error('no such item');
      }),
    ).rejects.toThrow('no such item');
    await vi.waitFor(() => expect(saveStatus()).toEqual({ pending: 0, error: 'failed' }));
  });

  it('counts what is waiting to be written until its owner says it is done', () => {
    const field = {};
    markWaiting(field);
    markWaiting(field);
    expect(saveStatus().pending).toBe(1);
    clearWaiting(field);
    expect(saveStatus().pending).toBe(0);
  });
});
