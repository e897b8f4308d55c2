import type { Language } from '../../../renderer/domain/model';
import type { Handlers } from './register';

/**
 * app:setLanguage — the renderer tells the shell its interface language (menu, dialogs).
 * clipboard:writeText — text for the clipboard (Copy as text); the window itself holds no
 * clipboard permission, as every permission request is denied.
 */
export function createAppHandlers(deps: {
  applyLanguage(language: Language): void;
  writeClipboard?: (text: string) => void;
}): Pick<Handlers, 'setLanguage' | 'copyText'> {
  return {
    async setLanguage(request) {
      deps.applyLanguage(request.language);
      return undefined;
    },
    async copyText(request) {
      deps.writeClipboard?.(request.text);
      return undefined;
    },
  };
}
