/**
 * The preload: exposes one narrow function per invoke method of the contract on `window.seogi`,
 * and a subscription per message main sends, never ipcRenderer itself. It runs sandboxed, so it
 * is bundled into a single file; it imports the channel names only (channels.ts), never the
 * schemas, which would bundle the validation library: main checks every call anyway.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, INVOKE_CHANNELS, MENU_COMMANDS, SEND_CHANNELS, type MenuCommand } from '../shared/channels';
import type { Calls, BridgeMethod, DesktopBridge } from '../shared/ipc';

const { flushed, ...bridgeChannels } = INVOKE_CHANNELS;

const flushListeners = new Set<() => Promise<void>>();

// Answered even when nothing subscribed, so that a window with nothing to write closes at once
// instead of after the shell's timeout; and only once every listener has settled, so that the
// first one to finish cannot let the window close on the others' writes.
ipcRenderer.on(SEND_CHANNELS.flush, () => {
  void Promise.allSettled([...flushListeners].map(async (listener) => listener()))
    .then(() => ipcRenderer.invoke(flushed, {}))
    // Main may already be closing the window without waiting for the answer.
    .catch(() => undefined);
});

// ipcRenderer.invoke is untyped: the types of these functions are the contract's, and main's
// gate checks each request against the contract's schema. A call without a request sends the
// empty one (Calls allows that only where the request is empty).
const calls = Object.fromEntries(
  Object.entries(bridgeChannels).map(([method, channel]) => [
    method,
    (request: unknown = {}) => ipcRenderer.invoke(channel, request),
  ]),
) as Calls<BridgeMethod>;

const bridge = {
  ...calls,
  onMenuCommand(listener) {
    const handler = (_event: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(SEND_CHANNELS.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(SEND_CHANNELS.menuCommand, handler);
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
