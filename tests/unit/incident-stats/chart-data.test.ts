import { describe, expect, it } from 'vitest';
import { byCategory, monthByType } from '@shared/incidents/statistics';
import type { Incident, IncidentType } from '@shared/schemas';
import {
  MONTH_IDS,
  categoryStackRows,
  monthStackRows,
  totalLabelFor,
} from '../../../renderer/src/components/charts/incident-chart-data';
import { sv } from '../../../renderer/src/i18n/sv';
import { en } from '../../../renderer/src/i18n/en';

type Row = Pick<Incident, 'date' | 'type' | 'causeCategory' | 'placeCategory'>;
const event = (date: string, type: IncidentType, causeCategory: string | null = null): Row => ({
  date,
  type,
  causeCategory,
  placeCategory: null,
});

const EVENTS: Row[] = [
  event('2025-01-03', 'tillbud', 'Fall'),
  event('2025-01-20', 'olycksfall', 'Fall'),
  event('2025-01-21', 'tillbud', 'Hot'),
  event('2025-03-09', 'riskobservation', 'Okänd sedan länge'),
  event('2025-12-31', 'arbetssjukdom'),
  event('2024-12-31', 'olycksfall', 'Fall'), // another year: not in the 2025 bars
];

describe('monthStackRows', () => {
  const rows = monthStackRows(monthByType(EVENTS, 2025), (id) => `m:${id}`);

  it('gives twelve bars, January first, labelled through the callback', () => {
    expect(rows.map((row) => row.label)).toEqual(MONTH_IDS.map((id) => `m:${id}`));
    expect(rows.map((row) => row.key)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
  });

  it('carries each type’s count and the month’s total', () => {
    expect(rows[0]).toMatchObject({
      riskobservation: 0,
      tillbud: 2,
      olycksfall: 1,
      fardolycksfall: 0,
      arbetssjukdom: 0,
      total: 3,
    });
    expect(rows[2]).toMatchObject({ riskobservation: 1, total: 1 });
    expect(rows[11]).toMatchObject({ arbetssjukdom: 1, total: 1 });
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(5);
  });

  it('writes the total on the outermost segment with events, and 0 on the first type', () => {
    const [january, february] = rows;
    if (!january || !february) throw new Error('twelve rows expected');
    // Stack order riskobservation, tillbud, olycksfall, …: olycksfall is the top of January.
    expect(january.labelType).toBe('olycksfall');
    expect(totalLabelFor(january, 'olycksfall')).toBe(3);
    expect(totalLabelFor(january, 'tillbud')).toBeNull();
    expect(february.labelType).toBe('riskobservation');
    expect(totalLabelFor(february, 'riskobservation')).toBe(0);
  });
});

describe('categoryStackRows', () => {
  it('keeps the list order, unused categories included, split by type', () => {
    const counts = byCategory(EVENTS, 'cause', ['Hot', 'Fall', 'Kemiska ämnen']);
    const rows = categoryStackRows(counts);
    expect(rows.map((row) => [row.label, row.total])).toEqual([
      ['Hot', 1],
      ['Fall', 3],
      ['Kemiska ämnen', 0],
    ]);
    expect(rows[1]).toMatchObject({ tillbud: 1, olycksfall: 2, labelType: 'olycksfall' });
    // Keys stay unique even if a list (wrongly) holds a name twice.
    const twice = categoryStackRows(byCategory([], 'cause', ['A', 'A']));
    expect(new Set(twice.map((row) => row.key)).size).toBe(2);
  });
});

describe('month labels', () => {
  it('abbreviates the months in Swedish, three letters, January first', () => {
    expect(MONTH_IDS.map((id) => sv.incidents.stats.months.short[id])).toEqual([
      'jan',
      'feb',
      'mar',
      'apr',
      'maj',
      'jun',
      'jul',
      'aug',
      'sep',
      'okt',
      'nov',
      'dec',
    ]);
    expect(MONTH_IDS.map((id) => sv.incidents.stats.months.long[id])).toEqual([
      'januari',
      'februari',
      'mars',
      'april',
      'maj',
      'juni',
      'juli',
      'augusti',
      'september',
      'oktober',
      'november',
      'december',
    ]);
  });

  it('has a distinct short and long name for every month in English too', () => {
    const short = MONTH_IDS.map((id) => en.incidents.stats.months.short[id]);
    const long = MONTH_IDS.map((id) => en.incidents.stats.months.long[id]);
    expect(new Set(short).size).toBe(12);
    expect(new Set(long).size).toBe(12);
    expect(short[4]).toBe('May');
  });
});
