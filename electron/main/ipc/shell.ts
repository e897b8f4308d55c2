/**
 * shell:flushed — the renderer's answer to shell:flush; lets a held close go ahead (closeGuard.ts).
 * Its request is an empty object, so the handler takes nothing. An answer that arrives without a
 * close being held changes nothing.
 */
import type { Handlers } from './register';

export function createShellHandlers(deps: { flushed(): void }): Pick<Handlers, 'flushed'> {
  return {
    async flushed() {
      deps.flushed();
      return undefined;
    },
  };
}
