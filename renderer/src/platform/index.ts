import { BRIDGE_GLOBAL, type BridgeApi } from '@shared/bridge';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';
import { createWebPlatform } from './web-platform';

export type { Platform } from './platform';

function electronBridge(): BridgeApi | undefined {
  const candidate: unknown = Reflect.get(window, BRIDGE_GLOBAL);
  return typeof candidate === 'object' && candidate !== null && 'appVersion' in candidate
    ? // The preload exposes exactly BridgeApi under this name (see electron/preload).
      (candidate as BridgeApi)
    : undefined;
}

/** Chosen once at start-up: the preload's bridge means we run inside Electron. */
export function detectPlatform(): Platform {
  const bridge = electronBridge();
  return bridge ? createElectronPlatform(bridge) : createWebPlatform();
}
