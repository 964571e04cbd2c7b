import { z } from 'zod';
import { DEFAULT_CAUSE_CATEGORIES, DEFAULT_PLACE_CATEGORIES } from '@shared/incidents/categories';
import type { SamDatabase } from './db';
import { getSetting } from './settings-repo';

/** The settings key of the organisation's place and cause lists; defaults apply until edited. */
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

/** The stored lists, or the defaults when none (or none valid) are stored. */
export async function readIncidentCategories(db: SamDatabase): Promise<IncidentCategories> {
  const stored = incidentCategoriesSchema.safeParse(await getSetting(db, CATEGORIES_KEY));
  return stored.success ? stored.data : DEFAULT_INCIDENT_CATEGORIES;
}
