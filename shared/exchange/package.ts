import { zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { toHex, fromHex } from './bytes';
import { CheckedTemplates } from './checked-templates';
import { readStrictZip, ZipProblemError } from './zip-strict';
import type { CryptoPort, Signer } from './crypto-port';
import { ExchangeError, exchangeMessages as sv } from './errors';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  MANIFEST_FILE,
  PAYLOAD_FILE,
  SIGNATURE_FILE,
  manifestSchema,
  nestedFileName,
  type Manifest,
} from './manifest';
import {
  reportPayloadSchema,
  returnPayloadSchema,
  type ReportPayload,
  type ReturnPayload,
} from './payload';

/** Caps applied before anything is inflated or parsed. */
export interface PackageLimits {
  /** The package file itself. */
  maxPackageBytes: number;
  /** Entries in one zip (a section with 5 000 units is far beyond any real one). */
  maxEntries: number;
  /** Sum of the uncompressed sizes of all entries. */
  maxUncompressedBytes: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  maxPackageBytes: 150 * 1024 * 1024,
  maxEntries: 5_000,
  maxUncompressedBytes: 300 * 1024 * 1024,
};

export interface PackageHeader {
  kind: Manifest['kind'];
  node: { id: string; name: string; level: Manifest['level'] };
  year: number;
  revision: number;
  created: string;
  author: string;
}

export type PackageInput =
  | (PackageHeader & {
      kind: 'report';
      payload: ReportPayload;
      /** Received packages carried unchanged; `file` is their `packages/…` entry name. */
      nested: readonly { file: string; bytes: Uint8Array }[];
    })
  | (PackageHeader & { kind: 'return'; payload: ReturnPayload; nested?: undefined });

/** A package whose signature, digests and content have all been checked. */
export type OpenedPackage = {
  bytes: Uint8Array;
  /** SHA-256 of the whole package file, hex: what identifies a revision's exact bytes. */
  digest: string;
  manifest: Manifest;
  publicKey: Uint8Array;
  /** Nested package bytes by entry name (report packages only). */
  nested: ReadonlyMap<string, Uint8Array>;
} & ({ kind: 'report'; payload: ReportPayload } | { kind: 'return'; payload: ReturnPayload });

const encoder = new TextEncoder();

/**
 * Builds a signed package: payload.json and the nested packages, manifest.json listing the
 * SHA-256 of each, and manifest.sig over the manifest's exact bytes. Every entry is stored, not
 * deflated (see zip-strict.ts: that is what makes any changed byte detectable). Entry times are
 * the package's creation time, so the same input gives the same bytes.
 */
export async function buildPackage(
  input: PackageInput,
  signer: Signer,
  crypto: CryptoPort,
): Promise<Uint8Array> {
  const payloadBytes = encoder.encode(JSON.stringify(input.payload));
  const entries: { path: string; bytes: Uint8Array }[] = [
    { path: PAYLOAD_FILE, bytes: payloadBytes },
    ...(input.nested ?? []).map((n) => ({ path: n.file, bytes: n.bytes })),
  ];
  const files = await Promise.all(
    entries.map(async (entry) => ({
      path: entry.path,
      sha256: toHex(await crypto.sha256(entry.bytes)),
      size: entry.bytes.byteLength,
    })),
  );
  const manifest: Manifest = manifestSchema.parse({
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    kind: input.kind,
    nodeId: input.node.id,
    nodeName: input.node.name,
    level: input.node.level,
    year: input.year,
    revision: input.revision,
    created: input.created,
    author: input.author,
    publicKey: toHex(signer.publicKey),
    files,
  });
  const manifestBytes = encoder.encode(JSON.stringify(manifest, null, 2));
  const signature = await signer.sign(manifestBytes);
  const mtime = new Date(input.created);
  const zippable: Zippable = {
    [MANIFEST_FILE]: [manifestBytes, { level: 0, mtime }],
    [SIGNATURE_FILE]: [signature, { level: 0, mtime }],
  };
  for (const entry of entries) zippable[entry.path] = [entry.bytes, { level: 0, mtime }];
  return zipSync(zippable);
}

function isAllowedName(name: string): boolean {
  return (
    name === MANIFEST_FILE ||
    name === SIGNATURE_FILE ||
    name === PAYLOAD_FILE ||
    nestedFileName.safeParse(name).success
  );
}

/** Reads the zip strictly (zip-strict.ts), with the caps and the name rule checked first. */
function unzipHardened(bytes: Uint8Array, limits: PackageLimits): Map<string, Uint8Array> {
  if (bytes.byteLength > limits.maxPackageBytes) {
    throw new ExchangeError('too-large', sv.tooLarge(bytes.byteLength, limits.maxPackageBytes));
  }
  try {
    return readStrictZip(bytes, limits, isAllowedName);
  } catch (error) {
    if (!(error instanceof ZipProblemError)) {
      throw new ExchangeError('not-zip', sv.notZip, { cause: error });
    }
    const problem = error.problem;
    switch (problem.kind) {
      case 'too-many-entries':
        throw new ExchangeError('too-many-entries', sv.tooManyEntries(limits.maxEntries));
      case 'too-large':
        throw new ExchangeError('too-large', sv.tooMuchData(limits.maxUncompressedBytes));
      case 'bad-name':
        throw new ExchangeError('bad-path', sv.badPath(problem.name));
      case 'duplicate':
        throw new ExchangeError('duplicate-entry', sv.duplicateEntry(problem.name));
      case 'not-zip':
        throw new ExchangeError('not-zip', sv.notZip, { cause: error });
      case 'corrupt':
        throw new ExchangeError('bad-digest', sv.corrupt, { cause: error });
    }
  }
}

function decodeJson(name: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new ExchangeError(
      name === MANIFEST_FILE ? 'bad-manifest' : 'bad-payload',
      sv.badJson(name),
      {
        cause: error,
      },
    );
  }
}

/** zod's first issue as "where: what", with the path written the way a person reads it. */
function firstIssue(error: z.ZodError): [string, string] {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.map(String).join('.') : 'roten';
  return [where, issue?.message ?? 'ogiltigt innehåll'];
}

function requireEntry(files: Map<string, Uint8Array>, name: string): Uint8Array {
  const data = files.get(name);
  if (!data) throw new ExchangeError('missing-file', sv.missingFile(name));
  return data;
}

function parseManifest(bytes: Uint8Array): Manifest {
  const json = decodeJson(MANIFEST_FILE, bytes);
  if (typeof json !== 'object' || json === null || !('format' in json)) {
    throw new ExchangeError('bad-manifest', sv.foreignFormat);
  }
  if (json.format !== EXCHANGE_FORMAT) throw new ExchangeError('bad-manifest', sv.foreignFormat);
  if ('formatVersion' in json && json.formatVersion !== EXCHANGE_FORMAT_VERSION) {
    throw new ExchangeError('bad-manifest', sv.newerFormat(json.formatVersion));
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    throw new ExchangeError('bad-manifest', sv.badManifest(...firstIssue(parsed.error)));
  return parsed.data;
}

export interface OpenOptions {
  limits?: PackageLimits;
  /**
   * For a package nested in one already opened: the SHA-256 its carrier's signed manifest lists
   * for it (and that openPackage checked against these very bytes), so the whole-file digest is
   * not computed twice. Only pass a digest that was verified against `bytes`.
   */
  knownDigest?: string;
  /** Templates checked already in this batch (the same one comes in every unit's package). */
  templates?: CheckedTemplates;
}

/** payload.json of a report with its templates left for CheckedTemplates (see parseReportPayload). */
const reportPayloadShape = reportPayloadSchema.extend({
  templates: z.array(z.unknown()).max(50),
});

/** reportPayloadSchema, with each template checked through `templates` (same result, less work). */
function parseReportPayload(json: unknown, templates: CheckedTemplates): ReportPayload {
  const parsed = reportPayloadShape.safeParse(json);
  if (!parsed.success) {
    throw new ExchangeError('bad-payload', sv.badPayload(...firstIssue(parsed.error)));
  }
  const checked = parsed.data.templates.map((raw, index) => {
    const result = templates.check(raw);
    if (result.ok) return result.template;
    const [where, what] = firstIssue(result.error);
    const path = where === 'roten' ? `templates.${index}` : `templates.${index}.${where}`;
    throw new ExchangeError('bad-payload', sv.badPayload(path, what));
  });
  return { ...parsed.data, templates: checked };
}

/**
 * Opens a package and checks everything that can be checked without the database: the caps and
 * entry names, the manifest, the Ed25519 signature (against the key in the manifest: whether that
 * key is the one registered for the node is the importer's question), every file's SHA-256, and
 * the payload's shape. Nested packages are returned as bytes, unopened. Throws ExchangeError.
 */
export async function openPackage(
  bytes: Uint8Array,
  crypto: CryptoPort,
  { limits = DEFAULT_LIMITS, knownDigest, templates = new CheckedTemplates() }: OpenOptions = {},
): Promise<OpenedPackage> {
  const files = unzipHardened(bytes, limits);
  const manifestBytes = requireEntry(files, MANIFEST_FILE);
  const signature = requireEntry(files, SIGNATURE_FILE);
  const manifest = parseManifest(manifestBytes);

  const listed = new Set(manifest.files.map((f) => f.path));
  for (const name of files.keys()) {
    if (name !== MANIFEST_FILE && name !== SIGNATURE_FILE && !listed.has(name)) {
      throw new ExchangeError('unlisted-file', sv.unlistedFile(name));
    }
  }
  for (const name of listed) {
    if (!files.has(name)) throw new ExchangeError('missing-file', sv.missingFile(name));
  }

  const publicKey = fromHex(manifest.publicKey);
  const [signed, digests, digest] = await Promise.all([
    publicKey ? crypto.verifyEd25519(publicKey, signature, manifestBytes) : Promise.resolve(false),
    Promise.all(
      manifest.files.map(async (f) => toHex(await crypto.sha256(requireEntry(files, f.path)))),
    ),
    knownDigest ?? crypto.sha256(bytes).then(toHex),
  ]);
  if (!signed || !publicKey) throw new ExchangeError('bad-signature', sv.badSignature);
  manifest.files.forEach((file, i) => {
    if (digests[i] !== file.sha256 || requireEntry(files, file.path).byteLength !== file.size) {
      throw new ExchangeError('bad-digest', sv.badDigest(file.path));
    }
  });

  const json = decodeJson(PAYLOAD_FILE, requireEntry(files, PAYLOAD_FILE));
  const nested = new Map<string, Uint8Array>();
  for (const [name, data] of files) if (name.startsWith('packages/')) nested.set(name, data);
  const base = { bytes, digest, manifest, publicKey, nested };

  if (manifest.kind === 'return') {
    const parsed = returnPayloadSchema.safeParse(json);
    if (!parsed.success)
      throw new ExchangeError('bad-payload', sv.badPayload(...firstIssue(parsed.error)));
    if (parsed.data.year !== manifest.year) {
      throw new ExchangeError('bad-payload', sv.payloadMismatch('året skiljer sig'));
    }
    if (nested.size > 0)
      throw new ExchangeError('unlisted-file', sv.unlistedFile([...nested.keys()][0] ?? ''));
    return { ...base, kind: 'return', payload: parsed.data };
  }

  const payload = parseReportPayload(json, templates);
  if (payload.year !== manifest.year) {
    throw new ExchangeError('bad-payload', sv.payloadMismatch('året skiljer sig'));
  }
  if (payload.reports[0]?.node.id !== manifest.nodeId) {
    throw new ExchangeError(
      'bad-payload',
      sv.payloadMismatch('den första rapporten gäller en annan enhet'),
    );
  }
  const nestedListed = new Set(payload.nested.map((n) => n.file));
  for (const name of nested.keys()) {
    if (!nestedListed.has(name)) throw new ExchangeError('unlisted-file', sv.unlistedFile(name));
  }
  const byPath = new Map(manifest.files.map((f) => [f.path, f.sha256]));
  for (const entry of payload.nested) {
    if (!nested.has(entry.file))
      throw new ExchangeError('missing-file', sv.missingFile(entry.file));
    if (byPath.get(entry.file) !== entry.digest) {
      throw new ExchangeError('bad-digest', sv.badDigest(entry.file));
    }
  }
  return { ...base, kind: 'report', payload };
}
