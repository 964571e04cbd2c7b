/**
 * The one contract between the renderer and Electron's main process.
 *
 * Every channel names its argument schema here; the preload implements {@link BridgeApi} with
 * `satisfies`, and main registers one handler per channel through a wrapper that checks the sender
 * and parses the arguments with these schemas. Nothing else crosses the process boundary.
 */
import { z } from 'zod';
import {
  MAX_FOLDER_REVISION,
  MAX_FOLDER_YEAR,
  MIN_FOLDER_YEAR,
  nodeSegment,
  parsePackageFileName,
} from './exchange/folder-layout';

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** A file name the user may be offered: no path separators, no control characters. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'Ogiltigt filnamn');

/** 200 MiB: larger than any backup or report we make, small enough to refuse abuse. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export const saveFileArgs = z.strictObject({
  suggestedName: fileName,
  filters: z.array(fileFilterSchema).max(10),
  data: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'Data måste vara bytes')
    .refine((d) => d.byteLength <= MAX_FILE_BYTES, 'Filen är för stor'),
});
export type SaveFileArgs = z.infer<typeof saveFileArgs>;

export const openFileArgs = z.strictObject({
  filters: z.array(fileFilterSchema).max(10),
});
export type OpenFileArgs = z.infer<typeof openFileArgs>;

export const printToPdfArgs = z.strictObject({
  suggestedName: fileName,
  landscape: z.boolean(),
});
export type PrintToPdfArgs = z.infer<typeof printToPdfArgs>;

/** A follow-up year as a shared-folder name: four digits, nothing that could be a path. */
const folderYear = z.number().int().min(MIN_FOLDER_YEAR).max(MAX_FOLDER_YEAR);

/** Any node id the organisation allows, as long as its folder name fits (see folder-layout). */
const folderNodeId = z
  .string()
  .min(1)
  .max(200)
  .refine((nodeId) => nodeSegment(nodeId) !== null, 'Enhetens id ryms inte i ett mappnamn');

/** A package file name within a node's folder: `<revision>.samx` or `retur-<revision>.samx`. */
const folderFile = z
  .string()
  .max(30)
  .refine((file) => parsePackageFileName(file) !== null, 'Ogiltigt paketnamn');

export const folderWriteArgs = z.strictObject({
  year: folderYear,
  nodeId: folderNodeId,
  kind: z.enum(['report', 'return']),
  revision: z.number().int().min(1).max(MAX_FOLDER_REVISION),
  data: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'Data måste vara bytes')
    .refine((d) => d.byteLength > 0, 'Paketet är tomt')
    .refine((d) => d.byteLength <= MAX_FILE_BYTES, 'Paketet är för stort'),
});
export type FolderWriteArgs = z.infer<typeof folderWriteArgs>;

export const folderScanArgs = z.strictObject({ year: folderYear });
export type FolderScanArgs = z.infer<typeof folderScanArgs>;

export const folderReadArgs = z.strictObject({
  year: folderYear,
  nodeId: folderNodeId,
  file: folderFile,
});
export type FolderReadArgs = z.infer<typeof folderReadArgs>;

/** A package file found in the shared folder (`<year>/<nodeSegment>/<file>`). */
export interface SharedFolderEntry {
  year: number;
  /** The node id the folder name stands for (see folder-layout's nodeSegment). */
  nodeId: string;
  /** File name within the node's folder: `<revision>.samx`, or `retur-<revision>.samx`. */
  file: string;
  kind: 'report' | 'return';
  revision: number;
  size: number;
  /** The file's modification time, ISO 8601 UTC. */
  modifiedAt: string;
}

/** A write to the shared folder never replaces a file: an existing name is reported, not touched. */
export type FolderWriteResult =
  { written: true; file: string } | { written: false; reason: 'exists' };

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

/** What a save or print ended in: the user may cancel any dialog. */
export type SaveResult = { saved: true; name: string } | { saved: false };

/** Channel name → argument schema. Arguments are always a single object (or none). */
export const channels = {
  'app:version': z.tuple([]),
  'file:save': z.tuple([saveFileArgs]),
  'file:open': z.tuple([openFileArgs]),
  'print:pdf': z.tuple([printToPdfArgs]),
  'folder:current': z.tuple([]),
  'folder:choose': z.tuple([]),
  'folder:write': z.tuple([folderWriteArgs]),
  'folder:scan': z.tuple([folderScanArgs]),
  'folder:read': z.tuple([folderReadArgs]),
} as const;
export type Channel = keyof typeof channels;

export interface BridgeResults {
  'app:version': string;
  'file:save': SaveResult;
  'file:open': OpenedFile | null;
  'print:pdf': SaveResult;
  /** The chosen shared folder (for display), or null. */
  'folder:current': string | null;
  /** The newly chosen shared folder, or null when the dialog was cancelled. */
  'folder:choose': string | null;
  'folder:write': FolderWriteResult;
  'folder:scan': SharedFolderEntry[];
  'folder:read': Uint8Array;
}

/** The API the preload exposes as `window.samBridge`. */
export interface BridgeApi {
  appVersion(): Promise<string>;
  saveFile(args: SaveFileArgs): Promise<SaveResult>;
  openFile(args: OpenFileArgs): Promise<OpenedFile | null>;
  printToPdf(args: PrintToPdfArgs): Promise<SaveResult>;
  folderCurrent(): Promise<string | null>;
  folderChoose(): Promise<string | null>;
  folderWrite(args: FolderWriteArgs): Promise<FolderWriteResult>;
  folderScan(args: FolderScanArgs): Promise<SharedFolderEntry[]>;
  folderRead(args: FolderReadArgs): Promise<Uint8Array>;
}

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'samBridge';
