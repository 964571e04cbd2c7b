import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  exportXlsx,
  numberFormat,
  sheetNamer,
} from '../../../renderer/src/features/report/export/xlsx';
import type { UnderlyingRow } from '../../../renderer/src/features/report/export/underlying-rows';
import { Q1, exportFixture } from './fixture';

const ROWS: UnderlyingRow[] = [
  {
    unit: 'Åsens boende',
    under: 'Vuxen',
    section: 'Lagefterlevnad',
    question: Q1,
    answer: 'Ja',
    status: 'Signerad',
    counted: true,
  },
  {
    unit: 'Björkens boende',
    under: 'Barn',
    section: 'Lagefterlevnad',
    question: Q1,
    answer: 'Delvis',
    status: 'Utkast',
    counted: false,
  },
];

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

describe('exportXlsx', async () => {
  const model = exportFixture();
  const workbook = await read(await exportXlsx(model, ROWS));
  const names = workbook.worksheets.map((s) => s.name);

  it('has a contents sheet, one sheet per table of the model and the underlying rows', () => {
    const tables = model.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'table'));
    expect(names[0]).toBe('Innehåll');
    expect(names.at(-1)).toBe('Underlag');
    expect(names).toHaveLength(tables.length + 2);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(names[1]).toMatch(/^F1 Verksamhetens rutiner/);
  });

  it('writes figures as numbers with formats, the header bold and frozen', () => {
    const sheet = workbook.worksheets[1];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe(`${Q1} (n = 28)`);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Grupp',
      'Totalt (n)',
      'Ja',
      'Ja %',
      'Delvis',
      'Delvis %',
      'Nej',
      'Nej %',
      'Vet ej',
      'Vet ej %',
    ]);
    expect(sheet.getCell('A2').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getCell('A3').value).toBe('Socialförvaltningen');
    expect(sheet.getCell('B3').value).toBe(28);
    expect(sheet.getCell('C3').value).toBe(15);
    expect(sheet.getCell('D3').value).toBeCloseTo(15 / 28, 12);
    expect(sheet.getCell('D3').numFmt).toBe('0.00 %');
    expect(sheet.getCell('F3').value).toBeCloseTo(13 / 28, 12);
    expect(sheet.getCell('C3').numFmt).toBe('#,##0');
    expect(sheet.getColumn(1).width).toBeGreaterThan(sheet.getColumn(3).width ?? 0);
  });

  it('keeps the incident totals and survey indices as numbers', () => {
    const months = workbook.worksheets.find((s) => s.name.startsWith('Sammanställning 2025'));
    const total = months?.getRow(6);
    expect(total?.getCell(1).value).toBe('Totalt');
    expect(total?.getCell(14).value).toBe(101);
    const response = workbook.worksheets.find((s) => s.name === 'Svarsfrekvens');
    expect(response?.getCell('B3').value).toBeCloseTo(0.93, 12);
    expect(response?.getCell('B3').numFmt).toBe('0 %');
  });

  it('lists the underlying rows with a filter, and which ones the report counts', () => {
    const sheet = workbook.getWorksheet('Underlag');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Enhet',
      'Under',
      'Avsnitt',
      'Fråga',
      'Svar',
      'Status',
      'Ingår i rapporten',
    ]);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      'Åsens boende',
      'Vuxen',
      'Lagefterlevnad',
      Q1,
      'Ja',
      'Signerad',
      'Ja',
    ]);
    expect(sheet?.getCell('G3').value).toBe('Nej');
    expect(sheet?.autoFilter).toBeTruthy();
  });

  it('leaves the underlying sheet out when no rows are given', async () => {
    const without = await read(await exportXlsx(model));
    expect(without.getWorksheet('Underlag')).toBeUndefined();
  });
});

describe('sheet names and number formats', () => {
  it('cuts names to 31 characters, drops refused characters and numbers duplicates', () => {
    const name = sheetNamer();
    expect(name('Skadeorsak/risk per händelsetyp')).toBe('Skadeorsak risk per händelsetyp');
    const long = 'HME per fråga och delindex (motivation, ledarskap, styrning), 0–100';
    const first = name(long);
    const second = name(long);
    expect(first.length).toBeLessThanOrEqual(31);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second).toMatch(/ \(2\)$/);
    expect(first).not.toBe(second);
    expect(name('Blad')).toBe('Blad');
    expect(name('BLAD')).toBe('BLAD (2)');
  });

  it('formats shares with the decimals the report prints', () => {
    expect(numberFormat({ text: '53,57 %', value: 0.5357, format: 'percent' })).toBe('0.00 %');
    expect(numberFormat({ text: '93 %', value: 0.93, format: 'percent' })).toBe('0 %');
    expect(numberFormat({ text: '3,87', value: 3.87, format: 'mean' })).toBe('0.00');
    expect(numberFormat({ text: 'x', value: null })).toBeUndefined();
  });
});
