import type { OrgNode } from '@shared/schemas';
import { buildOrgTree, type OrgTree } from '@shared/org/tree';

/** Organisations up to this size open fully; larger ones open down to the sections only. */
const SMALL_ORGANISATION = 60;

export type ExpandMode = 'auto' | 'all' | 'none';

/** The tree as shown: archived nodes (with everything below them) only when asked for. */
export function visibleTree(nodes: readonly OrgNode[], showArchived: boolean): OrgTree {
  if (showArchived) return buildOrgTree(nodes);
  const all = buildOrgTree(nodes);
  const shown: OrgNode[] = [];
  for (const root of all.childrenOf(null)) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.archived) continue;
      shown.push(node);
      stack.push(...all.childrenOf(node.id));
    }
  }
  return buildOrgTree(shown);
}

/**
 * Whether a node starts open. With 2,000 nodes, opening everything would render every unit with
 * its buttons at once; closing the sections keeps the first view to a few dozen rows.
 */
export function openByDefault(node: OrgNode, mode: ExpandMode, nodeCount: number): boolean {
  if (mode === 'all') return true;
  if (mode === 'none') return false;
  return nodeCount <= SMALL_ORGANISATION || node.level >= 3;
}

export interface FilterResult {
  /** Matching nodes and their ancestors: what the filtered tree shows. */
  shown: ReadonlySet<string>;
  matches: number;
}

/** Nodes whose name contains the query (case-insensitive), with the path to each. */
export function filterTree(tree: OrgTree, query: string): FilterResult | null {
  const needle = query.trim().toLocaleLowerCase('sv-SE');
  if (!needle) return null;
  const shown = new Set<string>();
  let matches = 0;
  for (const node of tree.byId.values()) {
    if (!node.name.toLocaleLowerCase('sv-SE').includes(needle)) continue;
    matches++;
    for (const step of tree.pathTo(node.id)) shown.add(step.id);
  }
  return { shown, matches };
}

/** "Kommun › Förvaltning › Verksamhet": how a move target is told apart from its namesakes. */
export function pathLabel(tree: OrgTree, id: string): string {
  return tree
    .pathTo(id)
    .map((node) => node.name)
    .join(' › ');
}
