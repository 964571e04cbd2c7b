import { describe, expect, it } from 'vitest';
import {
  reportedInYear,
  unreportedRows,
} from '../../../renderer/src/features/incidents/reporting/reporting-model';
import { incident } from '../data/fixtures';

const EVENTS = [
  incident({ id: 'late', date: '2025-11-03', type: 'olycksfall', serious: true }),
  incident({
    id: 'old-closed',
    date: '2024-12-30',
    type: 'fardolycksfall',
    serious: true,
    reportedToAV: '2024-12-30',
    status: 'avslutad',
  }),
  incident({ id: 'near-miss', date: '2025-02-01', time: '08:00', type: 'tillbud', serious: true }),
  incident({
    id: 'done',
    date: '2025-02-01',
    time: '07:00',
    type: 'olycksfall',
    serious: true,
    reportedToAV: '2025-02-01',
    reportedToFK: '2025-02-03',
  }),
  incident({ id: 'plain', date: '2025-01-05', type: 'olycksfall' }),
  incident({
    id: 'done-2026',
    date: '2026-01-10',
    type: 'tillbud',
    serious: true,
    reportedToAV: '2026-01-10',
  }),
];

describe('the reporting overview', () => {
  it('lists serious events with a missing report, oldest first, with the days waited', () => {
    expect(unreportedRows(EVENTS, '2026-03-10')).toEqual([
      {
        incident: EVENTS[1],
        missing: ['fk'],
        days: 435,
        closed: true,
      },
      { incident: EVENTS[2], missing: ['av'], days: 402, closed: false },
      { incident: EVENTS[0], missing: ['av', 'fk'], days: 127, closed: false },
    ]);
  });

  it('lists the fully reported serious events of the year', () => {
    expect(reportedInYear(EVENTS, 2025).map((i) => i.id)).toEqual(['done']);
    expect(reportedInYear(EVENTS, 2026).map((i) => i.id)).toEqual(['done-2026']);
    expect(reportedInYear(EVENTS, 2024)).toEqual([]);
  });
});
