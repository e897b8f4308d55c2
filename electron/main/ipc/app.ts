import type { Language, SetLanguageRequest } from '../../shared/ipc';

/** app:setLanguage — the renderer tells the shell its interface language (menu, dialogs). */
export function createAppHandlers(deps: { applyLanguage(language: Language): void }) {
  return {
    async setLanguage(request: SetLanguageRequest): Promise<undefined> {
      deps.applyLanguage(request.language);
      return undefined;
    },
  };
}
