import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, setSetting } from '../../data';
import {
  CATEGORIES_KEY,
  DEFAULT_INCIDENT_CATEGORIES,
  incidentCategoriesSchema,
  readIncidentCategories as readCategories,
  type IncidentCategories,
} from '../../data/incident-categories';

export {
  CATEGORIES_KEY,
  DEFAULT_INCIDENT_CATEGORIES,
  incidentCategoriesSchema,
  type IncidentCategories,
} from '../../data/incident-categories';

/** The organisation's lists from the app's database (defaults until edited). */
export function readIncidentCategories(): Promise<IncidentCategories> {
  return readCategories(getDb());
}

export async function saveIncidentCategories(categories: IncidentCategories): Promise<void> {
  await setSetting(getDb(), CATEGORIES_KEY, incidentCategoriesSchema.parse(categories));
}

/** The current lists (live); the defaults while loading or when none are stored. */
export function useIncidentCategories(): IncidentCategories {
  return useLiveQuery(readIncidentCategories, []) ?? DEFAULT_INCIDENT_CATEGORIES;
}
