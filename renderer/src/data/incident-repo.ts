import { Dexie } from 'dexie';
import { incidentSchema, type Incident } from '@shared/schemas';
import { canClose, closeRefusal, missingReports } from '@shared/incidents/legal';
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

/**
 * The incidents of several units (e.g. every unit below a section), unsorted; `from`/`to` as in
 * listIncidents. One index range per unit, read in parallel.
 */
export async function listIncidentsForUnits(
  db: SamDatabase,
  nodeIds: readonly string[],
  range: { from?: string; to?: string } = {},
): Promise<Incident[]> {
  const lists = await Promise.all(nodeIds.map((nodeId) => listIncidents(db, nodeId, range)));
  return lists.flat();
}

export function getIncident(db: SamDatabase, id: string): Promise<Incident | undefined> {
  return db.incidents.get(id);
}

/**
 * Saves one incident the user registered or edited. A case is not closed (status avslutad) while
 * a report the law requires has no date (shared/incidents/legal.ts): refused here too, not only in
 * the form. importIncidents does not apply this rule; see there.
 */
export async function saveIncident(db: SamDatabase, incident: Incident): Promise<Incident> {
  const row = validate(incidentSchema, incident);
  if (row.status === 'avslutad' && !canClose(row))
    throw new RepositoryError(closeRefusal(missingReports(row)));
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

/** How often an import reports progress (rows written between two reports). */
const IMPORT_CHUNK = 1000;

/**
 * Imports incidents from a source system (KIA) in one transaction. A row whose externalId is
 * already stored replaces that incident (keeping its id and createdAt), so importing the same
 * export twice adds nothing. externalId should carry its source as a prefix ("kia:123"): the index
 * is unique across sources. Units and stored ids are looked up in bulk, not per row: an export can
 * hold tens of thousands of rows. `onProgress` is told how many rows are written, chunk by chunk;
 * if anything fails, the transaction leaves the database as it was.
 *
 * The close rule of saveIncident is deliberately not applied: a KIA export may mark a serious
 * case Avslutad without carrying the report dates (the report was made, in KIA or on paper). The
 * row is kept as the source has it rather than refused or silently reopened; legal.ts's
 * closedWithoutReports() flags it, and the reporting overview lists it among the unreported until
 * someone records the dates. Saving it from the form then needs the dates (or another status).
 */
export async function importIncidents(
  db: SamDatabase,
  incidents: readonly Incident[],
  options: { onProgress?: (written: number, total: number) => void } = {},
): Promise<{ added: number; updated: number }> {
  const rows = incidents.map((incident) => validate(incidentSchema, incident));
  const seen = new Set<string>();
  for (const { externalId } of rows) {
    if (externalId === null) continue;
    if (seen.has(externalId)) throw new RepositoryError(sv.externalIdTwice(externalId));
    seen.add(externalId);
  }
  return db.transaction('rw', db.incidents, db.orgNodes, async () => {
    const nodeIds = [...new Set(rows.map((row) => row.nodeId))];
    const nodes = await db.orgNodes.bulkGet(nodeIds);
    nodes.forEach((node, i) => {
      if (!node) throw new RepositoryError(sv.nodeMissing(nodeIds[i] ?? ''));
    });
    // One range read over the external-id index instead of anyOf(): IndexedDB implementations
    // (fake-indexeddb badly) slow down with thousands of separate key lookups.
    const ids = [...seen].sort();
    const [lowest] = ids;
    const highest = ids.at(-1);
    const stored = new Map<string, Incident>();
    if (lowest !== undefined && highest !== undefined) {
      const inRange = await db.incidents.where('externalId').between(lowest, highest, true, true);
      for (const incident of await inRange.toArray())
        if (incident.externalId !== null && seen.has(incident.externalId))
          stored.set(incident.externalId, incident);
    }
    let updated = 0;
    const merged = rows.map((row) => {
      const previous = row.externalId === null ? undefined : stored.get(row.externalId);
      if (!previous) return row;
      updated += 1;
      return { ...row, id: previous.id, createdAt: previous.createdAt };
    });
    for (let from = 0; from < merged.length; from += IMPORT_CHUNK) {
      await db.incidents.bulkPut(merged.slice(from, from + IMPORT_CHUNK));
      options.onProgress?.(Math.min(from + IMPORT_CHUNK, merged.length), merged.length);
    }
    return { added: merged.length - updated, updated };
  });
}

/**
 * Which of these external ids are already stored: the import's preview counts them as updates,
 * not additions. One range read over the index, like importIncidents.
 */
export async function storedExternalIds(
  db: SamDatabase,
  externalIds: readonly string[],
): Promise<Set<string>> {
  const wanted = new Set(externalIds);
  const sorted = [...wanted].sort();
  const [lowest] = sorted;
  const highest = sorted.at(-1);
  const found = new Set<string>();
  if (lowest === undefined || highest === undefined) return found;
  const inRange = await db.incidents
    .where('externalId')
    .between(lowest, highest, true, true)
    .keys();
  for (const key of inRange) if (typeof key === 'string' && wanted.has(key)) found.add(key);
  return found;
}
