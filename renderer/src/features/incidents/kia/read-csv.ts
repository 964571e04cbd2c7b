import Papa from 'papaparse';
import { buildTable, kiaMessages, type SourceRow, type SourceTable } from '@shared/incidents/kia';
import { TableReadError } from './read-error';

/**
 * CSV exports as KIA and Excel write them: semicolon-separated (Swedish Excel) or comma-separated,
 * UTF-8 with or without BOM or Windows-1252, quoted fields that may hold separators and line breaks.
 * Each row keeps the line it starts on, so errors can point into the file.
 */

const CANDIDATE_DELIMITERS = [';', ',', '\t'] as const;

/** UTF-8 (BOM dropped) when the bytes are valid UTF-8, else Windows-1252 (older Excel "CSV"). */
export function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The separator used most in the first line (the header, which rarely holds any other). */
export function detectDelimiter(text: string): string {
  const end = text.search(/\r?\n/);
  const firstLine = end === -1 ? text : text.slice(0, end);
  let best: string = CANDIDATE_DELIMITERS[0];
  let bestCount = 0;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    count += 1;
  }
  return count;
}

/** Parses CSV text into a table; throws TableReadError for a quote that never closes. */
export function parseCsv(input: string): SourceTable {
  // One kind of line break: files edited by hand mix \r\n and \n (papaparse guesses one kind from
  // the start of the file and would read the rest as one row), and very old Macs wrote a lone \r.
  const text = (input.startsWith('\uFEFF') ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  const raw: SourceRow[] = [];
  let line = 1;
  let rowStart = 0;
  let unclosedAt: number | undefined;
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      if (result.errors.some((error) => error.code === 'MissingQuotes')) unclosedAt ??= line;
      raw.push({ line, cells: result.data });
      const cursor = result.meta.cursor;
      line += countLineBreaks(text, rowStart, cursor);
      rowStart = cursor;
    },
  });
  if (unclosedAt !== undefined) throw new TableReadError(kiaMessages.unclosedQuote(unclosedAt));
  const table = buildTable(raw);
  if (table.headers.length === 0) throw new TableReadError(kiaMessages.noHeader);
  return table;
}

export async function readCsv(bytes: ArrayBuffer): Promise<SourceTable> {
  return parseCsv(decodeText(bytes));
}
