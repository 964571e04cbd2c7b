import type { SharedFolderEntry } from '../../../platform/platform';

/** What this installation already holds for a year. */
export interface StoredRevisions {
  /** The newest stored report revision per node. */
  reports: ReadonlyMap<string, number>;
  /** The revisions of this node's report whose return has been received. */
  returns: ReadonlySet<number>;
}

/** A file as last seen: a changed file (size or time) is tried again. */
export function entryKey(entry: SharedFolderEntry): string {
  return `${entry.nodeId}/${entry.file}/${entry.size}/${entry.modifiedAt}`;
}

/**
 * The shared-folder files worth importing: reports of nodes below with a revision newer than the
 * one stored, and returns addressed to this node not yet received — minus files already tried
 * unchanged in this session (so a refused package is not reported again every minute).
 */
export function entriesToImport(
  entries: readonly SharedFolderEntry[],
  {
    nodeId,
    isBelow,
    stored,
    tried,
  }: {
    nodeId: string;
    isBelow: (nodeId: string) => boolean;
    stored: StoredRevisions;
    tried: ReadonlySet<string>;
  },
): SharedFolderEntry[] {
  return entries.filter((entry) => {
    if (tried.has(entryKey(entry))) return false;
    if (entry.kind === 'return')
      return entry.nodeId === nodeId && !stored.returns.has(entry.revision);
    return isBelow(entry.nodeId) && entry.revision > (stored.reports.get(entry.nodeId) ?? 0);
  });
}
