import {
  closedWithoutReports,
  daysBetween,
  missingReports,
  reportState,
  type ReportKind,
} from '@shared/incidents/legal';
import type { Incident } from '@shared/schemas';

/** A serious event still waiting for a report: what is missing and how long it has waited. */
export interface UnreportedRow {
  incident: Incident;
  missing: ReportKind[];
  /** Whole days from the event to today. */
  days: number;
  /** Closed anyway (only an import can do that): said in words in the overview. */
  closed: boolean;
}

const oldestFirst = (a: Incident, b: Incident) =>
  a.date !== b.date
    ? a.date.localeCompare(b.date)
    : (a.time ?? '').localeCompare(b.time ?? '') || a.id.localeCompare(b.id);

/** Every serious event, any year, with a required report not recorded: oldest first. */
export function unreportedRows(incidents: readonly Incident[], today: string): UnreportedRow[] {
  return incidents
    .filter((incident) => reportState(incident) === 'missing')
    .sort(oldestFirst)
    .map((incident) => ({
      incident,
      missing: missingReports(incident),
      days: daysBetween(incident.date, today),
      closed: closedWithoutReports(incident),
    }));
}

/** The serious events of a calendar year whose required reports are all recorded, in date order. */
export function reportedInYear(incidents: readonly Incident[], year: number): Incident[] {
  const prefix = `${year}-`;
  return incidents
    .filter((incident) => incident.date.startsWith(prefix) && reportState(incident) === 'reported')
    .sort(oldestFirst);
}
