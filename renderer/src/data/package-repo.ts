import {
  CheckedTemplates,
  ExchangeError,
  exchangeMessages,
  fingerprint,
  isUint8Array,
  openPackage,
  type CryptoPort,
  type ExchangeErrorCode,
  type OpenedPackage,
} from '@shared/exchange';
import type { z } from 'zod';
import { buildOrgTree, type OrgTree } from '@shared/org/tree';
import {
  packageFileSchema,
  receivedPackageSchema,
  returnNoticeSchema,
  submissionSchema,
  type OrgNode,
  type PackageFile,
  type ReceivedPackage,
  type ReturnNotice,
  type Submission,
  type Template,
  type TrustedKey,
} from '@shared/schemas';
import { webCrypto } from '../exchange/web-crypto';
import type { SamDatabase } from './db';
import { importSv } from './import-messages';
import { submissionId } from './submission-repo';
import { check, describeIssue, validate } from './validate';

/*
 * Receiving packages (DESIGN.md, "Roll-up between machines"). Two phases:
 *  1. In memory, concurrently: open every file and every package nested in it, checking caps,
 *     names, signatures, digests and shapes (shared/exchange openPackage). Nothing is read from or
 *     written to the database, so this is the "floor" the benchmark compares against.
 *  2. In few read-write transactions: the checks that need the database (the org tree, trusted
 *     keys, the revisions already stored) and the writes. Each file is decided on its own, against
 *     the state the files before it left, and either writes all its rows or none.
 */

export type ImportOutcome =
  | {
      file: string;
      kind: 'imported';
      nodeId: string;
      nodeName: string;
      revision: number;
      /** The revision this one replaced, or null for the first package of the node and year. */
      replaced: number | null;
      /** Nested packages (carried from below) that were stored or replaced. */
      nested: number;
    }
  | { file: string; kind: 'unchanged'; nodeId: string; nodeName: string; revision: number }
  | {
      file: string;
      kind: 'older';
      nodeId: string;
      nodeName: string;
      revision: number;
      current: number;
    }
  | {
      file: string;
      kind: 'conflict';
      nodeId: string;
      nodeName: string;
      revision: number;
      storedDigest: string;
      newDigest: string;
      storedCreated: string;
      newCreated: string;
    }
  | {
      file: string;
      kind: 'needs-trust';
      nodeId: string;
      nodeName: string;
      fingerprint: string;
      /** The package's public key, hex: what trustKey / retrustKey take. */
      publicKey: string;
      /** A different key is registered for the node (re-trust explicitly, or refuse). */
      changed: boolean;
      previousFingerprint: string | null;
    }
  | {
      file: string;
      kind: 'return';
      /** This installation's node, whose report was returned. */
      nodeId: string;
      /** The revision of our report that was returned. */
      revision: number;
      fromNodeName: string;
      comment: string;
    }
  | { file: string; kind: 'refused'; code: ExchangeErrorCode; message: string };

export interface ImportOptions {
  now?: () => Date;
  /** Files opened so far (and all of them once written). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting before the writes start throws the signal's reason and stores nothing. */
  signal?: AbortSignal;
  crypto?: CryptoPort;
}

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** Level 4 carries level 3 carries level 2 carries level 1: three levels of nesting at most. */
const MAX_NESTED_DEPTH = 3;
/** Files opened at once: enough to keep Web Crypto busy, few enough to bound memory. */
const OPEN_CONCURRENCY = 8;
/** Files decided and written per transaction. */
const WRITE_CHUNK = 500;

type OpenedReport = Extract<OpenedPackage, { kind: 'report' }>;

interface NestedPackage {
  pkg: OpenedReport;
  fingerprint: string;
  /** The node whose package carried this one directly. */
  carrierId: string;
  file: string;
  /** Entry names from the top-level file down to this package (its last element is `file`). */
  path: string[];
}

/** A file that passed phase 1. */
interface Verified {
  index: number;
  file: string;
  pkg: OpenedPackage;
  fingerprint: string;
  /** Every package nested at any depth, parents before their children. */
  nested: NestedPackage[];
}

type Refused = Extract<ImportOutcome, { kind: 'refused' }>;

function refused(file: string, error: unknown): Refused {
  if (error instanceof ExchangeError) {
    return { file, kind: 'refused', code: error.code, message: error.message };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { file, kind: 'refused', code: 'bad-payload', message: importSv.unreadable(detail) };
}

function nestedError(file: string, error: unknown): ExchangeError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ExchangeError('nested', exchangeMessages.nested(file, reason), { cause: error });
}

/** What opening the files of one import shares: the crypto, and the templates checked so far. */
interface Opening {
  crypto: CryptoPort;
  templates: CheckedTemplates;
}

/** Opens the packages a report carries, and theirs, checking each against its carrier's list. */
async function collectNested(
  carrier: OpenedReport,
  opening: Opening,
  depth: number,
  seen: Set<string>,
  out: NestedPackage[],
  carrierPath: readonly string[] = [],
): Promise<void> {
  if (carrier.payload.nested.length === 0) return;
  if (depth > MAX_NESTED_DEPTH) throw new ExchangeError('nested', exchangeMessages.tooDeep);
  const { crypto, templates } = opening;
  const opened = await Promise.all(
    carrier.payload.nested.map(async (entry) => {
      try {
        const bytes = carrier.nested.get(entry.file);
        if (!bytes)
          throw new ExchangeError('missing-file', exchangeMessages.missingFile(entry.file));
        // The carrier's reader has checked these bytes against the SHA-256 its signed manifest
        // lists, and that entry.digest is that SHA-256: no need to hash the whole file again.
        const pkg = await openPackage(bytes, crypto, { knownDigest: entry.digest, templates });
        if (pkg.kind !== 'report') throw new ExchangeError('nested', importSv.nestedNotReport);
        const m = pkg.manifest;
        if (
          m.nodeId !== entry.nodeId ||
          m.revision !== entry.revision ||
          m.year !== carrier.manifest.year
        ) {
          throw new ExchangeError('nested', importSv.nestedMismatch);
        }
        return { entry, pkg, fingerprint: await fingerprint(crypto, pkg.publicKey) };
      } catch (error) {
        throw nestedError(entry.file, error);
      }
    }),
  );
  for (const { entry, pkg, fingerprint: print } of opened) {
    if (seen.has(pkg.manifest.nodeId)) {
      throw nestedError(entry.file, new Error(importSv.nestedDuplicate(pkg.manifest.nodeId)));
    }
    seen.add(pkg.manifest.nodeId);
    const path = [...carrierPath, entry.file];
    out.push({
      pkg,
      fingerprint: print,
      carrierId: carrier.manifest.nodeId,
      file: entry.file,
      path,
    });
    try {
      await collectNested(pkg, opening, depth + 1, seen, out, path);
    } catch (error) {
      throw nestedError(entry.file, error);
    }
  }
}

async function verifyFile(file: ImportFile, index: number, opening: Opening): Promise<Verified> {
  const { crypto, templates } = opening;
  const pkg = await openPackage(file.bytes, crypto, { templates });
  const nested: NestedPackage[] = [];
  const [print] = await Promise.all([
    fingerprint(crypto, pkg.publicKey),
    pkg.kind === 'report'
      ? collectNested(pkg, opening, 1, new Set([pkg.manifest.nodeId]), nested)
      : Promise.resolve(),
  ]);
  return { index, file: file.name, pkg, fingerprint: print, nested };
}

/** What a decision needs to know of a stored package row. */
interface StoredState {
  revision: number;
  digest: string;
  created: string;
  viaNodeId: string | null;
  receivedAt: string;
  carriedPath?: string[] | undefined;
}

/** The database as the files of one transaction see it, updated as each file is decided. */
interface WorkingState {
  own: OrgNode | null;
  ownError: string | null;
  tree: OrgTree;
  keys: Map<string, TrustedKey>;
  packages: Map<string, StoredState | null>;
  /** Package ids carried by each top-level child (for the year in the key `${child}|${year}`). */
  carried: Map<string, Set<string>>;
  submissions: Set<string>;
  /** The ids in receivedTemplates, and those this transaction adds. */
  templates: Set<string>;
  notices: Map<string, { digest: string; returnedAt: string }>;
  /** The rows to write at the end: null deletes (the row and its file, if it has one). */
  writes: Map<string, ReceivedPackage | null>;
  /** The files to write at the end (packageFiles, by the same id): null deletes. */
  files: Map<string, Uint8Array | null>;
  newSubmissions: Map<string, Submission>;
  newNotices: Map<string, ReturnNotice>;
  newTemplates: Map<string, Template>;
}

const packageId = (nodeId: string, year: number) => `${nodeId}:${year}`;
/** A return notice's id: the returned revision of this node's report. */
const noticeId = (nodeId: string, year: number, revision: number) =>
  `${nodeId}:${year}:${revision}`;
const carriedKey = (nodeId: string, year: number) => `${nodeId}|${year}`;

function isBelow(tree: OrgTree, id: string, ancestorId: string): boolean {
  return id !== ancestorId && tree.isWithin(id, ancestorId);
}

/** Reads everything the files of a chunk are decided against, inside the transaction. */
async function loadState(db: SamDatabase, items: readonly Verified[]): Promise<WorkingState> {
  const [identity, nodes, keys, templateIds] = await Promise.all([
    db.identity.get('self'),
    db.orgNodes.toArray(),
    db.trustedKeys.toArray(),
    db.receivedTemplates.toCollection().primaryKeys(),
  ]);
  const tree = buildOrgTree(nodes);
  const ownId = identity?.nodeId ?? null;
  const own = ownId === null ? null : (tree.byId.get(ownId) ?? null);
  const ownError =
    ownId === null ? importSv.noIdentity : own ? null : importSv.identityUnknown(ownId);

  const packageIds = new Set<string>();
  const submissionIds = new Set<string>();
  const noticeIds = new Set<string>();
  // The nodes whose stored rows may carry others: the files' senders, and (for a package received
  // directly that is now replaced by a newer one carried inside another) the nested nodes.
  const carriers = new Set<string>();
  for (const { pkg, nested } of items) {
    const { manifest } = pkg;
    if (pkg.kind === 'return') {
      noticeIds.add(
        noticeId(pkg.payload.targetNodeId, pkg.payload.year, pkg.payload.returnedRevision),
      );
      continue;
    }
    carriers.add(manifest.nodeId);
    for (const n of nested) carriers.add(n.pkg.manifest.nodeId);
    for (const m of [manifest, ...nested.map((n) => n.pkg.manifest)]) {
      packageIds.add(packageId(m.nodeId, m.year));
      submissionIds.add(submissionId(m.nodeId, m.year, m.revision));
    }
  }

  const carried = new Map<string, Set<string>>();
  const [storedPackages, storedSubmissions, storedNotices] = await Promise.all([
    db.packages.bulkGet([...packageIds]),
    db.submissions.bulkGet([...submissionIds]),
    db.returnNotices.bulkGet([...noticeIds]),
    carriers.size === 0
      ? Promise.resolve()
      : db.packages
          .where('viaNodeId')
          .anyOf([...carriers])
          .eachPrimaryKey((id, cursor) => {
            const key = `${String(cursor.key)}|${id.slice(id.lastIndexOf(':') + 1)}`;
            const set = carried.get(key) ?? new Set<string>();
            set.add(id);
            carried.set(key, set);
          }),
  ]);

  const packages = new Map<string, StoredState | null>();
  for (const row of storedPackages) {
    if (row) packages.set(row.id, row);
  }
  const notices = new Map<string, { digest: string; returnedAt: string }>();
  for (const row of storedNotices) if (row) notices.set(row.id, row);
  return {
    own,
    ownError,
    tree,
    keys: new Map(keys.map((key) => [key.nodeId, key])),
    packages,
    carried,
    submissions: new Set(storedSubmissions.flatMap((row) => (row ? [row.id] : []))),
    templates: new Set(templateIds),
    notices,
    writes: new Map(),
    files: new Map(),
    newSubmissions: new Map(),
    newNotices: new Map(),
    newTemplates: new Map(),
  };
}

/** The outcome for a known key, or null when the key is the one registered for the node. */
function keyOutcome(
  state: WorkingState,
  item: Verified,
  node: OrgNode,
): Extract<ImportOutcome, { kind: 'needs-trust' }> | null {
  const trusted = state.keys.get(node.id);
  if (trusted?.publicKey === item.pkg.manifest.publicKey) return null;
  return {
    file: item.file,
    kind: 'needs-trust',
    nodeId: node.id,
    nodeName: node.name,
    fingerprint: item.fingerprint,
    publicKey: item.pkg.manifest.publicKey,
    changed: trusted !== undefined,
    previousFingerprint: trusted?.fingerprint ?? null,
  };
}

function refuse(item: Verified, code: ExchangeErrorCode, message: string): Refused {
  return { file: item.file, kind: 'refused', code, message };
}

/**
 * A package's row. Received directly (`carried` absent): its file is written beside it
 * (packageFiles). Carried inside the package of `carried.via`: no file of its own, the entry names
 * that lead to it instead (the carrier's stored file holds it; verifyStoredPackage walks down).
 * The payload's templates are not in the row, only their ids: they are stored once each
 * (receivedTemplates, see templatesToStore).
 */
function packageRow(
  pkg: OpenedReport,
  print: string,
  receivedAt: string,
  carried?: { via: string; path: string[] },
): ReceivedPackage | string {
  const m = pkg.manifest;
  const { templates, ...payload } = pkg.payload;
  return rowOr(receivedPackageSchema, m.nodeId, {
    id: packageId(m.nodeId, m.year),
    nodeId: m.nodeId,
    year: m.year,
    revision: m.revision,
    digest: pkg.digest,
    author: m.author,
    created: m.created,
    publicKey: m.publicKey,
    fingerprint: print,
    viaNodeId: carried?.via ?? null,
    receivedAt,
    ...(carried ? { carriedPath: carried.path } : {}),
    templateIds: templates.map((template) => template.id),
    payload,
  } satisfies ReceivedPackage);
}

/**
 * A row as its schema cleans it, or the Swedish reason it cannot be saved (naming the field, or
 * `what` when zod names none).
 */
function rowOr<S extends z.ZodType>(schema: S, what: string, value: unknown): z.output<S> | string {
  const result = check(schema, value);
  if (result.ok) return result.data;
  const [first] = result.issues;
  return importSv.saveFailed(first ? describeIssue(first) : what);
}

/** A package file's row: the bytes as received. Throws (the chunk is retried per file). */
function fileRow(id: string, bytes: Uint8Array): PackageFile {
  // IndexedDB clones a view's whole buffer: keep exactly the file's bytes.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return validate(packageFileSchema, {
    id,
    bytes: whole ? bytes : bytes.slice(),
  } satisfies PackageFile);
}

function submissionRow(pkg: OpenedReport, receivedAt: string): Submission | string {
  const m = pkg.manifest;
  return rowOr(submissionSchema, m.nodeId, {
    id: submissionId(m.nodeId, m.year, m.revision),
    nodeId: m.nodeId,
    year: m.year,
    revision: m.revision,
    digest: pkg.digest,
    receivedAt,
    status: 'received',
    comment: '',
  } satisfies Submission);
}

/**
 * The templates of the packages a file stores that are not stored yet. One row per id: a published
 * template version never changes, so the first one received is kept, also after the package that
 * brought it is replaced (the id is what the follow-ups refer to).
 */
function templatesToStore(state: WorkingState, accepted: readonly OpenedReport[]): Template[] {
  const out = new Map<string, Template>();
  for (const p of accepted) {
    for (const template of p.payload.templates) {
      if (!state.templates.has(template.id) && !out.has(template.id)) {
        out.set(template.id, template);
      }
    }
  }
  return [...out.values()];
}

function decideReport(
  state: WorkingState,
  own: OrgNode,
  item: Verified,
  pkg: OpenedReport,
  receivedAt: string,
): ImportOutcome {
  const { tree } = state;
  const m = pkg.manifest;
  const node = tree.byId.get(m.nodeId);
  if (!node) return refuse(item, 'unknown-node', importSv.unknownNode(m.nodeName, m.nodeId));
  if (!isBelow(tree, node.id, own.id)) {
    return refuse(item, 'outside-subtree', importSv.outsideSubtree(node.name, own.name));
  }
  const trust = keyOutcome(state, item, node);
  if (trust) return trust;
  for (const report of pkg.payload.reports) {
    const inner = tree.byId.get(report.node.id);
    if (inner && !tree.isWithin(inner.id, node.id)) {
      return refuse(item, 'outside-subtree', importSv.reportOutside(inner.name, node.name));
    }
  }

  const id = packageId(node.id, m.year);
  const base = { file: item.file, nodeId: node.id, nodeName: node.name, revision: m.revision };
  const stored = state.packages.get(id) ?? null;
  if (stored && stored.revision === m.revision) {
    if (stored.digest === pkg.digest) return { ...base, kind: 'unchanged' };
    return {
      ...base,
      kind: 'conflict',
      storedDigest: stored.digest,
      newDigest: pkg.digest,
      storedCreated: stored.created,
      newCreated: m.created,
    };
  }
  if (stored && stored.revision > m.revision) {
    return { ...base, kind: 'older', current: stored.revision };
  }

  // The file's rows, decided against a copy of the state: committed only if the file is accepted.
  // null deletes a row (and its file).
  const writes = new Map<string, ReceivedPackage | null>();
  const files = new Map<string, Uint8Array | null>();
  /** A row as this file leaves it; undefined: not stored. */
  const known = (key: string): StoredState | null | undefined =>
    writes.has(key) ? writes.get(key) : state.packages.get(key);
  /** A row and its file go together (a carried row kept with a file of its own included). */
  const drop = (key: string) => {
    writes.set(key, null);
    files.set(key, null);
  };
  /**
   * A newer package from `carrierId` replaces everything its older ones carried, unless an earlier
   * file of this batch has replaced the row already (say, the carried node's own package).
   */
  const dropCarriedBy = (carrierId: string) => {
    for (const carriedId of state.carried.get(carriedKey(carrierId, m.year)) ?? []) {
      const row = known(carriedId);
      if (row === null || (row !== undefined && row.viaNodeId !== carrierId)) continue;
      drop(carriedId);
    }
  };

  const carriedKeyOfChild = carriedKey(node.id, m.year);
  dropCarriedBy(node.id);
  const ownRow = packageRow(pkg, item.fingerprint, receivedAt);
  if (typeof ownRow === 'string') return refuse(item, 'bad-payload', ownRow);
  writes.set(id, ownRow);
  files.set(id, pkg.bytes);

  const carriedNow = new Set<string>();
  /** Nodes received directly before, whose newer package arrives carried in this file. */
  const uncarried: string[] = [];
  for (const nested of item.nested) {
    const nm = nested.pkg.manifest;
    const inner = tree.byId.get(nm.nodeId);
    const carrier = tree.byId.get(nested.carrierId);
    if (!inner) {
      const reason = importSv.nestedUnknown(nm.nodeName, nm.nodeId);
      return refuse(item, 'unknown-node', exchangeMessages.nested(nested.file, reason));
    }
    if (!carrier || !isBelow(tree, inner.id, carrier.id)) {
      const reason = importSv.nestedOutside(inner.name, carrier?.name ?? nested.carrierId);
      return refuse(item, 'outside-subtree', exchangeMessages.nested(nested.file, reason));
    }
    const nestedId = packageId(inner.id, nm.year);
    const existing = known(nestedId) ?? null;
    if (existing && existing.revision === nm.revision) {
      if (existing.digest !== nested.pkg.digest) {
        return refuse(item, 'conflict', importSv.nestedConflict(inner.name, nm.revision));
      }
      // The same package is already here (directly or carried): leave it as it is.
      if (existing.viaNodeId === node.id) {
        carriedNow.add(nestedId);
        // Kept by reference into this carrier, whose new bytes may hold it under other names.
        const path = existing.carriedPath ?? [];
        if (path.length > 0 && path.join('/') !== nested.path.join('/')) {
          const row = packageRow(nested.pkg, nested.fingerprint, existing.receivedAt, {
            via: node.id,
            path: nested.path,
          });
          if (typeof row === 'string') return refuse(item, 'bad-payload', row);
          writes.set(nestedId, row);
        }
      }
      continue;
    }
    if (existing && existing.revision > nm.revision) continue;
    if (existing && existing.viaNodeId === null) {
      // A package received directly is replaced by a newer one carried here: what the older one
      // carried goes with it (as when its newer package arrives directly; the newer one's own
      // nested packages follow in this list), and rows may only refer to stored bytes.
      uncarried.push(carriedKey(inner.id, nm.year));
      dropCarriedBy(inner.id);
    }
    // A row that had a file of its own (received directly) is now kept inside this carrier.
    if (existing && (existing.carriedPath ?? []).length === 0) files.set(nestedId, null);
    const row = packageRow(nested.pkg, nested.fingerprint, receivedAt, {
      via: node.id,
      path: nested.path,
    });
    if (typeof row === 'string') return refuse(item, 'bad-payload', row);
    writes.set(nestedId, row);
    carriedNow.add(nestedId);
  }

  // The packages of this file that are stored now: only they count as received (an older nested
  // copy does not), and only their templates are kept.
  const accepted = [pkg, ...item.nested.map((n) => n.pkg)].filter(
    (p) => writes.get(packageId(p.manifest.nodeId, p.manifest.year))?.digest === p.digest,
  );
  const submissions: Submission[] = [];
  for (const p of accepted) {
    const m = p.manifest;
    if (state.submissions.has(submissionId(m.nodeId, m.year, m.revision))) continue;
    const sub = submissionRow(p, receivedAt);
    if (typeof sub === 'string') return refuse(item, 'bad-payload', sub);
    submissions.push(sub);
  }

  // Accepted: commit the file's rows to the working state.
  for (const [key, value] of writes) {
    state.packages.set(key, value);
    state.writes.set(key, value);
  }
  for (const [key, value] of files) state.files.set(key, value);
  state.carried.set(carriedKeyOfChild, carriedNow);
  for (const key of uncarried) state.carried.set(key, new Set());
  for (const sub of submissions) {
    state.submissions.add(sub.id);
    state.newSubmissions.set(sub.id, sub);
  }
  for (const template of templatesToStore(state, accepted)) {
    state.templates.add(template.id);
    state.newTemplates.set(template.id, template);
  }
  return {
    ...base,
    kind: 'imported',
    replaced: stored?.revision ?? null,
    nested: [...writes.values()].filter((row) => row !== null && row.viaNodeId !== null).length,
  };
}

function decideReturn(
  state: WorkingState,
  own: OrgNode,
  item: Verified,
  pkg: Extract<OpenedPackage, { kind: 'return' }>,
  receivedAt: string,
): ImportOutcome {
  const { tree } = state;
  const m = pkg.manifest;
  const p = pkg.payload;
  const sender = tree.byId.get(m.nodeId);
  if (!sender) return refuse(item, 'unknown-node', importSv.unknownNode(m.nodeName, m.nodeId));
  if (p.targetNodeId !== own.id) {
    const target = tree.byId.get(p.targetNodeId)?.name ?? p.targetNodeId;
    return refuse(item, 'wrong-recipient', importSv.wrongRecipient(target, own.name));
  }
  if (!isBelow(tree, own.id, sender.id)) {
    return refuse(item, 'wrong-recipient', importSv.senderNotAbove(sender.name, own.name));
  }
  const trust = keyOutcome(state, item, sender);
  if (trust) return trust;

  const outcome: ImportOutcome = {
    file: item.file,
    kind: 'return',
    nodeId: own.id,
    revision: p.returnedRevision,
    fromNodeName: sender.name,
    comment: p.comment,
  };
  const id = noticeId(own.id, p.year, p.returnedRevision);
  const stored = state.notices.get(id);
  // The same return again, or an older one than the notice kept: nothing to write.
  if (stored && (stored.digest === pkg.digest || stored.returnedAt > p.returnedAt)) return outcome;
  const notice = rowOr(returnNoticeSchema, id, {
    id,
    nodeId: own.id,
    year: p.year,
    revision: p.returnedRevision,
    fromNodeId: sender.id,
    author: m.author,
    returnedAt: p.returnedAt,
    comment: p.comment,
    digest: pkg.digest,
    receivedAt,
  } satisfies ReturnNotice);
  if (typeof notice === 'string') return refuse(item, 'bad-payload', notice);
  state.notices.set(id, notice);
  state.newNotices.set(id, notice);
  return outcome;
}

/** Decides and writes a chunk of verified files in one transaction. */
async function commitChunk(
  db: SamDatabase,
  items: readonly Verified[],
  receivedAt: string,
): Promise<ImportOutcome[]> {
  const tables = [
    db.packages,
    db.packageFiles,
    db.receivedTemplates,
    db.submissions,
    db.returnNotices,
    db.trustedKeys,
  ];
  return db.transaction('rw', [...tables, db.orgNodes, db.identity], async () => {
    const state = await loadState(db, items);
    const outcomes = items.map((item): ImportOutcome => {
      const { own } = state;
      if (!own) return refuse(item, 'unknown-node', state.ownError ?? importSv.noIdentity);
      return item.pkg.kind === 'report'
        ? decideReport(state, own, item, item.pkg, receivedAt)
        : decideReturn(state, own, item, item.pkg, receivedAt);
    });
    const deletes = [...state.writes].flatMap(([id, row]) => (row ? [] : [id]));
    const puts = [...state.writes.values()].filter((row) => row !== null);
    const fileDeletes = [...state.files].flatMap(([id, bytes]) => (bytes ? [] : [id]));
    const filePuts: PackageFile[] = [];
    for (const [id, bytes] of state.files) if (bytes) filePuts.push(fileRow(id, bytes));
    if (deletes.length > 0) await db.packages.bulkDelete(deletes);
    if (fileDeletes.length > 0) await db.packageFiles.bulkDelete(fileDeletes);
    if (puts.length > 0) await db.packages.bulkPut(puts);
    if (filePuts.length > 0) await db.packageFiles.bulkPut(filePuts);
    if (state.newSubmissions.size > 0)
      await db.submissions.bulkPut([...state.newSubmissions.values()]);
    if (state.newNotices.size > 0) await db.returnNotices.bulkPut([...state.newNotices.values()]);
    if (state.newTemplates.size > 0)
      await db.receivedTemplates.bulkPut([...state.newTemplates.values()]);
    return outcomes;
  });
}

/** A chunk, and if its transaction fails, each of its files on its own (so one cannot sink all). */
async function commit(
  db: SamDatabase,
  items: readonly Verified[],
  receivedAt: string,
): Promise<ImportOutcome[]> {
  try {
    return await commitChunk(db, items, receivedAt);
  } catch (error) {
    if (items.length === 1) {
      const detail = error instanceof Error ? error.message : String(error);
      const [item] = items;
      return item ? [refuse(item, 'bad-payload', importSv.saveFailed(detail))] : [];
    }
    const outcomes: ImportOutcome[] = [];
    for (const item of items) outcomes.push(...(await commit(db, [item], receivedAt)));
    return outcomes;
  }
}

/**
 * Receives package files for this installation's node: report packages from nodes below it and
 * return packages from the nodes above. One outcome per file, in the order given; a file that is
 * refused (or needs its key trusted first) stores nothing, and the other files still go through.
 */
export async function importPackages(
  db: SamDatabase,
  files: readonly ImportFile[],
  { now = () => new Date(), onProgress, signal, crypto = webCrypto }: ImportOptions = {},
): Promise<ImportOutcome[]> {
  signal?.throwIfAborted();
  const total = files.length;
  const outcomes: (ImportOutcome | undefined)[] = new Array<ImportOutcome | undefined>(total);
  const verified: Verified[] = [];
  const opening: Opening = { crypto, templates: new CheckedTemplates() };
  let next = 0;
  let done = 0;
  async function worker(): Promise<void> {
    while (next < total) {
      signal?.throwIfAborted();
      const index = next++;
      const file = files[index];
      if (!file) continue;
      try {
        verified.push(await verifyFile(file, index, opening));
      } catch (error) {
        outcomes[index] = refused(file.name, error);
      }
      done += 1;
      onProgress?.(Math.min(done, Math.max(total - 1, 0)), total);
    }
  }
  await Promise.all(Array.from({ length: Math.min(OPEN_CONCURRENCY, total) }, worker));
  signal?.throwIfAborted();

  verified.sort((a, b) => a.index - b.index);
  const receivedAt = now().toISOString();
  for (let start = 0; start < verified.length; start += WRITE_CHUNK) {
    const chunk = verified.slice(start, start + WRITE_CHUNK);
    const results = await commit(db, chunk, receivedAt);
    chunk.forEach((item, i) => {
      outcomes[item.index] = results[i];
    });
  }
  onProgress?.(total, total);
  return outcomes.map(
    (outcome, index) =>
      outcome ?? refused(files[index]?.name ?? '', new Error(importSv.saveFailed('okänt fel'))),
  );
}

export type StoredPackageCheck =
  | {
      ok: true;
      fingerprint: string;
      author: string;
      created: string;
      revision: number;
      /** The child whose package carried this one, or null when it was received directly. */
      carriedBy: string | null;
    }
  | { ok: false; message: string };

/**
 * The stored package of a row, opened (signature, digests, shape). A package received directly is
 * opened from its own bytes; a carried one from its carrier's stored bytes, walking down the
 * entry names: each level is opened and checked in full, so the package reached is exactly the
 * one the carrier's signed manifest lists. A string is the reason it could not be.
 */
async function openStored(
  db: SamDatabase,
  row: ReceivedPackage,
  crypto: CryptoPort,
): Promise<OpenedPackage | string> {
  const path = row.carriedPath ?? [];
  if (path.length === 0) {
    // Bytes, unless a damaged database kept something else (a migration leaves bad text as is).
    const bytes = (await db.packageFiles.get(row.id))?.bytes;
    if (!isUint8Array(bytes) || bytes.byteLength === 0) return importSv.storedBytesBroken;
    return openPackage(bytes, crypto);
  }
  if (row.viaNodeId === null) return importSv.storedBytesBroken;
  const carrierId = packageId(row.viaNodeId, row.year);
  const [carrier, carrierFile] = await db.transaction('r', db.packages, db.packageFiles, () =>
    Promise.all([db.packages.get(carrierId), db.packageFiles.get(carrierId)]),
  );
  if (!carrier || (carrier.carriedPath ?? []).length > 0) {
    return importSv.packageMissing(row.viaNodeId, row.year);
  }
  const carrierBytes = carrierFile?.bytes;
  if (!isUint8Array(carrierBytes) || carrierBytes.byteLength === 0)
    return importSv.storedBytesBroken;
  let pkg = await openPackage(carrierBytes, crypto);
  if (pkg.digest !== carrier.digest) return importSv.storedDigestChanged;
  for (const name of path) {
    if (pkg.kind !== 'report') return importSv.storedBytesBroken;
    const entry = pkg.payload.nested.find((n) => n.file === name);
    const bytes = pkg.nested.get(name);
    if (!entry || !bytes) return importSv.storedBytesBroken;
    // openPackage has checked these bytes against entry.digest (the manifest's SHA-256).
    pkg = await openPackage(bytes, crypto, { knownDigest: entry.digest });
  }
  return pkg;
}

/**
 * Opens a stored package's bytes again and checks its signature and digests, for the drill-down's
 * "signature verified": what is shown comes from the bytes, not from the row beside them. A
 * carried package is found inside the stored bytes of the package that carried it.
 */
export async function verifyStoredPackage(
  db: SamDatabase,
  nodeId: string,
  year: number,
  crypto: CryptoPort = webCrypto,
): Promise<StoredPackageCheck> {
  const row = await db.packages.get(packageId(nodeId, year));
  if (!row) return { ok: false, message: importSv.packageMissing(nodeId, year) };
  try {
    const pkg = await openStored(db, row, crypto);
    if (typeof pkg === 'string') return { ok: false, message: pkg };
    const m = pkg.manifest;
    if (pkg.digest !== row.digest || m.nodeId !== nodeId || m.year !== year) {
      return { ok: false, message: importSv.storedDigestChanged };
    }
    return {
      ok: true,
      fingerprint: await fingerprint(crypto, pkg.publicKey),
      author: m.author,
      created: m.created,
      revision: m.revision,
      carriedBy: row.viaNodeId,
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
