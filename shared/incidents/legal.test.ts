import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES, incidentStatus, type IncidentType } from '../schemas/incident';
import {
  canClose,
  closeRefusal,
  closedWithoutReports,
  daysBetween,
  isOccupationalInjury,
  missingReports,
  reportState,
  requiredReports,
  suggestsInjuryReport,
  type ReportKind,
} from './legal';

const INJURIES: readonly IncidentType[] = ['olycksfall', 'fardolycksfall', 'arbetssjukdom'];
const DATES = [null, '2025-03-01'] as const;

/* Every combination of type, serious and the two report dates, with the expectation written out. */
const CASES = INCIDENT_TYPES.flatMap((type) =>
  [false, true].flatMap((serious) =>
    DATES.flatMap((reportedToAV) =>
      DATES.map((reportedToFK) => ({ type, serious, reportedToAV, reportedToFK })),
    ),
  ),
);

describe('requiredReports', () => {
  it('requires nothing of an event that is not serious, whatever its type', () => {
    for (const type of INCIDENT_TYPES)
      expect(requiredReports({ type, serious: false })).toEqual({ av: false, fk: false });
  });

  it('requires Arbetsmiljöverket for every serious event, Försäkringskassan only for injuries', () => {
    expect(requiredReports({ type: 'riskobservation', serious: true })).toEqual({
      av: true,
      fk: false,
    });
    expect(requiredReports({ type: 'tillbud', serious: true })).toEqual({ av: true, fk: false });
    for (const type of INJURIES)
      expect(requiredReports({ type, serious: true })).toEqual({ av: true, fk: true });
  });

  it('knows the occupational injury types', () => {
    expect(INCIDENT_TYPES.filter(isOccupationalInjury)).toEqual(INJURIES);
  });
});

describe('missingReports and canClose, over all 40 combinations', () => {
  it.each(CASES)('%o', (incident) => {
    const expected: ReportKind[] = [];
    if (incident.serious && incident.reportedToAV === null) expected.push('av');
    if (incident.serious && INJURIES.includes(incident.type) && incident.reportedToFK === null)
      expected.push('fk');
    expect(missingReports(incident)).toEqual(expected);
    expect(canClose(incident)).toBe(expected.length === 0);
    expect(reportState(incident)).toBe(
      !incident.serious ? 'none' : expected.length === 0 ? 'reported' : 'missing',
    );
  });

  it('has 40 combinations', () => {
    expect(CASES).toHaveLength(40);
  });
});

describe('closedWithoutReports', () => {
  const seriousAccident = {
    type: 'olycksfall' as const,
    serious: true,
    reportedToAV: '2025-03-01',
    reportedToFK: null,
  };

  it('flags only a closed case that lacks a required report', () => {
    for (const status of incidentStatus.options)
      expect(closedWithoutReports({ ...seriousAccident, status })).toBe(status === 'avslutad');
    expect(
      closedWithoutReports({ ...seriousAccident, reportedToFK: '2025-03-02', status: 'avslutad' }),
    ).toBe(false);
    expect(
      closedWithoutReports({
        type: 'olycksfall',
        serious: false,
        reportedToAV: null,
        reportedToFK: null,
        status: 'avslutad',
      }),
    ).toBe(false);
  });
});

describe('suggestsInjuryReport', () => {
  it('hints for non-serious injuries only', () => {
    for (const type of INCIDENT_TYPES) {
      expect(suggestsInjuryReport({ type, serious: false })).toBe(INJURIES.includes(type));
      expect(suggestsInjuryReport({ type, serious: true })).toBe(false);
    }
  });
});

describe('closeRefusal', () => {
  it('names the authority and the provision of each missing report', () => {
    expect(closeRefusal(['av'])).toBe(
      'Ärendet kan inte avslutas: anmälan till Arbetsmiljöverket (Arbetsmiljölagen 3 kap. 3 a §) är inte registrerad. Ange datum för anmälan först.',
    );
    expect(closeRefusal(['fk'])).toBe(
      'Ärendet kan inte avslutas: anmälan till Försäkringskassan (Socialförsäkringsbalken 42 kap. 10 §) är inte registrerad. Ange datum för anmälan först.',
    );
    expect(closeRefusal(['av', 'fk'])).toBe(
      'Ärendet kan inte avslutas: anmälan till Arbetsmiljöverket (Arbetsmiljölagen 3 kap. 3 a §) och anmälan till Försäkringskassan (Socialförsäkringsbalken 42 kap. 10 §) är inte registrerade. Ange datum för anmälan först.',
    );
  });
});

describe('daysBetween', () => {
  it('counts calendar days across months, leap days and the summer-time change', () => {
    expect(daysBetween('2025-03-01', '2025-03-01')).toBe(0);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
  });
});
