import type { BridgeApi } from '@shared/bridge';
import type { Platform, SharedFolder } from './platform';

/** The shared folder through main: the renderer names year, node and revision, never a path. */
function sharedFolderOf(bridge: BridgeApi): SharedFolder {
  return {
    current: () => bridge.folderCurrent(),
    choose: () => bridge.folderChoose(),
    write: ({ year, nodeId, kind, revision, data }) =>
      bridge.folderWrite({ year, nodeId, kind, revision, data }),
    scan: (year) => bridge.folderScan({ year }),
    read: ({ year, nodeId, file }) => bridge.folderRead({ year, nodeId, file }),
  };
}

/** The Electron implementation: a thin pass-through to the preload bridge. */
export function createElectronPlatform(bridge: BridgeApi): Platform {
  return {
    kind: 'electron',
    sharedFolder: sharedFolderOf(bridge),
    appVersion: () => bridge.appVersion(),
    saveFile: (suggestedName, data, filters) => bridge.saveFile({ suggestedName, data, filters }),
    openFile: (filters) => bridge.openFile({ filters }),
    printToPdf: (suggestedName, landscape = false) =>
      bridge.printToPdf({ suggestedName, landscape }),
  };
}
