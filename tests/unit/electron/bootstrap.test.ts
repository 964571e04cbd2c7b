import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootstrap, type BootstrapOptions } from '../../../electron/main/bootstrap';
import { contentSecurityPolicy } from '../../../electron/main/csp';
import {
  app,
  BrowserWindow,
  FakeEvent,
  Menu,
  ipcMain,
  protocol,
  resetFakeElectron,
  session,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let rendererRoot: string;

beforeEach(async () => {
  resetFakeElectron();
  rendererRoot = await mkdtemp(join(tmpdir(), 'sam-bootstrap-'));
  await writeFile(join(rendererRoot, 'index.html'), '<!doctype html>');
});

afterEach(async () => {
  await rm(rendererRoot, { recursive: true, force: true });
});

function start(overrides: Partial<BootstrapOptions> = {}): void {
  bootstrap({
    devServerUrl: null,
    rendererRoot,
    preload: '/app/out/preload/index.cjs',
    platform: 'linux',
    ...overrides,
  });
}

describe('bootstrap', () => {
  it('enables the sandbox and registers app:// before ready, opening nothing yet', () => {
    start();
    expect(app.sandboxEnabled).toBe(true);
    expect(protocol.privileged.map((s) => s.scheme)).toEqual(['app']);
    expect(protocol.registeredAfterReady).toBe(false);
    expect(BrowserWindow.getAllWindows()).toEqual([]);
  });

  it('once ready: denies permissions, serves app:// with the CSP, registers the bridge, opens the app', async () => {
    start();
    await app.fireReady();

    expect(session.defaultSession.permissionCheckHandler?.()).toBe(false);
    const serve = protocol.handlers.get('app');
    const response = await serve?.(new Request('app://renderer/index.html'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toBe(contentSecurityPolicy(null));
    // No dev server: no header hook, the protocol carries the CSP.
    expect(session.defaultSession.webRequest.headersListener).toBeNull();

    expect([...ipcMain.handlers.keys()].sort()).toEqual([
      'app:version',
      'file:open',
      'file:save',
      'folder:choose',
      'folder:current',
      'folder:read',
      'folder:scan',
      'folder:write',
      'print:pdf',
    ]);
    expect(Menu.applicationMenu).not.toBeNull();

    const [win] = BrowserWindow.getAllWindows();
    expect(win?.loadedUrls).toEqual(['app://renderer/index.html']);
    expect(win?.options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(win?.options.webPreferences?.sandbox).toBe(true);
  });

  it('hardens every WebContents it creates', async () => {
    start();
    await app.fireReady();
    const [win] = BrowserWindow.getAllWindows();
    const away = new FakeEvent('https://evil.example/');
    win?.webContents.emit('will-navigate', away, away.url);
    expect(away.defaultPrevented).toBe(true);
    expect(win?.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
  });

  it('in dev loads the dev server and adds the CSP, with its websocket, as a header', async () => {
    start({ devServerUrl: 'http://localhost:5173/' });
    await app.fireReady();
    const [win] = BrowserWindow.getAllWindows();
    expect(win?.loadedUrls).toEqual(['http://localhost:5173/']);

    let csp: string[] | undefined;
    session.defaultSession.webRequest.headersListener?.({ responseHeaders: {} }, (response) => {
      csp = response.responseHeaders['Content-Security-Policy'];
    });
    expect(csp).toEqual([contentSecurityPolicy('http://localhost:5173/')]);
    expect(csp?.[0]).toContain('ws://localhost:5173');
  });

  it('quits at once when another instance holds the lock', async () => {
    app.hasLock = false;
    start();
    expect(app.quitCalls).toBe(1);
    await app.fireReady();
    expect(BrowserWindow.getAllWindows()).toEqual([]);
  });

  it('focuses the existing window when a second instance starts', async () => {
    start();
    await app.fireReady();
    const [win] = BrowserWindow.getAllWindows();
    if (win) win.minimized = true;
    app.emit('second-instance');
    expect(win?.minimized).toBe(false);
    expect(win?.focused).toBe(true);
  });

  it('quits when the last window closes, except on macOS', async () => {
    start({ platform: 'linux' });
    app.emit('window-all-closed');
    expect(app.quitCalls).toBe(1);

    resetFakeElectron();
    start({ platform: 'darwin' });
    await app.fireReady();
    app.emit('window-all-closed');
    expect(app.quitCalls).toBe(0);
    BrowserWindow.all.length = 0;
    app.emit('activate');
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
  });
});
