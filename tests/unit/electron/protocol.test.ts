import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appScheme, createAppRequestHandler } from '../../../electron/main/protocol';

const CSP = "default-src 'self'";
const SECRET = 'root:x:0:0:secret';

let base: string;
let handle: (request: Request) => Promise<Response>;

// out/renderer lives in a folder that also holds a secret, which a traversal would reach.
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'sam-protocol-'));
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>SAM</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'inter.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(base, 'secret.txt'), SECRET);
  await writeFile(join(base, 'renderer-evil.txt'), SECRET);
  handle = createAppRequestHandler({ root, csp: CSP });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET'): Promise<Response> =>
  handle(new Request(url, { method }));

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme that does not bypass CSP', () => {
    expect(appScheme).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it.each([
    ['app://renderer/', 'text/html; charset=utf-8'],
    ['app://renderer/index.html', 'text/html; charset=utf-8'],
    ['app://renderer/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://renderer/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['app://renderer/assets/inter.woff2', 'font/woff2'],
    ['app://renderer/assets/logo.svg', 'image/svg+xml'],
  ])('serves %s as %s with the CSP', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the file’s bytes', async () => {
    expect(await (await get('app://renderer/assets/index-abc.js')).text()).toBe('console.log(1)');
  });

  it.each([
    'app://renderer/../../etc/passwd',
    'app://renderer/../secret.txt',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/%2E%2E/%2e%2e/etc/passwd',
    'app://renderer/..%2fsecret.txt',
    'app://renderer/assets/..%2f..%2fsecret.txt',
    'app://renderer/%2e%2e%2fsecret.txt',
    'app://renderer/..%5csecret.txt',
    'app://renderer/%252e%252e/secret.txt',
    'app://renderer/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://renderer/%2fetc%2fpasswd',
    'app://renderer//etc/passwd',
    'app://renderer/C:%5cWindows%5cwin.ini',
    'app://renderer/index.html%00.png',
    'app://renderer/-evil.txt/..%2f..%2frenderer-evil.txt',
    'app://renderer/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect([400, 403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
  });

  it('answers 403 when decoding reveals a way out of the folder', async () => {
    expect((await get('app://renderer/..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://renderer/..%5csecret.txt')).status).toBe(403);
  });

  it('answers 404 for another host, a missing file or a folder', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://renderer/missing.js')).status).toBe(404);
    expect((await get('app://renderer/assets')).status).toBe(404);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://renderer/index.html', 'POST')).status).toBe(405);
    const head = await get('app://renderer/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
