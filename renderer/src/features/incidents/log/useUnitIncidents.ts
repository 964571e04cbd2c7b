import { useLiveQuery } from 'dexie-react-hooks';
import type { Incident } from '@shared/schemas';
import { getDb, listIncidentsForUnits } from '../../../data';

/** Every incident of these units, all years (live); undefined while loading. */
export function useUnitIncidents(unitIds: readonly string[]): Incident[] | undefined {
  const key = unitIds.join('\n');
  return useLiveQuery(() => listIncidentsForUnits(getDb(), unitIds), [key]);
}
