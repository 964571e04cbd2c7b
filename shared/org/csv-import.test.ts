import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OrgNode } from '../schemas/org';
import { parseOrgCsv, type CsvIssue } from './csv-import';
import { readOrgCsv } from './csv-import-plan';
import { orgToCsv } from './csv-export';

const SAMPLE = readFileSync('tests/fixtures/org/organisation-exempel.csv');
const BROKEN = readFileSync('tests/fixtures/org/organisation-trasig.csv', 'utf8');

const codes = (issues: readonly CsvIssue[]) => issues.map((i) => [i.line, i.code]);

/** A small file in either separator, header first. */
function csv(lines: string[], separator = ';'): string {
  return lines.map((l) => l.replaceAll('|', separator)).join('\r\n');
}

const HEAD = 'id|förälder|nivå|namn';
const TOP = ['k|   |4|Kommunen', 's|k|3|Socialförvaltningen', 'v|s|2|Vuxen'];

const existing: OrgNode[] = [
  { id: 'k', parentId: null, level: 4, name: 'Kommunen', archived: false },
  { id: 's', parentId: 'k', level: 3, name: 'Socialförvaltningen', archived: false },
  { id: 'v', parentId: 's', level: 2, name: 'Vuxen', archived: false },
  { id: 'b', parentId: 's', level: 2, name: 'Barn', archived: false },
  { id: 'u1', parentId: 'v', level: 1, name: 'Boendestöd', archived: false },
  { id: 'gammal', parentId: 'b', level: 1, name: 'Nedlagd enhet', archived: true },
];

describe('parseOrgCsv', () => {
  it('reads the sample file: Swedish Excel (semicolons, BOM, CRLF, Swedish headers)', () => {
    const text = new TextDecoder().decode(SAMPLE);
    expect(SAMPLE[0]).toBe(0xef); // the sample really carries a BOM
    const plan = readOrgCsv(text, []);
    expect(plan.issues).toEqual([]);
    expect(plan.perLevel[4].total).toBe(1);
    expect(plan.perLevel[3].total).toBe(2);
    expect(plan.perLevel[2].total).toBe(6);
    expect(plan.perLevel[1].total).toBe(22);
    expect(plan.created).toBe(31);
    expect(plan.nodes.find((n) => n.id === 'ald-sjo')).toEqual({
      id: 'ald-sjo',
      parentId: 'aldre',
      level: 1,
      name: 'Sjöängens vård- och omsorgsboende',
    });
  });

  it('accepts commas and English headers, with or without a BOM', () => {
    for (const bom of ['', '\uFEFF']) {
      const parsed = parseOrgCsv(bom + csv(['id|parent|level|name', ...TOP], ','));
      expect(parsed.issues).toEqual([]);
      expect(parsed.rows.map((r) => [r.id, r.parentId, r.level, r.name])).toEqual([
        ['k', null, 4, 'Kommunen'],
        ['s', 'k', 3, 'Socialförvaltningen'],
        ['v', 's', 2, 'Vuxen'],
      ]);
    }
  });

  it('accepts semicolons with quoted fields holding the other separator', () => {
    const parsed = parseOrgCsv(csv([HEAD, ...TOP, 'u|v|1|"Boende, stöd; och service"']));
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows[3]?.name).toBe('Boende, stöd; och service');
  });

  it('numbers rows by the line in the file, past blank lines and quoted line breaks', () => {
    const text = [HEAD, 'k||4|Kommunen', '', 's|k|3|"Social-', 'förvaltningen"', 'v|s|2|'].join(
      '\n',
    );
    const parsed = parseOrgCsv(text.replaceAll('|', ';'));
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4, 6]);
    expect(codes(parsed.issues)).toEqual([[6, 'missingName']]);
  });

  it('requires the header row and names the missing columns', () => {
    const parsed = parseOrgCsv(csv(TOP));
    expect(parsed.rows).toEqual([]);
    expect(parsed.issues.map((i) => i.values['column'])).toEqual([
      'id',
      'förälder/parent',
      'nivå/level',
      'namn/name',
    ]);
    expect(parsed.issues.every((i) => i.line === 1 && i.code === 'missingColumn')).toBe(true);
    expect(codes(parseOrgCsv(csv(['id|namn|name|nivå|förälder'])).issues)).toEqual([
      [1, 'duplicateColumn'],
    ]);
    expect(codes(parseOrgCsv('').issues)).toEqual([[1, 'emptyFile']]);
  });

  it('reports a missing id, name, bad level and too long texts on their lines', () => {
    const parsed = parseOrgCsv(
      csv([
        HEAD,
        ...TOP,
        '|v|1|Utan id',
        'u2|v|1|',
        'u3|v|0|Noll',
        'u4|v|ett|Text',
        `u5|v|1|${'x'.repeat(201)}`,
      ]),
    );
    expect(codes(parsed.issues)).toEqual([
      [5, 'missingId'],
      [6, 'missingName'],
      [7, 'badLevel'],
      [8, 'badLevel'],
      [9, 'nameTooLong'],
    ]);
    expect(parsed.issues[3]?.values).toEqual({ id: 'u4', value: 'ett' });
  });

  it('reports a duplicate id with the line of its first use and keeps the first', () => {
    const parsed = parseOrgCsv(csv([HEAD, ...TOP, 'u|v|1|Första', 'u|v|1|Andra']));
    expect(codes(parsed.issues)).toEqual([[6, 'duplicateId']]);
    expect(parsed.issues[0]?.values).toEqual({ id: 'u', firstLine: 5 });
    expect(parsed.rows.filter((r) => r.id === 'u').map((r) => r.name)).toEqual(['Första']);
  });

  it('reports an unterminated quote', () => {
    expect(codes(parseOrgCsv(csv([HEAD, ...TOP, 'u|v|1|"Öppet citat'])).issues)).toEqual([
      [5, 'malformed'],
    ]);
  });
});

describe('planOrgImport', () => {
  it('reports each row of the broken sample file, by line', () => {
    const plan = readOrgCsv(BROKEN, []);
    expect(codes(plan.issues)).toEqual([
      [5, 'missingName'],
      [6, 'badLevel'],
      [8, 'duplicateId'],
      [9, 'unknownParent'],
      [10, 'parentLevel'],
      [11, 'multipleRoots'],
    ]);
    expect(plan.issues[4]?.values).toEqual({
      id: 'ald-hemn',
      parent: 'sof',
      level: 1,
      parentLevel: 3,
    });
  });

  it('requires a parent below level 4 and none at level 4', () => {
    const plan = readOrgCsv(csv([HEAD, 'k|x|4|Kommunen', 's||3|Social']), []);
    expect(codes(plan.issues)).toEqual([
      [2, 'rootWithParent'],
      [3, 'missingParent'],
    ]);
  });

  it('finds a loop between rows', () => {
    const plan = readOrgCsv(csv([HEAD, ...TOP, 'a|b|1|A', 'b|a|1|B', 'c|c|2|C']), []);
    expect(plan.issues.filter((i) => i.code === 'cycle').map((i) => i.line)).toEqual([5, 6, 7]);
  });

  it('refuses a second top node next to the existing one', () => {
    const plan = readOrgCsv(csv([HEAD, 'ny||4|Annan kommun']), existing);
    expect(codes(plan.issues)).toEqual([[2, 'multipleRoots']]);
    expect(plan.issues[0]?.values).toMatchObject({ id: 'ny', other: 'Kommunen' });
  });

  it('refuses changing the level of an existing node and touching archived ones', () => {
    const plan = readOrgCsv(
      csv([HEAD, 'u1|s|2|Boendestöd', 'gammal|b|1|Nedlagd enhet', 'ny|gammal|1|Ny']),
      existing,
    );
    expect(codes(plan.issues)).toEqual([
      [2, 'levelChanged'],
      [3, 'archived'],
      [4, 'parentLevel'],
    ]);
    expect(plan.issues[0]?.values).toEqual({ id: 'u1', from: 1, to: 2 });
  });

  it('refuses a new node under an archived parent', () => {
    const archivedSection: OrgNode = {
      id: 'arkiv',
      parentId: 's',
      level: 2,
      name: 'Arkiverad verksamhet',
      archived: true,
    };
    const plan = readOrgCsv(csv([HEAD, 'ny|arkiv|1|Ny']), [...existing, archivedSection]);
    expect(codes(plan.issues)).toEqual([[2, 'archivedParent']]);
  });

  it('merges by id: renames and moves existing nodes, adds new ones, leaves the rest', () => {
    const plan = readOrgCsv(
      csv([HEAD, ...TOP, 'u1|b|1|Boendestöd och service', 'u2|b|1|Ny enhet', 'b|s|2|Barn']),
      existing,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.nodes).toEqual([
      { id: 'u1', parentId: 'b', level: 1, name: 'Boendestöd och service' },
      { id: 'u2', parentId: 'b', level: 1, name: 'Ny enhet' },
    ]);
    expect([plan.created, plan.changed, plan.unchanged]).toEqual([1, 1, 4]);
    expect(plan.perLevel[1]).toEqual({ total: 2, created: 1, changed: 1 });
  });
});

describe('orgToCsv', () => {
  it('writes the active tree in the import format, parents first, and reads back unchanged', () => {
    const text = orgToCsv(existing);
    expect(text.startsWith('\uFEFFid;förälder;nivå;namn\r\nk;;4;Kommunen\r\n')).toBe(true);
    expect(text).not.toContain('gammal');
    const plan = readOrgCsv(text, existing);
    expect(plan.issues).toEqual([]);
    expect(plan.nodes).toEqual([]);
    expect(plan.unchanged).toBe(5);
  });

  it('quotes names holding the separator or quotes', () => {
    const nodes: OrgNode[] = [
      { id: 'k', parentId: null, level: 4, name: 'Kommun; "norra"', archived: false },
    ];
    expect(orgToCsv(nodes)).toContain('k;;4;"Kommun; ""norra"""');
    expect(parseOrgCsv(orgToCsv(nodes)).rows[0]?.name).toBe('Kommun; "norra"');
  });
});
