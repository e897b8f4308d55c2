import type { DesktopBridge } from '../../electron/shared/ipc';
import type { HostApi } from './types';

export function desktopHost(bridge: DesktopBridge): HostApi {
  return {
    kind: 'desktop',
    saveFile: (request) => bridge.saveFile(request),
    openFile: (request) => bridge.openFile(request),
    copyText: async (text) => {
      await bridge.copyText({ text });
    },
    setLanguage: (language) => {
      // The menu language is cosmetic: a failure must not disturb the renderer.
      bridge.setLanguage({ language }).catch(() => undefined);
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onFlushRequest: (listener) => bridge.onFlushRequest(listener),
    writeAutoBackup: (request) => bridge.writeAutoBackup(request),
    listAutoBackups: () => bridge.listAutoBackups(),
    readAutoBackup: (name) => bridge.readAutoBackup({ name }),
  };
}
