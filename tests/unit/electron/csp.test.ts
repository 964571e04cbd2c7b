import { describe, expect, it } from 'vitest';
import { applyCspHeader, contentSecurityPolicy } from '../../../electron/main/csp';
import { FakeWebRequest } from './fake-electron';

const PRODUCTION =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

describe('content security policy', () => {
  it('is strict in a packaged app', () => {
    expect(contentSecurityPolicy(null)).toBe(PRODUCTION);
  });

  it('opens only the dev server websocket and inline scripts in dev', () => {
    const dev = contentSecurityPolicy('http://localhost:5173/');
    expect(dev).toContain("connect-src 'self' ws://localhost:5173;");
    expect(dev).toContain("script-src 'self' 'unsafe-inline';");
    expect(dev.replace(' ws://localhost:5173', '').replace(" 'unsafe-inline';", ';')).toBe(
      PRODUCTION,
    );
  });

  it('is added as a header to dev server responses, replacing any CSP sent', () => {
    const webRequest = new FakeWebRequest();
    applyCspHeader(webRequest, PRODUCTION);
    let headers: Record<string, string[]> = {};
    webRequest.headersListener?.(
      {
        responseHeaders: {
          'content-type': ['text/html'],
          'content-security-policy': ['default-src *'],
        },
      },
      (response) => {
        headers = response.responseHeaders;
      },
    );
    expect(headers).toEqual({
      'content-type': ['text/html'],
      'Content-Security-Policy': [PRODUCTION],
    });
  });
});
