/**
 * The shell's start (electron/main/index.ts) against a stand-in for Electron, which cannot be
 * downloaded here: the sandbox enabled before the app is ready; once it is, the session hardened
 * (the request filter in place) before any window loads, and every method of the IPC contract
 * registered on its channel.
 */
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../electron/shared/ipc';

const electron = vi.hoisted(() => {
  const log: string[] = [];
  let ready: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const record = (name: string) => () => {
    log.push(name);
  };
  const beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void)[] = [];
  const handled: string[] = [];
  class BrowserWindow {
    static getAllWindows = () => [];
    webContents = { on: () => undefined, once: () => undefined, send: () => undefined };
    constructor() {
      log.push('new BrowserWindow');
    }
    maximize() {}
    once() {}
    on() {}
    async loadURL(url: string) {
      log.push(`loadURL ${url}`);
    }
  }
  return {
    log,
    ready: () => ready(),
    beforeRequest,
    handled,
    module: {
      app: {
        enableSandbox: record('enableSandbox'),
        getLocale: () => 'ko-KR',
        getPath: () => path.join(os.tmpdir(), 'seogi-main-test-missing'),
        isPackaged: true,
        requestSingleInstanceLock: () => true,
        on: record('app.on'),
        quit: record('quit'),
        whenReady: () => {
          log.push('whenReady');
          return readyPromise;
        },
      },
      BrowserWindow,
      clipboard: { writeText: () => undefined },
      dialog: {},
      ipcMain: { handle: (channel: string) => handled.push(channel) },
      Menu: { buildFromTemplate: () => ({}), setApplicationMenu: record('setApplicationMenu') },
      protocol: {
        registerSchemesAsPrivileged: record('registerSchemesAsPrivileged'),
        handle: record('protocol.handle'),
      },
      screen: { getAllDisplays: () => [] },
      session: {
        defaultSession: {
          setPermissionRequestHandler: record('setPermissionRequestHandler'),
          setPermissionCheckHandler: record('setPermissionCheckHandler'),
          webRequest: {
            onBeforeRequest: (listener: (typeof beforeRequest)[number]) => {
              log.push('onBeforeRequest');
              beforeRequest.push(listener);
            },
          },
        },
      },
    },
  };
});

vi.mock('electron', () => electron.module);

await import('../../electron/main/index');

describe('the shell starting', () => {
  it('enables the sandbox before the app is ready', () => {
    expect(electron.log).toContain('enableSandbox');
    expect(electron.log.indexOf('enableSandbox')).toBeLessThan(electron.log.indexOf('whenReady'));
    expect(electron.beforeRequest).toEqual([]);
  });

  it('once ready, filters requests before the window loads, and registers every IPC method', async () => {
    electron.ready();
    await vi.waitFor(() => expect(electron.log.some((entry) => entry.startsWith('loadURL'))).toBe(true));
    expect(electron.log.indexOf('onBeforeRequest')).toBeLessThan(electron.log.indexOf('new BrowserWindow'));
    expect(electron.log.at(-1)).toBe('loadURL app://seogi/index.html');
    const [filter] = electron.beforeRequest;
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      filter?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('app://seogi/assets/index.js')).toBe(false);
    expect(decide('https://evil.example/')).toBe(true);
    expect([...electron.handled].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });
});
