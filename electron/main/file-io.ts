import { open, rename, rm, writeFile } from 'node:fs/promises';
import { sv } from './texts';

/**
 * Writes through a temporary file in the same folder and renames it into place, so a crash or
 * full disk never leaves a half-written backup where the user's previous file was.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Reads a regular file, refusing one larger than maxBytes before reading it into memory. */
export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error(sv.notAFile);
    if (info.size > maxBytes) throw new Error(sv.fileTooLarge);
    const data = await handle.readFile();
    // The file may have grown between stat and read.
    if (data.byteLength > maxBytes) throw new Error(sv.fileTooLarge);
    // IPC clones a view's whole ArrayBuffer: copy unless the bytes span exactly that buffer.
    const exact = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
    return exact ? new Uint8Array(data.buffer) : new Uint8Array(data);
  } finally {
    await handle.close();
  }
}
