import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTER,
  compareNewestFirst,
  filterIncidents,
  isDefaultFilter,
  yearsOf,
  type LogFilter,
} from '../../../renderer/src/features/incidents/log/incident-filter';
import { incident } from '../data/fixtures';

const EVENTS = [
  incident({
    id: 'a',
    date: '2025-03-14',
    time: '14:30',
    type: 'tillbud',
    status: 'avslutad',
    description: 'Halkade i trappan',
    externalId: 'kia:5001',
  }),
  incident({
    id: 'b',
    date: '2025-03-14',
    time: null,
    type: 'olycksfall',
    serious: true,
    description: 'Föll',
    investigation: 'Trasig ledstång i TRAPPAN',
  }),
  incident({
    id: 'c',
    date: '2025-03-14',
    time: '16:00',
    nodeId: 'enhetB',
    type: 'tillbud',
    description: 'Hot',
    immediateMeasures: 'Larmade polisen',
  }),
  incident({
    id: 'd',
    date: '2024-12-31',
    type: 'riskobservation',
    status: 'utreds',
    description: 'Mörkt',
  }),
];
const ids = (filter: Partial<LogFilter>) =>
  filterIncidents(EVENTS, { ...DEFAULT_FILTER, ...filter }, 2025).map((i) => i.id);

describe('the log filter', () => {
  it('shows the covered year by default, newest first (time, then no time)', () => {
    expect(ids({})).toEqual(['c', 'a', 'b']);
    expect([...EVENTS].sort(compareNewestFirst).map((i) => i.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('filters by year, type, status, serious and unit', () => {
    expect(ids({ year: 'all' })).toEqual(['c', 'a', 'b', 'd']);
    expect(ids({ year: 2024 })).toEqual(['d']);
    expect(ids({ type: 'tillbud' })).toEqual(['c', 'a']);
    expect(ids({ status: 'open', year: 'all' })).toEqual(['c', 'b', 'd']);
    expect(ids({ status: 'utreds', year: 'all' })).toEqual(['d']);
    expect(ids({ serious: 'serious' })).toEqual(['b']);
    expect(ids({ serious: 'not' })).toEqual(['c', 'a']);
    expect(ids({ unit: 'enhetB' })).toEqual(['c']);
  });

  it('searches description, measures, investigation and external id, every word, any case', () => {
    expect(ids({ search: 'trappan' })).toEqual(['a', 'b']);
    expect(ids({ search: 'polisen' })).toEqual(['c']);
    expect(ids({ search: 'KIA:5001' })).toEqual(['a']);
    expect(ids({ search: 'halkade trappan' })).toEqual(['a']);
    expect(ids({ search: 'halkade polisen' })).toEqual([]);
    expect(ids({ search: '   ' })).toEqual(['c', 'a', 'b']);
  });

  it('offers every year with events and the covered year', () => {
    expect(yearsOf(EVENTS, 2025)).toEqual([2025, 2024]);
    expect(yearsOf([], 2026)).toEqual([2026]);
  });

  it('knows the default filter', () => {
    expect(isDefaultFilter(DEFAULT_FILTER)).toBe(true);
    expect(isDefaultFilter({ ...DEFAULT_FILTER, search: 'x' })).toBe(false);
  });
});
