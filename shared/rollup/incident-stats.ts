import type { IncidentStats } from '../exchange/payload';
import { INCIDENT_TYPES, type Incident, type IncidentType } from '../schemas/incident';
import {
  byCategory,
  emptyByType,
  incidentsInYear,
  monthKeys,
  sum,
  type CategoryCounts,
  type MonthByTypeTable,
} from '../incidents/statistics';

/**
 * Incident statistics in the summable form that travels upward (shared/exchange/payload.ts):
 * built from a node's incidents, added across nodes, and turned back into the tables and
 * category counts the charts of shared/incidents/statistics.ts draw.
 */

function zeros(): number[] {
  return new Array<number>(12).fill(0);
}

export function emptyIncidentStats(year: number): IncidentStats {
  const monthByType: Record<IncidentType, number[]> = {
    riskobservation: zeros(),
    tillbud: zeros(),
    olycksfall: zeros(),
    fardolycksfall: zeros(),
    arbetssjukdom: zeros(),
  };
  return {
    year,
    monthByType,
    byCause: [],
    byPlace: [],
    missingCause: emptyByType(),
    missingPlace: emptyByType(),
  };
}

type StatsIncident = Pick<Incident, 'date' | 'type' | 'causeCategory' | 'placeCategory'>;

/**
 * The statistics of the incidents dated in calendar year `year`. Categories follow the given lists
 * (in their order; categories nobody used are left out); a category not in the list counts as
 * missing, as in the statistics screen.
 */
export function incidentStatsOf(
  incidents: readonly StatsIncident[],
  year: number,
  causes: readonly string[],
  places: readonly string[],
): IncidentStats {
  const inYear = incidentsInYear(incidents, year);
  const stats = emptyIncidentStats(year);
  for (const { date, type } of inYear) {
    const month = Number(date.slice(5, 7)) - 1;
    const row = stats.monthByType[type];
    if (month >= 0 && month < 12) row[month] = (row[month] ?? 0) + 1;
  }
  const cause = byCategory(inYear, 'cause', causes);
  const place = byCategory(inYear, 'place', places);
  const used = (counts: CategoryCounts) =>
    counts.rows
      .filter((r) => r.count > 0)
      .map((r) => ({ category: r.category, byType: { ...r.byType } }));
  stats.byCause = used(cause);
  stats.byPlace = used(place);
  stats.missingCause = { ...cause.missingByType };
  stats.missingPlace = { ...place.missingByType };
  return stats;
}

/**
 * Adds per type. Written out rather than looped over INCIDENT_TYPES: it runs for every category of
 * every node in a roll-up (about 20 000 times at the top of a 2 000-unit municipality), and the
 * named property reads are several times faster than keyed ones. The tests sum every type.
 */
function addByType(
  into: Record<IncidentType, number>,
  from: Readonly<Record<IncidentType, number>>,
): void {
  into.riskobservation += from.riskobservation;
  into.tillbud += from.tillbud;
  into.olycksfall += from.olycksfall;
  into.fardolycksfall += from.fardolycksfall;
  into.arbetssjukdom += from.arbetssjukdom;
}

function addCategories(
  into: IncidentStats['byCause'],
  index: Map<string, Record<IncidentType, number>>,
  from: IncidentStats['byCause'],
): void {
  for (const row of from) {
    let target = index.get(row.category);
    if (!target) {
      target = emptyByType();
      index.set(row.category, target);
      into.push({ category: row.category, byType: target });
    }
    addByType(target, row.byType);
  }
}

/** The sum of several nodes' statistics for the same year (categories matched by name). */
export function sumIncidentStats(year: number, all: readonly IncidentStats[]): IncidentStats {
  const total = emptyIncidentStats(year);
  const causes = new Map<string, Record<IncidentType, number>>();
  const places = new Map<string, Record<IncidentType, number>>();
  for (const stats of all) {
    if (stats.year !== year) continue;
    for (const type of INCIDENT_TYPES) {
      const into = total.monthByType[type];
      const from = stats.monthByType[type];
      for (let m = 0; m < 12; m++) into[m] = (into[m] ?? 0) + (from[m] ?? 0);
    }
    addCategories(total.byCause, causes, stats.byCause);
    addCategories(total.byPlace, places, stats.byPlace);
    addByType(total.missingCause, stats.missingCause);
    addByType(total.missingPlace, stats.missingPlace);
  }
  return total;
}

const sumByType = (byType: Readonly<Record<IncidentType, number>>) =>
  INCIDENT_TYPES.reduce((acc, type) => acc + byType[type], 0);

/** The month × type table (with totals) the statistics screen and the report draw. */
export function toMonthByTypeTable(stats: IncidentStats): MonthByTypeTable {
  const rows = INCIDENT_TYPES.map((type) => {
    const months = [...stats.monthByType[type]];
    return { type, months, total: sum(months) };
  });
  const totalMonths = zeros().map((_, m) => sum(rows.map((r) => r.months[m] ?? 0)));
  return {
    year: stats.year,
    monthKeys: monthKeys(stats.year),
    rows,
    totals: { months: totalMonths, total: sum(totalMonths) },
  };
}

/**
 * Counts by cause or place as the category charts take them (CategoryCounts: one row per category
 * of the list, also the unused ones, as byCategory gives them). The categories of `order` (the
 * organisation's list) come first, in its order, with 0 where nobody used them; categories the
 * statistics have that the list lacks (another node's list) follow in order of first appearance.
 */
export function toCategoryCounts(
  stats: IncidentStats,
  kind: 'cause' | 'place',
  order: readonly string[] = [],
): CategoryCounts {
  const source = kind === 'cause' ? stats.byCause : stats.byPlace;
  const missingByType = { ...(kind === 'cause' ? stats.missingCause : stats.missingPlace) };
  const found = new Map<string, Record<IncidentType, number>>();
  for (const row of source) {
    const byType = found.get(row.category);
    if (byType) addByType(byType, row.byType);
    else found.set(row.category, { ...row.byType });
  }
  const listed = new Set(order);
  const categories = [...order, ...[...found.keys()].filter((c) => !listed.has(c))];
  const seen = new Set<string>();
  const rows: CategoryCounts['rows'] = [];
  for (const category of categories) {
    if (seen.has(category)) continue;
    seen.add(category);
    const byType = { ...(found.get(category) ?? emptyByType()) };
    rows.push({ category, count: sumByType(byType), byType });
  }
  const withCategory = sum(rows.map((r) => r.count));
  return { rows, withCategory, missing: sumByType(missingByType), missingByType };
}
