import { sv } from './messages';
import type { AllTables, TableName, TableRow } from './tables';

/*
 * Whole-database checks that a single row's zod schema cannot make: references between tables,
 * the org tree's level rule and unique keys. Used by restore, which must refuse a file before
 * touching the database; the repositories keep the same rules on every write.
 */

type Problem = { table: TableName; index: number; detail: string };

/** `field` of every row in `table` must be null or the id of a row in `target`. */
function danglingIn<R>(
  table: TableName,
  rows: readonly R[],
  field: string,
  pick: (row: R) => string | null,
  target: TableName,
  ids: ReadonlySet<string>,
): Problem | undefined {
  const index = rows.findIndex((row) => {
    const value = pick(row);
    return value !== null && !ids.has(value);
  });
  const row = rows[index];
  if (row === undefined) return undefined;
  return { table, index, detail: sv.dangling(String(pick(row)), target, field) };
}

function treeProblem(nodes: AllTables['orgNodes']): Problem | undefined {
  const levels = new Map(nodes.map((node) => [node.id, node.level]));
  for (const [index, node] of nodes.entries()) {
    const parentLevel = node.parentId === null ? undefined : levels.get(node.parentId);
    if (node.parentId === null && node.level !== 4) {
      return { table: 'orgNodes', index, detail: sv.rowRootLevel };
    }
    if (parentLevel !== undefined && parentLevel !== node.level + 1) {
      return { table: 'orgNodes', index, detail: sv.rowLevelMismatch(node.level, parentLevel) };
    }
  }
  return undefined;
}

/**
 * Received packages and their files: every file belongs to a row received directly; such a row
 * (no `carriedPath`) has its file; a carried row's carrier is stored with a file of its own
 * (verifyStoredPackage finds a carried package inside it); the templates a row lists are stored.
 */
function packageProblem(t: AllTables): Problem | undefined {
  const ownFile = (row: TableRow<'packages'>) => (row.carriedPath ?? []).length === 0;
  const rows = new Map(t.packages.map((row) => [row.id, row]));
  const files = new Set(t.packageFiles.map((row) => row.id));
  for (const [index, file] of t.packageFiles.entries()) {
    const row = rows.get(file.id);
    if (!row) {
      return { table: 'packageFiles', index, detail: sv.dangling(file.id, 'packages', 'id') };
    }
    if (!ownFile(row)) return { table: 'packageFiles', index, detail: sv.fileOfCarried(file.id) };
  }
  const templates = new Set(t.receivedTemplates.map((row) => row.id));
  for (const [index, row] of t.packages.entries()) {
    const missing = row.templateIds.find((id) => !templates.has(id));
    if (missing !== undefined) {
      return { table: 'packages', index, detail: sv.receivedTemplateMissing(row.id, missing) };
    }
    if (ownFile(row)) {
      if (!files.has(row.id)) {
        return { table: 'packages', index, detail: sv.packageFileMissing(row.id) };
      }
      continue;
    }
    const carrierId = `${row.viaNodeId ?? ''}:${row.year}`;
    const carrier = rows.get(carrierId);
    if (row.viaNodeId === null || !carrier || !ownFile(carrier)) {
      return { table: 'packages', index, detail: sv.carrierMissing(row.id, carrierId) };
    }
  }
  return undefined;
}

/** The first broken reference or tree rule, as a Swedish sentence naming table and row (1-based). */
export function findIntegrityProblem(t: AllTables): string | undefined {
  const nodes = new Set(t.orgNodes.map((row) => row.id));
  const templates = new Set(t.templates.map((row) => row.id));
  const followUps = new Set(t.followUps.map((row) => row.id));
  const byNode = (row: { nodeId: string | null }) => row.nodeId;
  const problem =
    danglingIn('orgNodes', t.orgNodes, 'parentId', (r) => r.parentId, 'orgNodes', nodes) ??
    treeProblem(t.orgNodes) ??
    danglingIn('templates', t.templates, 'ownerNodeId', (r) => r.ownerNodeId, 'orgNodes', nodes) ??
    danglingIn('followUps', t.followUps, 'nodeId', byNode, 'orgNodes', nodes) ??
    danglingIn(
      'followUps',
      t.followUps,
      'templateId',
      (r) => r.templateId,
      'templates',
      templates,
    ) ??
    danglingIn('answers', t.answers, 'followUpId', (r) => r.followUpId, 'followUps', followUps) ??
    danglingIn('incidents', t.incidents, 'nodeId', byNode, 'orgNodes', nodes) ??
    danglingIn('actions', t.actions, 'nodeId', byNode, 'orgNodes', nodes) ??
    danglingIn('summaries', t.summaries, 'nodeId', byNode, 'orgNodes', nodes) ??
    danglingIn('surveys', t.surveys, 'nodeId', byNode, 'orgNodes', nodes) ??
    danglingIn('submissions', t.submissions, 'nodeId', byNode, 'orgNodes', nodes) ??
    danglingIn('identity', t.identity, 'nodeId', byNode, 'orgNodes', nodes) ??
    danglingIn('trustedKeys', t.trustedKeys, 'nodeId', byNode, 'orgNodes', nodes) ??
    danglingIn('packages', t.packages, 'nodeId', byNode, 'orgNodes', nodes) ??
    danglingIn('packages', t.packages, 'viaNodeId', (r) => r.viaNodeId, 'orgNodes', nodes) ??
    packageProblem(t) ??
    danglingIn('outbox', t.outbox, 'nodeId', byNode, 'orgNodes', nodes) ??
    danglingIn('returnNotices', t.returnNotices, 'nodeId', byNode, 'orgNodes', nodes) ??
    danglingIn(
      'returnNotices',
      t.returnNotices,
      'fromNodeId',
      (r) => r.fromNodeId,
      'orgNodes',
      nodes,
    );
  return problem && sv.row(problem.table, problem.index + 1, problem.detail);
}

/** The key paths a Dexie store spec makes unique: the primary key and every "&" index. */
export function uniqueKeyPaths(spec: string): string[][] {
  return spec
    .split(',')
    .map((part) => part.trim())
    .filter((part, position) => position === 0 || part.startsWith('&'))
    .map((part) => part.replace(/^(\+\+|&)/, '').replace(/^\[|\]$/g, ''))
    .map((path) => path.split('+'));
}

/**
 * The first row whose unique key repeats an earlier row's, so restore can name it instead of
 * failing inside the transaction. Rows whose key has a null part are not indexed by IndexedDB,
 * so they never collide.
 */
export function findDuplicate(
  table: TableName,
  spec: string,
  rows: readonly Readonly<Record<string, unknown>>[],
): string | undefined {
  for (const path of uniqueKeyPaths(spec)) {
    const firstRowOf = new Map<string, number>();
    for (const [index, row] of rows.entries()) {
      const parts = path.map((field) => row[field]);
      if (parts.some((part) => part === null || part === undefined)) continue;
      const key = JSON.stringify(parts.length === 1 ? parts[0] : parts);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        return sv.row(table, index + 1, sv.duplicate(path.join('+'), key, first + 1));
      }
      firstRowOf.set(key, index);
    }
  }
  return undefined;
}
