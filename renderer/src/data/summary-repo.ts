import { summarySchema, type Summary } from '@shared/schemas';
import type { SamDatabase } from './db';
import { requireNode } from './guards';
import { validate } from './validate';

/** A node has one summary per year, so its id is made from both. */
export function summaryId(nodeId: string, year: number): string {
  return `${nodeId}:${year}`;
}

export function getSummary(
  db: SamDatabase,
  nodeId: string,
  year: number,
): Promise<Summary | undefined> {
  return db.summaries.get(summaryId(nodeId, year));
}

export async function saveSummary(db: SamDatabase, summary: Omit<Summary, 'id'>): Promise<Summary> {
  const row = validate(summarySchema, { ...summary, id: summaryId(summary.nodeId, summary.year) });
  return db.transaction('rw', db.summaries, db.orgNodes, async () => {
    await requireNode(db, row.nodeId);
    await db.summaries.put(row);
    return row;
  });
}
