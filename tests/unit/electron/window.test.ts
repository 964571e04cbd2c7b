import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, secureWebPreferences } from '../../../electron/main/window';
import { BrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const expectedPreferences = {
  preload: '/app/out/preload/index.cjs',
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
};

describe('main window', () => {
  beforeEach(resetFakeElectron);

  it('is created with exactly the secure web preferences', () => {
    createMainWindow({ preload: '/app/out/preload/index.cjs', url: 'app://renderer/index.html' });
    const [win] = BrowserWindow.getAllWindows();
    expect(win?.options.webPreferences).toStrictEqual(expectedPreferences);
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toStrictEqual(expectedPreferences);
  });

  it('loads the given URL and shows itself only once painted', () => {
    const win = createMainWindow({ preload: '/p.cjs', url: 'app://renderer/index.html' });
    const [fake] = BrowserWindow.getAllWindows();
    expect(fake).toBe(win);
    expect(fake?.loadedUrls).toEqual(['app://renderer/index.html']);
    expect(fake?.options.show).toBe(false);
    expect(fake?.visible).toBe(false);
    fake?.emit('ready-to-show');
    expect(fake?.visible).toBe(true);
  });
});
