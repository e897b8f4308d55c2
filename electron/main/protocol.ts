/**
 * The app:// protocol that serves the built renderer (instead of file://, which would grant the
 * page access to the whole file system and give every file its own opaque origin). Requests are
 * resolved strictly inside the renderer folder.
 */
import path from 'node:path';
import { APP_HOST, responseHeaders } from './security';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Maps an app:// URL to a file inside `root`, or null when it points anywhere else. */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  const rootWithSep = path.resolve(root) + path.sep;
  return resolved.startsWith(rootWithSep) ? resolved : null;
}

export function mimeType(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export async function serveAppRequest(
  root: string,
  url: string,
  readFile: (filePath: string) => Promise<Uint8Array>,
): Promise<Response> {
  const filePath = resolveAppPath(root, url);
  if (!filePath) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(filePath);
    return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers: responseHeaders(mimeType(filePath)) });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
