import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import type { ReportBlock, ReportCell, ReportModel, ReportSection } from '@shared/report/model';
import { formatNumber, formatPercent } from '@shared/format';
import { labelInk, officeColour, seriesColour } from '../chart-style';
import { DOC_STYLES, SECTION_PAGE, TEXT_WIDTH, pageNumberFooter } from './docx-common';
import { chartHasTable, type ChartBlock, type TableBlock } from './model-helpers';

/*
 * The annual report as a Word document (.docx), rendered from the report model only: a title
 * page, each section under a Heading 1 (sub-headings as Heading 2 and 3, so Word's navigation
 * pane lists them), tables with the header row repeated on every page and figures right-aligned,
 * the checklist's stacked percentage bars drawn as one-row tables of coloured cells (widths in
 * proportion to the shares; the counts table follows), other charts as tables where no table of
 * the model already holds their numbers. Swedish text, sv-SE figures, "Sida X av Y" in the footer.
 */

const HEADING: Record<2 | 3 | 4, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  2: HeadingLevel.HEADING_1,
  3: HeadingLevel.HEADING_2,
  4: HeadingLevel.HEADING_3,
};

const GRID = { style: BorderStyle.SINGLE, size: 4, color: 'B8C0CC' } as const;
const BORDERS = { top: GRID, bottom: GRID, left: GRID, right: GRID };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const HEADER_FILL = 'E6ECF2';
const GROUP_FILL = 'F3F5F8';

function cellParagraph(
  text: string,
  align: 'start' | 'end',
  bold: boolean,
  size: number,
): Paragraph {
  return new Paragraph({
    alignment: align === 'end' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { before: 20, after: 20 },
    children: [new TextRun({ text, bold, size })],
  });
}

/** Cell padding left and right, in twentieths of a point. */
const CELL_MARGIN = 60;

/**
 * Column widths from the content: a figure column as wide as its longest figure or header word
 * (headers wrap between words and after hyphens, figures never), the text columns share the rest
 * in proportion to their longest text. Wide tables get a smaller font.
 */
export function tableLayout(table: Pick<TableBlock, 'columns' | 'rows'>): {
  widths: number[];
  size: number;
} {
  const size = table.columns.length > 10 ? 16 : 18;
  // Generous: where Calibri is missing (LibreOffice on Linux) a wider font stands in.
  const charWidth = size * 6.2;
  const longestWord = (text: string) =>
    Math.max(0, ...text.split(/(?<=-)|\s+/u).map((word) => word.length));
  const need = table.columns.map((column, i) => {
    const body = Math.max(0, ...table.rows.map((row) => (row.cells[i]?.text ?? '').length));
    const chars =
      column.align === 'end'
        ? Math.max(body + 1, longestWord(column.label) + 1, 3)
        : Math.max(longestWord(column.label), Math.min(body, 60));
    return Math.ceil(chars * charWidth) + 2 * CELL_MARGIN;
  });
  const figureIdx = table.columns.flatMap((c, i) => (c.align === 'end' ? [i] : []));
  const textIdx = table.columns.flatMap((c, i) => (c.align === 'end' ? [] : [i]));
  const widths = [...need];
  const minText = table.columns.length > 10 ? 1200 : 1400;
  let figures = figureIdx.reduce((sum, i) => sum + (need[i] ?? 0), 0);
  const room = TEXT_WIDTH - minText * textIdx.length;
  if (figures > room) {
    const scale = room / figures;
    for (const i of figureIdx) widths[i] = Math.floor((need[i] ?? 0) * scale);
    figures = figureIdx.reduce((sum, i) => sum + (widths[i] ?? 0), 0);
  }
  if (textIdx.length === 0) {
    const spare = Math.floor((TEXT_WIDTH - figures) / Math.max(1, figureIdx.length));
    for (const i of figureIdx) widths[i] = (widths[i] ?? 0) + spare;
  } else {
    const left = TEXT_WIDTH - figures;
    const wanted = textIdx.reduce((sum, i) => sum + Math.max(minText, need[i] ?? 0), 0);
    for (const i of textIdx)
      widths[i] = Math.floor((Math.max(minText, need[i] ?? 0) / wanted) * left);
  }
  return { widths, size };
}

function reportTable(table: TableBlock): FileChild[] {
  const { widths, size } = tableLayout(table);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
          borders: BORDERS,
          verticalAlign: VerticalAlign.BOTTOM,
          children: [cellParagraph(column.label, column.align, true, size)],
        }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((column, i) => {
          const cell: ReportCell | undefined = row.cells[i];
          return new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            borders: BORDERS,
            ...(row.kind === 'group'
              ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: GROUP_FILL } }
              : {}),
            children: [cellParagraph(cell?.text ?? '', column.align, row.kind !== undefined, size)],
          });
        }),
      }),
  );
  return [
    new Paragraph({ style: 'Caption', text: table.caption }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { left: CELL_MARGIN, right: CELL_MARGIN },
      rows: [header, ...rows],
    }),
    new Paragraph({ text: '', spacing: { after: 60 } }),
  ];
}

/**
 * A stacked percentage bar as a one-row table: each answer a coloured cell as wide as its share,
 * labelled with the whole percentage where it fits. The exact figures are in the table after it.
 */
function percentBar(block: ChartBlock): FileChild[] {
  const { chart } = block;
  const out: FileChild[] = [];
  chart.categories.forEach((category, c) => {
    const parts = chart.series
      .map((series, i) => ({ series, i, share: series.values[c] ?? 0 }))
      .filter((p) => p.share > 0);
    const description =
      `${category}: ` +
      chart.series.map((s) => `${s.label} ${formatPercent(s.values[c] ?? 0)}`).join(', ') +
      (chart.n?.[c] !== undefined ? ` (n = ${formatNumber(chart.n[c] ?? 0)})` : '');
    if (parts.length === 0) {
      out.push(new Paragraph({ text: `${category}: inga svar.` }));
      return;
    }
    const barWidth = TEXT_WIDTH;
    let used = 0;
    const widths = parts.map((p, k) => {
      const w =
        k === parts.length - 1 ? barWidth - used : Math.max(60, Math.round(p.share * barWidth));
      used += w;
      return w;
    });
    out.push(
      new Table({
        width: { size: barWidth, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: {
          top: NO_BORDER,
          bottom: NO_BORDER,
          left: NO_BORDER,
          right: NO_BORDER,
          insideHorizontal: NO_BORDER,
          insideVertical: { style: BorderStyle.SINGLE, size: 8, color: 'FFFFFF' },
        },
        rows: [
          new TableRow({
            cantSplit: true,
            children: parts.map(
              (p, k) =>
                new TableCell({
                  width: { size: widths[k] ?? 0, type: WidthType.DXA },
                  shading: {
                    type: ShadingType.CLEAR,
                    color: 'auto',
                    fill: officeColour(seriesColour(p.series.key, p.i)),
                  },
                  verticalAlign: VerticalAlign.CENTER,
                  children: [
                    new Paragraph({
                      alignment: AlignmentType.CENTER,
                      spacing: { before: 40, after: 40 },
                      children: [
                        new TextRun({
                          // The label only where about four characters fit.
                          text: (widths[k] ?? 0) >= 700 ? formatPercent(p.share, 0) : '',
                          size: 18,
                          bold: true,
                          color: officeColour(labelInk(p.series.key)),
                        }),
                      ],
                    }),
                  ],
                }),
            ),
          }),
        ],
      }),
      new Paragraph({
        style: 'Caption',
        children: [new TextRun({ text: description, italics: true })],
      }),
    );
  });
  return out;
}

/** A chart whose numbers no table holds, as a table (categories down, series across). */
function chartTable(block: ChartBlock): FileChild[] {
  const { chart } = block;
  const format = (value: number): string =>
    chart.valueFormat === 'percent' ? formatPercent(value) : formatNumber(value);
  const table: TableBlock = {
    kind: 'table',
    id: block.id,
    caption: block.note ? `${block.title}. ${block.note}` : block.title,
    columns: [
      { key: 'category', label: '', align: 'start' },
      ...chart.series.map((s) => ({ key: s.key, label: s.label, align: 'end' as const })),
      ...(chart.kind === 'stackedBar'
        ? [{ key: 'total', label: 'Totalt', align: 'end' as const }]
        : []),
    ],
    rows: chart.categories.map((category, c) => {
      const values = chart.series.map((s) => s.values[c] ?? 0);
      const cells: ReportCell[] = [
        { text: category, value: null },
        ...values.map((v) => ({ text: format(v), value: v })),
      ];
      if (chart.kind === 'stackedBar') {
        const total = values.reduce((a, b) => a + b, 0);
        cells.push({ text: format(total), value: total });
      }
      return { cells };
    }),
  };
  return reportTable(table);
}

function blockChildren(section: ReportSection, block: ReportBlock): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], text: block.text })];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'list':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      return reportTable(block);
    case 'chart':
      if (block.chart.kind === 'stackedPercentBar') return percentBar(block);
      return chartHasTable(section, block) ? [] : chartTable(block);
  }
}

function titlePage(model: ReportModel): FileChild[] {
  const cover = model.sections.find((s) => s.id === 'cover');
  const lines = (cover?.blocks ?? []).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  return [
    new Paragraph({ text: '', spacing: { before: 2400 } }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: cover?.title ?? model.meta.title }),
    ...lines.map(
      (line, i) =>
        new Paragraph({
          spacing: { after: 160 },
          children: [new TextRun({ text: line, size: i === 0 ? 32 : 26, bold: i < 2 })],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The report as .docx bytes. */
export async function exportDocx(model: ReportModel): Promise<Uint8Array> {
  const body: FileChild[] = [...titlePage(model)];
  for (const section of model.sections) {
    if (section.id === 'cover') continue;
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: section.title }));
    for (const block of section.blocks) body.push(...blockChildren(section, block));
  }
  const doc = new Document({
    title: `${model.meta.title} – ${model.meta.nodeName}`,
    subject: `${model.meta.organisation}, ${model.meta.nodeName}`,
    creator: 'SAM-uppföljning',
    description: model.meta.title,
    styles: DOC_STYLES,
    features: { updateFields: false },
    sections: [
      {
        properties: SECTION_PAGE,
        footers: { default: pageNumberFooter(`${model.meta.nodeName} ${model.meta.year} · `) },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
