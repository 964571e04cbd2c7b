/**
 * The municipality's shared folder (file server, OneDrive/SharePoint, Syncthing), main side.
 *
 * Main keeps the chosen root (in userData, as a small JSON file); the renderer only ever names a
 * year, a node and a revision, and the layout in shared/exchange/folder-layout turns those into
 * names below the root. Writing never replaces a file and never shows a half-written one:
 *
 * 1. the bytes go to a hidden temporary file in the package's own folder (`.<file>.<uuid>.tmp`),
 *    which is flushed to disk (fsync) and closed;
 * 2. the temporary file is published under its final name with a hard link, which fails with
 *    EEXIST if that name exists (so nothing is ever overwritten, even by a concurrent writer),
 *    and the temporary name is removed;
 * 3. where the file system cannot hard-link (FAT/exFAT, some SMB and cloud-sync folders), the
 *    final name is first reserved by creating it exclusively (an empty file, `wx`), and the
 *    temporary file is then renamed over that reservation: still never an overwrite of someone
 *    else's file. Readers skip empty files, so the reservation is never mistaken for a package.
 *
 * Scanning lists only names the layout makes, so temporary files and anything else in the folder
 * are ignored; reading resolves the real path and refuses one that leads outside the root.
 */
import { randomUUID } from 'node:crypto';
import type { Dirent } from 'node:fs';
import {
  link as fsLink,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
} from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { z } from 'zod';
import {
  MAX_FILE_BYTES,
  type FolderReadArgs,
  type FolderWriteArgs,
  type FolderWriteResult,
  type SharedFolderEntry,
} from '@shared/bridge';
import {
  folderLocation,
  parseFolderLocation,
  parseNodeSegment,
  parsePackageFileName,
  temporaryFileName,
} from '@shared/exchange/folder-layout';
import { readFileLimited, writeFileAtomic } from './file-io';
import { sv } from './texts';

export interface SharedFolderOptions {
  /** Where the chosen root is kept, e.g. `<userData>/shared-folder.json`. */
  settingsFile: string;
  /** For tests: runs after the temporary file is written and synced, before it is published. */
  beforePublish?: (temporaryPath: string, finalPath: string) => Promise<void> | void;
  /** For tests: stands in for fs.link, e.g. to play a file system without hard links. */
  link?: (existingPath: string, newPath: string) => Promise<void>;
}

export interface SharedFolderService {
  /** The chosen root, or null. */
  current(): Promise<string | null>;
  /** Makes `path` (an existing folder) the root and remembers it; returns its real path. */
  setRoot(path: string): Promise<string>;
  write(args: FolderWriteArgs): Promise<FolderWriteResult>;
  scan(year: number): Promise<SharedFolderEntry[]>;
  read(args: FolderReadArgs): Promise<Uint8Array>;
}

const settingsSchema = z.strictObject({ root: z.string().min(1).max(4096) });

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

async function readSettings(file: string): Promise<string | null> {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success && isAbsolute(parsed.data.root) ? parsed.data.root : null;
  } catch {
    // No file yet, or one we cannot read: as if no folder had been chosen.
    return null;
  }
}

async function writeTemporary(path: string, data: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The fallback publish: reserve the name exclusively, then rename over our own reservation. */
async function publishWithoutLink(temporary: string, final: string): Promise<boolean> {
  try {
    const reservation = await open(final, 'wx');
    await reservation.close();
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await rename(temporary, final);
  } catch (error) {
    await rm(final, { force: true });
    throw error;
  }
  return true;
}

export function createSharedFolder(options: SharedFolderOptions): SharedFolderService {
  const link = options.link ?? fsLink;
  let cached: string | null | undefined;

  async function current(): Promise<string | null> {
    if (cached === undefined) cached = await readSettings(options.settingsFile);
    return cached;
  }

  /** The root, checked to be a reachable folder (a network share may be offline). */
  async function reachableRoot(): Promise<string> {
    const root = await current();
    if (root === null) throw new Error(sv.noSharedFolder);
    try {
      if ((await stat(root)).isDirectory()) return root;
    } catch {
      // Reported below, with the path, like a root that is not a folder.
    }
    throw new Error(sv.sharedFolderUnavailable(root));
  }

  return {
    current,

    async setRoot(path) {
      if (!isAbsolute(path)) throw new Error(sv.notAFolder);
      const real = await realpath(path);
      if (!(await stat(real)).isDirectory()) throw new Error(sv.notAFolder);
      await writeFileAtomic(
        options.settingsFile,
        new TextEncoder().encode(JSON.stringify({ root: real })),
      );
      cached = real;
      return real;
    },

    async write({ year, nodeId, kind, revision, data }) {
      const root = await reachableRoot();
      const location = folderLocation({ year, nodeId, kind, revision });
      const dir = join(root, location.yearSegment, location.nodeSegment);
      await mkdir(dir, { recursive: true });
      const final = join(dir, location.file);
      const temporary = join(dir, temporaryFileName(location.file, randomUUID()));
      try {
        await writeTemporary(temporary, data);
        await options.beforePublish?.(temporary, final);
        let published: boolean;
        try {
          await link(temporary, final);
          published = true;
        } catch (error) {
          if (errorCode(error) === 'EEXIST') published = false;
          else published = await publishWithoutLink(temporary, final);
        }
        return published
          ? { written: true, file: location.file }
          : { written: false, reason: 'exists' };
      } finally {
        // After a link the temporary name is a second name for the published file; after a
        // rename or a refusal it is gone or unwanted. Either way it goes.
        await rm(temporary, { force: true });
      }
    },

    async scan(year) {
      const root = await reachableRoot();
      const yearSegment = String(year);
      const yearDir = join(root, yearSegment);
      let nodes: Dirent[];
      try {
        nodes = await readdir(yearDir, { withFileTypes: true });
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return [];
        throw error;
      }
      const found: SharedFolderEntry[] = [];
      for (const node of nodes) {
        // Symbolic links are not followed: a folder below the root stays below it.
        if (!node.isDirectory() || parseNodeSegment(node.name) === null) continue;
        let files: Dirent[];
        try {
          files = await readdir(join(yearDir, node.name), { withFileTypes: true });
        } catch {
          continue; // Removed or unreadable since the listing: nothing to offer.
        }
        for (const file of files) {
          if (!file.isFile()) continue;
          const location = parseFolderLocation(yearSegment, node.name, file.name);
          if (!location) continue;
          try {
            const info = await lstat(join(yearDir, node.name, file.name));
            // Empty: a name reserved by a writer that is still publishing (see the top).
            if (!info.isFile() || info.size === 0) continue;
            found.push({
              year: location.year,
              nodeId: location.nodeId,
              file: location.file,
              kind: location.kind,
              revision: location.revision,
              size: info.size,
              modifiedAt: info.mtime.toISOString(),
            });
          } catch {
            continue;
          }
        }
      }
      return found.sort(
        (a, b) =>
          (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0) ||
          a.kind.localeCompare(b.kind) ||
          a.revision - b.revision,
      );
    },

    async read({ year, nodeId, file }) {
      const root = await reachableRoot();
      const parsed = parsePackageFileName(file);
      if (!parsed) throw new Error(sv.notAPackageName);
      const location = folderLocation({ year, nodeId, ...parsed });
      const path = join(root, location.yearSegment, location.nodeSegment, location.file);
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(path)]);
      const inside = relative(realRoot, realFile);
      if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
        throw new Error(sv.outsideSharedFolder);
      }
      const data = await readFileLimited(realFile, MAX_FILE_BYTES);
      if (data.byteLength === 0) throw new Error(sv.packageIncomplete);
      return data;
    },
  };
}
