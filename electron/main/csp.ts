import { CSP_DIRECTIVES } from '@shared/csp';

/**
 * The Content-Security-Policy of every page. With a dev server it additionally allows the
 * server's websocket (Vite HMR) and inline scripts (the React Refresh preamble Vite injects into
 * index.html); neither is ever allowed in a packaged app.
 */
export function contentSecurityPolicy(devServerUrl: string | null): string {
  const devOnly: Readonly<Record<string, string[]>> =
    devServerUrl === null
      ? {}
      : { 'script-src': ["'unsafe-inline'"], 'connect-src': [websocketOrigin(devServerUrl)] };
  return CSP_DIRECTIVES.map(([name, ...sources]) =>
    [name, ...sources, ...(devOnly[name] ?? [])].join(' '),
  ).join('; ');
}

function websocketOrigin(httpUrl: string): string {
  const url = new URL(httpUrl);
  return `ws://${url.host}`;
}

type ResponseHeaders = Record<string, string[]>;

/** The part of Electron's `session.webRequest` this needs; a real session satisfies it. */
export interface HeaderHook {
  onHeadersReceived(
    listener: (
      details: { responseHeaders?: ResponseHeaders },
      callback: (response: { responseHeaders: ResponseHeaders }) => void,
    ) => void,
  ): void;
}

/**
 * Pages served over http by the dev server carry no CSP of ours, so add it to every response,
 * replacing whatever the server sent.
 */
export function applyCspHeader(webRequest: HeaderHook, csp: string): void {
  webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
}
