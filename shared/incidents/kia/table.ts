/**
 * The abstract table an export file is read into. The readers (CSV via papaparse, XLSX via exceljs)
 * live in the renderer because their libraries bring Node/DOM types; everything after reading —
 * mapping, validation, statistics — works on this shape and stays pure.
 */

export interface SourceRow {
  /** Where the row is in the file as the user sees it: the line of a CSV, the row of a sheet. */
  line: number;
  /** One trimmed string per header; Excel dates arrive as "YYYY-MM-DD", times as "HH:MM". */
  cells: string[];
}

export interface SourceTable {
  headers: string[];
  rows: SourceRow[];
}

/** Reads a file's bytes into a table (one implementation per format). */
export type TableReader = (bytes: ArrayBuffer) => Promise<SourceTable>;

/*
 * A title line above the header ("Händelser 2025-01-01 – 2025-12-31") has one filled cell; the
 * header has several.
 */
const MIN_HEADER_CELLS = 2;

function filledCount(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) if (cell.trim() !== '') count += 1;
  return count;
}

/** Unique, non-empty header names: an empty heading becomes "Kolumn 3", a repeated one "Typ (2)". */
function cleanHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim().replace(/\s+/g, ' ') || `Kolumn ${i + 1}`;
    const times = (seen.get(base) ?? 0) + 1;
    seen.set(base, times);
    return times === 1 ? base : `${base} (${times})`;
  });
}

/**
 * Builds the table from raw rows as a reader found them: the first row with at least two filled
 * cells is the header, rows before it and empty rows are dropped, every row gets exactly one
 * trimmed cell per header (trailing empty header columns are dropped).
 */
export function buildTable(raw: Iterable<SourceRow>): SourceTable {
  let headers: string[] | undefined;
  const rows: SourceRow[] = [];
  for (const { line, cells } of raw) {
    if (headers === undefined) {
      if (filledCount(cells) >= MIN_HEADER_CELLS) {
        let width = cells.length;
        while (width > 0 && (cells[width - 1] ?? '').trim() === '') width -= 1;
        headers = cleanHeaders(cells.slice(0, width));
      }
      continue;
    }
    if (filledCount(cells) === 0) continue;
    const fitted = new Array<string>(headers.length);
    for (let i = 0; i < headers.length; i += 1) fitted[i] = (cells[i] ?? '').trim();
    rows.push({ line, cells: fitted });
  }
  return { headers: headers ?? [], rows };
}
