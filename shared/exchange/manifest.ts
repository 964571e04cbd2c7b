import { z } from 'zod';
import { id, isoDateTime, text, year } from '../schemas/common';
import { level } from '../schemas/org';

/** Marks a manifest as ours, so a zip from elsewhere is refused by name rather than by accident. */
export const EXCHANGE_FORMAT = 'sam-uppfoljning-paket';
/** The package layout's version. A reader refuses a version it does not know. */
export const EXCHANGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = 'samx';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';
export const PAYLOAD_FILE = 'payload.json';
/** Packages received from below and carried unchanged: `packages/<nodeId>.samx`. */
export const NESTED_DIR = 'packages/';

/**
 * A nested package's entry name is `packages/` + a safe file name: letters, digits, `.`, `_`, `-`;
 * not starting with a dot. Anything else (a path, `..`, a backslash) is refused when reading.
 */
export const nestedFileName = z
  .string()
  .regex(/^packages\/[A-Za-z0-9_-][A-Za-z0-9._-]{0,1299}\.samx$/, 'Ogiltigt filnamn i paketet');

/** The entry name under which a node's package travels inside its parent's. */
export function nestedEntryName(nodeId: string): string {
  // `_` is escaped too, so that distinct ids never share a name ("a/b" → "a_2f_b", "a_2f_b" →
  // "a_5f_2f_5f_b").
  const safe = nodeId.replace(/[^A-Za-z0-9.-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`);
  return `${NESTED_DIR}${safe.startsWith('.') ? `_${safe}` : safe}.samx`;
}

export const manifestFileSchema = z.strictObject({
  path: z.string().min(1).max(1400),
  /** SHA-256 of the entry's bytes, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Ogiltig kontrollsumma'),
  size: z.number().int().min(0),
});

/** manifest.json: who sent what, for which year, and the digest of every other file. */
export const manifestSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  /** report: a node's follow-up going up; return: a package sent back down with a comment. */
  kind: z.enum(['report', 'return']),
  /** The sending node. */
  nodeId: id,
  nodeName: text(200),
  level,
  year,
  /** 1, 2, … per node, year and kind; a higher revision replaces a lower one. */
  revision: z.number().int().min(1).max(1_000_000),
  created: isoDateTime,
  /** Who made the package (the installation's user name). */
  author: text(200),
  /** The sender's raw Ed25519 public key, lower-case hex (32 bytes). */
  publicKey: z.string().regex(/^[0-9a-f]{64}$/, 'Ogiltig publik nyckel'),
  files: z.array(manifestFileSchema).min(1).max(10_000),
});
export type Manifest = z.infer<typeof manifestSchema>;
