/**
 * Where the app's own pages come from. Every trust decision in main (IPC senders, navigation)
 * asks {@link isAppUrl}; nothing else is ours.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The electron-vite dev server URL, honoured only in an unpackaged app and only on loopback:
 * in a packaged build an environment variable must never be able to point the window (and its
 * bridge) at another origin.
 */
export function resolveDevServerUrl(
  isPackaged: boolean,
  envUrl: string | undefined,
): string | null {
  if (isPackaged || !envUrl) return null;
  const url = parseUrl(envUrl);
  if (!url || url.protocol !== 'http:' || !loopbackHosts.has(url.hostname)) return null;
  return url.href;
}

/** True for app://renderer/… and, in dev, for pages of the dev server's origin. */
export function isAppUrl(url: string, devServerUrl: string | null): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  // Node's URL gives non-special schemes the origin "null", so compare scheme and host instead.
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  return devServerUrl !== null && parsed.origin === new URL(devServerUrl).origin;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
