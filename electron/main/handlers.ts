import {
  app,
  BrowserWindow,
  dialog,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { basename, join } from 'node:path';
import { MAX_FILE_BYTES, type FileFilter, type OpenedFile, type SaveResult } from '@shared/bridge';
import { readFileLimited, writeFileAtomic } from './file-io';
import type { Ipc } from './ipc';
import { pdfFileName, pdfOptions } from './pdf';
import { createSharedFolder, type SharedFolderService } from './shared-folder';
import { sv } from './texts';

/** Where main remembers the chosen shared folder. */
export const SHARED_FOLDER_SETTINGS = 'shared-folder.json';

export interface BridgeHandlerOptions {
  /** The shared folder; by default one whose root is kept in userData. */
  sharedFolder?: SharedFolderService;
}

/** The bridge's methods, main side. Arguments arrive already checked by the Ipc wrapper. */
export function registerBridgeHandlers(ipc: Ipc, options: BridgeHandlerOptions = {}): void {
  const folder =
    options.sharedFolder ??
    createSharedFolder({ settingsFile: join(app.getPath('userData'), SHARED_FOLDER_SETTINGS) });

  ipc.handle('app:version', () => app.getVersion());

  ipc.handle('file:save', (event, { suggestedName, filters, data }) =>
    saveWithDialog(event, { title: sv.saveTitle, suggestedName, filters, data }),
  );

  ipc.handle('file:open', (event, { filters }) => openWithDialog(event, filters));

  ipc.handle('print:pdf', async (event, { suggestedName, landscape }) => {
    // Print before asking where to save, so the PDF shows the view the user asked to print.
    const pdf = await event.sender.printToPDF(pdfOptions(landscape));
    return saveWithDialog(event, {
      title: sv.savePdfTitle,
      suggestedName: pdfFileName(suggestedName),
      filters: [{ name: sv.pdfFilter, extensions: ['pdf'] }],
      data: pdf,
    });
  });

  ipc.handle('folder:current', () => folder.current());
  ipc.handle('folder:choose', async (event) => {
    const path = await chooseFolder(event, (await folder.current()) ?? app.getPath('documents'));
    return path === null ? null : folder.setRoot(path);
  });
  ipc.handle('folder:write', (_event, args) => folder.write(args));
  ipc.handle('folder:scan', (_event, { year }) => folder.scan(year));
  ipc.handle('folder:read', (_event, args) => folder.read(args));
}

/** An open dialog over the sender's window: the one path chosen, or null when cancelled. */
async function pickPath(
  event: IpcMainInvokeEvent,
  options: OpenDialogOptions,
): Promise<string | null> {
  const parent = BrowserWindow.fromWebContents(event.sender);
  const { canceled, filePaths } = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  const [path] = filePaths;
  return canceled || path === undefined ? null : path;
}

function chooseFolder(event: IpcMainInvokeEvent, defaultPath: string): Promise<string | null> {
  return pickPath(event, {
    title: sv.chooseFolderTitle,
    defaultPath,
    properties: ['openDirectory', 'createDirectory'],
  });
}

interface SaveRequest {
  title: string;
  suggestedName: string;
  filters: FileFilter[];
  data: Uint8Array;
}

async function saveWithDialog(
  event: IpcMainInvokeEvent,
  request: SaveRequest,
): Promise<SaveResult> {
  const options: SaveDialogOptions = {
    title: request.title,
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: request.filters,
  };
  const parent = BrowserWindow.fromWebContents(event.sender);
  const { canceled, filePath } = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return { saved: false };
  await writeFileAtomic(filePath, request.data);
  return { saved: true, name: basename(filePath) };
}

async function openWithDialog(
  event: IpcMainInvokeEvent,
  filters: FileFilter[],
): Promise<OpenedFile | null> {
  const path = await pickPath(event, { title: sv.openTitle, filters, properties: ['openFile'] });
  if (path === null) return null;
  return { name: basename(path), data: await readFileLimited(path, MAX_FILE_BYTES) };
}
