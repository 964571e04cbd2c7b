import { kiaMessages, type SourceTable } from '@shared/incidents/kia';
import { readCsv } from './read-csv';
import { TableReadError } from './read-error';
import { readXlsx } from './read-xlsx';

/** Reads an export by its file name: .csv/.txt as CSV, .xlsx as a workbook. */
export async function readExportFile(name: string, bytes: ArrayBuffer): Promise<SourceTable> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(bytes);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(bytes);
  throw new TableReadError(kiaMessages.unknownFormat(name));
}

export { TableReadError };
