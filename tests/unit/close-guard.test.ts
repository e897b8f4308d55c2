/**
 * The close guard (electron/main/closeGuard.ts), on fake timers: a window's close held until the
 * renderer has written what is pending, or the timeout passes, and released exactly once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseGuard, type CloseGuard } from '../../electron/main/closeGuard';

const TIMEOUT = 3000;

function setup(requestFlush: () => void = () => undefined) {
  const request = vi.fn(requestFlush);
  const proceed = vi.fn();
  const renderer = { alive: true };
  const guard = createCloseGuard({
    requestFlush: request,
    canFlush: () => renderer.alive,
    timeoutMs: TIMEOUT,
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer),
  });
  /** A close event; returns whether it went ahead and whether it was prevented. */
  const close = () => {
    const preventDefault = vi.fn();
    const goesAhead = guard.onClose({ preventDefault }, proceed);
    const prevented = preventDefault.mock.calls.length > 0;
    expect(goesAhead).toBe(!prevented);
    return { goesAhead, prevented };
  };
  return { guard, request, proceed, close, renderer };
}

describe('close guard', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds the first close, asks for a flush and proceeds once when the renderer answers', () => {
    const { guard, request, proceed, close } = setup();
    expect(close()).toEqual({ goesAhead: false, prevented: true });
    expect(request).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(TIMEOUT - 1);
    expect(proceed).not.toHaveBeenCalled();
    guard.flushed();
    expect(proceed).toHaveBeenCalledTimes(1);
    // The timer is gone: nothing more happens when it would have fired.
    vi.advanceTimersByTime(TIMEOUT * 2);
    guard.flushed();
    expect(proceed).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('proceeds once when the renderer does not answer in time', () => {
    const { request, proceed, close } = setup();
    close();
    vi.advanceTimersByTime(TIMEOUT - 1);
    expect(proceed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(proceed).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(TIMEOUT * 2);
    expect(proceed).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('holds a second close while waiting without asking again, and proceeds once', () => {
    const { guard, request, proceed, close } = setup();
    close();
    vi.advanceTimersByTime(1000);
    expect(close()).toEqual({ goesAhead: false, prevented: true });
    expect(close()).toEqual({ goesAhead: false, prevented: true });
    expect(request).toHaveBeenCalledTimes(1);
    // The timeout runs from the first close, not the last.
    vi.advanceTimersByTime(TIMEOUT - 1000);
    expect(proceed).toHaveBeenCalledTimes(1);
    guard.flushed();
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('lets every close after proceed go through, without asking again', () => {
    const { guard, request, proceed, close } = setup();
    close();
    guard.flushed();
    expect(close()).toEqual({ goesAhead: true, prevented: false });
    expect(close()).toEqual({ goesAhead: true, prevented: false });
    expect(request).toHaveBeenCalledTimes(1);
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('lets the close that proceed itself starts go through (window.close or app.quit from proceed)', () => {
    const { guard, proceed, close } = setup();
    const results: ReturnType<typeof close>[] = [];
    proceed.mockImplementation(() => results.push(close()));
    results.push(close());
    guard.flushed();
    expect(results).toEqual([
      { goesAhead: false, prevented: true },
      { goesAhead: true, prevented: false },
    ]);
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('does nothing on an answer that was not asked for', () => {
    const { guard, request, proceed, close } = setup();
    guard.flushed();
    expect(proceed).not.toHaveBeenCalled();
    // The next close is still held: an early answer does not stand for writes made after it.
    expect(close()).toEqual({ goesAhead: false, prevented: true });
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a renderer that is gone, and holds again once one is back (a reload)', () => {
    const { guard, request, proceed, close, renderer } = setup();
    renderer.alive = false;
    guard.rendererGone();
    expect(close()).toEqual({ goesAhead: true, prevented: false });
    expect(request).not.toHaveBeenCalled();
    renderer.alive = true;
    expect(close()).toEqual({ goesAhead: false, prevented: true });
    expect(request).toHaveBeenCalledTimes(1);
    guard.flushed();
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the timeout', () => vi.advanceTimersByTime(TIMEOUT)],
    ['the renderer going away during the flush', (guard: CloseGuard) => guard.rendererGone()],
  ])('proceeds once when %s releases the close, and ignores what comes after', (_name, release) => {
    const { guard, proceed, close } = setup();
    close();
    release(guard);
    expect(proceed).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(TIMEOUT);
    guard.flushed();
    guard.flushed();
    guard.rendererGone();
    expect(proceed).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(close().goesAhead).toBe(true);
  });

  it('lets the close go ahead when the request cannot be sent', () => {
    const { request, proceed, close } = setup(() => {
      throw new Error('Object has been destroyed');
    });
    expect(close()).toEqual({ goesAhead: true, prevented: false });
    expect(request).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(proceed).not.toHaveBeenCalled();
  });
});
