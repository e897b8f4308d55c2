/**
 * app:setLanguage and clipboard:writeText (electron/main/ipc/app.ts): what the renderer asks
 * reaches the menu and the clipboard as it was sent.
 */
import { describe, expect, it, vi } from 'vitest';
import { createAppHandlers } from '../../electron/main/ipc/app';

describe('app:setLanguage and clipboard:writeText', () => {
  it('pass the language on to the menu', async () => {
    const applyLanguage = vi.fn();
    await expect(createAppHandlers({ applyLanguage }).setLanguage({ language: 'ko' })).resolves.toBeUndefined();
    expect(applyLanguage).toHaveBeenCalledWith('ko');
  });

  it('pass the text on to the clipboard', async () => {
    const writeClipboard = vi.fn();
    const handlers = createAppHandlers({ applyLanguage: vi.fn(), writeClipboard });
    await expect(handlers.copyText({ text: '○ 부시장 김종석: 당부드린다' })).resolves.toBeUndefined();
    expect(writeClipboard).toHaveBeenCalledWith('○ 부시장 김종석: 당부드린다');
  });
});
