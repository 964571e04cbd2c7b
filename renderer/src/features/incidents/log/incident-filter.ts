import type { Incident, IncidentType } from '@shared/schemas';
import { INCIDENT_TYPES, incidentStatus } from '@shared/schemas';

export type IncidentStatus = Incident['status'];
export const INCIDENT_STATUSES: readonly IncidentStatus[] = incidentStatus.options;

/** 'covered' follows the follow-up year (year − 1) when the user changes it in the header. */
export type YearChoice = 'covered' | 'all' | number;
export type StatusChoice = 'all' | 'open' | IncidentStatus;
export type SeriousChoice = 'all' | 'serious' | 'not';

/** The log's filters; `unit` is a unit id or 'all'. */
export interface LogFilter {
  year: YearChoice;
  type: 'all' | IncidentType;
  status: StatusChoice;
  serious: SeriousChoice;
  unit: string;
  search: string;
}

export const DEFAULT_FILTER: LogFilter = {
  year: 'covered',
  type: 'all',
  status: 'all',
  serious: 'all',
  unit: 'all',
  search: '',
};

export function isDefaultFilter(filter: LogFilter): boolean {
  return (Object.keys(DEFAULT_FILTER) as (keyof LogFilter)[]).every(
    (key) => filter[key] === DEFAULT_FILTER[key],
  );
}

export function isIncidentType(value: string): value is IncidentType {
  return INCIDENT_TYPES.some((type) => type === value);
}

export function isIncidentStatus(value: string): value is IncidentStatus {
  return INCIDENT_STATUSES.some((status) => status === value);
}

/** The calendar year the filter shows, or null for every year. */
export function filterYear(choice: YearChoice, coveredYear: number): number | null {
  if (choice === 'all') return null;
  return choice === 'covered' ? coveredYear : choice;
}

/** Newest first: by date, then time (a missing time last within its day), then registration. */
export function compareNewestFirst(a: Incident, b: Incident): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  const at = a.time ?? '';
  const bt = b.time ?? '';
  if (at !== bt) return at < bt ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : -1;
}

const normalise = (text: string) => text.toLocaleLowerCase('sv');

/** The text the free-text search looks in. */
function haystack(incident: Incident): string {
  return normalise(
    [
      incident.description,
      incident.immediateMeasures,
      incident.investigation,
      incident.externalId ?? '',
    ].join('\n'),
  );
}

/**
 * The incidents the filter lets through, newest first. Every word of the search must occur
 * (in any of the searched fields), so "fall trappa" finds "Föll i trappan".
 */
export function filterIncidents(
  incidents: readonly Incident[],
  filter: LogFilter,
  coveredYear: number,
): Incident[] {
  const year = filterYear(filter.year, coveredYear);
  const prefix = year === null ? '' : `${year}-`;
  const words = normalise(filter.search).split(/\s+/).filter(Boolean);
  return incidents
    .filter((incident) => {
      if (!incident.date.startsWith(prefix)) return false;
      if (filter.type !== 'all' && incident.type !== filter.type) return false;
      if (filter.status === 'open' && incident.status === 'avslutad') return false;
      if (filter.status !== 'all' && filter.status !== 'open' && incident.status !== filter.status)
        return false;
      if (filter.serious === 'serious' && !incident.serious) return false;
      if (filter.serious === 'not' && incident.serious) return false;
      if (filter.unit !== 'all' && incident.nodeId !== filter.unit) return false;
      if (words.length > 0) {
        const text = haystack(incident);
        if (!words.every((word) => text.includes(word))) return false;
      }
      return true;
    })
    .sort(compareNewestFirst);
}

/** The years to offer: every year with an incident, and the covered year, newest first. */
export function yearsOf(incidents: readonly Incident[], coveredYear: number): number[] {
  const years = new Set<number>([coveredYear]);
  for (const incident of incidents) years.add(Number(incident.date.slice(0, 4)));
  return [...years].sort((a, b) => b - a);
}
