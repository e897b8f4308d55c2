/**
 * Window hardening, in one module, after Electron's security checklist: isolated and sandboxed
 * renderers without Node, the strict CSP, no navigation away from the app, no new windows, no
 * webviews, every permission request denied, and no request leaving the app: the session cancels
 * every URL outside app:// before Chromium sends it, so that nothing the page is made to load
 * (should the CSP ever be bypassed or loosened) reaches the network or the file system. Functions
 * take the few Electron objects they touch as narrow interfaces so the unit tests can drive them
 * with plain objects. (The fuses set at packaging are in build/electron-builder.json.)
 */
import type { WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'seogi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host` of a URL. Node's URL reports the origin of a custom scheme such as app:// as
 * "null", so the origin is rebuilt from its parts; unparsable URLs give "".
 */
export function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '';
  }
}

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** Only the app's own page may be (re)loaded; any other URL is refused. */
export function isAllowedNavigation(url: string): boolean {
  return originOf(url) === APP_ORIGIN;
}

interface PreventableEvent {
  preventDefault(): void;
}

export interface ContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function hardenContents(contents: ContentsLike): void {
  const guard = (event: PreventableEvent, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Schemes that never leave the process: inline images (the CSP's img-src allows data:) and blobs
 * the page made itself. DevTools (development builds only: the menu offers it when unpackaged)
 * loads its own front end from devtools:.
 */
const IN_PROCESS_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * Whether the session lets a request through: the app's own files (the page, its scripts and
 * styles, the export worker under app://seogi/assets/), and what never leaves the process. Every
 * other URL (http, https, ws, file, another app:// host, anything unparsable) is cancelled.
 */
export function isAllowedRequest(url: string): boolean {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    return false;
  }
  return IN_PROCESS_SCHEMES.has(scheme) || originOf(url) === APP_ORIGIN;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void;
  webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

/** Headers sent with every file of the app:// protocol. */
export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
  };
}
