import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveDevServerUrl } from '../../../electron/main/app-origin';

describe('app origin', () => {
  it('knows its own pages', () => {
    expect(isAppUrl('app://renderer/index.html', null)).toBe(true);
    expect(isAppUrl('app://renderer/index.html#/enhet/1', null)).toBe(true);
    expect(isAppUrl('app://renderer.evil/index.html', null)).toBe(false);
    expect(isAppUrl('app://evil/index.html', null)).toBe(false);
    expect(isAppUrl('https://renderer/index.html', null)).toBe(false);
    expect(isAppUrl('not a url', null)).toBe(false);
  });

  it('accepts the dev server origin only when one is in use', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', null)).toBe(false);
  });

  it('honours ELECTRON_RENDERER_URL only unpackaged and on loopback http', () => {
    expect(resolveDevServerUrl(false, 'http://localhost:5173')).toBe('http://localhost:5173/');
    expect(resolveDevServerUrl(false, 'http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/');
    expect(resolveDevServerUrl(true, 'http://localhost:5173')).toBeNull();
    expect(resolveDevServerUrl(false, 'http://evil.example:5173')).toBeNull();
    expect(resolveDevServerUrl(false, 'https://localhost:5173')).toBeNull();
    expect(resolveDevServerUrl(false, 'file:///tmp/index.html')).toBeNull();
    expect(resolveDevServerUrl(false, undefined)).toBeNull();
    expect(resolveDevServerUrl(false, 'nonsense')).toBeNull();
  });
});
