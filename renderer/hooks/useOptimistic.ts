import { useState } from 'react';

/**
 * A stored value that shows the user's change at once, before the write comes back through the
 * live query (a controlled checkbox or select would otherwise spring back for a moment). When the
 * stored value changes, it wins.
 */
export function useOptimisticValue<T>(stored: T): [T, (value: T) => void] {
  const [state, setState] = useState({ value: stored, stored });
  if (!Object.is(state.stored, stored)) {
    // Adjusting state while rendering is React's pattern for "reset when a prop changes".
    setState({ value: stored, stored });
  }
  return [Object.is(state.stored, stored) ? state.value : stored, (value: T) => setState({ value, stored })];
}
