import { createContext, useContext } from 'react';

/**
 * True inside a meeting whose minutes are approved: screens disable their controls (a disabled
 * <fieldset> does most of it) and keyboard handlers that change the record do nothing.
 */
export const ReadOnlyContext = createContext(false);

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}
