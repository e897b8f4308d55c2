/**
 * Text that is saved as it is typed, by a DebouncedWriter: at most SAVE_DELAY_MS after the first
 * unsaved keystroke, also while the recorder keeps typing. The field owns its text while it is
 * edited: a value arriving from the store (another window, an undo) replaces it only when the
 * field is not focused and nothing is waiting to be written, so a live query can never overwrite
 * keystrokes or re-render the input in the middle of an IME composition.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DebouncedWriter } from './debouncedWriter';
import { registerFlush } from './flush';

export function useAutosave<T>(stored: T, save: (value: T) => Promise<void>) {
  const [value, setValue] = useState(stored);
  const focused = useRef(false);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });

  // One writer for the component's life, so listeners and timers can hold it.
  const [writer] = useState(() => new DebouncedWriter());

  useEffect(() => {
    if (!focused.current && !writer.scheduled) setValue(stored);
  }, [stored, writer]);

  // Write what is pending when the page is hidden or closed, and when the field goes away.
  useEffect(() => {
    const flush = () => writer.flush();
    window.addEventListener('pagehide', flush);
    const unregister = registerFlush(flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      unregister();
      void flush();
    };
  }, [writer]);

  const onChange = useCallback(
    (next: T) => {
      setValue(next);
      writer.schedule(() => saveRef.current(next));
    },
    [writer],
  );

  const bind = {
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      void writer.flush();
    },
  };

  return { value, onChange, bind };
}
