import type { Incident } from '../../schemas/incident';
import type { OrgNode } from '../../schemas/org';
import { findPersonalIdentityNumbers, maskPersonalIdentityNumbers } from '../personnummer';
import { FIELD_LABELS, KIA_FIELDS, REQUIRED_FIELDS } from './fields';
import { kiaMessages as sv } from './messages';
import type { KiaMapping } from './mapping';
import type { SourceTable } from './table';
import { categoryResolver, statusResolver, typeResolver, unitResolver } from './resolve';
import { RowCheck, type ColumnIndex, type KiaIssue } from './row-check';
import { parseDateCell, parseTimeCell, parseYesNo } from './values';

export type { KiaIssue };

/**
 * Turns the rows of an export into incidents, checking each cell the way a caseworker would and
 * saying in Swedish what is wrong on which row. Hand-written checks rather than a zod parse per row:
 * 20,000 rows must validate well within a second, and the messages must name the file's row.
 */

export interface ValidateOptions {
  /** The organisation's place and cause lists; values matching them need no mapping. */
  places?: readonly string[];
  causes?: readonly string[];
  /** createdAt of the new incidents (ISO date-time); defaults to now. */
  importedAt?: string;
  /** Events after this day (YYYY-MM-DD) are refused; defaults to today. */
  today?: string;
  /** Replace personnummer in the free texts with a marker (a warning says so either way). */
  maskIdentityNumbers?: boolean;
}

export interface ValidationResult {
  /** Rows that became incidents, in file order; id = externalId = "kia:<ärendenummer>". */
  valid: Incident[];
  /** The file rows of `valid`, same order (for the preview). */
  validRows: number[];
  errors: KiaIssue[];
  /** Imported anyway, but worth a look (personal data in free text). */
  warnings: KiaIssue[];
  /** Problems with the mapping itself; while there are any, no row is checked. */
  problems: string[];
}

export const EXTERNAL_ID_PREFIX = 'kia:';
const MAX_EXTERNAL_ID = 200;
const MAX_TEXT = 10_000;
type FreeTextField = 'description' | 'immediateMeasures' | 'investigation';

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Where each mapped field is in the table (unmapped fields are absent), and what is wrong with the mapping. */
export function resolveColumns(
  headers: readonly string[],
  mapping: KiaMapping,
): { index: ColumnIndex; problems: string[] } {
  const problems: string[] = [];
  const index: ColumnIndex = {};
  for (const field of KIA_FIELDS) {
    const header = mapping.columns[field];
    if (header === undefined) continue;
    const at = headers.indexOf(header);
    if (at === -1) problems.push(sv.columnNotInFile(FIELD_LABELS[field], header));
    else index[field] = at;
  }
  for (const field of REQUIRED_FIELDS) {
    if (mapping.columns[field] !== undefined) continue;
    if (field === 'unit') {
      if (mapping.defaultUnitId === null) problems.push(sv.unitColumnMissing);
    } else problems.push(sv.columnMissing(FIELD_LABELS[field]));
  }
  return { index, problems };
}

/** Checks every row; see ValidationResult. `units` are the org nodes rows may belong to. */
export function validateRows(
  table: SourceTable,
  mapping: KiaMapping,
  units: readonly Pick<OrgNode, 'id' | 'name'>[],
  options: ValidateOptions = {},
): ValidationResult {
  const result: ValidationResult = {
    valid: [],
    validRows: [],
    errors: [],
    warnings: [],
    problems: [],
  };
  const { index, problems } = resolveColumns(table.headers, mapping);
  if (table.rows.length === 0) problems.push(sv.noRows);
  if (problems.length > 0) {
    result.problems = problems;
    return result;
  }

  const importedAt = options.importedAt ?? new Date().toISOString();
  const today = options.today ?? localToday();
  const referenceYear = Number(today.slice(0, 4));
  const mask = options.maskIdentityNumbers ?? false;
  const resolveType = typeResolver(mapping);
  const resolveUnit = unitResolver(mapping, units);
  const resolvePlace = categoryResolver(FIELD_LABELS.place, mapping.places, options.places);
  const resolveCause = categoryResolver(FIELD_LABELS.cause, mapping.causes, options.causes);
  const resolveStatus = statusResolver(mapping);
  const firstRowOfId = new Map<string, number>();

  const row = new RowCheck(index, mapping.columns, result.errors);
  const reportDate = (field: 'reportedToAV' | 'reportedToFK') => {
    const text = row.cell(field);
    const parsed = parseDateCell(text);
    if (parsed === undefined) row.fail(field, sv.invalidDate(row.line, FIELD_LABELS[field], text));
    return parsed?.date ?? null;
  };
  const freeText = (field: FreeTextField) => {
    const text = row.cell(field);
    if (text.length > MAX_TEXT) {
      row.fail(field, sv.tooLong(row.line, FIELD_LABELS[field], MAX_TEXT));
      return '';
    }
    if (text === '' || findPersonalIdentityNumbers(text, { referenceYear }).length === 0)
      return text;
    const message = mask ? sv.identityNumberMasked : sv.identityNumber;
    result.warnings.push(row.issue(field, message(row.line, FIELD_LABELS[field])));
    return mask ? maskPersonalIdentityNumbers(text, { referenceYear }) : text;
  };

  for (const { line, cells } of table.rows) {
    row.start(line, cells);

    // Ärendenummer: present, not too long, once per file.
    const sourceId = row.cell('externalId');
    const externalId = EXTERNAL_ID_PREFIX + sourceId;
    if (sourceId === '') row.fail('externalId', sv.idMissing(line));
    else if (externalId.length > MAX_EXTERNAL_ID)
      row.fail('externalId', sv.idTooLong(line, MAX_EXTERNAL_ID - EXTERNAL_ID_PREFIX.length));
    else {
      const first = firstRowOfId.get(sourceId);
      if (first === undefined) firstRowOfId.set(sourceId, line);
      else row.fail('externalId', sv.duplicateId(line, sourceId, first));
    }

    // Händelsedatum (maybe with the time in the same cell) and Klockslag.
    const dateText = row.cell('date');
    const dateTime = parseDateCell(dateText);
    if (dateTime === null) row.fail('date', sv.dateMissing(line));
    else if (dateTime === undefined)
      row.fail('date', sv.invalidDate(line, FIELD_LABELS.date, dateText));
    else if (dateTime.date > today) row.fail('date', sv.futureDate(line, dateTime.date));
    const timeText = row.cell('time');
    let time = parseTimeCell(timeText);
    if (time === undefined) row.fail('time', sv.invalidTime(line, timeText));
    else if (time === null && dateTime) time = dateTime.time;

    const type = row.value('type', resolveType(row.cell('type')));
    const nodeId = row.has('unit')
      ? row.value('unit', resolveUnit(row.cell('unit')))
      : mapping.defaultUnitId;
    const placeCategory = row.value('place', resolvePlace(row.cell('place')));
    const causeCategory = row.value('cause', resolveCause(row.cell('cause')));
    const status = row.value('status', resolveStatus(row.cell('status')));
    const reportedToAV = reportDate('reportedToAV');
    const reportedToFK = reportDate('reportedToFK');

    const seriousText = row.cell('serious');
    const seriousValue = parseYesNo(seriousText);
    if (seriousValue === undefined)
      row.fail('serious', sv.invalidYesNo(line, FIELD_LABELS.serious, seriousText));
    // An export without the column still tells: only serious events are reported to AV.
    const serious = seriousText === '' ? reportedToAV !== null : seriousValue === true;

    const description = freeText('description');
    const immediateMeasures = freeText('immediateMeasures');
    const investigation = freeText('investigation');

    if (
      row.failed ||
      !dateTime ||
      time === undefined ||
      type === undefined ||
      nodeId === undefined ||
      nodeId === null ||
      placeCategory === undefined ||
      causeCategory === undefined ||
      status === undefined
    )
      continue;
    result.valid.push({
      id: externalId,
      nodeId,
      date: dateTime.date,
      time,
      type,
      placeCategory,
      causeCategory,
      description,
      immediateMeasures,
      investigation,
      serious,
      reportedToAV,
      reportedToFK,
      status,
      externalId,
      createdAt: importedAt,
    });
    result.validRows.push(line);
  }
  return result;
}
