import { readCsvRows } from '../csv/rows';
import type { Level } from '../schemas/org';

/**
 * Reading an organisation tree from CSV: one row per node with the columns id, parent, level and
 * name. Municipal HR systems and Swedish Excel produce these files, so the reader accepts what they
 * write: ";" or "," as separator, a UTF-8 byte-order mark, Swedish column names. Every problem is
 * reported with the file's line number so the user can find it in the file; the checks that need
 * the existing organisation live in csv-import-plan.ts.
 */

/** What can be wrong with the file or one of its rows; the UI words each code in Swedish. */
export type CsvIssueCode =
  | 'emptyFile'
  | 'missingColumn'
  | 'duplicateColumn'
  | 'malformed'
  | 'missingId'
  | 'idTooLong'
  | 'missingName'
  | 'nameTooLong'
  | 'badLevel'
  | 'duplicateId'
  | 'missingParent'
  | 'rootWithParent'
  | 'unknownParent'
  | 'parentLevel'
  | 'cycle'
  | 'multipleRoots'
  | 'levelChanged'
  | 'archived'
  | 'archivedParent';

export interface CsvIssue {
  /** The line in the file (1 is the header row). */
  line: number;
  code: CsvIssueCode;
  /** The details the message names: ids, levels, the line of an earlier duplicate … */
  values: Record<string, string | number>;
}

/** One node as the file describes it; `level` is null when the file's value was not 1–4. */
export interface OrgCsvRow {
  line: number;
  id: string;
  parentId: string | null;
  level: Level | null;
  name: string;
}

export interface ParsedOrgCsv {
  rows: OrgCsvRow[];
  issues: CsvIssue[];
}

type Column = 'id' | 'parent' | 'level' | 'name';

/** Header names (lower case) per column: English as in the spec, Swedish as users write them. */
const HEADER_ALIASES: Record<Column, readonly string[]> = {
  id: ['id', 'kod', 'nodid', 'nod-id'],
  parent: ['parent', 'parentid', 'parent_id', 'förälder', 'foralder', 'överordnad', 'overordnad'],
  level: ['level', 'nivå', 'niva'],
  name: ['name', 'namn'],
};
/** How a missing column is named in the message: both spellings the reader accepts. */
const COLUMN_LABELS: Record<Column, string> = {
  id: 'id',
  parent: 'förälder/parent',
  level: 'nivå/level',
  name: 'namn/name',
};
const COLUMNS: readonly Column[] = ['id', 'parent', 'level', 'name'];

/** The limits of the stored record (shared/schemas: id 200, name 200 characters). */
export const MAX_ID_LENGTH = 200;
export const MAX_NAME_LENGTH = 200;

/** Maps each column to its index in the header; reports missing and doubled columns. */
function readHeader(cells: string[], issues: CsvIssue[]): Record<Column, number> | null {
  const found: Partial<Record<Column, number>> = {};
  cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    const column = COLUMNS.find((c) => HEADER_ALIASES[c].includes(name));
    if (!column) return;
    if (found[column] !== undefined)
      issues.push({ line: 1, code: 'duplicateColumn', values: { column: COLUMN_LABELS[column] } });
    else found[column] = index;
  });
  const missing = COLUMNS.filter((c) => found[c] === undefined);
  for (const column of missing)
    issues.push({ line: 1, code: 'missingColumn', values: { column: COLUMN_LABELS[column] } });
  const { id, parent, level, name } = found;
  if (id === undefined || parent === undefined || level === undefined || name === undefined)
    return null;
  return { id, parent, level, name };
}

function parseLevel(value: string): Level | null {
  switch (value) {
    case '1':
      return 1;
    case '2':
      return 2;
    case '3':
      return 3;
    case '4':
      return 4;
    default:
      return null;
  }
}

/** Checks one data row on its own; returns the row unless it has no id to refer to it by. */
function readRow(
  cells: string[],
  line: number,
  at: Record<Column, number>,
  issues: CsvIssue[],
): OrgCsvRow | null {
  const cell = (column: Column) => (cells[at[column]] ?? '').trim();
  const id = cell('id');
  if (!id) {
    issues.push({ line, code: 'missingId', values: {} });
    return null;
  }
  if (id.length > MAX_ID_LENGTH)
    issues.push({ line, code: 'idTooLong', values: { max: MAX_ID_LENGTH } });
  const name = cell('name');
  if (!name) issues.push({ line, code: 'missingName', values: { id } });
  else if (name.length > MAX_NAME_LENGTH)
    issues.push({ line, code: 'nameTooLong', values: { id, max: MAX_NAME_LENGTH } });
  const rawLevel = cell('level');
  const level = parseLevel(rawLevel);
  if (level === null) issues.push({ line, code: 'badLevel', values: { id, value: rawLevel } });
  const parent = cell('parent');
  return { line, id, parentId: parent === '' ? null : parent, level, name };
}

/**
 * Parses the file's text (already decoded) into rows and the problems that can be seen in the file
 * alone: header, empty fields, levels outside 1–4, an id used twice (the later row is dropped).
 */
export function parseOrgCsv(input: string): ParsedOrgCsv {
  const issues: CsvIssue[] = [];
  const rows: OrgCsvRow[] = [];
  const firstLineOf = new Map<string, number>();
  let columns: Record<Column, number> | null | undefined;

  readCsvRows(input, ({ cells, line, malformed }) => {
    if (columns === undefined) {
      columns = readHeader(cells, issues);
      return;
    }
    if (columns === null) return;
    if (malformed) {
      issues.push({ line, code: 'malformed', values: {} });
      return;
    }
    const row = readRow(cells, line, columns, issues);
    if (!row) return;
    const first = firstLineOf.get(row.id);
    if (first !== undefined) {
      issues.push({ line, code: 'duplicateId', values: { id: row.id, firstLine: first } });
      return;
    }
    firstLineOf.set(row.id, line);
    rows.push(row);
  });

  if (columns === undefined) issues.push({ line: 1, code: 'emptyFile', values: {} });
  return { rows, issues };
}
