import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * `app:` behaves like https for the page (standard: real origin and relative URLs; secure: a
 * secure context) and may be fetched. It does not bypass CSP. Must be registered before `ready`.
 */
export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** The MIME type for a file name; unknown types are served as opaque bytes, never sniffed. */
export function mimeTypeFor(fileName: string): string {
  return mimeTypes[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppRequestHandlerOptions {
  /** Absolute path of the built renderer (out/renderer); nothing outside it is ever served. */
  root: string;
  /** Sent as Content-Security-Policy on every response, errors included. */
  csp: string;
}

/** The handler for `protocol.handle('app', …)`: static files from `root`, nothing else. */
export function createAppRequestHandler({
  root,
  csp,
}: AppRequestHandlerOptions): (request: Request) => Promise<Response> {
  const respond = (status: number, body: Uint8Array<ArrayBuffer> | null, type: string): Response =>
    new Response(body, {
      status,
      headers: {
        'Content-Type': type,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  const refuse = (status: number): Response => respond(status, null, 'text/plain; charset=utf-8');

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404);
    const file = resolveInside(root, url.pathname === '/' ? '/index.html' : url.pathname);
    if (typeof file === 'number') return refuse(file);
    let body: Uint8Array<ArrayBuffer>;
    try {
      // Copied into a plain ArrayBuffer-backed view, the body type Response accepts everywhere.
      body = new Uint8Array(await readFile(file));
    } catch {
      // Missing, a directory, or unreadable: the page learns nothing more than "not here".
      return refuse(404);
    }
    return respond(200, request.method === 'HEAD' ? null : body, mimeTypeFor(file));
  };
}

/**
 * Maps a URL path to a file under root, or an HTTP status when it must be refused. The URL parser
 * has already resolved literal and %2e dot segments; this catches what decoding reveals
 * (`..%2f`, `%5c`, NUL) and anything else that would land outside root.
 */
function resolveInside(root: string, urlPath: string): string | number {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return 400;
  }
  // NUL would truncate the path in native code; no built asset name holds a backslash or colon,
  // which on Windows would be separators or a drive.
  if (/[\0\\:]/.test(decoded)) return 403;
  const file = join(root, decoded);
  const rel = relative(root, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return 403;
  return file;
}
