/**
 * The preload: exposes one narrow function per IPC channel on `window.seogi`, never ipcRenderer
 * itself. It runs sandboxed, so it is bundled into a single file with the contract inlined.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, CHANNELS, MENU_COMMANDS } from '../shared/channels';
import type { DesktopBridge, MenuCommand } from '../shared/ipc';

const flushListeners = new Set<() => Promise<void>>();

// Answered even when nothing subscribed, so that a window with nothing to write closes at once
// instead of after the shell's timeout; and only once every listener has settled, so that the
// first one to finish cannot let the window close on the others' writes.
ipcRenderer.on(CHANNELS.shellFlush, () => {
  void Promise.allSettled([...flushListeners].map(async (listener) => listener()))
    .then(() => ipcRenderer.invoke(CHANNELS.shellFlushed, {}))
    // Main may already be closing the window without waiting for the answer.
    .catch(() => undefined);
});

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
  onFlushRequest(listener) {
    // A wrapper per subscription, so that unsubscribing one of two subscriptions of the same
    // function leaves the other in place.
    const subscription = () => listener();
    flushListeners.add(subscription);
    return () => {
      flushListeners.delete(subscription);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
