import { BrowserWindow, type WebPreferences } from 'electron';
import { sv } from './texts';

/**
 * The renderer is a web page with no Node, no access to the preload's world and Chromium's
 * sandbox on; it reaches main only through the bridge. Spellcheck stays off because on Linux it
 * would download dictionaries from Google: the app loads nothing from the network.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
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
}

export interface MainWindowOptions {
  preload: string;
  url: string;
}

/** The one application window; shown once painted so the user never sees a blank frame. */
export function createMainWindow({ preload, url }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: sv.appName,
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preload),
  });
  win.once('ready-to-show', () => win.show());
  win.loadURL(url).catch((error: unknown) => {
    console.error('Failed to load the main window', error);
  });
  return win;
}
