/**
 * The preload: exposes one narrow function per IPC channel on `window.seogi`, never ipcRenderer
 * itself. It runs sandboxed, so it is bundled into a single file with the contract inlined.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, CHANNELS, MENU_COMMANDS } from '../shared/channels';
import type { DesktopBridge, MenuCommand } from '../shared/ipc';

const bridge = {
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.filesSave, request),
  openFile: (request) => ipcRenderer.invoke(CHANNELS.filesOpen, request),
  setLanguage: (request) => ipcRenderer.invoke(CHANNELS.appSetLanguage, request),
  copyText: (request) => ipcRenderer.invoke(CHANNELS.clipboardWrite, request),
  writeAutoBackup: (request) => ipcRenderer.invoke(CHANNELS.backupWrite, request),
  listAutoBackups: () => ipcRenderer.invoke(CHANNELS.backupList, {}),
  readAutoBackup: (request) => ipcRenderer.invoke(CHANNELS.backupRead, request),
  onMenuCommand(listener) {
    const handler = (_event: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(CHANNELS.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, handler);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
