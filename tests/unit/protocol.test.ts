/**
 * The app:// protocol (electron/main/protocol.ts): URLs resolve only inside the renderer folder,
 * and every file is served with the CSP.
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import { mimeType, resolveAppPath, serveAppRequest } from '../../electron/main/protocol';

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
