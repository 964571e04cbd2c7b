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
): Promise<void> {
  if (parentId === null) {
    if (node.level !== 4) throw new RepositoryError(sv.rootLevel);
    return;
  }
  const parent = await requireNode(db, parentId);
  const seen = new Set<string>();
  for (let at: OrgNode | undefined = parent; at && !seen.has(at.id);) {
    if (at.id === node.id) throw new RepositoryError(sv.ownAncestor);
    seen.add(at.id);
    at = at.parentId === null ? undefined : await db.orgNodes.get(at.parentId);
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
