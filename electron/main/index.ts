/** Main-process entry: resolves paths and environment, then hands over to bootstrap. */
import { join } from 'node:path';
import { app } from 'electron';
import { resolveDevServerUrl } from './app-origin';
import { bootstrap } from './bootstrap';

bootstrap({
  devServerUrl: resolveDevServerUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL),
  rendererRoot: join(import.meta.dirname, '../renderer'),
  preload: join(import.meta.dirname, '../preload/index.cjs'),
  platform: process.platform,
});
