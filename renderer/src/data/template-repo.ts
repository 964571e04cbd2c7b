import { templateSchema, type Template } from '@shared/schemas';
import { defaultTemplate } from '@shared/templates';
import type { SamDatabase } from './db';
import { RepositoryError } from './errors';
import { requireNode, requireTemplate } from './guards';
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
