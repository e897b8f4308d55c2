/**
 * The host inside the desktop shell: the preload's bridge itself, but for the three calls the
 * renderer makes in a shape of its own (HostApi).
 */
import type { DesktopBridge } from '../../electron/shared/ipc';
import type { HostApi } from './types';

export function desktopHost(bridge: DesktopBridge): HostApi {
  return {
    ...bridge,
    kind: 'desktop',
    setLanguage: (language) => {
      bridge.setLanguage({ language }).catch(() => undefined);
    },
    copyText: async (text) => {
      await bridge.copyText({ text });
    },
    readAutoBackup: (name) => bridge.readAutoBackup({ name }),
  };
}
