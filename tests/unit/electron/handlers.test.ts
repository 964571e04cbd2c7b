import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '@shared/bridge';
import { isAppUrl } from '../../../electron/main/app-origin';
import { registerBridgeHandlers } from '../../../electron/main/handlers';
import { createIpc } from '../../../electron/main/ipc';
import { app, BrowserWindow, dialog, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let dir: string;
let win: BrowserWindow;

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'sam-handlers-'));
  app.documentsPath = dir;
  app.userDataPath = join(dir, 'userData-not-created');
  registerBridgeHandlers(createIpc((url) => isAppUrl(url, null)));
  win = new BrowserWindow({});
  await win.loadURL('app://renderer/index.html');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const call = (channel: string, ...args: unknown[]): Promise<unknown> =>
  ipcMain.invoke(channel, win.webContents.invokeEvent(), ...args);

describe('bridge handlers', () => {
  it('registers exactly the bridge channels', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([
      'app:version',
      'file:open',
      'file:save',
      'folder:choose',
      'folder:current',
      'folder:read',
      'folder:scan',
      'folder:write',
      'print:pdf',
    ]);
  });

  it('answers the app version', async () => {
    expect(await call('app:version')).toBe('1.2.3');
  });

  it('saves the bytes where the user chose, after a dialog on our window', async () => {
    const target = join(dir, 'uppföljning.json');
    dialog.saveAnswer = { canceled: false, filePath: target };
    const filters = [{ name: 'JSON', extensions: ['json'] }];
    const data = new TextEncoder().encode('{"ok":true}');
    const result = await call('file:save', { suggestedName: 'backup.json', filters, data });
    expect(result).toEqual({ saved: true, name: 'uppföljning.json' });
    expect(await readFile(target, 'utf8')).toBe('{"ok":true}');
    expect(await readdir(dir)).toEqual(['uppföljning.json']);
    const [request] = dialog.saveCalls;
    expect(request?.parent).toBe(win);
    expect(request?.options).toMatchObject({ defaultPath: join(dir, 'backup.json'), filters });
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const result = await call('file:save', {
      suggestedName: 'backup.json',
      filters: [],
      data: new Uint8Array([1]),
    });
    expect(result).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('opens one file and returns its name and bytes', async () => {
    const source = join(dir, 'paket.samx');
    await writeFile(source, new Uint8Array([80, 75, 3, 4]));
    dialog.openAnswer = { canceled: false, filePaths: [source] };
    const filters = [{ name: 'SAM-paket', extensions: ['samx'] }];
    const result = await call('file:open', { filters });
    expect(result).toEqual({ name: 'paket.samx', data: new Uint8Array([80, 75, 3, 4]) });
    expect(dialog.openCalls[0]?.options).toMatchObject({ filters, properties: ['openFile'] });
  });

  it('returns null when the open dialog is cancelled', async () => {
    expect(await call('file:open', { filters: [] })).toBeNull();
  });

  it('refuses to open a file over MAX_FILE_BYTES', async () => {
    const big = join(dir, 'big.samx');
    await writeFile(big, '');
    await truncate(big, MAX_FILE_BYTES + 1); // sparse: no real disk use
    dialog.openAnswer = { canceled: false, filePaths: [big] };
    await expect(call('file:open', { filters: [] })).rejects.toThrow(/för stor/);
  });

  it('refuses to open a folder', async () => {
    dialog.openAnswer = { canceled: false, filePaths: [dir] };
    await expect(call('file:open', { filters: [] })).rejects.toThrow(/ingen fil/);
  });

  it('prints the view to an A4 PDF with page footer, then saves it', async () => {
    const target = join(dir, 'Rapport.pdf');
    dialog.saveAnswer = { canceled: false, filePath: target };
    const result = await call('print:pdf', { suggestedName: 'Rapport', landscape: true });
    expect(result).toEqual({ saved: true, name: 'Rapport.pdf' });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');

    const [options] = win.webContents.printCalls;
    expect(options).toMatchObject({
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: true,
    });
    expect(options?.footerTemplate).toMatch(
      /Sida <span class="pageNumber"><\/span> av <span class="totalPages"><\/span>/,
    );
    expect(options?.margins?.left).toBeCloseTo(2.5 / 2.54);
    expect(dialog.saveCalls[0]?.options).toMatchObject({
      defaultPath: join(dir, 'Rapport.pdf'),
      filters: [{ name: 'PDF-dokument', extensions: ['pdf'] }],
    });
  });

  it('saves no PDF when that dialog is cancelled', async () => {
    const result = await call('print:pdf', { suggestedName: 'Rapport.pdf', landscape: false });
    expect(result).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });
});
