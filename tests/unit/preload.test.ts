/**
 * The preload (electron/preload/index.ts), run against a stand-in for Electron's contextBridge
 * and ipcRenderer: what it exposes, which channel each function calls, the flush answered only
 * once every listener has settled; and its bundle, which must not carry the validation library.
 */
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, INVOKE_CHANNELS, SEND_CHANNELS, type DesktopBridge } from '../../electron/shared/ipc';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  invoke: vi.fn(async (channel: string, request: unknown) => ({ channel, request })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
      electron.listeners.set(channel, listener),
    removeListener: (channel: string) => electron.listeners.delete(channel),
  },
}));

await import('../../electron/preload/index');
const bridge = electron.exposed.get(BRIDGE_KEY) as DesktopBridge;
const send = (channel: string, ...args: unknown[]) => electron.listeners.get(channel)?.({}, ...args);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the preload', () => {
  it('exposes one function per method of the contract but the flush answer, and two subscriptions', () => {
    const exposed = Object.keys(INVOKE_CHANNELS).filter((method) => method !== 'flushed');
    expect(Object.keys(bridge).sort()).toEqual([...exposed, 'onFlushRequest', 'onMenuCommand'].sort());
  });

  it('sends each call on its channel with its request, and hands back the reply', async () => {
    for (const [method, channel] of Object.entries(INVOKE_CHANNELS)) {
      if (method === 'flushed') continue;
      const call = bridge[method as keyof typeof bridge] as (request: unknown) => Promise<unknown>;
      await expect(call({ probe: method })).resolves.toEqual({ channel, request: { probe: method } });
    }
    await expect(bridge.listAutoBackups()).resolves.toEqual({ channel: 'backup:list', request: {} });
  });

  it('passes on menu commands it knows, and nothing else', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    send(SEND_CHANNELS.menuCommand, 'newMeeting');
    send(SEND_CHANNELS.menuCommand, 'rm -rf');
    send(SEND_CHANNELS.menuCommand, { command: 'newMeeting' });
    expect(listener.mock.calls).toEqual([['newMeeting']]);
    unsubscribe();
    send(SEND_CHANNELS.menuCommand, 'help');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('answers a flush request once every listener has settled, even one that failed', async () => {
    let finish: () => void = () => undefined;
    const slow = bridge.onFlushRequest(() => new Promise<void>((resolve) => (finish = resolve)));
    const failing = bridge.onFlushRequest(async () => {
      throw new Error('disk full');
    });
    electron.invoke.mockClear();
    send(SEND_CHANNELS.flush);
    await settle();
    expect(electron.invoke).not.toHaveBeenCalled();
    finish();
    await settle();
    expect(electron.invoke.mock.calls).toEqual([[INVOKE_CHANNELS.flushed, {}]]);
    slow();
    failing();
  });

  it('answers at once when nothing is pending', async () => {
    electron.invoke.mockClear();
    send(SEND_CHANNELS.flush);
    await settle();
    expect(electron.invoke.mock.calls).toEqual([[INVOKE_CHANNELS.flushed, {}]]);
  });

  it('is bundled without the validation library (a sandboxed preload cannot load it)', async () => {
    const result = await build({
      entryPoints: ['electron/preload/index.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('electron/shared/channels.ts');
    expect(inputs.filter((input) => input.includes('node_modules') || input.endsWith('shared/ipc.ts'))).toEqual([]);
  });
});
