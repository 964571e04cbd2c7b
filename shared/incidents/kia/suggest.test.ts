import { describe, expect, it } from 'vitest';
import { kiaMappingSchema, emptyMapping } from './mapping';
import { distinctValues, suggestMapping } from './suggest';

const KIA_HEADERS = [
  'Ärendenummer',
  'Händelsedatum',
  'Klockslag',
  'Ärendetyp',
  'Arbetsställe',
  'Plats',
  'Skadeorsak/Risk',
  'Beskrivning',
  'Vidtagna åtgärder',
  'Allvarlig',
  'Anmäld till AV (datum)',
  'Anmäld till FK (datum)',
  'Status',
];
const UNITS = [
  { id: 'enh-1', name: 'Solrosens äldreboende' },
  { id: 'enh-2', name: 'Hemtjänst Norr' },
];
const PLACES = ['Korridor och trappa', 'Brukarens bostad'];
const CAUSES = ['Fall, halka eller snubbling', 'Våld eller hot om våld'];
const ROWS = [
  [
    '1',
    '2025-01-02',
    '08:00',
    'Tillbud',
    'Solrosens äldreboende',
    'korridor och trappa',
    'Fall, halka eller snubbling',
    'Halkade',
    '',
    'Nej',
    '',
    '',
    'Avslutad',
  ],
  [
    '2',
    '2025-01-03',
    '09:00',
    'Arbetsolycka',
    'HEMTJÄNST NORR',
    'Brukarens bostad',
    'Hot/våld',
    'Slag',
    '',
    'Ja',
    '2025-01-03',
    '',
    'Pågående',
  ],
  [
    '3',
    '2025-01-04',
    '10:00',
    'Olycka?',
    'Björkgården',
    'Matsal',
    '',
    '',
    '',
    'Nej',
    '',
    '',
    'Vilande',
  ],
];

describe('suggestMapping: columns', () => {
  it('maps every KIA heading to its field', () => {
    const mapping = suggestMapping(KIA_HEADERS, ROWS, { units: UNITS });
    expect(mapping.columns).toEqual({
      externalId: 'Ärendenummer',
      date: 'Händelsedatum',
      time: 'Klockslag',
      type: 'Ärendetyp',
      unit: 'Arbetsställe',
      place: 'Plats',
      cause: 'Skadeorsak/Risk',
      description: 'Beskrivning',
      immediateMeasures: 'Vidtagna åtgärder',
      serious: 'Allvarlig',
      reportedToAV: 'Anmäld till AV (datum)',
      reportedToFK: 'Anmäld till FK (datum)',
      status: 'Status',
    });
    expect(kiaMappingSchema.safeParse(mapping).success).toBe(true);
  });

  it('reads other spellings and leaves unknown columns alone', () => {
    const mapping = suggestMapping(
      ['ID', 'Datum', 'Tid', 'Händelsetyp', 'Enhet', 'Skadeorsak', 'Händelsebeskrivning', 'Övrigt'],
      [],
    );
    expect(mapping.columns).toEqual({
      externalId: 'ID',
      date: 'Datum',
      time: 'Tid',
      type: 'Händelsetyp',
      unit: 'Enhet',
      cause: 'Skadeorsak',
      description: 'Händelsebeskrivning',
    });
  });

  it('uses each column once, the closest heading winning', () => {
    const mapping = suggestMapping(['Ärendetyp', 'Ärendenummer', 'Risk', 'Skadeorsak'], []);
    expect(mapping.columns.type).toBe('Ärendetyp');
    expect(mapping.columns.externalId).toBe('Ärendenummer');
    expect(mapping.columns.cause).toBe('Skadeorsak');
    expect(Object.values(mapping.columns)).not.toContain('Risk');
  });

  it('finds the date and type columns by their values when the headings say nothing', () => {
    const mapping = suggestMapping(
      ['Nr', 'Kolumn B', 'Kolumn C'],
      [
        ['1', 'Tillbud', '2025-01-02'],
        ['2', 'Olycksfall', '2025-02-03'],
        ['3', 'Riskobservation', '45700'],
      ],
    );
    expect(mapping.columns.date).toBe('Kolumn C');
    expect(mapping.columns.type).toBe('Kolumn B');
  });
});

describe('suggestMapping: values', () => {
  const mapping = suggestMapping(KIA_HEADERS, ROWS, {
    units: UNITS,
    places: PLACES,
    causes: CAUSES,
  });

  it('maps the known type names and leaves the unknown ones for the user', () => {
    expect(mapping.types).toEqual({ tillbud: 'tillbud', arbetsolycka: 'olycksfall' });
  });

  it('maps units by name or code regardless of case', () => {
    expect(mapping.units).toEqual({ 'solrosens äldreboende': 'enh-1', 'hemtjänst norr': 'enh-2' });
  });

  it('maps categories found in the lists, not others', () => {
    expect(mapping.places).toEqual({
      'korridor och trappa': 'Korridor och trappa',
      'brukarens bostad': 'Brukarens bostad',
    });
    expect(mapping.causes).toEqual({
      'fall, halka eller snubbling': 'Fall, halka eller snubbling',
    });
  });

  it('maps known statuses', () => {
    expect(mapping.statuses).toEqual({ avslutad: 'avslutad', pågående: 'utreds' });
  });
});

describe('suggestMapping: the remembered mapping', () => {
  const previous = {
    ...emptyMapping(),
    columns: { externalId: 'Löpnr', unit: 'Arbetsställe', description: 'Saknas i filen' },
    types: { 'olycka?': 'olycksfall' as const, tillbud: 'riskobservation' as const },
    units: { björkgården: 'enh-1' },
    causes: { 'hot/våld': 'Våld eller hot om våld' },
    defaultUnitId: 'enh-2',
  };

  it('wins where its columns are in the file and yields where they are not', () => {
    const mapping = suggestMapping(['Löpnr', ...KIA_HEADERS], ROWS, { units: UNITS, previous });
    expect(mapping.columns.externalId).toBe('Löpnr');
    expect(mapping.columns.description).toBe('Beskrivning');
    expect(mapping.defaultUnitId).toBe('enh-2');
  });

  it('keeps the value choices the user made', () => {
    const mapping = suggestMapping(KIA_HEADERS, ROWS, { units: UNITS, causes: CAUSES, previous });
    expect(mapping.types).toEqual({
      tillbud: 'riskobservation',
      arbetsolycka: 'olycksfall',
      'olycka?': 'olycksfall',
    });
    expect(mapping.units['björkgården']).toBe('enh-1');
    expect(mapping.causes['hot/våld']).toBe('Våld eller hot om våld');
  });
});

describe('distinctValues', () => {
  it('lists a column’s values, most frequent first, same value in any case once', () => {
    const table = {
      headers: ['Typ'],
      rows: [
        { line: 2, cells: ['Tillbud'] },
        { line: 3, cells: ['Olycksfall'] },
        { line: 4, cells: ['TILLBUD'] },
        { line: 5, cells: [''] },
      ],
    };
    expect(distinctValues(table, 'Typ')).toEqual([
      { value: 'Tillbud', key: 'tillbud', count: 2 },
      { value: 'Olycksfall', key: 'olycksfall', count: 1 },
    ]);
    expect(distinctValues(table, 'Saknas')).toEqual([]);
  });
});
