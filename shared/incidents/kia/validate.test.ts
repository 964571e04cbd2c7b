import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../schemas/incident';
import { emptyMapping, type KiaMapping } from './mapping';
import type { SourceTable } from './table';
import { validateRows } from './validate';

const HEADERS = [
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
  'Anmäld till AV',
  'Anmäld till FK',
  'Status',
];
const MAPPING: KiaMapping = {
  ...emptyMapping(),
  columns: {
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
    reportedToAV: 'Anmäld till AV',
    reportedToFK: 'Anmäld till FK',
    status: 'Status',
  },
  types: { 'olycka på jobbet': 'olycksfall' },
  units: { 'solrosen (gamla namnet)': 'enh-1', 'nedlagd enhet': 'enh-borta' },
  places: { trappa: 'Korridor och trappa', okänd: null, matsal: 'Matsalen' },
  causes: { 'hot/våld': 'Våld eller hot om våld' },
  statuses: { vilande: 'utreds' },
};
const UNITS = [
  { id: 'enh-1', name: 'Solrosens äldreboende' },
  { id: 'enh-2', name: 'Hemtjänst Norr' },
  { id: 'enh-3', name: 'Dubbel' },
  { id: 'enh-4', name: 'dubbel' },
];
const PLACES = ['Korridor och trappa', 'Brukarens bostad'];
const CAUSES = ['Fall, halka eller snubbling', 'Våld eller hot om våld'];
const OPTIONS = {
  places: PLACES,
  causes: CAUSES,
  importedAt: '2026-01-10T08:00:00.000Z',
  today: '2026-01-10',
};

type Row = Partial<Record<(typeof HEADERS)[number], string>>;
const GOOD: Row = {
  Ärendenummer: '1001',
  Händelsedatum: '2025-03-14',
  Klockslag: '08:30',
  Ärendetyp: 'Olycksfall',
  Arbetsställe: 'Solrosens äldreboende',
  Plats: 'Korridor och trappa',
  'Skadeorsak/Risk': 'Fall, halka eller snubbling',
  Beskrivning: 'Halkade i trappan.',
  'Vidtagna åtgärder': 'Halkskydd beställt.',
  Allvarlig: 'Nej',
  Status: 'Avslutad',
};

function table(...rows: Row[]): SourceTable {
  return {
    headers: HEADERS,
    rows: rows.map((row, i) => ({ line: i + 2, cells: HEADERS.map((h) => row[h] ?? '') })),
  };
}
const validate = (...rows: Row[]) => validateRows(table(...rows), MAPPING, UNITS, OPTIONS);
const messages = (...rows: Row[]) => validate(...rows).errors.map((error) => error.message);

describe('validateRows: a good row', () => {
  it('becomes an incident that the schema accepts', () => {
    const result = validate(GOOD);
    expect(result.errors).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.validRows).toEqual([2]);
    expect(result.valid).toEqual([
      {
        id: 'kia:1001',
        nodeId: 'enh-1',
        date: '2025-03-14',
        time: '08:30',
        type: 'olycksfall',
        placeCategory: 'Korridor och trappa',
        causeCategory: 'Fall, halka eller snubbling',
        description: 'Halkade i trappan.',
        immediateMeasures: 'Halkskydd beställt.',
        investigation: '',
        serious: false,
        reportedToAV: null,
        reportedToFK: null,
        status: 'avslutad',
        externalId: 'kia:1001',
        createdAt: '2026-01-10T08:00:00.000Z',
      },
    ]);
    expect(incidentSchema.safeParse(result.valid[0]).success).toBe(true);
  });

  it('reads the mapped and the usual spellings of values', () => {
    const [incident] = validate({
      ...GOOD,
      Ärendetyp: 'olycka på jobbet',
      Arbetsställe: 'SOLROSEN (GAMLA NAMNET)',
      Plats: 'trappa',
      'Skadeorsak/Risk': 'Hot/våld',
      Status: 'Vilande',
    }).valid;
    expect(incident).toMatchObject({
      type: 'olycksfall',
      nodeId: 'enh-1',
      placeCategory: 'Korridor och trappa',
      causeCategory: 'Våld eller hot om våld',
      status: 'utreds',
    });
    const [other] = validate({
      ...GOOD,
      Ärendetyp: 'Färdolycksfall',
      Arbetsställe: 'enh-2',
      Plats: 'okänd',
      'Skadeorsak/Risk': '',
      Status: '',
    }).valid;
    expect(other).toMatchObject({
      type: 'fardolycksfall',
      nodeId: 'enh-2',
      placeCategory: null,
      causeCategory: null,
      status: 'ny',
    });
  });

  it('takes the time from the date cell when there is no time of its own', () => {
    const [incident] = validate({
      ...GOOD,
      Händelsedatum: '2025-03-14 17:45',
      Klockslag: '',
    }).valid;
    expect(incident).toMatchObject({ date: '2025-03-14', time: '17:45' });
  });

  it('records the reports and the seriousness, inferring it from a report to AV', () => {
    const [reported] = validate({
      ...GOOD,
      Allvarlig: 'Ja',
      'Anmäld till AV': '2025-03-14',
      'Anmäld till FK': '20250317',
    }).valid;
    expect(reported).toMatchObject({
      serious: true,
      reportedToAV: '2025-03-14',
      reportedToFK: '2025-03-17',
    });
    const [inferred] = validate({ ...GOOD, Allvarlig: '', 'Anmäld till AV': '2025-03-15' }).valid;
    expect(inferred?.serious).toBe(true);
  });
});

describe('validateRows: errors, in Swedish with the row', () => {
  it.each([
    [
      { Händelsedatum: '2025-02-30' },
      'Rad 2: Händelsedatum "2025-02-30" är inget giltigt datum (ange ÅÅÅÅ-MM-DD).',
    ],
    [{ Händelsedatum: '' }, 'Rad 2: händelsedatum saknas.'],
    [{ Händelsedatum: '2026-02-01' }, 'Rad 2: händelsedatum 2026-02-01 ligger i framtiden.'],
    [{ Klockslag: '25:10' }, 'Rad 2: Klockslag "25:10" är inget giltigt klockslag (ange TT:MM).'],
    [{ Ärendetyp: 'Olycka?' }, 'Rad 2: händelsetyp "Olycka?" saknas i mappningen.'],
    [{ Ärendetyp: '' }, 'Rad 2: händelsetyp saknas.'],
    [{ Arbetsställe: 'Björkgården' }, 'Rad 2: okänd enhet "Björkgården".'],
    [{ Arbetsställe: '' }, 'Rad 2: enhet saknas.'],
    [
      { Arbetsställe: 'Dubbel' },
      'Rad 2: flera enheter heter "Dubbel"; välj rätt enhet i mappningen.',
    ],
    [
      { Arbetsställe: 'Nedlagd enhet' },
      'Rad 2: enheten "Nedlagd enhet" är mappad till en enhet som inte finns (längre).',
    ],
    [{ Plats: 'Taket' }, 'Rad 2: plats "Taket" saknas i mappningen.'],
    [
      { Plats: 'Matsal' },
      'Rad 2: plats "Matsal" är mappad till "Matsalen", som inte finns i listan.',
    ],
    [{ 'Skadeorsak/Risk': 'Oljud' }, 'Rad 2: skadeorsak/risk "Oljud" saknas i mappningen.'],
    [{ Status: 'Vet ej' }, 'Rad 2: status "Vet ej" saknas i mappningen.'],
    [{ Allvarlig: 'Kanske' }, 'Rad 2: Allvarlig "Kanske" ska vara Ja eller Nej.'],
    [
      { 'Anmäld till AV': 'Ja' },
      'Rad 2: Anmäld till Arbetsmiljöverket "Ja" är inget giltigt datum (ange ÅÅÅÅ-MM-DD).',
    ],
    [
      { 'Anmäld till FK': '2025-13-01' },
      'Rad 2: Anmäld till Försäkringskassan "2025-13-01" är inget giltigt datum (ange ÅÅÅÅ-MM-DD).',
    ],
    [{ Ärendenummer: '' }, 'Rad 2: ärendenummer saknas.'],
    [{ Ärendenummer: 'x'.repeat(197) }, 'Rad 2: ärendenumret är längre än 196 tecken.'],
    [{ Beskrivning: 'a'.repeat(10_001) }, 'Rad 2: Beskrivning är längre än 10\u00a0000 tecken.'],
  ])('%j → %s', (change, message) => {
    const result = validate({ ...GOOD, ...change });
    expect(result.errors.map((error) => error.message)).toEqual([message]);
    expect(result.valid).toEqual([]);
  });

  it('names the column at fault', () => {
    const [error] = validate({ ...GOOD, Arbetsställe: 'Björkgården' }).errors;
    expect(error).toMatchObject({ row: 2, column: 'Arbetsställe', field: 'unit' });
  });

  it('lists every fault of a row', () => {
    expect(messages({ ...GOOD, Händelsedatum: '2025-02-30', Ärendetyp: 'Olycka?' })).toEqual([
      'Rad 2: Händelsedatum "2025-02-30" är inget giltigt datum (ange ÅÅÅÅ-MM-DD).',
      'Rad 2: händelsetyp "Olycka?" saknas i mappningen.',
    ]);
  });

  it('refuses a case number that appears again, keeping the first', () => {
    const result = validate(
      GOOD,
      { ...GOOD, Ärendetyp: 'Tillbud' },
      { ...GOOD, Ärendenummer: '1002' },
    );
    expect(result.errors.map((error) => error.message)).toEqual([
      'Rad 3: ärendenummer "1001" förekommer redan på rad 2.',
    ]);
    expect(result.validRows).toEqual([2, 4]);
    expect(result.valid.map((incident) => incident.type)).toEqual(['olycksfall', 'olycksfall']);
  });

  it('does not find values on Object.prototype', () => {
    expect(messages({ ...GOOD, Ärendetyp: 'constructor', Arbetsställe: 'toString' })).toEqual([
      'Rad 2: händelsetyp "constructor" saknas i mappningen.',
      'Rad 2: okänd enhet "toString".',
    ]);
  });
});

describe('validateRows: personal data', () => {
  const row = { ...GOOD, Beskrivning: 'Anna 850709-1232 halkade.' };

  it('warns about a personnummer and keeps it unless asked to mask', () => {
    const result = validate(row);
    expect(result.warnings).toEqual([
      {
        row: 2,
        column: 'Beskrivning',
        field: 'description',
        message: 'Rad 2: Beskrivning innehåller ett personnummer eller samordningsnummer.',
      },
    ]);
    expect(result.valid[0]?.description).toBe('Anna 850709-1232 halkade.');
  });

  it('masks it when asked', () => {
    const result = validateRows(table(row), MAPPING, UNITS, {
      ...OPTIONS,
      maskIdentityNumbers: true,
    });
    expect(result.valid[0]?.description).toBe('Anna [personnummer borttaget] halkade.');
    expect(result.warnings[0]?.message).toBe(
      'Rad 2: Beskrivning innehöll ett personnummer eller samordningsnummer, som har maskerats.',
    );
  });
});

describe('validateRows: the mapping itself', () => {
  it('asks for the required columns before checking any row', () => {
    const result = validateRows(table(GOOD), { ...MAPPING, columns: {} }, UNITS, OPTIONS);
    expect(result.problems).toEqual([
      'Välj vilken kolumn som innehåller ärendenummer.',
      'Välj vilken kolumn som innehåller händelsedatum.',
      'Välj vilken kolumn som innehåller händelsetyp.',
      'Välj vilken kolumn som innehåller enhet, eller välj en enhet som alla rader hör till.',
    ]);
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('says which remembered column is not in this file', () => {
    const mapping = { ...MAPPING, columns: { ...MAPPING.columns, status: 'Ärendestatus' } };
    expect(validateRows(table(GOOD), mapping, UNITS, OPTIONS).problems).toEqual([
      'Kolumnen "Ärendestatus" (status) finns inte i filen.',
    ]);
  });

  it('puts every row in the default unit when there is no unit column', () => {
    const { unit: _unit, ...columns } = MAPPING.columns;
    const mapping = { ...MAPPING, columns, defaultUnitId: 'enh-2' };
    const result = validateRows(table(GOOD), mapping, UNITS, OPTIONS);
    expect(result.valid[0]?.nodeId).toBe('enh-2');
  });

  it('reports a file without rows', () => {
    expect(validateRows({ headers: HEADERS, rows: [] }, MAPPING, UNITS, OPTIONS).problems).toEqual([
      'Filen innehåller inga rader med händelser.',
    ]);
  });
});
