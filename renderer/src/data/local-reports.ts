import type { ReportBody } from '@shared/exchange/payload';
import { coveredYear } from '@shared/followup-year';
import { incidentStatsOf } from '@shared/rollup/incident-stats';
import { reportBody } from '@shared/rollup/report-body';
import type { Action, Answer, FollowUp, Incident, OrgNode, Summary, Survey } from '@shared/schemas';
import type { SamDatabase } from './db';
import { readIncidentCategories, type IncidentCategories } from './incident-categories';
import { summaryId } from './summary-repo';

/** Everything this installation's own tables hold for a set of nodes and a follow-up year. */
export interface LocalTables {
  year: number;
  categories: IncidentCategories;
  followUps: ReadonlyMap<string, FollowUp>;
  /** By follow-up id. */
  answers: ReadonlyMap<string, Answer[]>;
  /** Incidents of the covered year (year − 1), by node. */
  incidents: ReadonlyMap<string, Incident[]>;
  /** Actions decided this year and last year, by node. */
  actions: ReadonlyMap<string, Action[]>;
  summaries: ReadonlyMap<string, Summary>;
  /** Surveys up to and including the year, by node, oldest first. */
  surveys: ReadonlyMap<string, Survey[]>;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/**
 * Reads the local data of many nodes at once: one index query per table, not one per node, so
 * a municipality of 2 000 units is a handful of reads. Call inside or outside a transaction; it
 * opens a read transaction of its own so the tables are seen at one moment.
 */
export async function readLocalTables(
  db: SamDatabase,
  nodeIds: readonly string[],
  year: number,
): Promise<LocalTables> {
  const wanted = new Set(nodeIds);
  const incidentYear = coveredYear(year);
  // Whole tables or index ranges, filtered here: Dexie's anyOf and filter walk a cursor key by
  // key, which is far slower than one getAll over a range (and quadratic in fake-indexeddb).
  return db.transaction(
    'r',
    [db.followUps, db.answers, db.incidents, db.actions, db.summaries, db.surveys, db.settings],
    async () => {
      const [categories, allFollowUps, allIncidents, allActions, summaries, allSurveys] =
        await Promise.all([
          readIncidentCategories(db),
          db.followUps.toArray(),
          db.incidents
            .where('date')
            .between(`${incidentYear}-01-01`, `${incidentYear}-12-31`, true, true)
            .toArray(),
          db.actions
            .where('year')
            .between(year - 1, year, true, true)
            .toArray(),
          db.summaries.bulkGet(nodeIds.map((id) => summaryId(id, year))),
          db.surveys.toArray(),
        ]);
      const followUps = allFollowUps.filter((f) => f.year === year && wanted.has(f.nodeId));
      const answers = await readAnswers(db, followUps);
      const surveys = allSurveys.filter((s) => wanted.has(s.nodeId) && s.year <= year);
      surveys.sort((a, b) => a.year - b.year);
      return {
        year,
        categories,
        followUps: new Map(followUps.map((f) => [f.nodeId, f])),
        answers: groupBy(answers, (a) => a.followUpId),
        incidents: groupBy(
          allIncidents.filter((i) => wanted.has(i.nodeId)),
          (i) => i.nodeId,
        ),
        actions: groupBy(
          allActions.filter((a) => wanted.has(a.nodeId)),
          (a) => a.nodeId,
        ),
        summaries: new Map(
          summaries.filter((s): s is Summary => s !== undefined).map((s) => [s.nodeId, s]),
        ),
        surveys: groupBy(surveys, (s) => s.nodeId),
      };
    },
  );
}

/** Questions per follow-up, roughly: decides between one range per follow-up and the whole table. */
const ANSWERS_PER_FOLLOW_UP = 40;

/**
 * The answers of the given follow-ups: one index range each when they are a small part of the
 * table (a unit, a section), else the whole table once (a municipality's worth).
 */
async function readAnswers(db: SamDatabase, followUps: readonly FollowUp[]): Promise<Answer[]> {
  if (followUps.length === 0) return [];
  const total = await db.answers.count();
  if (followUps.length * ANSWERS_PER_FOLLOW_UP * 4 < total) {
    const lists = await Promise.all(
      followUps.map((f) => db.answers.where('followUpId').equals(f.id).toArray()),
    );
    return lists.flat();
  }
  const ids = new Set(followUps.map((f) => f.id));
  return (await db.answers.toArray()).filter((a) => ids.has(a.followUpId));
}

/** Whether the local tables hold anything at all for the node this year. */
export function hasLocalData(tables: LocalTables, nodeId: string): boolean {
  return (
    tables.followUps.has(nodeId) ||
    tables.incidents.has(nodeId) ||
    tables.actions.has(nodeId) ||
    tables.summaries.has(nodeId) ||
    tables.surveys.has(nodeId)
  );
}

/**
 * A node's report body built from the local tables, in the same shape a package carries
 * (shared/rollup/report-body.ts decides what free text goes). Only level-1 units carry a follow-up.
 */
export function localReportBody(
  tables: LocalTables,
  node: OrgNode,
  options: { freeText: boolean; incidentDetails: boolean },
): ReportBody {
  const followUp = node.level === 1 ? (tables.followUps.get(node.id) ?? null) : null;
  const incidents = tables.incidents.get(node.id) ?? [];
  return reportBody({
    node,
    year: tables.year,
    followUp,
    answers: followUp ? (tables.answers.get(followUp.id) ?? []) : [],
    incidentStats: incidentStatsOf(
      incidents,
      coveredYear(tables.year),
      tables.categories.causes,
      tables.categories.places,
    ),
    incidents,
    actions: tables.actions.get(node.id) ?? [],
    summary: tables.summaries.get(node.id) ?? null,
    // A package holds at most 100 surveys per node (payload schema): the newest.
    surveys: (tables.surveys.get(node.id) ?? []).slice(-100),
    options,
  });
}
