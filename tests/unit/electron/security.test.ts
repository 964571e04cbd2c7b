import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../../electron/main/app-origin';
import { allowedExternalUrl } from '../../../electron/main/external-links';
import { denyAllPermissions, hardenWebContents } from '../../../electron/main/security';
import { FakeEvent, FakeSession, FakeWebContents, resetFakeElectron, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function hardened(devServerUrl: string | null = null): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents, {
    isAppUrl: (url) => isAppUrl(url, devServerUrl),
    openExternal: (url) => shell.openExternal(url),
  });
  return contents;
}

function navigate(contents: FakeWebContents, url: string, event = 'will-navigate'): FakeEvent {
  const fired = new FakeEvent(url);
  contents.emit(event, fired, url);
  return fired;
}

describe('navigation', () => {
  beforeEach(resetFakeElectron);

  it('denies navigation to foreign URLs', () => {
    const contents = hardened();
    for (const url of [
      'https://evil.example/',
      'http://av.se/',
      'file:///etc/passwd',
      'app://other/index.html',
      'javascript:alert(1)',
      'http://localhost:5173/',
    ]) {
      expect(navigate(contents, url).defaultPrevented, url).toBe(true);
    }
    expect(shell.opened).toEqual([]);
  });

  it('allows navigation within the app', () => {
    const contents = hardened();
    expect(navigate(contents, 'app://renderer/index.html#/rapport').defaultPrevented).toBe(false);
  });

  it('allows the dev server only in dev', () => {
    expect(
      navigate(hardened('http://localhost:5173/'), 'http://localhost:5173/').defaultPrevented,
    ).toBe(false);
    expect(navigate(hardened(), 'http://localhost:5173/').defaultPrevented).toBe(true);
  });

  it('sends an allowlisted link to the browser instead of navigating', () => {
    const contents = hardened();
    expect(navigate(contents, 'https://www.av.se/arbetsmiljoarbete/').defaultPrevented).toBe(true);
    expect(shell.opened).toEqual(['https://www.av.se/arbetsmiljoarbete/']);
  });

  it('denies redirects away from the app', () => {
    const contents = hardened();
    expect(navigate(contents, 'https://evil.example/', 'will-redirect').defaultPrevented).toBe(
      true,
    );
    expect(navigate(contents, 'https://www.av.se/', 'will-redirect').defaultPrevented).toBe(true);
    expect(shell.opened).toEqual([]);
  });

  it('prevents attaching a <webview>', () => {
    const contents = hardened();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('window.open', () => {
  beforeEach(resetFakeElectron);

  it('never opens a window and opens only allowlisted https links externally', () => {
    const contents = hardened();
    const open = (url: string): unknown => contents.windowOpenHandler?.({ url });
    for (const url of [
      'https://evil.example/',
      'app://renderer/index.html',
      'https://www.riksdagen.se/sv/dokument-och-lagar/',
      'https://skr.se/',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(shell.opened).toEqual([
      'https://www.riksdagen.se/sv/dokument-och-lagar/',
      'https://skr.se/',
    ]);
  });
});

describe('external link allowlist', () => {
  it.each([
    'https://av.se/',
    'https://www.av.se/arbetsmiljoarbete-och-inspektioner/',
    'https://www.riksdagen.se/',
    'https://www.forsakringskassan.se/arbetsgivare',
    'https://www.afaforsakring.se/',
    'https://skr.se/skr/arbetsgivarfragor',
    'HTTPS://WWW.AV.SE/',
  ])('allows %s', (url) => {
    expect(allowedExternalUrl(url)).not.toBeNull();
  });

  it.each([
    'http://www.av.se/',
    'https://av.se.evil.example/',
    'https://evilav.se/',
    'https://sub.av.se/',
    'https://user:pw@www.av.se/',
    'https://www.av.se:8443/',
    'file:///C:/Windows/System32/calc.exe',
    'mailto:info@av.se',
    'javascript:alert(1)',
    'ms-settings:',
    'not a url',
  ])('denies %s', (url) => {
    expect(allowedExternalUrl(url)).toBeNull();
  });

  it('hands the browser the re-serialised URL', () => {
    expect(allowedExternalUrl('HTTPS://WWW.AV.SE/a b')).toBe('https://www.av.se/a%20b');
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const session = new FakeSession();
    denyAllPermissions(session);
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      session.permissionRequestHandler?.(null, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(session.permissionCheckHandler?.()).toBe(false);
    expect(session.devicePermissionHandler?.()).toBe(false);
  });
});
