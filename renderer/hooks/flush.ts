/**
 * Everything on screen that is waiting to be written, flushed at once when the desktop shell is
 * about to close the window or quit (see HostApi.onFlushRequest): autosaving fields register here;
 * the app flushes the live recorders with them.
 */

const flushers = new Set<() => Promise<unknown>>();

export function registerFlush(flush: () => Promise<unknown>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
