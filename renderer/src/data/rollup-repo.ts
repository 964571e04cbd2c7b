import { buildOrgTree, type OrgTree } from '@shared/org/tree';
import type { NodeReport, ReportSource } from '@shared/rollup/types';
import type { ReceivedPackage, Template } from '@shared/schemas';
import type { SamDatabase } from './db';
import { hasLocalData, localReportBody, readLocalTables } from './local-reports';

/** What the aggregated view needs for one node and year (shared/rollup/types.ts AggregateInput). */
export interface LoadedReports {
  /** Every node's report for the year known here, by node id, for the subtree only. */
  reports: Map<string, NodeReport>;
  /** The local templates plus every template received packages brought (receivedTemplates). */
  templates: Map<string, Template>;
}

function packageSource(row: ReceivedPackage): ReportSource {
  return {
    kind: 'package',
    packageNodeId: row.nodeId,
    revision: row.revision,
    digest: row.digest,
    fingerprint: row.fingerprint,
    author: row.author,
    created: row.created,
    receivedAt: row.receivedAt,
    viaNodeId: row.viaNodeId,
  };
}

/**
 * How strongly a package speaks for a node's report: its own package first; else the package of
 * the nearest ancestor that vouched for it (the deepest one); among equals the later received.
 */
function strength(tree: OrgTree, row: ReceivedPackage, nodeId: string): [number, number, string] {
  const own = row.nodeId === nodeId ? 1 : 0;
  return [own, tree.pathTo(row.nodeId).length, row.receivedAt];
}

function stronger(a: [number, number, string], b: [number, number, string]): boolean {
  if (a[0] !== b[0]) return a[0] > b[0];
  if (a[1] !== b[1]) return a[1] > b[1];
  return a[2] > b[2];
}

/**
 * Every report of `year` for the node and the nodes below it: from the received packages (each
 * report in each package's payload, its source naming the package) where there is one, otherwise
 * from this installation's own tables. A package beats the local tables; a node's own package
 * beats a report an ancestor's package vouched for. Local units come with their follow-up whatever
 * its status: the aggregate decides what counts. Whole tables are read by index, not per node.
 */
export async function loadReports(
  db: SamDatabase,
  rootNodeId: string,
  year: number,
): Promise<LoadedReports> {
  const [nodes, packages, localTemplates, receivedTemplates] = await db.transaction(
    'r',
    [db.orgNodes, db.packages, db.templates, db.receivedTemplates],
    () =>
      Promise.all([
        db.orgNodes.toArray(),
        db.packages.where('year').equals(year).toArray(),
        db.templates.toArray(),
        db.receivedTemplates.toArray(),
      ]),
  );
  const tree = buildOrgTree(nodes);
  const subtree = tree.subtree(rootNodeId);
  const inSubtree = new Set(subtree.map((n) => n.id));

  const reports = new Map<string, NodeReport>();
  const strengths = new Map<string, [number, number, string]>();
  for (const row of packages) {
    let source: ReportSource | undefined;
    for (const body of row.payload.reports) {
      const node = tree.byId.get(body.node.id);
      if (!node || !inSubtree.has(node.id)) continue;
      const s = strength(tree, row, node.id);
      const current = strengths.get(node.id);
      if (current && !stronger(s, current)) continue;
      source ??= packageSource(row);
      strengths.set(node.id, s);
      reports.set(node.id, { node, year, body, source });
    }
  }

  const withoutPackage = subtree.filter((n) => !reports.has(n.id));
  if (withoutPackage.length > 0) {
    const tables = await readLocalTables(
      db,
      withoutPackage.map((n) => n.id),
      year,
    );
    for (const node of withoutPackage) {
      if (!hasLocalData(tables, node.id)) continue;
      const body = localReportBody(tables, node, { freeText: true, incidentDetails: true });
      reports.set(node.id, { node, year, body, source: { kind: 'local' } });
    }
  }

  // A template of this installation's own wins over a received copy with the same id.
  const templates = new Map(localTemplates.map((t) => [t.id, t]));
  for (const template of receivedTemplates) {
    if (!templates.has(template.id)) templates.set(template.id, template);
  }
  return { reports, templates };
}
