/**
 * Holds a window's close until the renderer has written what is pending. IndexedDB writes still
 * in flight when a window closes are lost with its renderer, so the first close is prevented, the
 * renderer is asked to flush, and the window is closed for real (`proceed`) once it answers or the
 * timeout passes, whichever comes first. A renderer that hangs or never answers therefore delays
 * the close by at most `timeoutMs`. Plain TypeScript with the timer passed in, so that it is
 * tested in Node without Electron.
 */
export interface CloseEvent {
  preventDefault(): void;
}

export interface CloseGuardDeps<Timer> {
  /** Asks the renderer to write what is pending; its answer arrives as `flushed()`. */
  requestFlush(): void;
  /**
   * Whether a renderer is there to answer. Asked at each close rather than remembered, as a
   * crashed renderer can be reloaded (View > Reload) and then has writes to flush again.
   */
  canFlush(): boolean;
  timeoutMs: number;
  setTimer(callback: () => void, ms: number): Timer;
  clearTimer(timer: Timer): void;
}

export interface CloseGuard {
  /**
   * Call from the window's 'close' event. Returns true when the close goes ahead now; false when
   * it was prevented and `proceed` (of the first held close) will run later, exactly once.
   */
  onClose(event: CloseEvent, proceed: () => void): boolean;
  /** The renderer's answer: what was pending is written (or failed). */
  flushed(): void;
  /** The renderer crashed or was destroyed: no answer will come, so a held close proceeds now. */
  rendererGone(): void;
}

export function createCloseGuard<Timer>(deps: CloseGuardDeps<Timer>): CloseGuard {
  // idle: the next close is held. waiting: a flush was requested. released: every close goes
  // through, first of all the one `proceed` starts, after which the window is gone.
  let state: 'idle' | 'waiting' | 'released' = 'idle';
  let pending: { proceed: () => void; timer: Timer } | null = null;

  const release = () => {
    if (state !== 'waiting') return;
    state = 'released';
    const held = pending;
    pending = null;
    if (!held) return;
    deps.clearTimer(held.timer);
    held.proceed();
  };

  return {
    onClose(event, proceed) {
      if (state === 'released') return true;
      if (state === 'idle') {
        if (!deps.canFlush()) return true;
        try {
          deps.requestFlush();
        } catch {
          // Not sent (the renderer is going away), so no answer will come: close now, and not
          // through proceed, which would start a close from inside this one.
          return true;
        }
        state = 'waiting';
        pending = { proceed, timer: deps.setTimer(release, deps.timeoutMs) };
      }
      event.preventDefault();
      return false;
    },
    // Only a held close is let go: an answer or a crash before any close changes nothing.
    flushed: release,
    rendererGone: release,
  };
}
