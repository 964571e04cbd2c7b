import { Dexie } from 'dexie';
import { surveySchema, type Survey } from '@shared/schemas';
import type { SamDatabase } from './db';
import { RepositoryError } from './errors';
import { requireNode } from './guards';
import { validate } from './validate';

/**
 * The employee survey: one row per node and year (the id is made from both, as the demo's are).
 * Every write is zod-validated; an import is one transaction, so a refused row writes nothing.
 */

export type SurveyInput = Omit<Survey, 'id'>;

export function surveyRowId(nodeId: string, year: number): string {
  return `mu-${nodeId}-${year}`;
}

/** The node's survey of a year, if any. */
export function getNodeSurvey(
  db: SamDatabase,
  nodeId: string,
  year: number,
): Promise<Survey | undefined> {
  return db.surveys.where('[nodeId+year]').equals([nodeId, year]).first();
}

/** Every year's survey of a node held in this installation's own table, oldest first. */
export function nodeSurveys(db: SamDatabase, nodeId: string): Promise<Survey[]> {
  return db.surveys
    .where('[nodeId+year]')
    .between([nodeId, Dexie.minKey], [nodeId, Dexie.maxKey], true, true)
    .toArray();
}

/** Replaces whatever row(s) the node has for the year by this one. Call inside a transaction. */
async function put(db: SamDatabase, row: Survey): Promise<'created' | 'replaced'> {
  const existing = await db.surveys.where('[nodeId+year]').equals([row.nodeId, row.year]).toArray();
  const others = existing.filter((s) => s.id !== row.id).map((s) => s.id);
  if (others.length > 0) await db.surveys.bulkDelete(others);
  await db.surveys.put(row);
  return existing.length > 0 ? 'replaced' : 'created';
}

/** Saves a node's survey for a year (manual entry): creates or replaces the year's row. */
export async function saveNodeSurvey(db: SamDatabase, input: SurveyInput): Promise<Survey> {
  const row = validate(surveySchema, { ...input, id: surveyRowId(input.nodeId, input.year) });
  return db.transaction('rw', db.surveys, db.orgNodes, async () => {
    await requireNode(db, row.nodeId);
    await put(db, row);
    return row;
  });
}

/**
 * Imports several nodes' surveys all or nothing: every row is validated before the transaction,
 * and a missing node aborts it. Rows for a node and year that exist are replaced.
 */
export async function importSurveys(
  db: SamDatabase,
  inputs: readonly SurveyInput[],
): Promise<{ created: number; replaced: number }> {
  const seen = new Set<string>();
  const rows = inputs.map((input) => {
    const row = validate(surveySchema, { ...input, id: surveyRowId(input.nodeId, input.year) });
    if (seen.has(row.id))
      throw new RepositoryError(
        `Medarbetarundersökningen för "${row.nodeId}" ${row.year} förekommer två gånger.`,
      );
    seen.add(row.id);
    return row;
  });
  return db.transaction('rw', db.surveys, db.orgNodes, async () => {
    let created = 0;
    let replaced = 0;
    for (const row of rows) {
      await requireNode(db, row.nodeId);
      if ((await put(db, row)) === 'created') created++;
      else replaced++;
    }
    return { created, replaced };
  });
}
