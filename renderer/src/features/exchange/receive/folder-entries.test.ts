import { describe, expect, it } from 'vitest';
import type { SharedFolderEntry } from '../../../platform/platform';
import { entriesToImport, entryKey } from './folder-entries';

function entry(nodeId: string, kind: 'report' | 'return', revision: number): SharedFolderEntry {
  const file = kind === 'return' ? `retur-${revision}.samx` : `${revision}.samx`;
  return {
    year: 2026,
    nodeId,
    file,
    kind,
    revision,
    size: 100,
    modifiedAt: '2026-03-01T10:00:00.000Z',
  };
}

const below = new Set(['unit-a', 'unit-b']);
const base = {
  nodeId: 'section',
  isBelow: (id: string) => below.has(id),
  stored: { reports: new Map([['unit-a', 2]]), returns: new Set([1]) },
  tried: new Set<string>(),
};

describe('entriesToImport', () => {
  it('takes reports from below newer than the stored revision, and only those', () => {
    const entries = [
      entry('unit-a', 'report', 1),
      entry('unit-a', 'report', 2),
      entry('unit-a', 'report', 3),
      entry('unit-b', 'report', 1),
      entry('elsewhere', 'report', 5),
      entry('section', 'report', 1),
    ];
    expect(entriesToImport(entries, base).map((e) => `${e.nodeId}/${e.file}`)).toEqual([
      'unit-a/3.samx',
      'unit-b/1.samx',
    ]);
  });

  it('takes returns addressed to this node that have not been received', () => {
    const entries = [
      entry('section', 'return', 1),
      entry('section', 'return', 2),
      entry('unit-a', 'return', 3),
    ];
    expect(entriesToImport(entries, base).map((e) => e.file)).toEqual(['retur-2.samx']);
  });

  it('skips a file tried before until its size or time changes', () => {
    const refused = entry('unit-b', 'report', 1);
    const tried = new Set([entryKey(refused)]);
    expect(entriesToImport([refused], { ...base, tried })).toEqual([]);
    const rewritten = { ...refused, size: 120 };
    expect(entriesToImport([rewritten], { ...base, tried })).toEqual([rewritten]);
  });
});
