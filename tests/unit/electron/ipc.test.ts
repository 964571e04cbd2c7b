import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '@shared/bridge';
import { isAppUrl } from '../../../electron/main/app-origin';
import { createIpc, type Ipc } from '../../../electron/main/ipc';
import { BrowserWindow, FakeFrame, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const DEV = 'http://localhost:5173/';

/** A window of ours showing `url`, as the renderer would be after loading it. */
async function windowAt(url: string): Promise<BrowserWindow> {
  const win = new BrowserWindow({});
  await win.loadURL(url);
  return win;
}

function setup(devServerUrl: string | null = null): {
  ipc: Ipc;
  saved: ReturnType<typeof vi.fn>;
  printed: ReturnType<typeof vi.fn>;
} {
  const ipc = createIpc((url) => isAppUrl(url, devServerUrl));
  const saved = vi.fn(() => ({ saved: false as const }));
  const printed = vi.fn(() => ({ saved: false as const }));
  ipc.handle('file:save', saved);
  ipc.handle('print:pdf', printed);
  return { ipc, saved, printed };
}

const validPrint = { suggestedName: 'Rapport 2025.pdf', landscape: false };
const validSave = {
  suggestedName: 'backup.json',
  filters: [{ name: 'JSON', extensions: ['json'] }],
  data: new Uint8Array([1, 2, 3]),
};

describe('IPC wrapper: sender check', () => {
  beforeEach(resetFakeElectron);

  it('lets the top frame of our window on app:// through, with parsed arguments', async () => {
    const { printed } = setup();
    const win = await windowAt('app://renderer/index.html');
    const result = await ipcMain.invoke('print:pdf', win.webContents.invokeEvent(), validPrint);
    expect(result).toEqual({ saved: false });
    expect(printed).toHaveBeenCalledOnce();
    expect(printed.mock.calls[0]?.[1]).toEqual(validPrint);
  });

  it('refuses a call whose sender frame is gone', async () => {
    const { printed } = setup();
    const win = await windowAt('app://renderer/index.html');
    await expect(
      ipcMain.invoke('print:pdf', win.webContents.invokeEvent(null), validPrint),
    ).rejects.toThrow(/print:pdf' refused: the sending frame is gone/);
    expect(printed).not.toHaveBeenCalled();
  });

  it('refuses a subframe, even one on app://', async () => {
    const { printed } = setup();
    const win = await windowAt('app://renderer/index.html');
    const iframe = new FakeFrame('app://renderer/index.html', win.webContents.mainFrame);
    await expect(
      ipcMain.invoke('print:pdf', win.webContents.invokeEvent(iframe), validPrint),
    ).rejects.toThrow(/subframe/);
    expect(printed).not.toHaveBeenCalled();
  });

  it('refuses our window once it shows a foreign URL', async () => {
    const { printed } = setup();
    for (const url of [
      'https://evil.example/',
      'app://other/index.html',
      'file:///etc/passwd',
      'http://localhost:5173/',
    ]) {
      const win = await windowAt(url);
      await expect(
        ipcMain.invoke('print:pdf', win.webContents.invokeEvent(), validPrint),
      ).rejects.toThrow(/foreign page/);
    }
    expect(printed).not.toHaveBeenCalled();
  });

  it('refuses a top frame that belongs to no window of ours', async () => {
    const { printed } = setup();
    const win = await windowAt('app://renderer/index.html');
    const stranger = new FakeFrame('app://renderer/index.html');
    await expect(
      ipcMain.invoke('print:pdf', win.webContents.invokeEvent(stranger), validPrint),
    ).rejects.toThrow(/not a window of this app/);
    expect(printed).not.toHaveBeenCalled();
  });

  it('trusts the dev server origin only when running against it', async () => {
    const { printed } = setup(DEV);
    const win = await windowAt('http://localhost:5173/#/rapport');
    await ipcMain.invoke('print:pdf', win.webContents.invokeEvent(), validPrint);
    const other = await windowAt('http://localhost:5174/');
    await expect(
      ipcMain.invoke('print:pdf', other.webContents.invokeEvent(), validPrint),
    ).rejects.toThrow(/foreign page/);
    expect(printed).toHaveBeenCalledOnce();
  });
});

describe('IPC wrapper: argument parsing', () => {
  beforeEach(resetFakeElectron);

  const malformed: [string, string, unknown[]][] = [
    ['a wrong type', 'print:pdf', [{ suggestedName: 'a.pdf', landscape: 'yes' }]],
    ['a missing argument', 'print:pdf', []],
    ['an extra argument', 'print:pdf', [validPrint, { more: true }]],
    ['a non-object argument', 'print:pdf', ['a.pdf']],
    ['a file name with a slash', 'print:pdf', [{ ...validPrint, suggestedName: '../etc/x.pdf' }]],
    ['a file name with a backslash', 'file:save', [{ ...validSave, suggestedName: '..\\x.json' }]],
    [
      'a file name with a control character',
      'file:save',
      [{ ...validSave, suggestedName: 'a\nb' }],
    ],
    ['data that is not bytes', 'file:save', [{ ...validSave, data: [1, 2, 3] }]],
    [
      'a bad filter extension',
      'file:save',
      [{ ...validSave, filters: [{ name: 'x', extensions: ['.json'] }] }],
    ],
  ];

  it.each(malformed)('refuses %s before the handler runs', async (_label, channel, args) => {
    const { saved, printed } = setup();
    const win = await windowAt('app://renderer/index.html');
    await expect(ipcMain.invoke(channel, win.webContents.invokeEvent(), ...args)).rejects.toThrow(
      new RegExp(`IPC '${channel}' refused`),
    );
    expect(saved).not.toHaveBeenCalled();
    expect(printed).not.toHaveBeenCalled();
  });

  it('refuses data over MAX_FILE_BYTES', async () => {
    const { saved } = setup();
    const win = await windowAt('app://renderer/index.html');
    // calloc-backed: the pages are never touched, so this costs no real memory.
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    await expect(
      ipcMain.invoke('file:save', win.webContents.invokeEvent(), { ...validSave, data: huge }),
    ).rejects.toThrow(/för stor/);
    expect(saved).not.toHaveBeenCalled();
  });

  it('refuses an argument with keys the schema does not know', async () => {
    const { printed } = setup();
    const win = await windowAt('app://renderer/index.html');
    await expect(
      ipcMain.invoke('print:pdf', win.webContents.invokeEvent(), {
        ...validPrint,
        path: '/etc/passwd',
      }),
    ).rejects.toThrow(/IPC 'print:pdf' refused/);
    expect(printed).not.toHaveBeenCalled();
  });

  it('registers no channel outside the bridge map', () => {
    const { ipc } = setup();
    // Reflect.apply stands in for untyped code: the type of handle() already forbids this name.
    expect(() => Reflect.apply(ipc.handle, ipc, ['shell:exec', () => 'pwned'])).toThrow(
      /Unknown IPC channel 'shell:exec'/,
    );
    expect([...ipcMain.handlers.keys()]).toEqual(['file:save', 'print:pdf']);
  });

  it('leaves a channel without a registered handler unanswered', async () => {
    setup();
    const win = await windowAt('app://renderer/index.html');
    await expect(ipcMain.invoke('file:open', win.webContents.invokeEvent(), {})).rejects.toThrow(
      /No handler registered/,
    );
  });
});
