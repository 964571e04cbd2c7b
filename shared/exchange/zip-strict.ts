/**
 * A strict reader for the zip files buildPackage writes (fflate, every entry stored, no
 * compression). Packages are stored rather than deflated so that every byte of a package is
 * either part of a file covered by a SHA-256 in the signed manifest (or the manifest and its
 * signature themselves), or a header field that must equal its twin or a fixed value: a single
 * changed byte anywhere is then refused, which a lenient unzip (that ignores local headers,
 * timestamps, padding bits of a deflate stream and the like) cannot promise.
 *
 * The layout accepted is exactly: local header + name + data for each entry, back to back from
 * offset 0; then the central directory in the same order; then the end record; nothing else.
 *
 * The CRC-32 fields are checked for equality (local header against central directory) but the
 * CRC-32 of the data is not computed on read: it would add nothing to integrity and cost a pass in
 * JavaScript over every byte at every nesting level. Every byte is already covered otherwise: each
 * listed entry's data by its SHA-256 in manifest.json (and its size by the manifest and both
 * headers), manifest.json by the Ed25519 signature, manifest.sig by that verification (a changed
 * signature does not verify), and every header byte by the fixed values and the local/central
 * cross-checks here. A changed data byte is refused by the package reader as a changed file
 * (shared/exchange/package.ts), which is what the CRC check used to report.
 */

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
/** "Version 2.0", what fflate writes as both "made by" and "needed". */
const VERSION = 20;

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

/** Why a zip was not accepted; the package reader turns these into Swedish messages. */
export type ZipProblem =
  | { kind: 'not-zip' }
  /** A zip, but its headers disagree with each other: damaged, or edited by hand. */
  | { kind: 'corrupt' }
  | { kind: 'too-many-entries' }
  | { kind: 'too-large' }
  | { kind: 'bad-name'; name: string }
  | { kind: 'duplicate'; name: string };

export class ZipProblemError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}

const fail = (problem: ZipProblem): never => {
  throw new ZipProblemError(problem);
};

const NAME_PATTERN = /^[\x21-\x7e]{1,1400}$/;

/**
 * Reads a stored-only zip strictly. `isAllowedName` is asked for every name from the central
 * directory before any entry is read, and the caps are checked from the end record first, so a
 * file with 10 000 entries or a huge declared size is refused without reading them.
 */
export function readStrictZip(
  bytes: Uint8Array,
  limits: ZipLimits,
  isAllowedName: (name: string) => boolean,
): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // Names are at most a few hundred bytes (NAME_PATTERN): apply on a subarray is safe and fast.
  const latin = (from: number, length: number) =>
    String.fromCharCode.apply(null, bytes.subarray(from, from + length) as unknown as number[]);

  if (bytes.byteLength < END_RECORD) fail({ kind: 'not-zip' });
  const end = bytes.byteLength - END_RECORD;
  if (u32(end) !== END_SIG) fail({ kind: 'not-zip' });
  const count = u16(end + 10);
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== count) fail({ kind: 'not-zip' });
  if (u16(end + 20) !== 0) fail({ kind: 'not-zip' }); // no archive comment
  if (count > limits.maxEntries) fail({ kind: 'too-many-entries' });
  const centralSize = u32(end + 12);
  const centralStart = u32(end + 16);
  if (centralStart + centralSize !== end) fail({ kind: 'corrupt' });

  interface Entry {
    name: string;
    crc: number;
    size: number;
    time: number;
    date: number;
    offset: number;
  }
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let declared = 0;
  let at = centralStart;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER > end || u32(at) !== CENTRAL_SIG) fail({ kind: 'corrupt' });
    const nameLength = u16(at + 28);
    if (at + CENTRAL_HEADER + nameLength > end) fail({ kind: 'corrupt' });
    const name = latin(at + CENTRAL_HEADER, nameLength);
    if (!NAME_PATTERN.test(name) || !isAllowedName(name)) fail({ kind: 'bad-name', name });
    if (seen.has(name)) fail({ kind: 'duplicate', name });
    seen.add(name);
    // Deflated entries: a zip made by another tool, not a package as this program writes them.
    if (u16(at + 10) !== 0) fail({ kind: 'not-zip' });
    const fixed =
      u16(at + 4) === VERSION &&
      u16(at + 6) === VERSION &&
      u16(at + 8) === 0 && // flags: no encryption, no data descriptor, ASCII names
      u16(at + 10) === 0 && // method: stored
      u32(at + 20) === u32(at + 24) && // compressed size = size
      u16(at + 30) === 0 && // extra field
      u16(at + 32) === 0 && // comment
      u16(at + 34) === 0 && // disk
      u16(at + 36) === 0 && // internal attributes
      u32(at + 38) === 0; // external attributes
    if (!fixed) fail({ kind: 'corrupt' });
    const size = u32(at + 24);
    declared += size;
    if (declared > limits.maxUncompressedBytes) fail({ kind: 'too-large' });
    entries.push({
      name,
      crc: u32(at + 16),
      size,
      time: u16(at + 12),
      date: u16(at + 14),
      offset: u32(at + 42),
    });
    at += CENTRAL_HEADER + nameLength;
  }
  if (at !== end) fail({ kind: 'corrupt' });

  const files = new Map<string, Uint8Array>();
  let expected = 0;
  for (const entry of entries) {
    const o = entry.offset;
    const nameLength = entry.name.length;
    const dataStart = o + LOCAL_HEADER + nameLength;
    const matches =
      o === expected &&
      dataStart + entry.size <= centralStart &&
      u32(o) === LOCAL_SIG &&
      u16(o + 4) === VERSION &&
      u16(o + 6) === 0 &&
      u16(o + 8) === 0 &&
      u16(o + 10) === entry.time &&
      u16(o + 12) === entry.date &&
      u32(o + 14) === entry.crc &&
      u32(o + 18) === entry.size &&
      u32(o + 22) === entry.size &&
      u16(o + 26) === nameLength &&
      u16(o + 28) === 0 &&
      latin(o + LOCAL_HEADER, nameLength) === entry.name;
    if (!matches) fail({ kind: 'corrupt' });
    // No CRC-32 of the data here: see the header comment (the SHA-256 in the manifest covers it).
    files.set(entry.name, bytes.subarray(dataStart, dataStart + entry.size));
    expected = dataStart + entry.size;
  }
  if (expected !== centralStart) fail({ kind: 'corrupt' });
  return files;
}
