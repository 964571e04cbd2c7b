/**
 * The one contract between the renderer and Electron's main process.
 *
 * Every channel names its argument schema here; the preload implements {@link BridgeApi} with
 * `satisfies`, and main registers one handler per channel through a wrapper that checks the sender
 * and parses the arguments with these schemas. Nothing else crosses the process boundary.
 */
import { z } from 'zod';

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
} as const;
export type Channel = keyof typeof channels;

export interface BridgeResults {
  'app:version': string;
  'file:save': SaveResult;
  'file:open': OpenedFile | null;
  'print:pdf': SaveResult;
}

/** The API the preload exposes as `window.samBridge`. */
export interface BridgeApi {
  appVersion(): Promise<string>;
  saveFile(args: SaveFileArgs): Promise<SaveResult>;
  openFile(args: OpenFileArgs): Promise<OpenedFile | null>;
  printToPdf(args: PrintToPdfArgs): Promise<SaveResult>;
}

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'samBridge';
