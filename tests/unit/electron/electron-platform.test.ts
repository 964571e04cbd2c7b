import { describe, expect, it, vi } from 'vitest';
import type { BridgeApi } from '@shared/bridge';
import { createElectronPlatform } from '../../../renderer/src/platform/electron-platform';

function fakeBridge() {
  return {
    appVersion: vi.fn(() => Promise.resolve('1.0.0')),
    saveFile: vi.fn(() => Promise.resolve({ saved: false as const })),
    openFile: vi.fn(() => Promise.resolve(null)),
    printToPdf: vi.fn(() => Promise.resolve({ saved: false as const })),
    folderCurrent: vi.fn(() => Promise.resolve('/srv/sam')),
    folderChoose: vi.fn(() => Promise.resolve(null)),
    folderWrite: vi.fn(() => Promise.resolve({ written: true as const, file: '2.samx' })),
    folderScan: vi.fn(() => Promise.resolve([])),
    folderRead: vi.fn(() => Promise.resolve(new Uint8Array([1]))),
  } satisfies BridgeApi;
}

describe('Electron platform: shared folder', () => {
  it('passes year, node and revision to the bridge, and nothing else', async () => {
    const bridge = fakeBridge();
    const folder = createElectronPlatform(bridge).sharedFolder;
    if (!folder) throw new Error('the Electron platform has a shared folder');
    const data = new Uint8Array([80, 75]);

    expect(await folder.current()).toBe('/srv/sam');
    expect(await folder.choose()).toBeNull();
    const entry = { year: 2026, nodeId: 'e1', kind: 'report' as const, revision: 2, data };
    // Extra properties a caller might carry along (here a path) are not forwarded.
    const withPath = { ...entry, path: '/etc' };
    expect(await folder.write(withPath)).toEqual({
      written: true,
      file: '2.samx',
    });
    expect(await folder.scan(2026)).toEqual([]);
    const found = { year: 2026, nodeId: 'e1', file: '2.samx', size: 2 };
    expect(await folder.read(found)).toEqual(new Uint8Array([1]));

    expect(bridge.folderWrite).toHaveBeenCalledWith(entry);
    expect(bridge.folderScan).toHaveBeenCalledWith({ year: 2026 });
    expect(bridge.folderRead).toHaveBeenCalledWith({ year: 2026, nodeId: 'e1', file: '2.samx' });
  });
});
