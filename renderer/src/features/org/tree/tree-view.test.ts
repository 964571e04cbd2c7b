import { describe, expect, it } from 'vitest';
import type { OrgNode } from '@shared/schemas';
import { filterTree, openByDefault, pathLabel, visibleTree } from './tree-view';

const node = (id: string, parentId: string | null, level: 1 | 2 | 3 | 4, archived = false) =>
  ({ id, parentId, level, name: id, archived }) satisfies OrgNode;

const NODES: OrgNode[] = [
  node('Kommun', null, 4),
  node('Social', 'Kommun', 3),
  node('Vuxen', 'Social', 2),
  node('Barn', 'Social', 2, true),
  node('Boendestöd', 'Vuxen', 1),
  node('Familjehem', 'Barn', 1),
];

describe('tree view', () => {
  it('hides archived nodes with everything below them unless asked', () => {
    expect([...visibleTree(NODES, false).byId.keys()]).toEqual([
      'Kommun',
      'Social',
      'Vuxen',
      'Boendestöd',
    ]);
    expect(visibleTree(NODES, true).byId.size).toBe(6);
  });

  it('opens a small organisation fully and a large one down to the sections', () => {
    const unitParent = node('Vuxen', 'Social', 2);
    expect(openByDefault(unitParent, 'auto', 40)).toBe(true);
    expect(openByDefault(unitParent, 'auto', 2000)).toBe(false);
    expect(openByDefault(node('Social', 'Kommun', 3), 'auto', 2000)).toBe(true);
    expect(openByDefault(unitParent, 'all', 2000)).toBe(true);
    expect(openByDefault(node('Kommun', null, 4), 'none', 10)).toBe(false);
  });

  it('filters by name, case-insensitive, keeping the path to each match', () => {
    const tree = visibleTree(NODES, true);
    const result = filterTree(tree, 'FAMILJ');
    expect(result?.matches).toBe(1);
    expect([...(result?.shown ?? [])]).toEqual(['Kommun', 'Social', 'Barn', 'Familjehem']);
    expect(filterTree(tree, '  ')).toBeNull();
    expect(pathLabel(tree, 'Boendestöd')).toBe('Kommun › Social › Vuxen › Boendestöd');
  });
});
