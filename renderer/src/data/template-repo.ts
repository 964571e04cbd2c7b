import { templateSchema, type Template } from '@shared/schemas';
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
