import { readCsvRows } from '../csv/rows';
import type { Survey } from '../schemas/summary';
import { HME_ITEMS, hmeFromMeans } from './hme';

/**
 * Reading employee-survey results (medarbetarundersökning) from CSV: ONE ROW PER NODE AND YEAR.
 *
 * The survey tools HR use (SKR's HME questions in Netigate, Indikator, Quenchtec …) report per
 * group (the unit, section or administration) the response rate, the total index, HME and each
 * question's mean on 1–5. HR copies those figures into a sheet with one row per group and year,
 * which is one stored survey record: an error then points at the row to fix. Example (Swedish
 * Excel, ";" and decimal comma):
 *
 *   id;år;svarsfrekvens;totalindex;hme;1;2;3;4;5;6;7;8;9
 *   sof;2025;93;78;81;4,46;4,10;4,02;4,18;4,42;4,41;4,26;3,90;4,34
 *
 * Columns (header names are case-insensitive; Swedish or English):
 * - `id` (also `nod`, `nod-id`, `kod`): the node's id as in the organisation (Organisation → CSV).
 * - `år` (`ar`, `year`): the year the survey was made, e.g. 2025 (the follow-up 2026 shows it).
 * - `svarsfrekvens` (`svarsfrekvens %`, `response rate`): 0–100; "93", "92,5" or "93 %".
 * - `totalindex` (`ti`): 0–100.
 * - `hme`: 0–100. Left empty, HME is computed from the nine means when all nine are given.
 * - the nine HME questions, each a mean on 1–5 ("4,46" or "4.46"); the header is the question's
 *   number 1–9 in SKR's order (as in the report: 1–3 motivation, 4–6 ledarskap, 7–9 styrning),
 *   `fråga 1` … `fråga 9`, the key (`motivation-1` … `styrning-3`) or the question's text.
 * - `namn` / `enhet` / `grupp` may be there for the reader's sake and are not read.
 * Any value column may be empty (not reported); a row must hold at least one value. Separator
 * ";", "," or tab; UTF-8 with or without BOM or Windows-1252 (decoded before this reader).
 * The file is all or nothing: any issue and nothing is imported (the UI shows every issue).
 */

export type SurveyCsvIssueCode =
  | 'emptyFile'
  | 'missingColumn'
  | 'duplicateColumn'
  | 'unknownColumn'
  | 'malformed'
  | 'missingId'
  | 'unknownNode'
  | 'badYear'
  | 'duplicateRow'
  | 'badNumber'
  | 'outOfRange'
  | 'noValues';

export interface SurveyCsvIssue {
  /** The line in the file (1 is the header row). */
  line: number;
  /** The column as its header is written in the file, and its position (1 = first); null for a whole row. */
  column: { name: string; position: number } | null;
  code: SurveyCsvIssueCode;
  values: Record<string, string | number>;
}

export interface SurveyCsvRow {
  line: number;
  survey: Omit<Survey, 'id'>;
  /** True when HME was left empty and computed from the nine means. */
  hmeComputed: boolean;
}

export interface ParsedSurveyCsv {
  rows: SurveyCsvRow[];
  issues: SurveyCsvIssue[];
}

type ValueColumn = 'responseRate' | 'totalIndex' | 'hme';
type Column = 'id' | 'year' | ValueColumn | { item: number } | 'ignored';

const ALIASES: Record<'id' | 'year' | ValueColumn | 'ignored', readonly string[]> = {
  id: ['id', 'nod', 'nod-id', 'nodid', 'kod'],
  year: ['år', 'ar', 'year'],
  responseRate: ['svarsfrekvens', 'svarsfrekvens %', 'svarsfrekvens (%)', 'response rate'],
  totalIndex: ['totalindex', 'ti', 'totalindex (ti)', 'total index'],
  hme: ['hme', 'hme-index', 'hme index'],
  ignored: ['namn', 'name', 'enhet', 'grupp'],
};

const RANGES: Record<ValueColumn, { min: number; max: number }> = {
  responseRate: { min: 0, max: 100 },
  totalIndex: { min: 0, max: 100 },
  hme: { min: 0, max: 100 },
};

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

function columnOf(header: string): Column | null {
  const name = normalise(header);
  for (const key of ['id', 'year', 'responseRate', 'totalIndex', 'hme', 'ignored'] as const)
    if (ALIASES[key].includes(name)) return key;
  const number = /^(?:fråga |fraga |nr |hme)?([1-9])$/.exec(name);
  if (number) return { item: Number(number[1]) - 1 };
  const byKeyOrLabel = HME_ITEMS.findIndex(
    (item) => item.key === name || normalise(item.label) === name,
  );
  return byKeyOrLabel >= 0 ? { item: byKeyOrLabel } : null;
}

const columnKey = (c: Column) => (typeof c === 'string' ? c : `item-${c.item}`);

/** "4,46", "4.46", "93 %", "1 234,5" → number; '' → null; anything else → NaN. */
export function parseDecimal(raw: string): number | null {
  const value = raw.trim().replace(/%$/, '').trim();
  if (value === '') return null;
  const plain = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return Number.NaN;
  return Number(plain);
}

interface Header {
  at: Map<string, { column: Column; index: number; name: string }>;
}

function readHeader(cells: string[], issues: SurveyCsvIssue[]): Header | null {
  const at: Header['at'] = new Map();
  cells.forEach((cell, index) => {
    const name = cell.trim();
    if (name === '') return;
    const column = columnOf(name);
    const position = index + 1;
    if (!column) {
      issues.push({ line: 1, column: { name, position }, code: 'unknownColumn', values: {} });
      return;
    }
    if (column === 'ignored') return;
    const key = columnKey(column);
    const first = at.get(key);
    if (first)
      issues.push({
        line: 1,
        column: { name, position },
        code: 'duplicateColumn',
        values: { first: first.name },
      });
    else at.set(key, { column, index, name });
  });
  let ok = true;
  for (const [key, label] of [
    ['id', 'id'],
    ['year', 'år'],
  ] as const) {
    if (!at.has(key)) {
      issues.push({ line: 1, column: null, code: 'missingColumn', values: { column: label } });
      ok = false;
    }
  }
  return ok ? { at } : null;
}

/**
 * Parses the file's text (already decoded). `nodeIds` are the organisation's nodes: a row for a
 * node not in it is an error. Rows come back only as read; the caller imports nothing if there
 * is any issue.
 */
export function parseSurveyCsv(input: string, nodeIds: ReadonlySet<string>): ParsedSurveyCsv {
  const issues: SurveyCsvIssue[] = [];
  const rows: SurveyCsvRow[] = [];
  const firstLineOf = new Map<string, number>();
  let header: Header | null | undefined;

  readCsvRows(input, ({ cells, line, malformed }) => {
    if (header === undefined) {
      header = readHeader(cells, issues);
      return;
    }
    if (header === null) return;
    if (malformed) {
      issues.push({ line, column: null, code: 'malformed', values: {} });
      return;
    }
    const row = readRow(cells, line, header, nodeIds, issues);
    if (!row) return;
    const key = `${row.survey.nodeId}:${row.survey.year}`;
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      issues.push({
        line,
        column: null,
        code: 'duplicateRow',
        values: { id: row.survey.nodeId, year: row.survey.year, firstLine: first },
      });
      return;
    }
    firstLineOf.set(key, line);
    rows.push(row);
  });

  if (header === undefined) issues.push({ line: 1, column: null, code: 'emptyFile', values: {} });
  return { rows, issues };
}

function readRow(
  cells: string[],
  line: number,
  header: Header,
  nodeIds: ReadonlySet<string>,
  issues: SurveyCsvIssue[],
): SurveyCsvRow | null {
  const before = issues.length;
  const place = (key: string) => {
    const at = header.at.get(key);
    return at ? { name: at.name, position: at.index + 1 } : null;
  };
  const raw = (key: string) => {
    const at = header.at.get(key);
    return at ? (cells[at.index] ?? '').trim() : '';
  };

  const nodeId = raw('id');
  if (!nodeId) issues.push({ line, column: place('id'), code: 'missingId', values: {} });
  else if (!nodeIds.has(nodeId))
    issues.push({ line, column: place('id'), code: 'unknownNode', values: { id: nodeId } });

  const rawYear = raw('year');
  const year = /^\d{4}$/.test(rawYear) ? Number(rawYear) : Number.NaN;
  if (!(year >= 2000 && year <= 2100))
    issues.push({ line, column: place('year'), code: 'badYear', values: { value: rawYear } });

  const number = (key: string, min: number, max: number): number | null => {
    const text = raw(key);
    const value = parseDecimal(text);
    if (value === null) return null;
    if (Number.isNaN(value)) {
      issues.push({ line, column: place(key), code: 'badNumber', values: { value: text } });
      return null;
    }
    if (value < min || value > max) {
      issues.push({
        line,
        column: place(key),
        code: 'outOfRange',
        values: { value: text, min, max },
      });
      return null;
    }
    return value;
  };

  const read = (key: ValueColumn) => number(key, RANGES[key].min, RANGES[key].max);
  const values: Record<ValueColumn, number | null> = {
    responseRate: read('responseRate'),
    totalIndex: read('totalIndex'),
    hme: read('hme'),
  };
  const items = HME_ITEMS.map((item, i) => ({
    key: item.key,
    label: item.label,
    mean: number(`item-${i}`, 1, 5),
  }));

  if (issues.length > before) return null;
  const given = [values.responseRate, values.totalIndex, values.hme, ...items.map((i) => i.mean)];
  if (given.every((v) => v === null)) {
    issues.push({ line, column: null, code: 'noValues', values: { id: nodeId } });
    return null;
  }
  const computed =
    values.hme === null
      ? hmeFromMeans(new Map(items.map((item) => [item.key, item.mean]))).total
      : null;
  return {
    line,
    hmeComputed: computed !== null,
    survey: {
      nodeId,
      year,
      responseRate: values.responseRate,
      totalIndex: values.totalIndex,
      // Computed HME is kept to two decimals, as the manual entry stores it.
      hme: values.hme ?? (computed === null ? null : Math.round(computed * 100) / 100),
      items,
    },
  };
}
