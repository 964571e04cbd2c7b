import {
  PACKAGE_EXTENSION,
  buildPackage,
  isUint8Array,
  nestedEntryName,
  reportPayloadSchema,
  returnPayloadSchema,
  toHex,
  type CryptoPort,
  type ReportBody,
  type ReportPayload,
  type Signer,
} from '@shared/exchange';
import { buildOrgTree, type OrgTree } from '@shared/org/tree';
import { isSignedFollowUp } from '@shared/rollup/aggregate';
import {
  outboxEntrySchema,
  submissionSchema,
  type Identity,
  type OrgNode,
  type OutboxEntry,
  type PackageFile,
  type ReceivedPackage,
  type Submission,
  type Template,
} from '@shared/schemas';
import type { SamDatabase } from './db';
import { RepositoryError } from './errors';
import { requireNode } from './guards';
import { getIdentity } from './identity-repo';
import { hasLocalData, localReportBody, readLocalTables, type LocalTables } from './local-reports';
import { sv as common } from './messages';
import { submissionId, setSubmissionStatus } from './submission-repo';
import { validate } from './validate';

/* Refusals of this module, in Swedish for the user. */
const sv = {
  noIdentity:
    'Installationen är inte kopplad till någon nod i organisationen. Välj vilken nod du arbetar för först.',
  noFollowUp: (name: string, year: number) =>
    `Det finns ingen uppföljning ${year} för ${name}. Gör uppföljningen och signera den innan den skickas.`,
  notSigned: (name: string, year: number, missing: string) =>
    `Uppföljningen ${year} för ${name} är inte signerad av ${missing}. Både enhetschefen och skyddsombudet ska signera innan den skickas.`,
  manager: 'enhetschefen',
  safetyRep: 'skyddsombudet',
  both: 'enhetschefen och skyddsombudet',
  brokenPackage: (name: string) =>
    `Det mottagna paketet från ${name} är skadat i databasen och kan inte skickas vidare. Importera det igen.`,
  nothingToReturn: (name: string, year: number) =>
    `Det finns inget mottaget paket ${year} från ${name} att återremittera.`,
  carried: (name: string, via: string) =>
    `Rapporten från ${name} kom med paketet från ${via} och kan bara återremitteras av ${via}.`,
  notBelow: (name: string) => `${name} ligger inte under den nod du arbetar för.`,
  newerArrived: (name: string) =>
    `Ett nyare paket från ${name} har tagits emot under tiden. Läs det innan du återremitterar.`,
  sentTwice: (revision: number) =>
    `Revision ${revision} är redan registrerad som skickad med ett annat innehåll. Skapa paketet på nytt.`,
};

export interface OwnPackageContents {
  year: number;
  /** Include checklist comments (free text may hold personal data). */
  freeText: boolean;
  /** Include incident rows, not only the statistics. */
  incidentDetails: boolean;
  crypto: CryptoPort;
}

export interface OwnPackageOptions extends OwnPackageContents {
  signer: Signer;
  now?: Date;
}

/** What the package will hold, checked and validated, before anything is signed. */
export interface PreparedPackage {
  identity: Identity;
  node: OrgNode;
  revision: number;
  payload: ReportPayload;
  nested: { file: string; bytes: Uint8Array }[];
  summary: OwnPackageSummary;
}

export interface OwnPackageSummary {
  /** Answers given (Ja / Delvis / Nej / Vet ej) across the reports in the package itself. */
  answers: number;
  /** Incidents in the statistics of those reports (the covered year). */
  incidents: number;
  /** Actions (this year's and last year's) in those reports. */
  actions: number;
  /** Received packages carried unchanged. */
  nested: number;
  /** Reports of nodes below held here and vouched for by this package. */
  localReports: number;
}

export interface BuiltPackage {
  bytes: Uint8Array;
  revision: number;
  fileName: string;
  /** SHA-256 of `bytes`, hex: what recordSent stores. */
  digest: string;
}

/** A file name part made of safe characters: "Åsens boende" → "asens-boende". */
export function nameSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'nod';
}

/** `SAM-2026-asens-boende-r2.samx`; returns say so: `SAM-2026-retur-asens-boende-r1.samx`. */
export function packageFileName(
  kind: 'report' | 'return',
  year: number,
  name: string,
  revision: number,
): string {
  const what = kind === 'return' ? `retur-${nameSlug(name)}` : nameSlug(name);
  return `SAM-${year}-${what}-r${revision}.${PACKAGE_EXTENSION}`;
}

async function requireOwnNode(db: SamDatabase): Promise<{ identity: Identity; node: OrgNode }> {
  const identity = await getIdentity(db);
  if (identity.nodeId === null) throw new RepositoryError(sv.noIdentity);
  return { identity, node: await requireNode(db, identity.nodeId) };
}

/** The next revision of this node's report for the year: one above the highest one sent. */
async function nextRevision(db: SamDatabase, nodeId: string, year: number): Promise<number> {
  const sent = await db.outbox.where('[nodeId+year]').equals([nodeId, year]).toArray();
  return 1 + Math.max(0, ...sent.filter((e) => e.kind === 'report').map((e) => e.revision));
}

function incidentTotal(body: ReportBody): number {
  let total = 0;
  for (const months of Object.values(body.incidentStats.monthByType))
    for (const n of months) total += n;
  return total;
}

function summarise(reports: readonly ReportBody[], nested: number): OwnPackageSummary {
  let answers = 0;
  let incidents = 0;
  let actions = 0;
  for (const body of reports) {
    answers += body.answers.filter((a) => a.value !== null).length;
    incidents += incidentTotal(body);
    actions += body.actions.length;
  }
  return { answers, incidents, actions, nested, localReports: reports.length - 1 };
}

type Options = { freeText: boolean; incidentDetails: boolean };

/** The level-1 report: refused until the follow-up is signed by both. */
function unitReports(tables: LocalTables, node: OrgNode, options: Options): ReportBody[] {
  const followUp = tables.followUps.get(node.id);
  if (!followUp) throw new RepositoryError(sv.noFollowUp(node.name, tables.year));
  if (!isSignedFollowUp(followUp)) {
    const noManager = followUp.signOff.manager === null;
    const noRep = followUp.signOff.safetyRep === null;
    const missing = noManager === noRep ? sv.both : noManager ? sv.manager : sv.safetyRep;
    throw new RepositoryError(sv.notSigned(node.name, tables.year, missing));
  }
  return [localReportBody(tables, node, options)];
}

/**
 * The nodes below that have no report in any received package (their own, or vouched for by a
 * child's) but local data: a unit with a follow-up signed by both, a level 2–3 node with anything.
 */
function heldBelow(
  tree: OrgTree,
  node: OrgNode,
  packages: readonly ReceivedPackage[],
  tables: LocalTables,
): OrgNode[] {
  const covered = new Set<string>();
  for (const row of packages) {
    covered.add(row.nodeId);
    for (const body of row.payload.reports) covered.add(body.node.id);
  }
  return tree
    .subtree(node.id)
    .slice(1)
    .filter((below) => !covered.has(below.id))
    .filter((below) =>
      below.level === 1
        ? isSignedFollowUp(tables.followUps.get(below.id))
        : hasLocalData(tables, below.id),
    );
}

async function templatesFor(db: SamDatabase, reports: readonly ReportBody[]): Promise<Template[]> {
  const ids = [...new Set(reports.flatMap((r) => (r.followUp ? [r.followUp.templateId] : [])))];
  const found = await db.templates.bulkGet(ids);
  return found.map((template, i) => {
    if (!template) throw new RepositoryError(common.templateMissing(ids[i] ?? ''));
    return template;
  });
}

/** Received packages to carry: those imported here directly, for nodes below, in tree order. */
function carriedRows(
  tree: OrgTree,
  node: OrgNode,
  packages: readonly ReceivedPackage[],
): ReceivedPackage[] {
  const order = new Map(tree.subtree(node.id).map((n, i) => [n.id, i]));
  return packages
    .filter((row) => row.viaNodeId === null && row.nodeId !== node.id && order.has(row.nodeId))
    .sort((a, b) => (order.get(a.nodeId) ?? 0) - (order.get(b.nodeId) ?? 0));
}

/** The files of `direct` (carriedRows), each checked against its row's digest. */
async function nestedPackages(
  tree: OrgTree,
  direct: readonly ReceivedPackage[],
  files: ReadonlyMap<string, PackageFile>,
  crypto: CryptoPort,
): Promise<{ entry: ReportPayload['nested'][number]; bytes: Uint8Array }[]> {
  return Promise.all(
    direct.map(async (row) => {
      const name = tree.byId.get(row.nodeId)?.name ?? row.nodeId;
      const stored = files.get(row.id);
      // Bytes, unless a damaged database kept something else (a migration leaves bad text as is).
      const raw: unknown = stored?.bytes;
      const bytes = isUint8Array(raw) ? raw : null;
      if (!bytes || toHex(await crypto.sha256(bytes)) !== row.digest)
        throw new RepositoryError(sv.brokenPackage(name));
      const file = nestedEntryName(row.nodeId);
      return {
        entry: { nodeId: row.nodeId, revision: row.revision, digest: row.digest, file },
        bytes,
      };
    }),
  );
}

/**
 * This installation's report for a year, checked and assembled but not signed: what the send page
 * previews, and what buildOwnPackage signs. Level 1: the unit's follow-up, refused until signed by
 * both. Level 2–4: the node's own texts and action plan first, then the reports this installation
 * holds for nodes below that have no package of their own, then every package received directly,
 * carried unchanged (each checked against its digest). What free text goes follows `freeText` and
 * `incidentDetails`.
 */
export async function prepareOwnPackage(
  db: SamDatabase,
  options: OwnPackageContents,
): Promise<PreparedPackage> {
  const { year, crypto } = options;
  const bodyOptions = { freeText: options.freeText, incidentDetails: options.incidentDetails };
  const { identity, node } = await requireOwnNode(db);
  const { tree, packages, direct, files, revision } = await db.transaction(
    'r',
    [db.orgNodes, db.packages, db.packageFiles, db.outbox],
    async () => {
      const [nodes, packages, revision] = await Promise.all([
        db.orgNodes.toArray(),
        db.packages.where('year').equals(year).toArray(),
        nextRevision(db, node.id, year),
      ]);
      const tree = buildOrgTree(nodes);
      // Only a level 2–4 node carries packages; the files are read with the rows they belong to.
      const direct = node.level === 1 ? [] : carriedRows(tree, node, packages);
      const files = new Map<string, PackageFile>();
      for (const file of await db.packageFiles.bulkGet(direct.map((r) => r.id)))
        if (file) files.set(file.id, file);
      return { tree, packages, direct, files, revision };
    },
  );

  let reports: ReportBody[];
  let nested: Awaited<ReturnType<typeof nestedPackages>> = [];
  if (node.level === 1) {
    reports = unitReports(await readLocalTables(db, [node.id], year), node, bodyOptions);
  } else {
    const tables = await readLocalTables(
      db,
      tree.subtree(node.id).map((n) => n.id),
      year,
    );
    const below = heldBelow(tree, node, packages, tables);
    reports = [node, ...below].map((n) => localReportBody(tables, n, bodyOptions));
    nested = await nestedPackages(tree, direct, files, crypto);
  }

  const payload = validate(reportPayloadSchema, {
    kind: 'report',
    year,
    options: bodyOptions,
    templates: await templatesFor(db, reports),
    reports,
    nested: nested.map((n) => n.entry),
  } satisfies ReportPayload);
  return {
    identity,
    node,
    revision,
    payload,
    nested: nested.map((n) => ({ file: n.entry.file, bytes: n.bytes })),
    summary: summarise(reports, nested.length),
  };
}

/** The prepared package signed with this installation's key, ready to be saved (then recordSent). */
export async function buildOwnPackage(
  db: SamDatabase,
  options: OwnPackageOptions,
): Promise<BuiltPackage & { summary: OwnPackageSummary }> {
  const { signer, crypto, now = new Date() } = options;
  const { identity, node, revision, payload, nested, summary } = await prepareOwnPackage(
    db,
    options,
  );
  const bytes = await buildPackage(
    {
      kind: 'report',
      node: { id: node.id, name: node.name, level: node.level },
      year: payload.year,
      revision,
      created: now.toISOString(),
      author: identity.userName,
      payload,
      nested,
    },
    signer,
    crypto,
  );
  return {
    bytes,
    revision,
    digest: toHex(await crypto.sha256(bytes)),
    fileName: packageFileName('report', payload.year, node.name, revision),
    summary,
  };
}

export interface SentRecord {
  kind: OutboxEntry['kind'];
  /** report: this installation's node; return: the node whose report was returned. */
  nodeId: string;
  year: number;
  revision: number;
  digest: string;
  via: OutboxEntry['via'];
  comment?: string;
}

/**
 * Records a package as sent, once it has been saved to a file or written to the shared folder.
 * Recording the same revision and bytes again (saved twice) keeps the first record; the same
 * revision with other bytes is refused.
 */
export async function recordSent(
  db: SamDatabase,
  sent: SentRecord,
  now: Date = new Date(),
): Promise<OutboxEntry> {
  const row = outboxRow(sent, now);
  return db.transaction('rw', db.outbox, db.orgNodes, () => addOutboxRow(db, row));
}

function outboxRow(sent: SentRecord, now: Date): OutboxEntry {
  return validate(outboxEntrySchema, {
    id: `${sent.kind}:${sent.nodeId}:${sent.year}:${sent.revision}`,
    kind: sent.kind,
    nodeId: sent.nodeId,
    year: sent.year,
    revision: sent.revision,
    digest: sent.digest,
    createdAt: now.toISOString(),
    via: sent.via,
    comment: sent.comment ?? '',
  } satisfies OutboxEntry);
}

/** Inside a transaction over outbox and orgNodes: the first record of a revision is kept. */
async function addOutboxRow(db: SamDatabase, row: OutboxEntry): Promise<OutboxEntry> {
  await requireNode(db, row.nodeId);
  const stored = await db.outbox.get(row.id);
  if (stored) {
    if (stored.digest !== row.digest) throw new RepositoryError(sv.sentTwice(row.revision));
    return stored;
  }
  await db.outbox.add(row);
  return row;
}

export interface ReturnOptions {
  /** The child whose report is returned. */
  nodeId: string;
  year: number;
  comment: string;
  signer: Signer;
  crypto: CryptoPort;
  now?: Date;
}

/** A return package made by buildReturnPackage, not yet saved (recordReturn, once it is). */
export interface BuiltReturn extends BuiltPackage {
  /** The child whose report is returned. */
  nodeId: string;
  year: number;
  /** The comment, trimmed, as the package holds it. */
  comment: string;
  /** SHA-256 of the received package being returned: it must still be the one stored. */
  returnedDigest: string;
}

/**
 * A signed 'return' package sending a child's newest received report back down with a comment,
 * for that revision. Nothing is written: the submission is marked returned by recordReturn once
 * the file is saved or written, so a cancelled save leaves everything as it was. Only a package
 * imported here directly can be returned (a carried one belongs to the child that carried it).
 * The package's revision is the returned revision, so it is one file per revision returned.
 */
export async function buildReturnPackage(
  db: SamDatabase,
  options: ReturnOptions,
): Promise<BuiltReturn> {
  const { year, signer, crypto, now = new Date() } = options;
  const { identity, node } = await requireOwnNode(db);
  const [nodes, received] = await db.transaction('r', [db.orgNodes, db.packages], () =>
    Promise.all([db.orgNodes.toArray(), db.packages.get(`${options.nodeId}:${year}`)]),
  );
  const tree = buildOrgTree(nodes);
  const child = tree.byId.get(options.nodeId);
  if (!child) throw new RepositoryError(common.nodeMissing(options.nodeId));
  if (child.id === node.id || !tree.isWithin(child.id, node.id))
    throw new RepositoryError(sv.notBelow(child.name));
  if (!received) throw new RepositoryError(sv.nothingToReturn(child.name, year));
  if (received.viaNodeId !== null) {
    const via = tree.byId.get(received.viaNodeId)?.name ?? received.viaNodeId;
    throw new RepositoryError(sv.carried(child.name, via));
  }

  const comment = options.comment.trim();
  const payload = validate(returnPayloadSchema, {
    kind: 'return',
    year,
    targetNodeId: child.id,
    returnedRevision: received.revision,
    returnedAt: now.toISOString(),
    comment,
  });
  const bytes = await buildPackage(
    {
      kind: 'return',
      node: { id: node.id, name: node.name, level: node.level },
      year,
      revision: received.revision,
      created: now.toISOString(),
      author: identity.userName,
      payload,
    },
    signer,
    crypto,
  );
  return {
    bytes,
    digest: toHex(await crypto.sha256(bytes)),
    revision: received.revision,
    fileName: packageFileName('return', year, child.name, received.revision),
    nodeId: child.id,
    year,
    comment,
    returnedDigest: received.digest,
  };
}

/**
 * Once a return package is saved to a file or written to the shared folder: the submission is
 * marked returned with the comment and the package recorded as sent, in one transaction. Refused
 * (nothing written) when a newer package from the child has arrived since it was built.
 */
export async function recordReturn(
  db: SamDatabase,
  built: BuiltReturn,
  via: OutboxEntry['via'],
  now: Date = new Date(),
): Promise<OutboxEntry> {
  const sent = outboxRow(
    {
      kind: 'return',
      nodeId: built.nodeId,
      year: built.year,
      revision: built.revision,
      digest: built.digest,
      via,
      comment: built.comment,
    },
    now,
  );
  const tables = [db.packages, db.submissions, db.outbox, db.orgNodes];
  return db.transaction('rw', tables, async () => {
    const child = await requireNode(db, built.nodeId);
    const current = await db.packages.get(`${built.nodeId}:${built.year}`);
    if (current?.revision !== built.revision || current.digest !== built.returnedDigest)
      throw new RepositoryError(sv.newerArrived(child.name));
    const id = submissionId(built.nodeId, built.year, built.revision);
    if (!(await db.submissions.get(id))) {
      // Received before submissions were recorded on import: record it now, then mark it.
      await db.submissions.add(
        validate(submissionSchema, {
          id,
          nodeId: built.nodeId,
          year: built.year,
          revision: built.revision,
          digest: current.digest,
          receivedAt: current.receivedAt,
          status: 'received',
          comment: '',
        } satisfies Submission),
      );
    }
    const row = await addOutboxRow(db, sent);
    await setSubmissionStatus(db, id, 'returned', built.comment);
    return row;
  });
}
