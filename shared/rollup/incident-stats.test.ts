import { describe, expect, it } from 'vitest';
import { incidentStatsSchema } from '../exchange/payload';
import { DEFAULT_CAUSE_CATEGORIES, DEFAULT_PLACE_CATEGORIES } from '../incidents/categories';
import { byCategory, incidentsInYear, monthByType } from '../incidents/statistics';
import { generateMunicipality } from '../demo/generate';
import { defaultTemplate } from '../templates';
import type { Incident } from '../schemas';
import {
  emptyIncidentStats,
  incidentStatsOf,
  sumIncidentStats,
  toCategoryCounts,
  toMonthByTypeTable,
} from './incident-stats';

type Row = Pick<Incident, 'date' | 'type' | 'causeCategory' | 'placeCategory'>;

const CAUSES = ['Fall', 'Hot och våld', 'Lyft', 'Oanvänd orsak'];
const PLACES = ['Kök', 'Entré', 'Oanvänd plats'];

/** By hand: 2025 events, one of 2024, one without a cause, one with a cause not in the list. */
const HAND: Row[] = [
  { date: '2025-01-03', type: 'tillbud', causeCategory: 'Fall', placeCategory: 'Kök' },
  { date: '2025-01-20', type: 'olycksfall', causeCategory: 'Fall', placeCategory: 'Entré' },
  { date: '2025-03-11', type: 'olycksfall', causeCategory: 'Hot och våld', placeCategory: null },
  { date: '2025-12-31', type: 'riskobservation', causeCategory: null, placeCategory: 'Kök' },
  { date: '2025-06-15', type: 'arbetssjukdom', causeCategory: 'Buller', placeCategory: 'Kök' },
  { date: '2024-12-31', type: 'tillbud', causeCategory: 'Fall', placeCategory: 'Kök' },
];

/** A generated year: about 600 incidents spread over 40 units and every type and category. */
/** A generated municipality's incidents (generated once: the tests only read them). */
const GENERATED: Incident[] = generateMunicipality({
  seed: 7,
  units: 40,
  administrations: 2,
  sectionsPerAdministration: 2,
  followUpYear: 2026,
  template: defaultTemplate(2026),
  totalIncidents: 600,
  withTexts: false,
}).incidents;

const byType = (partial: Partial<Record<Incident['type'], number>>) => ({
  riskobservation: 0,
  tillbud: 0,
  olycksfall: 0,
  fardolycksfall: 0,
  arbetssjukdom: 0,
  ...partial,
});

describe('incidentStatsOf', () => {
  it('counts the hand-made events of the year by month, type, cause and place', () => {
    const stats = incidentStatsOf(HAND, 2025, CAUSES, PLACES);
    expect(incidentStatsSchema.parse(stats)).toEqual(stats);
    expect(stats.monthByType.tillbud).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(stats.monthByType.olycksfall).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(stats.monthByType.riskobservation[11]).toBe(1);
    expect(stats.monthByType.arbetssjukdom[5]).toBe(1);
    // Unused categories are left out; "Buller" is not in the list, so it counts as missing.
    expect(stats.byCause).toEqual([
      { category: 'Fall', byType: byType({ tillbud: 1, olycksfall: 1 }) },
      { category: 'Hot och våld', byType: byType({ olycksfall: 1 }) },
    ]);
    expect(stats.missingCause).toEqual(byType({ riskobservation: 1, arbetssjukdom: 1 }));
    expect(stats.byPlace).toEqual([
      { category: 'Kök', byType: byType({ tillbud: 1, riskobservation: 1, arbetssjukdom: 1 }) },
      { category: 'Entré', byType: byType({ olycksfall: 1 }) },
    ]);
    expect(stats.missingPlace).toEqual(byType({ olycksfall: 1 }));
  });

  it.each([
    ['by hand', HAND, CAUSES, PLACES],
    ['generated', GENERATED, [...DEFAULT_CAUSE_CATEGORIES], [...DEFAULT_PLACE_CATEGORIES]],
  ])(
    'gives the statistics screen’s tables back (%s)',
    (_name, incidents: Row[], causes: string[], places: string[]) => {
      const stats = incidentStatsOf(incidents, 2025, causes, places);
      const inYear = incidentsInYear(incidents, 2025);
      expect(toMonthByTypeTable(stats)).toEqual(monthByType(incidents, 2025));
      expect(toCategoryCounts(stats, 'cause', causes)).toEqual(byCategory(inYear, 'cause', causes));
      expect(toCategoryCounts(stats, 'place', places)).toEqual(byCategory(inYear, 'place', places));
    },
  );

  it('covers the generated year with every type', () => {
    const stats = incidentStatsOf(GENERATED, 2025, DEFAULT_CAUSE_CATEGORIES, []);
    const table = toMonthByTypeTable(stats);
    expect(table.totals.total).toBe(600);
    expect(table.rows.every((row) => row.total > 0)).toBe(true);
    // No place list: every event lacks a place from it.
    expect(toCategoryCounts(stats, 'place').missing).toBe(600);
  });
});

describe('sumIncidentStats', () => {
  it('the sum of two nodes equals the statistics of their events together', () => {
    const all = GENERATED;
    const a = all.filter((_, i) => i % 3 === 0);
    const b = all.filter((_, i) => i % 3 !== 0);
    const causes = [...DEFAULT_CAUSE_CATEGORIES];
    const places = [...DEFAULT_PLACE_CATEGORIES];
    const statsA = incidentStatsOf(a, 2025, causes, places);
    const statsB = incidentStatsOf(b, 2025, causes, places);
    const union = incidentStatsOf(all, 2025, causes, places);
    const sum = sumIncidentStats(2025, [statsA, statsB]);
    expect(incidentStatsSchema.parse(sum)).toEqual(sum);
    expect(sum.monthByType).toEqual(union.monthByType);
    expect(sum.missingCause).toEqual(union.missingCause);
    expect(sum.missingPlace).toEqual(union.missingPlace);
    expect(toMonthByTypeTable(sum)).toEqual(toMonthByTypeTable(union));
    expect(toCategoryCounts(sum, 'cause', causes)).toEqual(
      toCategoryCounts(union, 'cause', causes),
    );
    expect(toCategoryCounts(sum, 'place', places)).toEqual(
      toCategoryCounts(union, 'place', places),
    );
    // Categories sum by name, whatever order they arrive in.
    expect(new Map(sum.byCause.map((r) => [r.category, r.byType]))).toEqual(
      new Map(union.byCause.map((r) => [r.category, r.byType])),
    );
  });

  it('adds the hand-made example and leaves its inputs unchanged', () => {
    const first = incidentStatsOf(HAND.slice(0, 3), 2025, CAUSES, PLACES);
    const second = incidentStatsOf(HAND.slice(3), 2025, CAUSES, PLACES);
    const before = JSON.stringify([first, second]);
    const sum = sumIncidentStats(2025, [first, second]);
    expect(JSON.stringify([first, second])).toBe(before);
    expect(sum).toEqual(incidentStatsOf(HAND, 2025, CAUSES, PLACES));
  });

  it('skips statistics of another year, and sums nothing to zeros', () => {
    const other = incidentStatsOf(HAND, 2024, CAUSES, PLACES);
    expect(toMonthByTypeTable(other).totals.total).toBe(1);
    expect(sumIncidentStats(2025, [other])).toEqual(emptyIncidentStats(2025));
    expect(sumIncidentStats(2025, [])).toEqual(emptyIncidentStats(2025));
  });
});

describe('toCategoryCounts', () => {
  it('keeps the list order, shows unused list categories as 0, and appends unknown ones', () => {
    const sum = sumIncidentStats(2025, [
      incidentStatsOf(HAND, 2025, CAUSES, PLACES),
      // Another node whose list has "Buller": its event is counted under that name.
      incidentStatsOf(HAND.slice(4, 5), 2025, ['Buller'], PLACES),
    ]);
    const counts = toCategoryCounts(sum, 'cause', CAUSES);
    expect(counts.rows.map((r) => [r.category, r.count])).toEqual([
      ['Fall', 2],
      ['Hot och våld', 1],
      ['Lyft', 0],
      ['Oanvänd orsak', 0],
      ['Buller', 1],
    ]);
    expect(counts.withCategory).toBe(4);
    expect(counts.missing).toBe(2);
    expect(counts.missingByType).toEqual(byType({ riskobservation: 1, arbetssjukdom: 1 }));
    // Without a list: the statistics' own order.
    expect(toCategoryCounts(sum, 'cause').rows.map((r) => r.category)).toEqual([
      'Fall',
      'Hot och våld',
      'Buller',
    ]);
  });
});
