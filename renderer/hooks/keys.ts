import type { KeyboardEvent } from 'react';

/**
 * True while an IME composition is in progress: such a key event belongs to the IME and must not
 * trigger anything. Chromium sometimes ends the composition before the keydown arrives, so the
 * key code 229 ("IME processing") counts as well.
 */
export function isComposing(event: KeyboardEvent | globalThis.KeyboardEvent): boolean {
  const native = 'nativeEvent' in event ? event.nativeEvent : event;
  return native.isComposing || native.keyCode === 229;
}

/** No modifier but the ones listed. */
export function onlyModifiers(
  event: KeyboardEvent | globalThis.KeyboardEvent,
  wanted: { alt?: boolean; ctrl?: boolean; shift?: boolean },
): boolean {
  const ctrl = event.ctrlKey || event.metaKey;
  return (
    event.altKey === Boolean(wanted.alt) && ctrl === Boolean(wanted.ctrl) && event.shiftKey === Boolean(wanted.shift)
  );
}
