import { openExternalIfAllowed } from './external-links';

export interface HardenOptions {
  /** Whether a URL is one of the app's own pages (see app-origin.ts). */
  isAppUrl: (url: string) => boolean;
  openExternal: (url: string) => Promise<void>;
}

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/** The part of a WebContents the guards attach to; a real WebContents satisfies it. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Applied to every WebContents the app creates: it never leaves its own pages, never opens a
 * window and never hosts a <webview>. Allowlisted https links go to the user's browser instead.
 */
export function hardenWebContents(
  contents: GuardedContents,
  { isAppUrl, openExternal }: HardenOptions,
): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    // A plain link click lands here; allowlisted ones open in the browser like target=_blank.
    openExternalIfAllowed(event.url, openExternal);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url, openExternal);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The part of Electron's Session that grants permissions; a real session satisfies it. */
export interface PermissionGate {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/**
 * The app needs no camera, microphone, notifications API, geolocation, HID or the like: every
 * request and check is answered no, so nothing a page asks for is granted silently.
 */
export function denyAllPermissions(session: PermissionGate): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
