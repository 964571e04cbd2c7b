import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES, type IncidentType } from '../schemas/incident';
import { byCategory, incidentsInYear, monthByType, monthKeys } from './statistics';

/*
 * 109 events written out as "date type | cause | place" ("-" = none). The 2022 events repeat the
 * seed's table for 2022 (Riskobservation 7, Tillbud 48, Olycksfall 46 per month) plus three
 * färdolycksfall and two arbetssjukdom; three events fall outside 2022. Causes are missing for four
 * 2022 events (three empty, one "Gammal orsak" that is not in the list), places for three.
 */
const EVENTS = [
  '2022-01-02 tillbud | Kemiska ämnen | Kontor',
  '2022-01-03 tillbud | Kemiska ämnen | Utomhus',
  '2022-01-04 olycksfall | Stick/skär | Utomhus',
  '2022-01-13 olycksfall | Stick/skär | Utomhus',
  '2022-01-31 tillbud | Hot och våld | Kontor',
  '2022-02-02 olycksfall | Hot och våld | Kontor',
  '2022-02-02 tillbud | Hot och våld | Kontor',
  '2022-02-11 riskobservation | Hot och våld | Utomhus',
  '2022-02-18 tillbud | Hot och våld | Brukarens hem',
  '2022-02-19 tillbud | Kemiska ämnen | Utomhus',
  '2022-03-01 fardolycksfall | Fall | Kontor',
  '2022-03-04 olycksfall | Belastning | Kontor',
  '2022-03-04 olycksfall | Fall | Kök',
  '2022-03-04 tillbud | Kemiska ämnen | Kök',
  '2022-03-07 olycksfall | Stick/skär | Kök',
  '2022-03-14 tillbud | Hot och våld | Kontor',
  '2022-03-19 tillbud | Belastning | -',
  '2022-03-21 riskobservation | Fall | Kontor',
  '2022-04-12 tillbud | Fall | Kontor',
  '2022-04-16 tillbud | Kemiska ämnen | Utomhus',
  '2022-04-18 olycksfall | Fall | Brukarens hem',
  '2022-04-19 tillbud | Fall | Kök',
  '2022-04-20 olycksfall | Fall | Kontor',
  '2022-05-05 olycksfall | Belastning | Brukarens hem',
  '2022-05-12 riskobservation | Kemiska ämnen | Kontor',
  '2022-05-19 tillbud | Stick/skär | Brukarens hem',
  '2022-05-25 tillbud | Belastning | Utomhus',
  '2022-05-27 riskobservation | Kemiska ämnen | Kontor',
  '2022-05-28 olycksfall | Hot och våld | Utomhus',
  '2022-06-01 arbetssjukdom | Belastning | Kök',
  '2022-06-10 tillbud | Hot och våld | Kök',
  '2022-06-20 olycksfall | Belastning | Utomhus',
  '2022-06-23 tillbud | Hot och våld | Kontor',
  '2022-07-04 olycksfall | Gammal orsak | Brukarens hem',
  '2022-07-04 olycksfall | Fall | Utomhus',
  '2022-07-04 tillbud | Kemiska ämnen | Utomhus',
  '2022-07-10 olycksfall | Fall | Kök',
  '2022-07-10 tillbud | Kemiska ämnen | Kontor',
  '2022-07-15 olycksfall | Stick/skär | Utomhus',
  '2022-07-19 tillbud | Belastning | Utomhus',
  '2022-07-29 tillbud | Belastning | Utomhus',
  '2022-08-05 olycksfall | - | Kontor',
  '2022-08-06 tillbud | Belastning | Kök',
  '2022-08-07 olycksfall | Kemiska ämnen | Brukarens hem',
  '2022-08-16 olycksfall | Hot och våld | Kontor',
  '2022-08-30 tillbud | Stick/skär | Utomhus',
  '2022-09-02 tillbud | Fall | Brukarens hem',
  '2022-09-11 tillbud | Belastning | Utomhus',
  '2022-09-12 olycksfall | Hot och våld | Brukarens hem',
  '2022-09-16 tillbud | Fall | Kontor',
  '2022-09-17 olycksfall | Belastning | Kök',
  '2022-09-17 olycksfall | Stick/skär | Brukarens hem',
  '2022-09-19 tillbud | Stick/skär | Kontor',
  '2022-09-21 olycksfall | Fall | -',
  '2022-09-21 olycksfall | Hot och våld | Kök',
  '2022-09-24 olycksfall | Fall | Kontor',
  '2022-09-24 olycksfall | Hot och våld | Kök',
  '2022-09-24 tillbud | Belastning | Utomhus',
  '2022-09-25 olycksfall | Kemiska ämnen | Brukarens hem',
  '2022-09-26 olycksfall | Hot och våld | Utomhus',
  '2022-09-27 tillbud | Fall | Brukarens hem',
  '2022-09-30 riskobservation | Kemiska ämnen | Kök',
  '2022-10-01 tillbud | Stick/skär | Brukarens hem',
  '2022-10-02 riskobservation | Fall | Utomhus',
  '2022-10-03 olycksfall | Hot och våld | Kontor',
  '2022-10-06 tillbud | Kemiska ämnen | Kontor',
  '2022-10-06 tillbud | Stick/skär | Utomhus',
  '2022-10-08 olycksfall | Stick/skär | Kök',
  '2022-10-09 olycksfall | Hot och våld | Brukarens hem',
  '2022-10-10 tillbud | Stick/skär | -',
  '2022-10-11 olycksfall | Hot och våld | Utomhus',
  '2022-10-13 tillbud | Stick/skär | Kontor',
  '2022-10-14 riskobservation | Fall | Kök',
  '2022-10-15 olycksfall | Belastning | Brukarens hem',
  '2022-10-16 olycksfall | Belastning | Kontor',
  '2022-10-16 tillbud | - | Kök',
  '2022-10-20 olycksfall | Kemiska ämnen | Kontor',
  '2022-10-24 tillbud | Hot och våld | Utomhus',
  '2022-10-25 tillbud | Belastning | Kök',
  '2022-10-26 olycksfall | Belastning | Utomhus',
  '2022-11-01 tillbud | Stick/skär | Kök',
  '2022-11-05 tillbud | Fall | Kök',
  '2022-11-05 tillbud | Hot och våld | Kök',
  '2022-11-06 olycksfall | Hot och våld | Kontor',
  '2022-11-13 olycksfall | Fall | Kök',
  '2022-11-17 fardolycksfall | Hot och våld | Utomhus',
  '2022-11-18 tillbud | Belastning | Kök',
  '2022-11-22 tillbud | Stick/skär | Kök',
  '2022-11-23 tillbud | Stick/skär | Brukarens hem',
  '2022-11-26 olycksfall | Belastning | Kontor',
  '2022-11-26 olycksfall | Hot och våld | Utomhus',
  '2022-11-26 olycksfall | Stick/skär | Utomhus',
  '2022-11-27 olycksfall | Fall | Utomhus',
  '2022-11-27 tillbud | Stick/skär | Brukarens hem',
  '2022-11-28 fardolycksfall | Hot och våld | Kök',
  '2022-11-29 olycksfall | Hot och våld | Utomhus',
  '2022-12-05 olycksfall | Kemiska ämnen | Utomhus',
  '2022-12-05 tillbud | - | Brukarens hem',
  '2022-12-09 tillbud | Belastning | Kontor',
  '2022-12-10 arbetssjukdom | Kemiska ämnen | Kök',
  '2022-12-15 tillbud | Kemiska ämnen | Utomhus',
  '2022-12-18 olycksfall | Kemiska ämnen | Kök',
  '2022-12-20 tillbud | Kemiska ämnen | Brukarens hem',
  '2022-12-22 olycksfall | Belastning | Kök',
  '2022-12-26 olycksfall | Hot och våld | Utomhus',
  '2022-12-31 tillbud | Hot och våld | Kontor',
  '2021-12-31 tillbud | Fall | Kök',
  '2023-01-01 olycksfall | Fall | Kök',
  '2021-06-15 riskobservation | - | -',
];

const CAUSES = ['Fall', 'Hot och våld', 'Belastning', 'Stick/skär', 'Kemiska ämnen'];
const PLACES = ['Kontor', 'Kök', 'Brukarens hem', 'Utomhus'];

function parseEvent(line: string) {
  const [head = '', cause = '', place = ''] = line.split(' | ');
  const [date = '', type = ''] = head.split(' ');
  const known = INCIDENT_TYPES.find((candidate) => candidate === type);
  if (!known) throw new Error(`okänd typ i fixturen: ${type}`);
  return {
    date,
    type: known,
    causeCategory: cause === '-' ? null : cause,
    placeCategory: place === '-' ? null : place,
  };
}
const incidents = EVENTS.map(parseEvent);

/* The expected table, summed by hand (the seed's 2022 table plus the five added events). */
const EXPECTED: Record<IncidentType, number[]> = {
  riskobservation: [0, 1, 1, 0, 2, 0, 0, 0, 1, 2, 0, 0],
  tillbud: [3, 3, 3, 3, 2, 2, 4, 2, 6, 8, 7, 5],
  olycksfall: [2, 1, 3, 2, 2, 1, 4, 3, 9, 8, 7, 4],
  fardolycksfall: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 0],
  arbetssjukdom: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1],
};
const EXPECTED_ROW_TOTALS: Record<IncidentType, number> = {
  riskobservation: 7,
  tillbud: 48,
  olycksfall: 46,
  fardolycksfall: 3,
  arbetssjukdom: 2,
};
const EXPECTED_COLUMN_TOTALS = [5, 5, 8, 5, 6, 4, 8, 5, 16, 18, 16, 10];
const EXPECTED_GRAND_TOTAL = 106;

const zero = { riskobservation: 0, tillbud: 0, olycksfall: 0, fardolycksfall: 0, arbetssjukdom: 0 };

describe('the fixture', () => {
  it('has at least 100 events in the year, some without category', () => {
    expect(incidents).toHaveLength(109);
    expect(incidentsInYear(incidents, 2022)).toHaveLength(106);
    expect(incidents.filter((incident) => incident.causeCategory === null).length).toBeGreaterThan(
      0,
    );
  });
});

describe('monthByType', () => {
  const table = monthByType(incidents, 2022);

  it('equals the hand-computed month × type table', () => {
    expect(table.rows.map((row) => row.type)).toEqual([...INCIDENT_TYPES]);
    for (const row of table.rows) {
      expect(row.months, row.type).toEqual(EXPECTED[row.type]);
      expect(row.total, row.type).toBe(EXPECTED_ROW_TOTALS[row.type]);
    }
    expect(table.totals.months).toEqual(EXPECTED_COLUMN_TOTALS);
    expect(table.totals.total).toBe(EXPECTED_GRAND_TOTAL);
  });

  it('labels the columns like the seed', () => {
    expect(table.monthKeys[0]).toBe('2022-01');
    expect(table.monthKeys[11]).toBe('2022-12');
    expect(monthKeys(2022)).toHaveLength(12);
  });

  it('keeps every type as a row with zeros when a year has no events', () => {
    const empty = monthByType(incidents, 2030);
    expect(empty.rows).toHaveLength(5);
    expect(empty.rows.every((row) => row.total === 0 && row.months.every((n) => n === 0))).toBe(
      true,
    );
    expect(empty.totals).toEqual({ months: new Array<number>(12).fill(0), total: 0 });
  });

  it('counts the events on the first and last day of the year and nothing beyond', () => {
    const edges = monthByType(
      [
        { date: '2022-01-01', type: 'tillbud' },
        { date: '2022-12-31', type: 'tillbud' },
        { date: '2021-12-31', type: 'tillbud' },
        { date: '2023-01-01', type: 'tillbud' },
      ],
      2022,
    );
    expect(edges.rows[1]?.months).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(edges.totals.total).toBe(2);
  });
});

describe('byCategory', () => {
  const year = incidentsInYear(incidents, 2022);

  it('counts causes in list order, with "saknas" for empty and unknown ones', () => {
    const causes = byCategory(year, 'cause', CAUSES);
    expect(causes.rows.map(({ category, count }) => [category, count])).toEqual([
      ['Fall', 19],
      ['Hot och våld', 26],
      ['Belastning', 20],
      ['Stick/skär', 18],
      ['Kemiska ämnen', 19],
    ]);
    expect(causes.withCategory).toBe(102);
    expect(causes.missing).toBe(4);
    expect(causes.missingByType).toEqual({ ...zero, tillbud: 2, olycksfall: 2 });
    expect(causes.rows[1]?.byType).toEqual({
      ...zero,
      riskobservation: 1,
      tillbud: 9,
      olycksfall: 14,
      fardolycksfall: 2,
    });
  });

  it('counts places the same way', () => {
    const places = byCategory(year, 'place', PLACES);
    expect(places.rows.map(({ category, count }) => [category, count])).toEqual([
      ['Kontor', 28],
      ['Kök', 26],
      ['Brukarens hem', 18],
      ['Utomhus', 31],
    ]);
    expect(places.withCategory).toBe(103);
    expect(places.missing).toBe(3);
    expect(places.missingByType).toEqual({ ...zero, tillbud: 2, olycksfall: 1 });
    expect(places.rows[1]?.byType).toEqual({
      ...zero,
      riskobservation: 2,
      tillbud: 11,
      olycksfall: 10,
      fardolycksfall: 1,
      arbetssjukdom: 2,
    });
  });

  it('lists unused categories with zero and treats every event as missing without a list', () => {
    const counts = byCategory(year, 'cause', [...CAUSES, 'Oljud']);
    expect(counts.rows.at(-1)).toEqual({ category: 'Oljud', count: 0, byType: zero });
    const none = byCategory(year, 'place', []);
    expect(none).toEqual({
      rows: [],
      withCategory: 0,
      missing: 106,
      missingByType: none.missingByType,
    });
    expect(Object.values(none.missingByType).reduce((a, b) => a + b, 0)).toBe(106);
  });
});
