/**
 * The debounced writer behind the autosaved fields and the Entry field: a change is written at
 * most 300 ms after the first change not yet written, the newest change is the one written, a
 * refused write is tried again, and the save status shows it as waiting until it is written.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearStorageError, saveStatus } from '../../renderer/data/saveStatus';
import { DebouncedWriter } from '../../renderer/hooks/debouncedWriter';

beforeEach(() => {
  vi.useFakeTimers();
  clearStorageError();
});
afterEach(() => {
  vi.useRealTimers();
});

function store() {
  const written: string[] = [];
  let refuse = false;
  return {
    written,
    refuse: (value: boolean) => {
      refuse = value;
    },
    write: (text: string) => async () => {
      if (refuse) throw new DOMException('The disk is full (test).', 'QuotaExceededError');
      written.push(text);
    },
  };
}

describe('the debounced writer', () => {
  it('writes the newest change at most 300 ms after the first, however fast the changes come', async () => {
    const s = store();
    const writer = new DebouncedWriter();
    writer.schedule(s.write('가'));
    await vi.advanceTimersByTimeAsync(200);
    writer.schedule(s.write('가나'));
    expect(s.written).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(s.written).toEqual(['가나']);
    expect(writer.scheduled).toBe(false);
  });

  it('counts as waiting in the save status until the change is written', async () => {
    let finish = () => {};
    const writer = new DebouncedWriter();
    writer.schedule(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(saveStatus().pending).toBe(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(writer.scheduled).toBe(false);
    expect(saveStatus().pending).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(saveStatus().pending).toBe(0);
  });

  it('writes at once on flush, and nothing when nothing is scheduled', async () => {
    const s = store();
    const writer = new DebouncedWriter();
    await writer.flush();
    writer.schedule(s.write('지금'));
    await writer.flush();
    expect(s.written).toEqual(['지금']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.written).toEqual(['지금']);
  });

  it('forgets a cancelled change', async () => {
    const s = store();
    const writer = new DebouncedWriter();
    writer.schedule(s.write('취소'));
    writer.cancel();
    expect(saveStatus().pending).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.written).toEqual([]);
  });

  it('reports a refused write and tries it again 2 s later, unless a newer change came', async () => {
    const s = store();
    const writer = new DebouncedWriter();
    s.refuse(true);
    writer.schedule(s.write('첫'));
    await vi.advanceTimersByTimeAsync(300);
    expect(saveStatus()).toEqual({ pending: 1, error: 'full' });
    expect(writer.scheduled).toBe(true);
    s.refuse(false);
    await vi.advanceTimersByTimeAsync(1900);
    expect(s.written).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(s.written).toEqual(['첫']);
    expect(saveStatus().pending).toBe(0);

    s.refuse(true);
    writer.schedule(s.write('둘'));
    await vi.advanceTimersByTimeAsync(300);
    s.refuse(false);
    writer.schedule(s.write('셋'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(s.written).toEqual(['첫', '셋']);
  });
});
