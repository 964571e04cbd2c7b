import { app, BrowserWindow, protocol, session, shell } from 'electron';
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl } from './app-origin';
import { applyCspHeader, contentSecurityPolicy } from './csp';
import { registerBridgeHandlers } from './handlers';
import { createIpc } from './ipc';
import { installMenu } from './menu';
import { appScheme, createAppRequestHandler } from './protocol';
import { denyAllPermissions, hardenWebContents } from './security';
import { createMainWindow } from './window';

export interface BootstrapOptions {
  /** The dev server to load instead of app://, already vetted by resolveDevServerUrl. */
  devServerUrl: string | null;
  /** Built renderer folder (out/renderer) served over app://. */
  rendererRoot: string;
  /** Built preload script (out/preload/index.cjs). */
  preload: string;
  platform: NodeJS.Platform;
}

/**
 * Wires the app together. The order is Electron's: sandbox and the privileged scheme before
 * `ready`; permissions, protocol, CSP and IPC handlers before the first window loads anything.
 */
export function bootstrap({
  devServerUrl,
  rendererRoot,
  preload,
  platform,
}: BootstrapOptions): void {
  const isOwnUrl = (url: string): boolean => isAppUrl(url, devServerUrl);
  const openWindow = (): void => {
    createMainWindow({ preload, url: devServerUrl ?? APP_ENTRY_URL });
  };

  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([appScheme]);

  // A second copy would write the same IndexedDB from two processes: hand over to the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, {
      isAppUrl: isOwnUrl,
      openExternal: (url) => shell.openExternal(url),
    }),
  );
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  // macOS convention: the app stays active without windows and reopens one from the Dock.
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  app
    .whenReady()
    .then(() => {
      const csp = contentSecurityPolicy(devServerUrl);
      denyAllPermissions(session.defaultSession);
      protocol.handle(APP_SCHEME, createAppRequestHandler({ root: rendererRoot, csp }));
      // The dev server's pages are plain http responses; they get the CSP as a header instead.
      if (devServerUrl !== null) applyCspHeader(session.defaultSession.webRequest, csp);
      registerBridgeHandlers(createIpc(isOwnUrl));
      installMenu(platform, devServerUrl !== null);
      openWindow();
    })
    .catch((error: unknown) => {
      console.error('Failed to start', error);
      app.quit();
    });
}
