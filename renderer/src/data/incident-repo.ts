import { Dexie } from 'dexie';
import { incidentSchema, type Incident } from '@shared/schemas';
import type { SamDatabase } from './db';
import { RepositoryError } from './errors';
import { requireNode } from './guards';
import { sv } from './messages';
import { validate } from './validate';

/** A unit's incidents, oldest first; `from`/`to` are inclusive YYYY-MM-DD bounds. */
export function listIncidents(
  db: SamDatabase,
  nodeId: string,
  range: { from?: string; to?: string } = {},
): Promise<Incident[]> {
  return db.incidents
    .where('[nodeId+date]')
    .between([nodeId, range.from ?? Dexie.minKey], [nodeId, range.to ?? Dexie.maxKey], true, true)
    .toArray();
}

export function getIncident(db: SamDatabase, id: string): Promise<Incident | undefined> {
  return db.incidents.get(id);
}

export async function saveIncident(db: SamDatabase, incident: Incident): Promise<Incident> {
  const row = validate(incidentSchema, incident);
  return db.transaction('rw', db.incidents, db.orgNodes, async () => {
    await requireNode(db, row.nodeId);
    if (row.externalId !== null) {
      const other = await db.incidents.where('externalId').equals(row.externalId).first();
      if (other && other.id !== row.id)
        throw new RepositoryError(sv.externalIdTaken(row.externalId));
    }
    await db.incidents.put(row);
    return row;
  });
}

export async function deleteIncident(db: SamDatabase, id: string): Promise<void> {
  await db.incidents.delete(id);
}

/**
 * Imports incidents from a source system (KIA) in one transaction. A row whose externalId is
 * already stored replaces that incident (keeping its id and createdAt), so importing the same
 * export twice adds nothing. externalId should carry its source as a prefix ("kia:123"): the index
 * is unique across sources.
 */
export async function importIncidents(
  db: SamDatabase,
  incidents: readonly Incident[],
): Promise<{ added: number; updated: number }> {
  const rows = incidents.map((incident) => validate(incidentSchema, incident));
  const seen = new Set<string>();
  for (const { externalId } of rows) {
    if (externalId === null) continue;
    if (seen.has(externalId)) throw new RepositoryError(sv.externalIdTwice(externalId));
    seen.add(externalId);
  }
  return db.transaction('rw', db.incidents, db.orgNodes, async () => {
    let updated = 0;
    const merged: Incident[] = [];
    for (const row of rows) {
      await requireNode(db, row.nodeId);
      const stored =
        row.externalId === null
          ? undefined
          : await db.incidents.where('externalId').equals(row.externalId).first();
      if (stored) updated += 1;
      merged.push(stored ? { ...row, id: stored.id, createdAt: stored.createdAt } : row);
    }
    await db.incidents.bulkPut(merged);
    return { added: merged.length - updated, updated };
  });
}
