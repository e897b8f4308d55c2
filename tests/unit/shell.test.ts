import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import { MENU_COMMANDS } from '../../electron/shared/ipc';
import { buildMenuTemplate } from '../../electron/main/menu';
import { mimeType, resolveAppPath, serveAppRequest } from '../../electron/main/protocol';
import {
  hardenContents,
  hardenSession,
  isAllowedNavigation,
  secureWebPreferences,
  type ContentsLike,
} from '../../electron/main/security';
import { parseWindowState } from '../../electron/main/window-state';

describe('window security', () => {
  it('uses hardened webPreferences', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('has a strict CSP: own scripts only, no eval, no inline script, no plugins', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });

  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (event: string, listener: (event: { preventDefault(): void }, url?: string) => void) => {
        listeners.set(event, listener);
      },
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
        openHandler = handler;
      },
    } as unknown as ContentsLike;
    hardenContents(contents);
    const fire = (event: string, url?: string) => {
      const preventDefault = vi.fn();
      listeners.get(event)?.({ preventDefault }, url);
      return preventDefault.mock.calls.length > 0;
    };
    return { fire, open: (url: string) => openHandler?.({ url }) };
  }

  it('blocks navigation away from the app and allows its own page', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'http://127.0.0.1:1234/')).toBe(true);
    expect(fire('will-navigate', 'app://seogi/index.html')).toBe(false);
    expect(fire('will-attach-webview')).toBe(true);
    expect(isAllowedNavigation('not a url')).toBe(false);
  });

  it('denies every window.open', () => {
    const { open } = fakeContents();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://seogi/index.html')).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check?.({}, permission)).toBe(false);
    }
  });
});

describe('app:// protocol', () => {
  const root = path.resolve('/srv/seogi/renderer');

  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://seogi/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://seogi/assets/index-abc.js')).toBe(path.join(root, 'assets/index-abc.js'));
    expect(resolveAppPath(root, 'app://seogi/index.html#/meetings/1')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://seogi/../../etc/passwd',
    'app://seogi/%2e%2e/%2e%2e/etc/passwd',
    'app://seogi/..%2f..%2fetc%2fpasswd',
    'app://seogi/..%5c..%5cwindows',
    'app://seogi/a%00.js',
    'app://other/index.html',
    'app://seogi/%E0%A4%A',
  ])('never resolves %s outside the renderer folder', (url) => {
    const resolved = resolveAppPath(root, url);
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    'app://seogi/..%2f..%2fetc%2fpasswd',
    'app://seogi/a%00.js',
    'app://other/index.html',
    'app://seogi/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('serves files with the CSP header and 404 for the rest', async () => {
    const read = vi.fn(async () => new TextEncoder().encode('<html></html>'));
    const ok = await serveAppRequest(root, 'app://seogi/index.html', read);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const missing = await serveAppRequest(root, 'app://seogi/..%2fsecret', read);
    expect(missing.status).toBe(404);
    expect(mimeType('x.unknown')).toBe('application/octet-stream');
  });
});

describe('window state', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };

  it('restores saved bounds on a visible display', () => {
    expect(
      parseWindowState({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true }, [display]),
    ).toEqual({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true });
  });

  it('drops bounds on a monitor that is gone', () => {
    expect(parseWindowState({ bounds: { x: 3000, y: 0, width: 1200, height: 800 } }, [display]).bounds).toBeNull();
  });

  it.each([null, 'garbage', { bounds: { x: 'a', y: 0, width: 1, height: 1 } }, { bounds: { x: NaN } }])(
    'falls back to defaults on %j',
    (raw) => {
      expect(parseWindowState(raw, [display]).bounds).toBeNull();
    },
  );

  it('enforces the minimum size', () => {
    const state = parseWindowState({ bounds: { x: 0, y: 0, width: 10, height: 10 } }, [display]);
    expect(state.bounds).toEqual({ x: 0, y: 0, width: 720, height: 520 });
  });
});

describe('native menu', () => {
  type Item = {
    id?: string;
    label?: string;
    submenu?: Item[];
    click?: () => void;
    accelerator?: string;
    registerAccelerator?: boolean;
  };
  const flatten = (items: Item[]): Item[] => items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

  it.each(['en', 'ko'] as const)('offers every command in %s and sends it to the renderer', (language) => {
    const send = vi.fn();
    const items = flatten(buildMenuTemplate(language, send, { isMac: false, isPackaged: true }) as Item[]);
    for (const command of MENU_COMMANDS) {
      const item = items.find((i) => i.id === command);
      expect(item?.label, command).toBeTruthy();
      item?.click?.();
      expect(send).toHaveBeenLastCalledWith(command);
    }
  });

  it('labels the menu in Korean', () => {
    const items = flatten(buildMenuTemplate('ko', vi.fn(), { isMac: false, isPackaged: true }) as Item[]);
    expect(items.find((i) => i.id === 'newMeeting')?.label).toBe('새 회의');
  });

  it('shows the shortcuts of the table but leaves the keys to the renderer, so an IME composition is never interrupted by the menu', () => {
    const items = flatten(buildMenuTemplate('en', vi.fn(), { isMac: false, isPackaged: true }) as Item[]);
    const withKeys = items.filter((i) => i.accelerator !== undefined);
    expect(Object.fromEntries(withKeys.map((i) => [i.id, i.accelerator]))).toEqual({
      newMeeting: 'CmdOrCtrl+N',
      settings: 'CmdOrCtrl+,',
      exportMinutes: 'CmdOrCtrl+E',
      nextItem: 'Alt+Down',
      previousItem: 'Alt+Up',
      help: 'F1',
    });
    for (const item of withKeys) expect(item.registerAccelerator, item.id).toBe(false);
  });
});
