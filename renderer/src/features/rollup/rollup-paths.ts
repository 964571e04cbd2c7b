import type { OrgNode } from '@shared/schemas';

/** The route of a node's aggregated view; the active node's own view is the screen's root. */
export function rollupPath(root: OrgNode, nodeId: string): string {
  return nodeId === root.id ? '/sammanstallning' : `/sammanstallning/${encodeURIComponent(nodeId)}`;
}
