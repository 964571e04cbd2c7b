import type { CellValue, Worksheet } from 'exceljs';
import { buildTable, kiaMessages, type SourceRow, type SourceTable } from '@shared/incidents/kia';
import { TableReadError } from './read-error';

/**
 * XLSX exports, read with exceljs from the file's bytes (the same code in the browser and in
 * Node). Cells become the strings the shared import expects: dates as YYYY-MM-DD (with " HH:MM"
 * when they hold a time), time-only cells as HH:MM, numbers as written in JavaScript ("251001",
 * "0.35"), booleans as Ja/Nej. Rows keep their sheet row number.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const MS_PER_MINUTE = 60_000;

/*
 * exceljs turns Excel serials into Dates in UTC. A time-only cell is a serial below 1, i.e. a Date
 * on Excel's day zero (1899-12-30 or, rounded, 1899-12-31).
 */
function dateText(value: Date): string {
  // Rounded to the minute: Excel's floating-point serials land a hair before or after.
  const at = new Date(Math.round(value.getTime() / MS_PER_MINUTE) * MS_PER_MINUTE);
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
  if (at.getUTCFullYear() < 1900) return time;
  const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  return time === '00:00' ? date : `${date} ${time}`;
}

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('formula' in value || 'sharedFormula' in value)
    return value.result === undefined ? '' : cellText(value.result);
  return ''; // an error value (#N/A, #REF! …) holds nothing to import
}

function sheetRows(sheet: Worksheet): SourceRow[] {
  const rows: SourceRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    for (let i = 0; i < cells.length; i += 1) cells[i] ??= '';
    rows.push({ line: rowNumber, cells });
  });
  return rows;
}

/** The first sheet that holds data, as a table; throws TableReadError for what is no workbook. */
export async function readXlsx(bytes: ArrayBuffer): Promise<SourceTable> {
  // Loaded on demand: exceljs is large and only the import needs it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new TableReadError(kiaMessages.notXlsx);
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) throw new TableReadError(kiaMessages.emptyWorkbook);
  const table = buildTable(sheetRows(sheet));
  if (table.headers.length === 0) throw new TableReadError(kiaMessages.noHeader);
  return table;
}
