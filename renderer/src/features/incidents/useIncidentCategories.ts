import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { DEFAULT_CAUSE_CATEGORIES, DEFAULT_PLACE_CATEGORIES } from '@shared/incidents/categories';
import { getDb, getSetting, setSetting } from '../../data';

/** The organisation's lists of place and cause categories (settings key below); defaults apply until edited. */
export const CATEGORIES_KEY = 'incidents.categories';

export const incidentCategoriesSchema = z.object({
  places: z.array(z.string().trim().min(1).max(100)).min(1).max(100),
  causes: z.array(z.string().trim().min(1).max(100)).min(1).max(100),
});
export type IncidentCategories = z.infer<typeof incidentCategoriesSchema>;

export const DEFAULT_INCIDENT_CATEGORIES: IncidentCategories = {
  places: [...DEFAULT_PLACE_CATEGORIES],
  causes: [...DEFAULT_CAUSE_CATEGORIES],
};

export async function readIncidentCategories(): Promise<IncidentCategories> {
  const stored = incidentCategoriesSchema.safeParse(await getSetting(getDb(), CATEGORIES_KEY));
  return stored.success ? stored.data : DEFAULT_INCIDENT_CATEGORIES;
}

export async function saveIncidentCategories(categories: IncidentCategories): Promise<void> {
  await setSetting(getDb(), CATEGORIES_KEY, incidentCategoriesSchema.parse(categories));
}

/** The current lists (live); the defaults while loading or when none are stored. */
export function useIncidentCategories(): IncidentCategories {
  return useLiveQuery(readIncidentCategories, []) ?? DEFAULT_INCIDENT_CATEGORIES;
}
