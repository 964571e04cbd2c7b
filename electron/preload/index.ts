/**
 * The preload: runs sandboxed, before the page, in its own world. It hands the page exactly the
 * methods of {@link BridgeApi}, each bound to its one channel, and nothing else: no ipcRenderer,
 * no generic invoke, no process, so page script cannot reach channels or Node by name.
 *
 * Only `electron` is imported at runtime. A sandboxed preload cannot `require` packages, and a
 * value import from @shared/bridge would drag zod in with the schemas.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { z } from 'zod';
import type { BRIDGE_GLOBAL, BridgeApi, BridgeResults, Channel, channels } from '@shared/bridge';

/** Typed against the shared constant, so a rename there fails the type check here. */
const bridgeGlobal: typeof BRIDGE_GLOBAL = 'samBridge';

function invoke<C extends Channel>(
  channel: C,
  ...args: z.input<(typeof channels)[C]>
): Promise<BridgeResults[C]> {
  return ipcRenderer.invoke(channel, ...args);
}

const bridge = {
  appVersion: () => invoke('app:version'),
  saveFile: (args) => invoke('file:save', args),
  openFile: (args) => invoke('file:open', args),
  printToPdf: (args) => invoke('print:pdf', args),
  folderCurrent: () => invoke('folder:current'),
  folderChoose: () => invoke('folder:choose'),
  folderWrite: (args) => invoke('folder:write', args),
  folderScan: (args) => invoke('folder:scan', args),
  folderRead: (args) => invoke('folder:read', args),
} satisfies BridgeApi;

contextBridge.exposeInMainWorld(bridgeGlobal, bridge);
