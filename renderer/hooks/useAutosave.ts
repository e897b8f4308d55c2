/**
 * Text that is saved as it is typed: at most AUTOSAVE_DELAY_MS after the first unsaved keystroke,
 * also while the recorder keeps typing (the timer is not restarted by later keystrokes, so a long
 * burst of typing is still written every 300 ms). The field owns its text while it is edited: a value
 * arriving from the store (another window, an undo) replaces it only when the field is not focused
 * and nothing is waiting to be written, so a live query can never overwrite keystrokes or
 * re-render the input in the middle of an IME composition.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { registerFlush } from './flush';
import { clearWaiting, markWaiting, reportWriteFailure } from '../data/saveStatus';

export const AUTOSAVE_DELAY_MS = 300;
const RETRY_DELAY_MS = 2000;

export function useAutosave<T>(stored: T, save: (value: T) => Promise<void>, delay = AUTOSAVE_DELAY_MS) {
  const [value, setValue] = useState(stored);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const focused = useRef(false);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });

  // One function for the component's life, so listeners and timers can hold it.
  const [flush] = useState(() => {
    const write = (): Promise<void> => {
      clearTimeout(timer.current);
      const next = pending.current;
      if (!next) return Promise.resolve();
      pending.current = null;
      // Waiting until written: the write reaches the database a moment after it is asked for.
      return saveRef.current(next.value).then(
        () => {
          if (!pending.current) clearWaiting(pending);
        },
        (error: unknown) => {
          // The status bar shows the failure; the text stays queued and is retried shortly.
          reportWriteFailure(error);
          if (!pending.current) {
            pending.current = next;
            markWaiting(pending);
            timer.current = setTimeout(write, RETRY_DELAY_MS);
          }
        },
      );
    };
    return write;
  });

  useEffect(() => {
    if (!focused.current && !pending.current) setValue(stored);
  }, [stored]);

  // Write what is pending when the page is hidden or closed, and when the field goes away.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    const unregister = registerFlush(flush);
    return () => {
      window.removeEventListener('pagehide', onHide);
      unregister();
      void flush();
    };
  }, [flush]);

  const onChange = useCallback(
    (next: T) => {
      setValue(next);
      const waiting = pending.current !== null;
      pending.current = { value: next };
      if (waiting) return;
      markWaiting(pending);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  const bind = {
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      void flush();
    },
  };

  return { value, onChange, flush, bind };
}
