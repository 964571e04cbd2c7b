import Papa from 'papaparse';

const BOM = '\uFEFF';

/**
 * The separator, from the header row: Swedish Excel writes ";" (the comma is the decimal sign),
 * most other tools ",". Tabs come from copying out of a spreadsheet.
 */
export function detectDelimiter(headerLine: string): string {
  const counts = [';', ',', '\t'].map((d) => ({ d, n: headerLine.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

/** Line number (1-based) of a character offset, by binary search over the line starts. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** One row of a CSV file as read: its cells, the file line it starts on, and whether it parsed. */
export interface CsvRow {
  cells: string[];
  /** 1-based line in the file where the row starts (quoted line breaks counted). */
  line: number;
  /** papaparse reported a problem with this row (e.g. an unclosed quote). */
  malformed: boolean;
}

/**
 * Reads decoded CSV text row by row with papaparse: a leading BOM dropped, the separator taken from
 * the header row, empty lines skipped, and every row told the file line it starts on so errors can
 * say where. Shared by the organisation and survey importers.
 */
export function readCsvRows(input: string, onRow: (row: CsvRow) => void): void {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  const headerLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const lineOf = lineIndex(text);
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(headerLine),
    skipEmptyLines: 'greedy',
    step(result) {
      const cells = result.data;
      // The cursor stands after the row's line break; its last character gives the last line, and
      // quoted line breaks inside the row lead back to the line it started on.
      let end = result.meta.cursor;
      if (text[end - 1] === '\n') end--;
      if (text[end - 1] === '\r') end--;
      const embedded = cells.reduce((n, c) => n + (c.split('\n').length - 1), 0);
      const line = lineOf(Math.max(0, end - 1)) - embedded;
      onRow({ cells, line, malformed: result.errors.length > 0 });
    },
  });
}
