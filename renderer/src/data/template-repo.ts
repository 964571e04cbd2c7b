import { templateSchema, type Template } from '@shared/schemas';
import { defaultTemplate } from '@shared/templates';
import { baseForDraft, draftNextVersion } from '@shared/templates/versioning';
import type { SamDatabase } from './db';
import { RepositoryError } from './errors';
import { requireNode, requireTemplate } from './guards';
import { newId } from './ids';
import { sv } from './messages';
import { validate } from './validate';

const byYearAndVersion = (a: Template, b: Template) => a.year - b.year || a.version - b.version;

/** All templates, or those of one follow-up year; oldest version first. */
export async function listTemplates(db: SamDatabase, year?: number): Promise<Template[]> {
  const rows =
    year === undefined
      ? await db.templates.toArray()
      : await db.templates.where('year').equals(year).toArray();
  return rows.sort(byYearAndVersion);
}

export function getTemplate(db: SamDatabase, id: string): Promise<Template | undefined> {
  return db.templates.get(id);
}

/** The highest published version for a year: what a new follow-up is answered against. */
export async function latestPublishedTemplate(
  db: SamDatabase,
  year: number,
): Promise<Template | undefined> {
  const published = (await listTemplates(db, year)).filter((t) => t.status === 'published');
  return published.at(-1);
}

/**
 * Stores a template (a draft being edited, or a version received from above). A stored published
 * version is never overwritten: answers were given against exactly that text.
 */
export async function saveTemplate(db: SamDatabase, template: Template): Promise<Template> {
  const row = validate(templateSchema, template);
  return db.transaction('rw', db.templates, db.orgNodes, async () => {
    const stored = await db.templates.get(row.id);
    if (stored?.status === 'published') throw new RepositoryError(sv.templatePublished);
    if (row.ownerNodeId !== null) await requireNode(db, row.ownerNodeId);
    await db.templates.put(row);
    return row;
  });
}

export async function publishTemplate(
  db: SamDatabase,
  id: string,
  now: Date = new Date(),
): Promise<Template> {
  return db.transaction('rw', db.templates, async () => {
    const stored = await requireTemplate(db, id);
    if (stored.status === 'published') throw new RepositoryError(sv.templatePublished);
    const row = validate(templateSchema, {
      ...stored,
      status: 'published',
      publishedAt: now.toISOString(),
    });
    await db.templates.put(row);
    return row;
  });
}

/**
 * The template a unit answers a year's follow-up against: the newest published version owned by
 * the nearest node on the unit's path (an administration's local version wins over the default),
 * else the built-in default for that year, stored on first use so answers can point to it.
 */
export async function templateForUnit(
  db: SamDatabase,
  pathIds: readonly string[],
  year: number,
): Promise<Template> {
  return db.transaction('rw', db.templates, db.orgNodes, async () => {
    const published = (await listTemplates(db, year)).filter((t) => t.status === 'published');
    for (const nodeId of [...pathIds].reverse()) {
      const owned = published.filter((t) => t.ownerNodeId === nodeId).at(-1);
      if (owned) return owned;
    }
    const builtIn = published.filter((t) => t.ownerNodeId === null).at(-1);
    if (builtIn) return builtIn;
    const fresh = validate(templateSchema, defaultTemplate(year));
    await db.templates.put(fresh);
    return fresh;
  });
}

/** How many follow-ups were answered against each template version (template id → count). */
export async function countFollowUpsByTemplate(db: SamDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.followUps.each((followUp) => {
    counts.set(followUp.templateId, (counts.get(followUp.templateId) ?? 0) + 1);
  });
  return counts;
}

/**
 * Deletes a draft that was made by mistake. A published version is never deleted (answers point
 * to it), nor a draft that a follow-up already points to.
 */
export async function deleteDraftTemplate(db: SamDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.templates, db.followUps, async () => {
    const stored = await requireTemplate(db, id);
    if (stored.status === 'published') throw new RepositoryError(sv.templatePublished);
    const used = await db.followUps.where('templateId').equals(id).count();
    if (used > 0) throw new RepositoryError(sv.templateInUse);
    await db.templates.delete(id);
  });
}

/**
 * Starts a node's next version for a year: a draft copied from the newest published version that
 * applies to the node (its own, one from above, or the default, stored on first use), numbered
 * above every version already stored for that year. One draft per owner and year at a time.
 */
export async function createDraftVersion(
  db: SamDatabase,
  input: { ownerNodeId: string; pathIds: readonly string[]; year: number; id?: string },
): Promise<Template> {
  return db.transaction('rw', db.templates, db.orgNodes, async () => {
    await requireNode(db, input.ownerNodeId);
    const all = await listTemplates(db);
    const mine = (t: Template) => t.ownerNodeId === input.ownerNodeId && t.year === input.year;
    if (all.some((t) => mine(t) && t.status === 'draft'))
      throw new RepositoryError(sv.draftExists(input.year));
    const base =
      baseForDraft(all, input.pathIds, input.year) ??
      (await templateForUnit(db, input.pathIds, input.year));
    const taken = (await listTemplates(db, input.year)).map((t) => t.version);
    const draft = draftNextVersion(
      base,
      { year: input.year, ownerNodeId: input.ownerNodeId, id: input.id ?? newId() },
      taken,
    );
    return saveTemplate(db, draft);
  });
}

/**
 * Applies one edit to the stored row of a draft and saves it, read and write in one transaction, so
 * two quick edits in a row cannot overwrite each other. `edit` may throw to refuse.
 */
export async function updateDraftTemplate(
  db: SamDatabase,
  id: string,
  edit: (draft: Template) => Template,
): Promise<Template> {
  return db.transaction('rw', db.templates, db.orgNodes, async () => {
    const stored = await requireTemplate(db, id);
    if (stored.status === 'published') throw new RepositoryError(sv.templatePublished);
    return saveTemplate(db, edit(stored));
  });
}
