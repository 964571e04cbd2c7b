import { Dexie } from 'dexie';
import { summarySchema, surveySchema, type Summary, type Survey } from '@shared/schemas';
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

export function getSurvey(
  db: SamDatabase,
  nodeId: string,
  year: number,
): Promise<Survey | undefined> {
  return db.surveys.where('[nodeId+year]').equals([nodeId, year]).first();
}

/** Every year's survey of a node, oldest first: the report shows three years side by side. */
export function listSurveys(db: SamDatabase, nodeId: string): Promise<Survey[]> {
  return db.surveys
    .where('[nodeId+year]')
    .between([nodeId, Dexie.minKey], [nodeId, Dexie.maxKey], true, true)
    .toArray();
}

export async function saveSurvey(db: SamDatabase, survey: Survey): Promise<Survey> {
  const row = validate(surveySchema, survey);
  return db.transaction('rw', db.surveys, db.orgNodes, async () => {
    await requireNode(db, row.nodeId);
    await db.surveys.put(row);
    return row;
  });
}
