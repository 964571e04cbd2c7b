import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, type BridgeApi } from '@shared/bridge';
import { contextBridge, ipcRenderer, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** Every BridgeApi method, checked against the type: a missing or extra name fails tsc. */
const bridgeMethods = {
  appVersion: true,
  saveFile: true,
  openFile: true,
  printToPdf: true,
  folderCurrent: true,
  folderChoose: true,
  folderWrite: true,
  folderScan: true,
  folderRead: true,
} satisfies Record<keyof BridgeApi, true>;

function isBridge(value: unknown): value is BridgeApi {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(bridgeMethods).every((name) => typeof Reflect.get(value, name) === 'function')
  );
}

let exposed: unknown;

beforeAll(async () => {
  resetFakeElectron();
  await import('../../../electron/preload/index');
  exposed = contextBridge.exposed.get(BRIDGE_GLOBAL);
});

describe('preload', () => {
  it('exposes one global, the bridge, and nothing else', () => {
    expect([...contextBridge.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
  });

  it('exposes exactly the BridgeApi methods as plain functions', () => {
    expect(isBridge(exposed)).toBe(true);
    expect(Object.keys(exposed ?? {}).sort()).toEqual(Object.keys(bridgeMethods).sort());
    expect(Object.getPrototypeOf(exposed)).toBe(Object.prototype);
    for (const leak of ['ipcRenderer', 'invoke', 'send', 'on', 'process', 'require']) {
      expect(Reflect.has(Object(exposed), leak), leak).toBe(false);
    }
  });

  it('binds each method to its one channel and passes only its own argument', async () => {
    if (!isBridge(exposed)) throw new Error('bridge missing');
    const filters = [{ name: 'JSON', extensions: ['json'] }];
    const data = new Uint8Array([1]);
    ipcRenderer.result = '9.9.9';
    expect(await exposed.appVersion()).toBe('9.9.9');
    await exposed.saveFile({ suggestedName: 'a.json', filters, data });
    await exposed.openFile({ filters });
    await exposed.printToPdf({ suggestedName: 'r.pdf', landscape: false });
    const write = { year: 2026, nodeId: 'e1', kind: 'report' as const, revision: 2, data };
    await exposed.folderCurrent();
    await exposed.folderChoose();
    await exposed.folderWrite(write);
    await exposed.folderScan({ year: 2026 });
    await exposed.folderRead({ year: 2026, nodeId: 'e1', file: '2.samx' });
    // Untyped page script may pass more; the preload forwards only the declared argument.
    await Reflect.apply(exposed.appVersion, undefined, ['extra']);
    expect(ipcRenderer.calls).toEqual([
      { channel: 'app:version', args: [] },
      { channel: 'file:save', args: [{ suggestedName: 'a.json', filters, data }] },
      { channel: 'file:open', args: [{ filters }] },
      { channel: 'print:pdf', args: [{ suggestedName: 'r.pdf', landscape: false }] },
      { channel: 'folder:current', args: [] },
      { channel: 'folder:choose', args: [] },
      { channel: 'folder:write', args: [write] },
      { channel: 'folder:scan', args: [{ year: 2026 }] },
      { channel: 'folder:read', args: [{ year: 2026, nodeId: 'e1', file: '2.samx' }] },
      { channel: 'app:version', args: [] },
    ]);
  });

  it('imports nothing but electron at runtime (a sandboxed preload cannot require packages)', async () => {
    const source = await readFile(
      new URL('../../../electron/preload/index.ts', import.meta.url),
      'utf8',
    );
    const valueImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map(
      (match) => match[1],
    );
    expect(valueImports).toEqual(['electron']);
  });
});
