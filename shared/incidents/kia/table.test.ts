import { describe, expect, it } from 'vitest';
import { buildTable } from './table';

describe('buildTable', () => {
  it('takes the first row with several filled cells as the header, skipping a title line', () => {
    const table = buildTable([
      { line: 1, cells: ['Händelser 2025-01-01 – 2025-12-31', '', ''] },
      { line: 2, cells: ['', '', ''] },
      { line: 3, cells: ['Ärendenummer', 'Händelsedatum', 'Ärendetyp'] },
      { line: 4, cells: ['1', '2025-01-02', 'Tillbud'] },
    ]);
    expect(table.headers).toEqual(['Ärendenummer', 'Händelsedatum', 'Ärendetyp']);
    expect(table.rows).toEqual([{ line: 4, cells: ['1', '2025-01-02', 'Tillbud'] }]);
  });

  it('drops empty rows but keeps the lines of the others', () => {
    const table = buildTable([
      { line: 1, cells: ['A', 'B'] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['  ', ''] },
      { line: 4, cells: ['x', 'y'] },
    ]);
    expect(table.rows.map((row) => row.line)).toEqual([4]);
  });

  it('trims cells and fits every row to the header', () => {
    const table = buildTable([
      { line: 1, cells: [' A ', 'B', 'C'] },
      { line: 2, cells: [' 1 '] },
      { line: 3, cells: ['1', '2', '3', 'extra'] },
    ]);
    expect(table.headers).toEqual(['A', 'B', 'C']);
    expect(table.rows[0]?.cells).toEqual(['1', '', '']);
    expect(table.rows[1]?.cells).toEqual(['1', '2', '3']);
  });

  it('names empty headings, numbers repeated ones and drops trailing empty columns', () => {
    const table = buildTable([{ line: 1, cells: ['Typ', '', 'Typ', 'Status', '', ''] }]);
    expect(table.headers).toEqual(['Typ', 'Kolumn 2', 'Typ (2)', 'Status']);
  });

  it('has no headers and no rows for an empty file', () => {
    expect(buildTable([])).toEqual({ headers: [], rows: [] });
    expect(buildTable([{ line: 1, cells: ['bara en cell'] }])).toEqual({ headers: [], rows: [] });
  });
});
