import type { OrgNode } from '@shared/schemas';
import { buildOrgTree } from '@shared/org/tree';

/** A small four-level organisation: two administrations, so "another administration" exists. */
export const ORG_NODES: OrgNode[] = [
  { id: 'kommun', parentId: null, level: 4, name: 'Exempelkommun', archived: false },
  { id: 'sof', parentId: 'kommun', level: 3, name: 'Socialförvaltningen', archived: false },
  { id: 'barn1', parentId: 'sof', level: 2, name: 'Barn 1', archived: false },
  { id: 'aldre', parentId: 'sof', level: 2, name: 'Äldreomsorg', archived: false },
  { id: 'asen', parentId: 'barn1', level: 1, name: 'Åsens boende', archived: false },
  { id: 'hemtjanst-norr', parentId: 'aldre', level: 1, name: 'Hemtjänst norr', archived: false },
  { id: 'buf', parentId: 'kommun', level: 3, name: 'Barn- och utbildning', archived: false },
  { id: 'skolor', parentId: 'buf', level: 2, name: 'Grundskola', archived: false },
  { id: 'annan-enhet', parentId: 'skolor', level: 1, name: 'Ekskolan', archived: false },
];

const tree = buildOrgTree(ORG_NODES);

/** Node ids from the root down to the node, as templateForUnit wants them. */
export function pathOf(id: string): string[] {
  return tree.pathTo(id).map((node) => node.id);
}
