import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, listIncidents } from '../../../data';

/** How many incidents carry each category text, per list. */
export interface CategoryUsage {
  places: ReadonlyMap<string, number>;
  causes: ReadonlyMap<string, number>;
}

function tally(values: readonly (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * The use of every category among the incidents of `unitIds` (live), all years: what a removal
 * turns into "saknas" and what a rename would rewrite. Undefined while loading.
 */
export function useCategoryUsage(unitIds: readonly string[]): CategoryUsage | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const lists = await Promise.all(unitIds.map((id) => listIncidents(db, id)));
    const incidents = lists.flat();
    return {
      places: tally(incidents.map((incident) => incident.placeCategory)),
      causes: tally(incidents.map((incident) => incident.causeCategory)),
    };
  }, [unitIds.join('|')]);
}
