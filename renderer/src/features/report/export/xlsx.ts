import ExcelJS from 'exceljs';
import type { ReportCell, ReportModel } from '@shared/report/model';
import { modelTables } from './model-helpers';
import type { UnderlyingRow } from './underlying-rows';

/*
 * The report's tables as an Excel workbook: a contents sheet, then one sheet per table of the
 * model (caption in row 1, header in row 2, both frozen; figures as numbers with Excel formats,
 * so they can be summed and charted), and, when given, "Underlag" with the per-unit answers.
 */

/** Excel's number formats for the model's cell formats (Excel shows them in the user's locale). */
export function numberFormat(cell: ReportCell): string | undefined {
  switch (cell.format) {
    case 'percent':
      // Two decimals where the report prints two ("53,57 %"), whole where it prints none ("93 %").
      return /,\d/.test(cell.text) ? '0.00 %' : '0 %';
    case 'count':
      return '#,##0';
    case 'index':
      return '0';
    case 'mean':
      return '0.00';
    case 'number':
      return '0';
    default:
      return undefined;
  }
}

const FORBIDDEN = /[[\]:*?/\\]/g;

/** At most `max` characters, cut at a word boundary when one is near the end. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const hard = text.slice(0, max);
  const space = hard.lastIndexOf(' ');
  return (space >= max - 12 ? hard.slice(0, space) : hard).trim();
}

/** Unique sheet names of at most 31 characters, without the characters Excel refuses. */
export function sheetNamer(): (wanted: string) => string {
  const used = new Set<string>();
  return (wanted) => {
    const base =
      wanted.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^'|'$/g, '') || 'Blad';
    let name = cut(base, 31);
    for (let i = 2; used.has(name.toLocaleLowerCase('sv-SE')); i++) {
      const suffix = ` (${i})`;
      name = `${cut(base, 31 - suffix.length)}${suffix}`;
    }
    used.add(name.toLocaleLowerCase('sv-SE'));
    return name;
  };
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE6ECF2' },
};

/** A short, readable sheet name for a table: "F1 Rutinerna …" for checklist questions. */
function sheetTitle(sectionId: string, caption: string, questionNumber: number): string {
  return sectionId === 'checklist' ? `F${questionNumber} ${caption}` : caption;
}

export async function exportXlsx(
  model: ReportModel,
  rows?: readonly UnderlyingRow[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SAM-uppföljning';
  workbook.title = `${model.meta.title} – ${model.meta.nodeName}`;
  workbook.created = new Date(`${model.meta.date}T12:00:00Z`);
  const name = sheetNamer();

  const contents = workbook.addWorksheet(name('Innehåll'));
  contents.columns = [{ width: 36 }, { width: 90 }];
  contents.addRow([model.meta.title]).font = { bold: true, size: 14 };
  contents.addRow([model.meta.organisation]);
  contents.addRow([`${model.meta.levelName}: ${model.meta.nodeName}`]);
  contents.addRow([`Datum: ${model.meta.date}`]);
  contents.addRow([]);
  const contentsHeader = contents.addRow(['Blad', 'Tabell']);
  contentsHeader.font = { bold: true };

  let question = 0;
  for (const { section, table } of modelTables(model)) {
    if (section.id === 'checklist') question += 1;
    const sheetName = name(sheetTitle(section.id, table.caption, question));
    const sheet = workbook.addWorksheet(sheetName, {
      views: [{ state: 'frozen', ySplit: 2, xSplit: 1 }],
    });
    sheet.pageSetup = {
      paperSize: 9,
      orientation: table.columns.length > 6 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
    const link = contents.addRow([sheetName, table.caption]);
    link.getCell(1).value = { text: sheetName, hyperlink: `#'${sheetName}'!A1` };
    link.getCell(1).font = { color: { argb: 'FF0B4F6C' }, underline: true };

    sheet.addRow([table.caption]).font = { bold: true, size: 12 };
    const header = sheet.addRow(table.columns.map((c) => c.label));
    header.font = { bold: true };
    header.eachCell((cell, col) => {
      cell.fill = HEADER_FILL;
      cell.alignment = {
        horizontal: table.columns[col - 1]?.align === 'end' ? 'right' : 'left',
        vertical: 'bottom',
        wrapText: true,
      };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FF8A94A0' } } };
    });
    for (const row of table.rows) {
      const added = sheet.addRow(row.cells.map((c) => (c.value === null ? c.text : c.value)));
      row.cells.forEach((c, i) => {
        const cell = added.getCell(i + 1);
        const format = c.value === null ? undefined : numberFormat(c);
        if (format) cell.numFmt = format;
        if (table.columns[i]?.align === 'end') cell.alignment = { horizontal: 'right' };
      });
      if (row.kind) added.font = { bold: true };
    }
    // Widths from the longest text in each column (header included), within reason.
    table.columns.forEach((column, i) => {
      const longest = Math.max(
        column.label.length,
        ...table.rows.map((row) => row.cells[i]?.text.length ?? 0),
      );
      sheet.getColumn(i + 1).width =
        column.align === 'end'
          ? Math.min(18, Math.max(9, longest + 2))
          : Math.min(70, Math.max(12, longest + 2));
    });
  }

  if (rows && rows.length > 0) {
    const sheetName = name('Underlag');
    const sheet = workbook.addWorksheet(sheetName, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const link = contents.addRow([sheetName, 'Enheternas svar på checklistan (en rad per fråga)']);
    link.getCell(1).value = { text: sheetName, hyperlink: `#'${sheetName}'!A1` };
    sheet.columns = [
      { header: 'Enhet', key: 'unit', width: 32 },
      { header: 'Under', key: 'under', width: 28 },
      { header: 'Avsnitt', key: 'section', width: 36 },
      { header: 'Fråga', key: 'question', width: 80 },
      { header: 'Svar', key: 'answer', width: 12 },
      { header: 'Status', key: 'status', width: 12 },
      { header: 'Ingår i rapporten', key: 'counted', width: 18 },
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).eachCell((cell) => {
      cell.fill = HEADER_FILL;
    });
    for (const row of rows) sheet.addRow({ ...row, counted: row.counted ? 'Ja' : 'Nej' });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: 7 } };
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
