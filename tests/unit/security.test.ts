/**
 * The window's hardening (electron/main/security.ts and the CSP of electron/shared/csp.ts),
 * driven with plain objects standing in for Electron's: webPreferences, the policy, navigation,
 * new windows, webviews, permissions, and the session's refusal of every request outside app://.
 */
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import {
  hardenContents,
  hardenSession,
  isAllowedNavigation,
  isAllowedRequest,
  secureWebPreferences,
  type ContentsLike,
} from '../../electron/main/security';

describe('window security', () => {
  it('uses hardened webPreferences', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs.preload).toBe('/app/preload.cjs');
    const on = ['contextIsolation', 'sandbox', 'webSecurity'] as const;
    const off = [
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'allowRunningInsecureContent',
      'webviewTag',
      'experimentalFeatures',
    ] as const;
    for (const key of on) expect(prefs[key], key).toBe(true);
    for (const key of off) expect(prefs[key], key).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
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

  function fakeSession() {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    let beforeRequest:
      ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
      webRequest: { onBeforeRequest: (listener) => (beforeRequest = listener) },
    });
    const cancels = (url: string) => {
      const callback = vi.fn();
      beforeRequest?.({ url }, callback);
      expect(callback).toHaveBeenCalledTimes(1);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    return { request, check, cancels };
  }

  it('denies every permission request and check', () => {
    const { request, check } = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check?.({}, permission)).toBe(false);
    }
  });

  const ALLOWED = [
    'app://seogi/index.html',
    'app://seogi/',
    'app://seogi/assets/worker-Bx1a2.js',
    'app://seogi/assets/index-abc.js.map',
    'app://seogi/index.html#/meetings/1',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://seogi/6f1c2a4e-0000-4000-8000-000000000000',
    'devtools://devtools/bundled/devtools_app.html',
  ];
  const CANCELLED = [
    'https://evil.example/x.js',
    'http://127.0.0.1:5178/',
    'ws://127.0.0.1:9222/devtools/page/1',
    'wss://evil.example/',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'ftp://evil.example/',
    'app://other/index.html',
    'app://seogi.evil.example/',
    'app://seogi:8080/index.html',
    'app://evil@seogi.example/',
    'chrome://settings',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
    '',
  ];
  it.each([...ALLOWED.map((url) => [url, false] as const), ...CANCELLED.map((url) => [url, true] as const)])(
    'has the session load %j only if it is the app or stays in the process (cancel: %s)',
    (url, cancel) => {
      expect(isAllowedRequest(url)).toBe(!cancel);
      expect(fakeSession().cancels(url)).toBe(cancel);
    },
  );
});
