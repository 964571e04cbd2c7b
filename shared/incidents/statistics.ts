import { INCIDENT_TYPES, type Incident, type IncidentType } from '../schemas/incident';

/**
 * The incident statistics of the seed's report ("Tillbud och arbetsskador"): the month × type table
 * with totals, and counts by cause ("skadeorsak/risk") and by place with how many lack one.
 */

export interface MonthByTypeRow {
  type: IncidentType;
  /** Twelve counts, January first. */
  months: number[];
  total: number;
}

export interface MonthByTypeTable {
  year: number;
  /** Column headings as the seed writes them: "2022-01" … "2022-12". */
  monthKeys: string[];
  /** One row per event type, in INCIDENT_TYPES order, also when a type has no events. */
  rows: MonthByTypeRow[];
  /** The "Totalt" row: per month, and the grand total. */
  totals: { months: number[]; total: number };
}

type StatsIncident = Pick<Incident, 'date' | 'type'>;

export function monthKeys(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The month × type table for the events dated in the calendar year `year`. */
export function monthByType(incidents: Iterable<StatsIncident>, year: number): MonthByTypeTable {
  const prefix = `${year}-`;
  const counts = new Map<IncidentType, number[]>(
    INCIDENT_TYPES.map((type) => [type, new Array<number>(12).fill(0)]),
  );
  const totalMonths = new Array<number>(12).fill(0);
  let total = 0;
  for (const { date, type } of incidents) {
    if (!date.startsWith(prefix)) continue;
    const month = Number(date.slice(5, 7)) - 1;
    const row = counts.get(type);
    if (!row || !(month >= 0 && month < 12)) continue;
    row[month] = (row[month] ?? 0) + 1;
    totalMonths[month] = (totalMonths[month] ?? 0) + 1;
    total += 1;
  }
  const rows = INCIDENT_TYPES.map((type) => {
    const months = counts.get(type) ?? new Array<number>(12).fill(0);
    return { type, months, total: sum(months) };
  });
  return { year, monthKeys: monthKeys(year), rows, totals: { months: totalMonths, total } };
}

/** The events dated in the calendar year (what the statistics of a follow-up cover). */
export function incidentsInYear<T extends Pick<Incident, 'date'>>(
  incidents: readonly T[],
  year: number,
): T[] {
  const prefix = `${year}-`;
  return incidents.filter((incident) => incident.date.startsWith(prefix));
}

export type CategoryKind = 'cause' | 'place';

export interface CategoryCount {
  category: string;
  count: number;
  /** The same count split by event type, for the stacked "Skadeorsak/Risk / Händelsetyp" chart. */
  byType: Record<IncidentType, number>;
}

export interface CategoryCounts {
  /** One entry per category, in the list's order, also for categories nobody used. */
  rows: CategoryCount[];
  /** Events with a category from the list: "N händelser med skadeorsak/risk". */
  withCategory: number;
  /** Events without one, or with one no longer in the list: "Saknas för M". */
  missing: number;
  /** The events that are missing one, split by type. */
  missingByType: Record<IncidentType, number>;
}

type CategoryIncident = Pick<Incident, 'type' | 'causeCategory' | 'placeCategory'>;

/** Zero events of every type. */
export function emptyByType(): Record<IncidentType, number> {
  return {
    riskobservation: 0,
    tillbud: 0,
    olycksfall: 0,
    fardolycksfall: 0,
    arbetssjukdom: 0,
  };
}

/** Counts per cause or place category, in the order of `categories`. */
export function byCategory(
  incidents: Iterable<CategoryIncident>,
  kind: CategoryKind,
  categories: readonly string[],
): CategoryCounts {
  const rows = categories.map((category) => ({ category, count: 0, byType: emptyByType() }));
  const index = new Map<string, CategoryCount>();
  for (const row of rows) if (!index.has(row.category)) index.set(row.category, row);
  const missingByType = emptyByType();
  let withCategory = 0;
  let missing = 0;
  for (const incident of incidents) {
    const value = kind === 'cause' ? incident.causeCategory : incident.placeCategory;
    const row = value === null ? undefined : index.get(value);
    if (row) {
      row.count += 1;
      row.byType[incident.type] += 1;
      withCategory += 1;
    } else {
      missing += 1;
      missingByType[incident.type] += 1;
    }
  }
  return { rows, withCategory, missing, missingByType };
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
