import { Dexie } from 'dexie';
import { incidentSchema, type Incident } from '@shared/schemas';
import { setSetting, type SamDatabase } from '../../../data';
import {
  CATEGORIES_KEY,
  incidentCategoriesSchema,
  type IncidentCategories,
} from '../useIncidentCategories';

/** Old name → new name, per list. */
export interface CategoryRenames {
  places: ReadonlyMap<string, string>;
  causes: ReadonlyMap<string, string>;
}

/**
 * Stores the lists and, when asked, gives the incidents of `unitIds` the new names of renamed
 * categories, all in one transaction: either the lists and the incidents change together or
 * nothing changes. Incidents keep the category's text (so a chart needs no lookup), which is why a
 * rename does not reach them by itself. Only the installation's own units are rewritten: other
 * units' incidents are theirs to change. Returns how many incidents got a new name.
 */
export async function saveCategories(
  db: SamDatabase,
  categories: IncidentCategories,
  rewrite: { renames: CategoryRenames; unitIds: readonly string[] } | null,
): Promise<number> {
  const lists = incidentCategoriesSchema.parse(categories);
  return db.transaction('rw', db.settings, db.incidents, async () => {
    await setSetting(db, CATEGORIES_KEY, lists);
    if (!rewrite || (rewrite.renames.places.size === 0 && rewrite.renames.causes.size === 0))
      return 0;
    const changed: Incident[] = [];
    for (const unitId of rewrite.unitIds) {
      const incidents = await db.incidents
        .where('[nodeId+date]')
        .between([unitId, Dexie.minKey], [unitId, Dexie.maxKey], true, true)
        .toArray();
      for (const incident of incidents) {
        const renamed = withNewNames(incident, rewrite.renames);
        if (renamed) changed.push(incidentSchema.parse(renamed));
      }
    }
    await db.incidents.bulkPut(changed);
    return changed.length;
  });
}

/** The incident with its categories renamed, or null when neither is affected. */
export function withNewNames(incident: Incident, renames: CategoryRenames): Incident | null {
  const place =
    incident.placeCategory === null ? undefined : renames.places.get(incident.placeCategory);
  const cause =
    incident.causeCategory === null ? undefined : renames.causes.get(incident.causeCategory);
  if (place === undefined && cause === undefined) return null;
  return {
    ...incident,
    placeCategory: place ?? incident.placeCategory,
    causeCategory: cause ?? incident.causeCategory,
  };
}
