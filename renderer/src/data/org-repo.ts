import { orgNodeSchema, type Level, type OrgNode } from '@shared/schemas';
import type { SamDatabase } from './db';
import { RepositoryError } from './errors';
import { requireNode } from './guards';
import { newId, svCollator } from './ids';
import { sv } from './messages';
import { validate } from './validate';

export interface NewOrgNode {
  /** Given for nodes imported with their own codes; a UUID otherwise. */
  id?: string;
  parentId: string | null;
  level: Level;
  name: string;
}

const byName = (a: OrgNode, b: OrgNode) => svCollator.compare(a.name, b.name);

export async function listNodes(
  db: SamDatabase,
  { includeArchived = false } = {},
): Promise<OrgNode[]> {
  const nodes = await db.orgNodes.toArray();
  return nodes.filter((node) => includeArchived || !node.archived).sort(byName);
}

export function getNode(db: SamDatabase, id: string): Promise<OrgNode | undefined> {
  return db.orgNodes.get(id);
}

/** The direct children of a node, by name. */
export async function children(
  db: SamDatabase,
  parentId: string,
  { includeArchived = false } = {},
): Promise<OrgNode[]> {
  const rows = await db.orgNodes.where('parentId').equals(parentId).toArray();
  return rows.filter((node) => includeArchived || !node.archived).sort(byName);
}

/**
 * The tree's two rules: a node sits directly under a node one level higher (only level 4 has no
 * parent), and never under itself or its own subtree.
 */
async function checkPlacement(
  db: SamDatabase,
  node: { id: string; level: Level },
  parentId: string | null,
  // An import checks thousands of rows against the tree it holds in memory instead of the table.
  lookup: (id: string) => Promise<OrgNode | undefined> = (id) => db.orgNodes.get(id),
): Promise<void> {
  if (parentId === null) {
    if (node.level !== 4) throw new RepositoryError(sv.rootLevel);
    return;
  }
  const parent = await lookup(parentId);
  if (!parent) throw new RepositoryError(sv.nodeMissing(parentId));
  const seen = new Set<string>();
  for (let at: OrgNode | undefined = parent; at && !seen.has(at.id);) {
    if (at.id === node.id) throw new RepositoryError(sv.ownAncestor);
    seen.add(at.id);
    at = at.parentId === null ? undefined : await lookup(at.parentId);
  }
  if (parent.level !== node.level + 1)
    throw new RepositoryError(sv.levelMismatch(node.level, parent.level));
}

export async function createNode(db: SamDatabase, input: NewOrgNode): Promise<OrgNode> {
  const node = validate(orgNodeSchema, { ...input, id: input.id ?? newId(), archived: false });
  return db.transaction('rw', db.orgNodes, async () => {
    await checkPlacement(db, node, node.parentId);
    await db.orgNodes.add(node);
    return node;
  });
}

async function updateNode(
  db: SamDatabase,
  id: string,
  change: (node: OrgNode) => Promise<Partial<OrgNode>> | Partial<OrgNode>,
): Promise<OrgNode> {
  return db.transaction('rw', db.orgNodes, async () => {
    const current = await requireNode(db, id);
    const next = validate(orgNodeSchema, { ...current, ...(await change(current)) });
    await db.orgNodes.put(next);
    return next;
  });
}

export function renameNode(db: SamDatabase, id: string, name: string): Promise<OrgNode> {
  return updateNode(db, id, () => ({ name }));
}

/** Moves a node (with its subtree) under another parent; refuses level mismatches and cycles. */
export function moveNode(db: SamDatabase, id: string, parentId: string | null): Promise<OrgNode> {
  return updateNode(db, id, async (node) => {
    await checkPlacement(db, node, parentId);
    return { parentId };
  });
}

/**
 * Archives (or restores) a node. Nodes are never deleted: old follow-ups, incidents and
 * submissions keep pointing at them.
 */
export function archiveNode(db: SamDatabase, id: string, archived = true): Promise<OrgNode> {
  return updateNode(db, id, () => ({ archived }));
}

/**
 * Archives a node together with everything below it (a closed section takes its units along), or
 * restores the node and the archived nodes below it. A node under an archived parent cannot be
 * restored on its own: it would sit in the active tree without a visible path to the top.
 */
export function setArchivedWithSubtree(
  db: SamDatabase,
  id: string,
  archived: boolean,
): Promise<OrgNode[]> {
  return db.transaction('rw', db.orgNodes, async () => {
    const node = await requireNode(db, id);
    if (!archived && node.parentId !== null) {
      const parent = await requireNode(db, node.parentId);
      if (parent.archived) throw new RepositoryError(sv.parentArchived(node.name));
    }
    const changed: OrgNode[] = [];
    for (let level = [node]; level.length > 0;) {
      changed.push(...level);
      const ids = level.map((n) => n.id);
      level = await db.orgNodes.where('parentId').anyOf(ids).toArray();
    }
    const rows = changed.map((n) => validate(orgNodeSchema, { ...n, archived }));
    await db.orgNodes.bulkPut(rows);
    return rows;
  });
}

/** A node as an import names it: the id is the source system's code. */
export interface ImportedOrgNode {
  id: string;
  parentId: string | null;
  level: Level;
  name: string;
}

/**
 * Writes an organisation import all or nothing: new nodes are added, existing ones (same id)
 * renamed or moved, none deleted and none archived or restored. Every row passes the same tree
 * rules as createNode and moveNode, checked after all rows are in place (a file lists parents and
 * children in any order); one failure rolls the whole import back.
 */
export function importNodes(
  db: SamDatabase,
  nodes: readonly ImportedOrgNode[],
): Promise<{ created: number; changed: number }> {
  return db.transaction('rw', db.orgNodes, async () => {
    const tree = new Map((await db.orgNodes.toArray()).map((n) => [n.id, n]));
    let created = 0;
    const rows = nodes.map((input) => {
      const current = tree.get(input.id);
      if (current && current.level !== input.level)
        throw new RepositoryError(sv.levelFixed(current.name));
      if (!current) created++;
      return validate(orgNodeSchema, { ...input, archived: current?.archived ?? false });
    });
    for (const row of rows) tree.set(row.id, row);
    const lookup = (id: string) => Promise.resolve(tree.get(id));
    for (const row of rows) await checkPlacement(db, row, row.parentId, lookup);
    await db.orgNodes.bulkPut(rows);
    return { created, changed: rows.length - created };
  });
}
