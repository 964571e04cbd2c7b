import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readExportFile } from '../../../renderer/src/features/incidents/kia/read-table';
import { TableReadError } from '../../../renderer/src/features/incidents/kia/read-error';
import { cellText, readXlsx } from '../../../renderer/src/features/incidents/kia/read-xlsx';

async function workbookBytes(fill: (sheet: ExcelJS.Worksheet) => void): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Ärenden'));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer).buffer;
}

describe('cellText', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['Tillbud', 'Tillbud'],
    [251001, '251001'],
    [0.5, '0.5'],
    [true, 'Ja'],
    [false, 'Nej'],
    [new Date(Date.UTC(2025, 2, 14)), '2025-03-14'],
    [new Date(Date.UTC(2025, 2, 14, 17, 45)), '2025-03-14 17:45'],
    [new Date(Date.UTC(1899, 11, 30, 8, 30)), '08:30'],
    // Floating-point serials land a little off the minute.
    [new Date(Date.UTC(1899, 11, 30, 8, 29, 59, 990)), '08:30'],
    [new Date(Date.UTC(2025, 2, 14, 23, 59, 59, 995)), '2025-03-15'],
    [{ richText: [{ text: 'Halkade ' }, { text: 'i trappan' }] }, 'Halkade i trappan'],
    [{ text: 'Ärende 12', hyperlink: 'https://kia.example/12' }, 'Ärende 12'],
    [{ formula: 'A1+1', result: 251002 }, '251002'],
    [{ formula: 'TODAY()', result: new Date(Date.UTC(2025, 0, 2)) }, '2025-01-02'],
    [{ formula: 'A1' }, ''],
    [{ sharedFormula: 'A2', result: 'x' }, 'x'],
    [{ error: '#N/A' as const }, ''],
  ])('%j → %j', (value, text) => expect(cellText(value)).toBe(text));
});

describe('readXlsx', () => {
  it('reads the first sheet with data, with sheet row numbers and typed cells', async () => {
    const data = await workbookBytes((sheet) => {
      sheet.addRow(['Ärendenummer', 'Händelsedatum', 'Klockslag', 'Ärendetyp']);
      sheet.addRow([
        1001,
        new Date(Date.UTC(2025, 2, 14)),
        new Date(Date.UTC(1899, 11, 30, 8, 30)),
        'Tillbud',
      ]);
      sheet.addRow([]);
      sheet.addRow([
        1002,
        '2025-02-30',
        '8.30',
        { richText: [{ text: 'Olycks' }, { text: 'fall' }] },
      ]);
      sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
      sheet.getCell('C2').numFmt = 'hh:mm';
    });
    const table = await readXlsx(data);
    expect(table).toEqual({
      headers: ['Ärendenummer', 'Händelsedatum', 'Klockslag', 'Ärendetyp'],
      rows: [
        { line: 2, cells: ['1001', '2025-03-14', '08:30', 'Tillbud'] },
        { line: 4, cells: ['1002', '2025-02-30', '8.30', 'Olycksfall'] },
      ],
    });
  });

  it('fills the gaps of sparse rows', async () => {
    const data = await workbookBytes((sheet) => {
      sheet.addRow(['A', 'B', 'C']);
      sheet.getCell('C2').value = 'bara C';
    });
    expect((await readXlsx(data)).rows).toEqual([{ line: 2, cells: ['', '', 'bara C'] }]);
  });

  it('refuses what is no workbook, and a workbook without data', async () => {
    const text = new TextEncoder().encode('A;B\n1;2').buffer;
    await expect(readXlsx(text)).rejects.toThrowError(TableReadError);
    await expect(readXlsx(await workbookBytes(() => undefined))).rejects.toThrowError(
      'Excel-filen innehåller inget blad med data.',
    );
  });
});

describe('readExportFile', () => {
  it('chooses the reader by the file name and refuses other formats', async () => {
    const csv = new TextEncoder().encode('A;B\n1;2').buffer;
    expect((await readExportFile('Export.CSV', csv)).headers).toEqual(['A', 'B']);
    expect((await readExportFile('export.txt', csv)).headers).toEqual(['A', 'B']);
    await expect(readExportFile('export.xls', csv)).rejects.toThrowError(
      'Filen "export.xls" är varken CSV (.csv, .txt) eller Excel (.xlsx). Spara exporten i något av de formaten.',
    );
  });
});
