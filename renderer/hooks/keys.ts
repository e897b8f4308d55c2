/**
 * The renderer's side of the table of shortcuts (domain/shortcuts.ts): which command a keydown,
 * React's or the DOM's, gives in a scope. The table's lookup leaves every key of an IME
 * composition to the IME.
 */
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { commandFor, type CommandIn, type Scope } from '../domain/shortcuts';

export function shortcutFor<S extends Scope>(
  event: ReactKeyboardEvent | KeyboardEvent,
  scope: S,
): CommandIn<S> | undefined {
  // React's event does not carry isComposing: its native event does.
  return commandFor('nativeEvent' in event ? event.nativeEvent : event, scope);
}
