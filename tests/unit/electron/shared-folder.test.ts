import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '@shared/bridge';
import { nodeSegment } from '@shared/exchange/folder-layout';
import { isAppUrl } from '../../../electron/main/app-origin';
import { registerBridgeHandlers, SHARED_FOLDER_SETTINGS } from '../../../electron/main/handlers';
import { createIpc } from '../../../electron/main/ipc';
import {
  createSharedFolder,
  type SharedFolderOptions,
  type SharedFolderService,
} from '../../../electron/main/shared-folder';
import { app, BrowserWindow, dialog, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let base: string;
let root: string;
let settingsFile: string;

beforeEach(async () => {
  resetFakeElectron();
  base = await mkdtemp(join(tmpdir(), 'sam-shared-'));
  root = join(base, 'delad');
  await mkdir(root);
  await mkdir(join(base, 'userData'));
  settingsFile = join(base, 'userData', SHARED_FOLDER_SETTINGS);
  app.userDataPath = join(base, 'userData');
  app.documentsPath = base;
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

async function folderWithRoot(
  extra: Partial<SharedFolderOptions> = {},
): Promise<SharedFolderService> {
  const folder = createSharedFolder({ settingsFile, ...extra });
  await folder.setRoot(root);
  return folder;
}

/** Every file below `dir`, as paths relative to it with `/`. */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** A file system without hard links: fs.link fails as it does on FAT or some SMB shares. */
const noHardLinks = (): Promise<void> =>
  Promise.reject(
    Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' }),
  );

const report = (revision: number, data: Uint8Array, nodeId = 'enhet-1') => ({
  year: 2026,
  nodeId,
  kind: 'report' as const,
  revision,
  data,
});

describe('shared folder: the chosen root', () => {
  it('has none until one is chosen, then remembers it across restarts', async () => {
    const folder = createSharedFolder({ settingsFile });
    expect(await folder.current()).toBeNull();
    const chosen = await folder.setRoot(root);
    expect(chosen).toBe(await import('node:fs/promises').then((fs) => fs.realpath(root)));
    expect(JSON.parse(await readFile(settingsFile, 'utf8'))).toEqual({ root: chosen });
    expect(await createSharedFolder({ settingsFile }).current()).toBe(chosen);
  });

  it('ignores a settings file it cannot use', async () => {
    await writeFile(settingsFile, '{"root": "relative/path"}');
    expect(await createSharedFolder({ settingsFile }).current()).toBeNull();
    await writeFile(settingsFile, 'not json');
    expect(await createSharedFolder({ settingsFile }).current()).toBeNull();
  });

  it('refuses a file or a relative path as the root', async () => {
    const folder = createSharedFolder({ settingsFile });
    const file = join(base, 'fil.txt');
    await writeFile(file, 'x');
    await expect(folder.setRoot(file)).rejects.toThrow(/ingen mapp/);
    await expect(folder.setRoot('delad')).rejects.toThrow(/ingen mapp/);
    expect(await folder.current()).toBeNull();
  });

  it('says clearly when no folder is chosen or the chosen one cannot be reached', async () => {
    const none = createSharedFolder({ settingsFile });
    await expect(none.scan(2026)).rejects.toThrow(/Ingen gemensam mapp är vald/);
    await expect(none.write(report(1, bytes('x')))).rejects.toThrow(/Ingen gemensam mapp/);
    const folder = await folderWithRoot();
    await rm(root, { recursive: true });
    await expect(folder.scan(2026)).rejects.toThrow(/går inte att nå/);
  });
});

describe('shared folder: writing', () => {
  it('writes reports and returns at <year>/<node>/<revision>.samx and retur-<revision>.samx', async () => {
    const folder = await folderWithRoot();
    expect(await folder.write(report(1, bytes('rapport 1')))).toEqual({
      written: true,
      file: '1.samx',
    });
    expect(await folder.write({ ...report(1, bytes('retur 1')), kind: 'return' })).toEqual({
      written: true,
      file: 'retur-1.samx',
    });
    expect(await walk(root)).toEqual(['2026/enhet-1/1.samx', '2026/enhet-1/retur-1.samx']);
    expect(await readFile(join(root, '2026/enhet-1/1.samx'), 'utf8')).toBe('rapport 1');
  });

  for (const mode of ['hard link', 'no hard links (exclusive reservation + rename)'] as const) {
    const extra = mode === 'hard link' ? {} : { link: noHardLinks };

    it(`never overwrites: a second write of the same revision is refused (${mode})`, async () => {
      const folder = await folderWithRoot(extra);
      await folder.write(report(3, bytes('först')));
      const final = join(root, '2026/enhet-1/3.samx');
      const before = await stat(final);
      expect(await folder.write(report(3, bytes('sedan, längre text')))).toEqual({
        written: false,
        reason: 'exists',
      });
      expect(await readFile(final, 'utf8')).toBe('först');
      expect((await stat(final)).mtimeMs).toBe(before.mtimeMs);
      // No temporary file is left behind by either write.
      expect(await readdir(join(root, '2026/enhet-1'))).toEqual(['3.samx']);
    });

    it(`lets exactly one of many concurrent writers of a revision win (${mode})`, async () => {
      const folder = await folderWithRoot(extra);
      const contents = Array.from({ length: 12 }, (_, i) => `skrivare ${i} `.repeat(i + 1));
      const results = await Promise.all(contents.map((c) => folder.write(report(7, bytes(c)))));
      const winners = results.flatMap((r, i) => (r.written ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => !r.written)).toHaveLength(11);
      const winner = contents[winners[0] ?? -1];
      expect(await readFile(join(root, '2026/enhet-1/7.samx'), 'utf8')).toBe(winner);
      expect(await readdir(join(root, '2026/enhet-1'))).toEqual(['7.samx']);
    });
  }

  it('removes its temporary file when the write fails before publishing', async () => {
    const folder = await folderWithRoot({
      beforePublish: () => Promise.reject(new Error('disken blev full')),
    });
    await expect(folder.write(report(9, bytes('x')))).rejects.toThrow(/disken blev full/);
    expect(await walk(root)).toEqual([]);
  });

  it('reports a link error that is not about the name as such, with nothing left behind', async () => {
    const folder = await folderWithRoot({
      link: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })),
    });
    // The fallback then reserves the name; a folder already holding it means "exists".
    await mkdir(join(root, '2026/enhet-1/9.samx'), { recursive: true });
    expect(await folder.write(report(9, bytes('x')))).toEqual({ written: false, reason: 'exists' });
    expect(await walk(root)).toEqual([]);
  });
});

describe('shared folder: a reader never picks up a half-written file', () => {
  it('neither lists nor reads a package until it is published', async () => {
    let release: () => void = () => undefined;
    let paused: (temporary: string) => void = () => undefined;
    const atPause = new Promise<string>((resolve) => (paused = resolve));
    const folder = await folderWithRoot({
      beforePublish: (temporary) =>
        new Promise<void>((resolve) => {
          release = resolve;
          paused(temporary);
        }),
    });
    const reader = createSharedFolder({ settingsFile });
    const data = bytes('PK… hela paketet');

    const writing = folder.write(report(2, data));
    const temporary = await atPause;
    // The bytes are on disk under the temporary name only…
    expect(temporary.startsWith(join(root, '2026', 'enhet-1', '.'))).toBe(true);
    expect(temporary.endsWith('.tmp')).toBe(true);
    expect(await readFile(temporary)).toEqual(Buffer.from(data));
    // …which no reader sees.
    expect(await reader.scan(2026)).toEqual([]);
    await expect(reader.read({ year: 2026, nodeId: 'enhet-1', file: '2.samx' })).rejects.toThrow(
      /ENOENT/,
    );

    release();
    expect(await writing).toEqual({ written: true, file: '2.samx' });
    const listed = await reader.scan(2026);
    expect(listed).toEqual([
      {
        year: 2026,
        nodeId: 'enhet-1',
        file: '2.samx',
        kind: 'report',
        revision: 2,
        size: data.byteLength,
        modifiedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as string,
      },
    ]);
    expect(await reader.read({ year: 2026, nodeId: 'enhet-1', file: '2.samx' })).toEqual(data);
    expect(await readdir(join(root, '2026/enhet-1'))).toEqual(['2.samx']);
  });

  it('ignores stray temporary files and other junk; an empty reservation is not a package', async () => {
    const folder = await folderWithRoot();
    await folder.write(report(1, bytes('riktig')));
    const node = join(root, '2026', 'enhet-1');
    const junk = [
      '.1.samx.tmp',
      '.x.samx.tmp',
      '.2.samx.0c1f.tmp',
      '2.samx.tmp',
      '02.samx',
      '0.samx',
      '2.SAMX',
      'retur-.samx',
      'retur-02.samx',
      'rapport.samx',
      '1.samx~',
      'Thumbs.db',
      '12345678.samx',
    ];
    for (const name of junk) await writeFile(join(node, name), 'skräp');
    await mkdir(join(node, '3.samx')); // a folder with a package's name
    await writeFile(join(node, '4.samx'), ''); // a name reserved by a writer without hard links
    await writeFile(join(root, '2026', '5.samx'), 'fel nivå');
    await mkdir(join(root, '2026', 'a b')); // not a name the layout makes (space unescaped)
    await writeFile(join(root, '2026', 'a b', '1.samx'), 'skräp');
    await mkdir(join(root, '2026', '.dold'));
    await writeFile(join(root, '2026', '.dold', '1.samx'), 'skräp');
    await mkdir(join(root, '2026', 'enhet~41')); // "~41" is not how "A" is written
    await writeFile(join(root, '2026', 'enhet~41', '1.samx'), 'skräp');
    await mkdir(join(root, '26', 'enhet-1'), { recursive: true });
    await writeFile(join(root, '26', 'enhet-1', '1.samx'), 'fel år');

    const listed = await folder.scan(2026);
    expect(listed.map((e) => `${e.nodeId}/${e.file}`)).toEqual(['enhet-1/1.samx']);
    await expect(folder.read({ year: 2026, nodeId: 'enhet-1', file: '4.samx' })).rejects.toThrow(
      /inte färdigskrivet/,
    );
    expect(await folder.write(report(4, bytes('ny')))).toEqual({
      written: false,
      reason: 'exists',
    });
  });
});

describe('shared folder: nothing outside the root', () => {
  const awkward = ['..', '.', '../utanför', '/abs', 'a/b', 'a\\b', 'C:\\x', '~', 'CON', 'åäö ö'];

  it('keeps every node id, however odd, in one folder below <root>/<year>, and reads it back', async () => {
    const folder = await folderWithRoot();
    for (const [i, nodeId] of awkward.entries()) {
      expect(await folder.write(report(1, bytes(`nod ${i}`), nodeId))).toMatchObject({
        written: true,
      });
    }
    const files = await walk(base);
    expect(files.filter((f) => !f.startsWith('delad/2026/'))).toEqual([
      'userData/shared-folder.json',
    ]);
    for (const file of files.filter((f) => f.startsWith('delad/'))) {
      expect(file.split('/')).toHaveLength(4);
    }
    const listed = await folder.scan(2026);
    expect(listed.map((e) => e.nodeId).sort()).toEqual([...awkward].sort());
    for (const [i, nodeId] of awkward.entries()) {
      const data = await folder.read({ year: 2026, nodeId, file: '1.samx' });
      expect(new TextDecoder().decode(data)).toBe(`nod ${i}`);
    }
  });

  it('refuses to read through a link that leads outside the root', async () => {
    const folder = await folderWithRoot();
    const outside = join(base, 'hemlig');
    await mkdir(outside);
    await writeFile(join(outside, '1.samx'), 'hemligt');
    await mkdir(join(root, '2026', 'enhet-1'), { recursive: true });
    await symlink(join(outside, '1.samx'), join(root, '2026', 'enhet-1', '1.samx'));
    await symlink(outside, join(root, '2026', 'lank'), 'dir');

    expect(await folder.scan(2026)).toEqual([]);
    await expect(folder.read({ year: 2026, nodeId: 'enhet-1', file: '1.samx' })).rejects.toThrow(
      /utanför den gemensamma mappen/,
    );
    await expect(folder.read({ year: 2026, nodeId: 'lank', file: '1.samx' })).rejects.toThrow(
      /utanför den gemensamma mappen/,
    );
  });

  it('refuses to read a file over MAX_FILE_BYTES', async () => {
    const folder = await folderWithRoot();
    await folder.write(report(1, bytes('x')));
    const big = join(root, '2026', 'enhet-1', '2.samx');
    await writeFile(big, 'x');
    await truncate(big, MAX_FILE_BYTES + 1); // sparse: no real disk use
    await expect(folder.read({ year: 2026, nodeId: 'enhet-1', file: '2.samx' })).rejects.toThrow(
      /för stor/,
    );
  });
});

describe('shared folder over the bridge', () => {
  let win: BrowserWindow;
  let paths: { temporary: string; final: string }[];

  beforeEach(async () => {
    paths = [];
    registerBridgeHandlers(
      createIpc((url) => isAppUrl(url, null)),
      {
        sharedFolder: createSharedFolder({
          settingsFile,
          beforePublish: (temporary, final) => void paths.push({ temporary, final }),
        }),
      },
    );
    win = new BrowserWindow({});
    await win.loadURL('app://renderer/index.html');
  });

  const call = (channel: string, ...args: unknown[]): Promise<unknown> =>
    ipcMain.invoke(channel, win.webContents.invokeEvent(), ...args);

  it('chooses the folder in a dialog on our window; a cancel changes nothing', async () => {
    expect(await call('folder:current')).toBeNull();
    expect(await call('folder:choose')).toBeNull();
    expect(await readdir(join(base, 'userData'))).toEqual([]);

    dialog.openAnswer = { canceled: false, filePaths: [root] };
    const chosen = await call('folder:choose');
    expect(chosen).toMatch(/delad$/);
    expect(await call('folder:current')).toBe(chosen);
    const [, second] = dialog.openCalls;
    expect(second?.parent).toBe(win);
    expect(second?.options.properties).toEqual(['openDirectory', 'createDirectory']);
  });

  it('writes, scans and reads with year, node and revision only', async () => {
    dialog.openAnswer = { canceled: false, filePaths: [root] };
    await call('folder:choose');
    const data = bytes('paket');
    expect(await call('folder:write', report(1, data, 'sektion/1'))).toEqual({
      written: true,
      file: '1.samx',
    });
    expect(paths[0]?.final).toBe(join(root, '2026', nodeSegment('sektion/1') ?? '', '1.samx'));
    expect(await call('folder:scan', { year: 2026 })).toMatchObject([
      { nodeId: 'sektion/1', file: '1.samx', kind: 'report', revision: 1, size: 5 },
    ]);
    expect(await call('folder:read', { year: 2026, nodeId: 'sektion/1', file: '1.samx' })).toEqual(
      data,
    );
  });

  const refused: [string, unknown][] = [
    ['folder:scan', { year: '2026/../..' }],
    ['folder:scan', { year: 1999 }],
    ['folder:scan', { year: 2026.5 }],
    ['folder:scan', { year: 2026, root: '/etc' }],
    ['folder:read', { year: 2026, nodeId: 'e', file: '../1.samx' }],
    ['folder:read', { year: 2026, nodeId: 'e', file: '1.samx/../../x' }],
    ['folder:read', { year: 2026, nodeId: 'e', file: '..\\1.samx' }],
    ['folder:read', { year: 2026, nodeId: 'e', file: '.1.samx.tmp' }],
    ['folder:read', { year: 2026, nodeId: 'e', file: '/etc/passwd' }],
    ['folder:read', { year: '../2026', nodeId: 'e', file: '1.samx' }],
    ['folder:read', { year: 2026, nodeId: '', file: '1.samx' }],
    ['folder:read', { year: 2026, nodeId: 'x'.repeat(201), file: '1.samx' }],
    ['folder:write', { ...report(1, bytes('x')), year: '2026' }],
    ['folder:write', { ...report(0, bytes('x')) }],
    ['folder:write', { ...report(1.5, bytes('x')) }],
    ['folder:write', { ...report(1, bytes('x')), kind: 'other' }],
    ['folder:write', { ...report(1, new Uint8Array(0)) }],
    ['folder:write', { ...report(1, bytes('x')), data: 'text' }],
    ['folder:write', { ...report(1, bytes('x')), data: [1, 2, 3] }],
    ['folder:write', { ...report(1, bytes('x')), path: '/tmp/x.samx' }],
    // 200 characters that each take nine characters escaped do not fit in one folder name.
    ['folder:write', { ...report(1, bytes('x'), 'å'.repeat(100)) }],
  ];
  for (const [channel, args] of refused) {
    it(`refuses ${channel} ${JSON.stringify(args).slice(0, 80)} before touching the disk`, async () => {
      dialog.openAnswer = { canceled: false, filePaths: [root] };
      await call('folder:choose');
      await expect(call(channel, args)).rejects.toThrow(new RegExp(`IPC '${channel}' refused`));
      expect(await walk(root)).toEqual([]);
    });
  }
});
