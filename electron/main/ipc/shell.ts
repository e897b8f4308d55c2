/**
 * shell:flushed — the renderer's answer to shell:flush; lets a held close go ahead (closeGuard.ts).
 * Its request is an empty object, so the handler takes nothing. An answer that arrives without a
 * close being held changes nothing.
 */
export function createShellHandlers(deps: { flushed(): void }) {
  return {
    async flushed(): Promise<undefined> {
      deps.flushed();
      return undefined;
    },
  };
}
