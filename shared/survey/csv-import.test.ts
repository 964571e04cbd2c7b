import { describe, expect, it } from 'vitest';
import { parseDecimal, parseSurveyCsv, type SurveyCsvIssue } from './csv-import';

const NODES = new Set(['sof', 'vux', 'barn']);
const HEAD = 'id;år;svarsfrekvens;totalindex;hme;1;2;3;4;5;6;7;8;9';
const SOF = 'sof;2025;93;78;81;4,46;4,10;4,02;4,18;4,42;4,41;4,26;3,90;4,34';

const csv = (lines: string[]) => lines.join('\r\n');
const brief = (issues: readonly SurveyCsvIssue[]) =>
  issues.map((i) => [i.line, i.column?.name ?? null, i.code]);

describe('parseDecimal', () => {
  it('reads comma and dot decimals, percent signs and spaces', () => {
    expect(parseDecimal('4,46')).toBe(4.46);
    expect(parseDecimal('4.46')).toBe(4.46);
    expect(parseDecimal('93 %')).toBe(93);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('fyra')).toBeNaN();
    expect(parseDecimal('4,4,6')).toBeNaN();
  });
});

describe('parseSurveyCsv', () => {
  it('reads Swedish Excel: BOM, semicolons, decimal commas, question numbers', () => {
    const parsed = parseSurveyCsv('\uFEFF' + csv([HEAD, SOF]), NODES);
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
    const row = parsed.rows[0];
    expect(row?.line).toBe(2);
    expect(row?.hmeComputed).toBe(false);
    expect(row?.survey).toMatchObject({
      nodeId: 'sof',
      year: 2025,
      responseRate: 93,
      totalIndex: 78,
      hme: 81,
    });
    expect(row?.survey.items.map((i) => [i.key, i.mean])).toEqual([
      ['motivation-1', 4.46],
      ['motivation-2', 4.1],
      ['motivation-3', 4.02],
      ['ledarskap-1', 4.18],
      ['ledarskap-2', 4.42],
      ['ledarskap-3', 4.41],
      ['styrning-1', 4.26],
      ['styrning-2', 3.9],
      ['styrning-3', 4.34],
    ]);
    expect(row?.survey.items[0]?.label).toBe('Mitt arbete känns meningsfullt');
  });

  it('reads commas with English headers and keys; computes HME when left empty', () => {
    const head =
      'id,year,response rate,ti,hme,motivation-1,motivation-2,motivation-3,ledarskap-1,ledarskap-2,ledarskap-3,styrning-1,styrning-2,styrning-3';
    const parsed = parseSurveyCsv(
      csv([head, 'vux,2024,88.5,,,4.46,4.1,4.02,4.18,4.42,4.41,4.26,3.9,4.34']),
      NODES,
    );
    expect(parsed.issues).toEqual([]);
    const survey = parsed.rows[0]?.survey;
    expect(survey?.responseRate).toBe(88.5);
    expect(survey?.totalIndex).toBeNull();
    // (86.5 + 77.5 + 75.5 + 79.5 + 85.5 + 85.25 + 81.5 + 72.5 + 83.5) / 9 = 727.25 / 9
    expect(survey?.hme).toBe(80.81);
    expect(parsed.rows[0]?.hmeComputed).toBe(true);
  });

  it('accepts the question text as header and ignores a name column', () => {
    const parsed = parseSurveyCsv(
      csv(['id;namn;år;Mitt arbete känns meningsfullt', 'barn;Barn och unga;2025;3,5']),
      NODES,
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows[0]?.survey.items[0]?.mean).toBe(3.5);
    expect(parsed.rows[0]?.survey.items[1]?.mean).toBeNull();
    expect(parsed.rows[0]?.survey.hme).toBeNull();
  });

  it('reports every bad cell with its line and column, and returns no row for it', () => {
    const parsed = parseSurveyCsv(
      csv([
        HEAD,
        SOF,
        'okand;2025;90;;;;;;;;;;;',
        'vux;25;90;;;;;;;;;;;',
        'vux;2025;120;;;;;;;;;;;',
        'barn;2025;90;;;6;;;;;;;;',
        'barn;2024;90;;sjuttio;;;;;;;;;',
        'sof;2025;90;;;;;;;;;;;',
        'barn;2023;;;;;;;;;;;;',
      ]),
      NODES,
    );
    expect(brief(parsed.issues)).toEqual([
      [3, 'id', 'unknownNode'],
      [4, 'år', 'badYear'],
      [5, 'svarsfrekvens', 'outOfRange'],
      [6, '1', 'outOfRange'],
      [7, 'hme', 'badNumber'],
      [8, null, 'duplicateRow'],
      [9, null, 'noValues'],
    ]);
    expect(parsed.issues[3]?.column).toEqual({ name: '1', position: 6 });
    expect(parsed.issues[3]?.values).toEqual({ value: '6', min: 1, max: 5 });
    expect(parsed.issues[5]?.values).toEqual({ id: 'sof', year: 2025, firstLine: 2 });
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
  });

  it('requires id and år, and refuses unknown and doubled columns', () => {
    expect(brief(parseSurveyCsv(csv(['namn;hme', 'x;80']), NODES).issues)).toEqual([
      [1, null, 'missingColumn'],
      [1, null, 'missingColumn'],
    ]);
    expect(
      brief(parseSurveyCsv(csv(['id;år;fråga 10;hme;HME', 'sof;2025;1;2;3']), NODES).issues),
    ).toEqual([
      [1, 'fråga 10', 'unknownColumn'],
      [1, 'HME', 'duplicateColumn'],
    ]);
    expect(brief(parseSurveyCsv('', NODES).issues)).toEqual([[1, null, 'emptyFile']]);
  });

  it('counts lines past blank lines', () => {
    const parsed = parseSurveyCsv([HEAD, '', SOF, '', 'vux;2025;x'].join('\n'), NODES);
    expect(parsed.rows.map((r) => r.line)).toEqual([3]);
    expect(brief(parsed.issues)).toEqual([[5, 'svarsfrekvens', 'badNumber']]);
  });
});
