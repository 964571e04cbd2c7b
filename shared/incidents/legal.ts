/**
 * The legal reporting duties around an incident (DOMAIN.md, "Legal duties"), as pure rules the
 * form, the data layer and the reporting overview share:
 *
 * - Arbetsmiljölagen (1977:1160) 3 kap. 3 a §: deaths, serious personal injury, several injured at
 *   once and events that meant serious danger are reported to Arbetsmiljöverket without delay.
 *   Here: every event marked serious needs a recorded report to Arbetsmiljöverket (AV).
 * - Socialförsäkringsbalken (2010:110) 42 kap. 10 §: occupational injuries are reported to
 *   Försäkringskassan at once. Here: a serious event of an injury type (olycksfall,
 *   färdolycksfall, arbetssjukdom) needs a recorded report to Försäkringskassan (FK). A
 *   non-serious injury is normally reported through the employer's routine; the app hints at it
 *   but does not require the date.
 *
 * A case cannot be closed (status avslutad) while a required report has no date.
 */
import type { Incident, IncidentType } from '../schemas/incident';

export type ReportKind = 'av' | 'fk';
export const REPORT_KINDS: readonly ReportKind[] = ['av', 'fk'];

/** What the rules read: whether the event is serious, its type, and the report dates recorded. */
export type ReportFacts = Pick<Incident, 'serious' | 'type' | 'reportedToAV' | 'reportedToFK'>;

/** The event types that are occupational injuries (arbetsskador) in the sense of 42 kap. */
export const OCCUPATIONAL_INJURY_TYPES: readonly IncidentType[] = [
  'olycksfall',
  'fardolycksfall',
  'arbetssjukdom',
];

/** The authority and the provision behind each report: data, so texts can quote them. */
export const REPORT_DUTIES: Record<ReportKind, { authority: string; law: string }> = {
  av: { authority: 'Arbetsmiljöverket', law: 'Arbetsmiljölagen 3 kap. 3 a §' },
  fk: { authority: 'Försäkringskassan', law: 'Socialförsäkringsbalken 42 kap. 10 §' },
};

export function isOccupationalInjury(type: IncidentType): boolean {
  return OCCUPATIONAL_INJURY_TYPES.includes(type);
}

/** Which reports the event requires. */
export function requiredReports(incident: Pick<Incident, 'serious' | 'type'>): {
  av: boolean;
  fk: boolean;
} {
  return {
    av: incident.serious,
    fk: incident.serious && isOccupationalInjury(incident.type),
  };
}

/** The date recorded for a report, or null. */
export function reportDate(incident: ReportFacts, kind: ReportKind): string | null {
  return kind === 'av' ? incident.reportedToAV : incident.reportedToFK;
}

/** The required reports that have no date recorded, AV before FK. */
export function missingReports(incident: ReportFacts): ReportKind[] {
  const required = requiredReports(incident);
  return REPORT_KINDS.filter((kind) => required[kind] && reportDate(incident, kind) === null);
}

/** False while a required report is not recorded: the case may not be set to avslutad. */
export function canClose(incident: ReportFacts): boolean {
  return missingReports(incident).length === 0;
}

/**
 * A closed case that lacks a required report. Only an import can produce one (a KIA export may
 * mark a case Avslutad without carrying the report dates): the import keeps the row as the source
 * system has it, and the reporting overview lists it among the unreported so someone records the
 * date. Saving such a case from the app is refused.
 */
export function closedWithoutReports(incident: ReportFacts & Pick<Incident, 'status'>): boolean {
  return incident.status === 'avslutad' && !canClose(incident);
}

/**
 * A non-serious occupational injury: no report is required by the app, but the employer's
 * routine normally reports it to Försäkringskassan, which the form mentions quietly.
 */
export function suggestsInjuryReport(incident: Pick<Incident, 'serious' | 'type'>): boolean {
  return !incident.serious && isOccupationalInjury(incident.type);
}

/**
 * Where the event stands with its reports: 'none' (nothing required), 'missing' (a required
 * report lacks its date) or 'reported' (every required report recorded).
 */
export type ReportState = 'none' | 'missing' | 'reported';

export function reportState(incident: ReportFacts): ReportState {
  if (!incident.serious) return 'none';
  return canClose(incident) ? 'reported' : 'missing';
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** The data layer's refusal, in Swedish, naming the missing reports and the provisions. */
export function closeRefusal(missing: readonly ReportKind[]): string {
  const parts = missing.map(
    (kind) => `anmälan till ${REPORT_DUTIES[kind].authority} (${REPORT_DUTIES[kind].law})`,
  );
  const what = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}` : parts[0];
  const verb = parts.length > 1 ? 'är inte registrerade' : 'är inte registrerad';
  return `Ärendet kan inte avslutas: ${what ?? ''} ${verb}. Ange datum för anmälan först.`;
}
