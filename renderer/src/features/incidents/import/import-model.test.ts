import { describe, expect, it } from 'vitest';
import {
  emptyMapping,
  validateRows,
  type KiaMapping,
  type SourceTable,
} from '@shared/incidents/kia';
import { buildOrgTree } from '@shared/org/tree';
import type { Identity, Incident, OrgNode } from '@shared/schemas';
import { fill, useTestDb } from '../../../../../tests/unit/data/fixtures';
import { storedExternalIds } from '../../../data';
import {
  columnProblems,
  rememberedMapping,
  sampleValues,
  unusedColumns,
  withColumn,
  withValue,
  writableUnits,
} from './import-model';
import {
  MISSING,
  fallbackOf,
  mappingTarget,
  targetOf,
  type ValueContext,
} from './value-resolution';

const node = (id: string, parentId: string | null, level: OrgNode['level'], name: string) =>
  ({ id, parentId, level, name, archived: false }) satisfies OrgNode;

const NODES: OrgNode[] = [
  node('kommun', null, 4, 'Kommunen'),
  node('sof', 'kommun', 3, 'Socialförvaltningen'),
  node('aldre', 'sof', 2, 'Äldreomsorg'),
  node('ifo', 'sof', 2, 'IFO'),
  node('solrosen', 'aldre', 1, 'Solrosen'),
  node('ekbacken', 'aldre', 1, 'Ekbacken'),
  node('tallasen', 'ifo', 1, 'Tallåsen'),
];
const tree = buildOrgTree(NODES);
const identity = (nodeId: string | null): Identity => ({
  id: 'self',
  nodeId,
  role: null,
  userName: '',
  levelNames: ['Enhet', 'Verksamhet', 'Förvaltning', 'Kommun'],
});
const units = writableUnits(tree, identity('sof'));
const context: ValueContext = { units, places: ['Kontor', 'Tvättstuga'], causes: ['Fall'] };

const table: SourceTable = {
  headers: ['Nr', 'Datum', 'Typ', 'Enhet', 'Plats', 'Tom'],
  rows: [
    { line: 2, cells: ['1', '2025-01-02', 'Tillbud', 'Solrosen', 'Kontor', ''] },
    { line: 3, cells: ['2', '2025-01-03', 'Olycka?', 'Björkgården', 'Källaren', ''] },
    { line: 4, cells: ['3', '2025-01-04', 'Tillbud', 'Solrosen', '', ''] },
  ],
};
const mapping: KiaMapping = {
  ...emptyMapping(),
  columns: { externalId: 'Nr', date: 'Datum', type: 'Typ', unit: 'Enhet', place: 'Plats' },
};

describe('the units an installation imports into', () => {
  it('are the level-1 units of its own subtree', () => {
    expect(units.map((unit) => unit.id).sort()).toEqual(['ekbacken', 'solrosen', 'tallasen']);
    expect(
      writableUnits(tree, identity('aldre'))
        .map((unit) => unit.id)
        .sort(),
    ).toEqual(['ekbacken', 'solrosen']);
    expect(writableUnits(tree, identity('tallasen')).map((unit) => unit.id)).toEqual(['tallasen']);
  });

  it('are none without an own node', () => {
    expect(writableUnits(tree, identity(null))).toEqual([]);
  });
});

describe('the remembered mapping', () => {
  it('keeps what still holds and drops units and categories that no longer exist', () => {
    const stored = {
      ...mapping,
      types: { 'olycka?': 'olycksfall' },
      units: { björkgården: 'solrosen', gamla: 'nedlagd-enhet' },
      places: { källaren: 'Förråd', trappan: null, kontoret: 'Kontor' },
      causes: { halka: 'Fall' },
      defaultUnitId: 'nedlagd-enhet',
    };
    const cleaned = rememberedMapping(
      stored,
      new Set(units.map((unit) => unit.id)),
      context.places,
      context.causes,
    );
    expect(cleaned?.types).toEqual({ 'olycka?': 'olycksfall' });
    expect(cleaned?.units).toEqual({ björkgården: 'solrosen' });
    expect(cleaned?.places).toEqual({ trappan: null, kontoret: 'Kontor' });
    expect(cleaned?.causes).toEqual({ halka: 'Fall' });
    expect(cleaned?.defaultUnitId).toBeNull();
    expect(cleaned?.columns).toEqual(mapping.columns);
  });

  it('is ignored when the setting is not a mapping', () => {
    expect(rememberedMapping(undefined, new Set(), [], [])).toBeUndefined();
    expect(rememberedMapping({ version: 2 }, new Set(), [], [])).toBeUndefined();
  });
});

describe('step 2', () => {
  it('shows the first different values of a column and the columns left unused', () => {
    expect(sampleValues(table, 'Typ')).toEqual(['Tillbud', 'Olycka?']);
    expect(sampleValues(table, 'Tom')).toEqual([]);
    expect(sampleValues(table, 'Finns inte')).toEqual([]);
    expect(unusedColumns(table.headers, mapping)).toEqual(['Tom']);
  });

  it('holds back while a required field or a shared column is wrong', () => {
    expect(columnProblems(table, mapping)).toEqual({ problems: [], shared: [] });

    const noUnit = withColumn(mapping, 'unit', undefined);
    expect(noUnit.columns.unit).toBeUndefined();
    expect(columnProblems(table, noUnit).problems).toEqual([
      'Välj vilken kolumn som innehåller enhet, eller välj en enhet som alla rader hör till.',
    ]);
    expect(columnProblems(table, { ...noUnit, defaultUnitId: 'solrosen' }).problems).toEqual([]);

    const twice = withColumn(mapping, 'time', 'Datum');
    expect(columnProblems(table, twice).shared).toEqual([
      { column: 'Datum', first: 'date', second: 'time' },
    ]);
  });
});

describe('step 3', () => {
  it('shows what each value becomes, by the mapping first and by name second', () => {
    const type = targetOf('type', mapping, context);
    expect(type('Tillbud')).toBe('tillbud');
    expect(type('Olycka?')).toBe('');
    const unit = targetOf('unit', mapping, context);
    expect(unit('SOLROSEN')).toBe('solrosen');
    expect(unit('Björkgården')).toBe('');
    const place = targetOf('place', mapping, context);
    expect(place('kontor')).toBe('Kontor');
    expect(place('Källaren')).toBe('');
  });

  it('writes a choice into the mapping, "Saknas" as null, and clears it again', () => {
    const chosen = withValue(mapping, 'place', 'källaren', mappingTarget(MISSING));
    expect(chosen.places).toEqual({ källaren: null });
    expect(targetOf('place', chosen, context)('Källaren')).toBe(MISSING);
    const typed = withValue(chosen, 'type', 'olycka?', mappingTarget('olycksfall'));
    expect(targetOf('type', typed, context)('Olycka?')).toBe('olycksfall');
    const cleared = withValue(typed, 'type', 'olycka?', mappingTarget(''));
    expect(cleared.types).toEqual({});
    expect(cleared.places).toEqual({ källaren: null });
  });

  it('refuses a target of the wrong kind', () => {
    expect(() => withValue(mapping, 'type', 'x', 'ingen-typ')).toThrow();
  });

  it('offers "not chosen" only where the name alone does not resolve', () => {
    expect(fallbackOf('type', context)('Tillbud')).toBe('tillbud');
    expect(fallbackOf('type', context)('Olycka?')).toBe('');
    expect(fallbackOf('status', context)('Pågående')).toBe('utreds');
  });

  it('agrees with the validation: what the selects show is what the preview imports', () => {
    const chosen = withValue(
      withValue(mapping, 'type', 'olycka?', 'olycksfall'),
      'unit',
      'björkgården',
      'ekbacken',
    );
    const result = validateRows(table, chosen, units, {
      places: context.places,
      causes: context.causes,
      today: '2026-01-12',
    });
    expect(result.errors.map((issue) => issue.message)).toEqual([
      'Rad 3: plats "Källaren" saknas i mappningen.',
    ]);
    const withPlace = withValue(chosen, 'place', 'källaren', null);
    const valid = validateRows(table, withPlace, units, {
      places: context.places,
      causes: context.causes,
      today: '2026-01-12',
    }).valid;
    expect(
      valid.map((incident) => [incident.type, incident.nodeId, incident.placeCategory]),
    ).toEqual([
      ['tillbud', 'solrosen', 'Kontor'],
      ['olycksfall', 'ekbacken', null],
      ['tillbud', 'solrosen', null],
    ]);
  });
});

describe('storedExternalIds', () => {
  const makeDb = useTestDb();
  const incident = (externalId: string | null, id: string): Incident => ({
    id,
    nodeId: 'solrosen',
    date: '2025-01-02',
    time: null,
    type: 'tillbud',
    placeCategory: null,
    causeCategory: null,
    description: '',
    immediateMeasures: '',
    investigation: '',
    serious: false,
    reportedToAV: null,
    reportedToFK: null,
    status: 'ny',
    externalId,
    createdAt: '2026-01-12T09:00:00.000Z',
  });

  it('finds which of the ids are stored, ignoring others in the same range', async () => {
    const db = makeDb();
    await fill(db, {
      orgNodes: NODES,
      incidents: [
        incident('kia:100', 'a'),
        incident('kia:150', 'b'),
        incident('kia:200', 'c'),
        incident(null, 'd'),
      ],
    });
    expect(await storedExternalIds(db, ['kia:100', 'kia:120', 'kia:200', 'kia:300'])).toEqual(
      new Set(['kia:100', 'kia:200']),
    );
    expect(await storedExternalIds(db, [])).toEqual(new Set());
  });
});
