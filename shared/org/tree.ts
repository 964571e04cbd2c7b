import type { OrgNode } from '../schemas/org';

/** An index over a flat node list, for the walks every screen needs (subtree, path, units). */
export interface OrgTree {
  byId: ReadonlyMap<string, OrgNode>;
  childrenOf(id: string | null): OrgNode[];
  /** The node and every node below it, depth first, parents before children. */
  subtree(id: string): OrgNode[];
  /** The level-1 units at or below a node. */
  unitsUnder(id: string): OrgNode[];
  /** From the root down to the node itself. */
  pathTo(id: string): OrgNode[];
  isWithin(id: string, ancestorId: string): boolean;
}

const byName = (a: OrgNode, b: OrgNode) => a.name.localeCompare(b.name, 'sv');

export function buildOrgTree(nodes: readonly OrgNode[]): OrgTree {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const kids = new Map<string | null, OrgNode[]>();
  for (const node of nodes) {
    const list = kids.get(node.parentId) ?? [];
    list.push(node);
    kids.set(node.parentId, list);
  }
  for (const list of kids.values()) list.sort(byName);

  const childrenOf = (id: string | null) => kids.get(id) ?? [];

  function subtree(id: string): OrgNode[] {
    const root = byId.get(id);
    if (!root) return [];
    const out: OrgNode[] = [];
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!node) break;
      out.push(node);
      const below = childrenOf(node.id);
      for (let i = below.length - 1; i >= 0; i--) {
        const child = below[i];
        if (child) stack.push(child);
      }
    }
    return out;
  }

  function pathTo(id: string): OrgNode[] {
    const path: OrgNode[] = [];
    const seen = new Set<string>();
    let node = byId.get(id);
    while (node && !seen.has(node.id)) {
      seen.add(node.id);
      path.unshift(node);
      node = node.parentId === null ? undefined : byId.get(node.parentId);
    }
    return path;
  }

  return {
    byId,
    childrenOf,
    subtree,
    unitsUnder: (id) => subtree(id).filter((n) => n.level === 1),
    pathTo,
    isWithin: (id, ancestorId) => pathTo(id).some((n) => n.id === ancestorId),
  };
}
