import type { BridgeApi } from '@shared/bridge';
import type { Platform } from './platform';

/** The Electron implementation: a thin pass-through to the preload bridge. */
export function createElectronPlatform(bridge: BridgeApi): Platform {
  return {
    kind: 'electron',
    // The shared folder's bridge channels come with the roll-up (issue 6).
    sharedFolder: null,
    appVersion: () => bridge.appVersion(),
    saveFile: (suggestedName, data, filters) => bridge.saveFile({ suggestedName, data, filters }),
    openFile: (filters) => bridge.openFile({ filters }),
    printToPdf: (suggestedName, landscape = false) =>
      bridge.printToPdf({ suggestedName, landscape }),
  };
}
