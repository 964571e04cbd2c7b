import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { aggregate } from '@shared/rollup/aggregate';
import type { Aggregate, NodeReport } from '@shared/rollup/types';
import type { Template } from '@shared/schemas';
import { getDb } from '../../data';
import { loadReports } from '../../data/rollup-repo';
import { useWork } from '../../shell/WorkContext';

export interface RollupData {
  reports: ReadonlyMap<string, NodeReport>;
  templates: ReadonlyMap<string, Template>;
  /** The aggregate at a node of the loaded subtree; computed once per node while the data holds. */
  aggregateOf(nodeId: string): Aggregate;
}

/**
 * Every report known here for the subtree of `rootId` and the year, live; aggregates are computed
 * on demand and memoised per node, so drilling down and back up costs nothing after the first visit.
 */
export function useRollupData(rootId: string, year: number): RollupData | undefined {
  const { tree } = useWork();
  const loaded = useLiveQuery(() => loadReports(getDb(), rootId, year), [rootId, year]);
  return useMemo(() => {
    if (!loaded) return undefined;
    const cache = new Map<string, Aggregate>();
    return {
      reports: loaded.reports,
      templates: loaded.templates,
      aggregateOf(nodeId: string) {
        let found = cache.get(nodeId);
        if (!found) {
          found = aggregate({
            tree,
            nodeId,
            year,
            reports: loaded.reports,
            templates: loaded.templates,
          });
          cache.set(nodeId, found);
        }
        return found;
      },
    };
  }, [loaded, tree, year]);
}
