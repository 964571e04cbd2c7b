import { useLiveQuery } from 'dexie-react-hooks';
import type { Incident } from '@shared/schemas';
import { getDb, listIncidents } from '../../../data';

/**
 * The incidents of these units dated in the calendar year (live), read through the
 * [nodeId+date] index one unit at a time. Undefined while loading.
 */
export function useIncidentsOfYear(
  unitIds: readonly string[],
  year: number,
): Incident[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const range = { from: `${year}-01-01`, to: `${year}-12-31` };
    const lists = await Promise.all(unitIds.map((id) => listIncidents(db, id, range)));
    return lists.flat();
  }, [unitIds.join('|'), year]);
}
