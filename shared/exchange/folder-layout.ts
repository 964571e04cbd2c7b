/**
 * Where packages live in the municipality's shared folder, and how their names are read back:
 *
 *     <root>/<year>/<nodeSegment>/<revision>.samx          a node's report, revision 1, 2, …
 *     <root>/<year>/<nodeSegment>/retur-<revision>.samx    a return sent down to that node
 *
 * Pure: the Electron main process joins these names onto the chosen root. The parser accepts only
 * names this module makes; temporary files (`.….tmp`), other files and anything odd are ignored.
 */
import { PACKAGE_EXTENSION } from './manifest';

export type FolderPackageKind = 'report' | 'return';

/** A package's place in the shared folder, below the root. */
export interface FolderLocation {
  year: number;
  nodeId: string;
  kind: FolderPackageKind;
  revision: number;
  /** The year folder: four digits. */
  yearSegment: string;
  /** The node folder: {@link nodeSegment} of the node id. */
  nodeSegment: string;
  /** `<revision>.samx` or `retur-<revision>.samx`. */
  file: string;
}

export const MIN_FOLDER_YEAR = 2000;
export const MAX_FOLDER_YEAR = 2100;
export const MAX_FOLDER_REVISION = 1_000_000;
/** File systems cap a name at 255 bytes; a segment is ASCII, so 255 characters. */
export const MAX_SEGMENT_LENGTH = 255;
export const RETURN_PREFIX = 'retur-';

const KEPT = /^[A-Za-z0-9._-]$/;
const HEX2 = /^[0-9a-f]{2}$/;
/** Names Windows reserves for devices, whatever the extension ("CON", "nul.txt", "COM1"). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

const utf8 = new TextEncoder();

function escapeChar(char: string): string {
  let out = '';
  for (const byte of utf8.encode(char)) out += `~${byte.toString(16).padStart(2, '0')}`;
  return out;
}

/**
 * A node id as one folder name that is safe on Windows, macOS and Linux, and reversible.
 *
 * Letters, digits, `.`, `_` and `-` are kept; every other character is written as `~` followed by
 * two lower-case hex digits per UTF-8 byte (`/` → `~2f`, `å` → `~c3~a5`, `~` → `~7e`). A leading
 * or trailing dot and the first letter of a Windows device name (CON, NUL, COM1, …) are escaped
 * the same way, so the segment is never `.`, `..`, hidden, or a name Windows refuses. Letter case
 * is kept: two ids that differ only in case share a folder on a case-insensitive file system (the
 * packages still name their node in the signed manifest, which is what an import trusts).
 *
 * Returns null when the result would be longer than a file name may be.
 */
export function nodeSegment(nodeId: string): string | null {
  if (nodeId.length === 0) return null;
  const chars = [...nodeId];
  let out = '';
  chars.forEach((char, i) => {
    const edgeDot = char === '.' && (i === 0 || i === chars.length - 1);
    const device = i === 0 && WINDOWS_DEVICE.test(nodeId);
    out += KEPT.test(char) && !edgeDot && !device ? char : escapeChar(char);
  });
  return out.length <= MAX_SEGMENT_LENGTH ? out : null;
}

/** The node id a segment stands for; null unless the segment is exactly what nodeSegment makes. */
export function parseNodeSegment(segment: string): string | null {
  if (segment.length === 0 || segment.length > MAX_SEGMENT_LENGTH) return null;
  const bytes: number[] = [];
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i] ?? '';
    if (char === '~') {
      const hex = segment.slice(i + 1, i + 3);
      if (!HEX2.test(hex)) return null;
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (KEPT.test(char)) {
      bytes.push(char.charCodeAt(0));
    } else {
      return null;
    }
  }
  let nodeId: string;
  try {
    nodeId = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
  // One spelling per id: "~41" for "A", upper-case hex or an unescaped leading dot are not ours.
  return nodeSegment(nodeId) === segment ? nodeId : null;
}

export function isFolderYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_FOLDER_YEAR && year <= MAX_FOLDER_YEAR;
}

export function isFolderRevision(revision: number): boolean {
  return Number.isInteger(revision) && revision >= 1 && revision <= MAX_FOLDER_REVISION;
}

/** `<revision>.samx` for a report, `retur-<revision>.samx` for a return. */
export function packageFileName(kind: FolderPackageKind, revision: number): string {
  return `${kind === 'return' ? RETURN_PREFIX : ''}${revision}.${PACKAGE_EXTENSION}`;
}

const FILE_NAME = new RegExp(`^(${RETURN_PREFIX})?([1-9][0-9]{0,6})\\.${PACKAGE_EXTENSION}$`);

/** Kind and revision of a package file name; null for anything else (temporary files included). */
export function parsePackageFileName(
  file: string,
): { kind: FolderPackageKind; revision: number } | null {
  const match = FILE_NAME.exec(file);
  if (!match) return null;
  const revision = Number(match[2]);
  if (!isFolderRevision(revision)) return null;
  return { kind: match[1] ? 'return' : 'report', revision };
}

/**
 * Where a package goes. Throws on a year, revision or node id that has no place in the layout
 * (the bridge's schemas refuse those before they get here).
 */
export function folderLocation(entry: {
  year: number;
  nodeId: string;
  kind: FolderPackageKind;
  revision: number;
}): FolderLocation {
  if (!isFolderYear(entry.year)) throw new RangeError(`Ogiltigt år: ${entry.year}`);
  if (!isFolderRevision(entry.revision)) {
    throw new RangeError(`Ogiltig revision: ${entry.revision}`);
  }
  const segment = nodeSegment(entry.nodeId);
  if (segment === null) throw new RangeError('Enhetens id är för långt för ett mappnamn');
  return {
    ...entry,
    yearSegment: String(entry.year),
    nodeSegment: segment,
    file: packageFileName(entry.kind, entry.revision),
  };
}

/**
 * Reads a found file's three names back into a location; null for anything that is not a complete
 * package of this layout: another year's folder, a folder name nodeSegment would not make, a
 * temporary file, `2.samx.tmp`, `02.samx`, `rapport.samx`, ….
 */
export function parseFolderLocation(
  yearSegment: string,
  segment: string,
  file: string,
): FolderLocation | null {
  if (!/^[0-9]{4}$/.test(yearSegment)) return null;
  const year = Number(yearSegment);
  if (!isFolderYear(year)) return null;
  const nodeId = parseNodeSegment(segment);
  if (nodeId === null) return null;
  const parsed = parsePackageFileName(file);
  if (!parsed) return null;
  return { year, nodeId, ...parsed, yearSegment, nodeSegment: segment, file };
}

/** The temporary name a package is written under before it is published: hidden, `.tmp`. */
export function temporaryFileName(file: string, unique: string): string {
  return `.${file}.${unique.replace(/[^A-Za-z0-9-]/g, '')}.tmp`;
}
