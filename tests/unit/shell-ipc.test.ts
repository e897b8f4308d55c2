/**
 * shell:flushed (electron/main/ipc/shell.ts): the renderer's answer reaches the close guard.
 */
import { describe, expect, it, vi } from 'vitest';
import { createShellHandlers } from '../../electron/main/ipc/shell';

describe('shell:flushed', () => {
  it('tells the close guard, once per answer', async () => {
    const flushed = vi.fn();
    await expect(createShellHandlers({ flushed }).flushed({})).resolves.toBeUndefined();
    expect(flushed).toHaveBeenCalledTimes(1);
  });
});
