import PptxGenJS from 'pptxgenjs';
import type { ReportChart, ReportModel } from '@shared/report/model';
import { formatNumber, formatPercent } from '@shared/format';
import { officeColour, prefersColumns, seriesColour } from '../chart-style';
import { reportSlides, type Slide } from '../slides';
import type { ChartBlock, TableBlock } from './model-helpers';

/*
 * The report as a PowerPoint deck for the board meeting: the same slides as the presentation mode
 * (slides.ts: a title slide, then one chart or table a slide). Charts are native PowerPoint charts
 * (editable, data in the embedded workbook): the checklist's answers as 100 % stacked horizontal
 * bars with n and the counts under them, incidents as stacked columns or bars, TI and HME as
 * grouped columns. Tables are native tables, split over several slides when long. Swedish text.
 */

const W = 13.333;
const MARGIN = 0.5;
const CONTENT_W = W - 2 * MARGIN;
const CONTENT_Y = 1.55;
const CONTENT_H = 5.35;
const INK = '1B2430';
const MUTED = '4A5563';
const ACCENT = '0B4F6C';
const LANG = 'sv-SE';
/** Rows of a table a slide (header not counted); a longer table continues on the next slide. */
export const ROWS_PER_SLIDE = 12;

const FORMAT_CODE: Record<ReportChart['valueFormat'], string> = {
  percent: '0 %',
  count: '0',
  index: '0',
};

function header(slide: PptxGenJS.Slide, kicker: string, title: string, footer: string): void {
  slide.addText(kicker, {
    x: MARGIN,
    y: 0.3,
    w: CONTENT_W,
    h: 0.35,
    fontSize: 13,
    color: MUTED,
    lang: LANG,
  });
  slide.addText(title, {
    x: MARGIN,
    y: 0.65,
    w: CONTENT_W,
    h: 0.85,
    fontSize: title.length > 90 ? 20 : 24,
    bold: true,
    color: ACCENT,
    valign: 'top',
    fit: 'shrink',
    lang: LANG,
  });
  slide.addText(footer, {
    x: MARGIN,
    y: 7.05,
    w: CONTENT_W - 1,
    h: 0.3,
    fontSize: 10,
    color: MUTED,
    lang: LANG,
  });
}

/** "n = 28 · Ja 15 (53,57 %) · Delvis 13 (46,43 %) · …" for one category of a percentage bar. */
export function percentBarLine(chart: ReportChart, category: number): string {
  const parts = chart.series.map((s) => {
    const share = formatPercent(s.values[category] ?? 0);
    const count = s.counts?.[category];
    return count === undefined
      ? `${s.label} ${share}`
      : `${s.label} ${formatNumber(count)} (${share})`;
  });
  const n = chart.n?.[category];
  return [n === undefined ? null : `n = ${formatNumber(n)}`, ...parts].filter(Boolean).join(' · ');
}

function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, block: ChartBlock): void {
  const { chart } = block;
  const data = chart.series.map((s) => ({
    name: s.label,
    labels: chart.categories,
    values: s.values,
  }));
  const colours = chart.series.map((s, i) => officeColour(seriesColour(s.key, i)));
  const common = {
    chartColors: colours,
    showLegend: true,
    legendPos: 'b' as const,
    legendFontSize: 14,
    catAxisLabelFontSize: 13,
    valAxisLabelFontSize: 12,
    valAxisLabelFormatCode: FORMAT_CODE[chart.valueFormat],
    // Zero values get no label (positive;negative;zero).
    dataLabelFormatCode: `${FORMAT_CODE[chart.valueFormat]};-${FORMAT_CODE[chart.valueFormat]};;`,
    dataLabelFontSize: 12,
    lang: LANG,
  };
  if (chart.kind === 'stackedPercentBar') {
    const barH = Math.min(CONTENT_H - 1.2, 1.3 + chart.categories.length * 0.6);
    slide.addChart(pptx.ChartType.bar, data, {
      ...common,
      x: MARGIN,
      y: CONTENT_Y,
      w: CONTENT_W,
      h: barH,
      barDir: 'bar',
      barGrouping: 'percentStacked',
      barGapWidthPct: 40,
      valAxisMaxVal: 1,
      showValue: true,
      dataLabelColor: 'FFFFFF',
      dataLabelPosition: 'ctr',
    });
    slide.addText(
      chart.categories.map((category, c) => ({
        text: `${category}: ${percentBarLine(chart, c)}`,
        options: { breakLine: true },
      })),
      {
        x: MARGIN,
        y: CONTENT_Y + barH + 0.2,
        w: CONTENT_W,
        h: Math.min(2, 0.45 * chart.categories.length + 0.2),
        fontSize: 16,
        color: INK,
        valign: 'top',
        lang: LANG,
      },
    );
    return;
  }
  const columns = prefersColumns(chart);
  slide.addChart(pptx.ChartType.bar, data, {
    ...common,
    x: MARGIN,
    y: CONTENT_Y,
    w: CONTENT_W,
    h: block.note ? CONTENT_H - 0.5 : CONTENT_H,
    barDir: columns ? 'col' : 'bar',
    barGrouping: chart.kind === 'groupedBar' ? 'clustered' : 'stacked',
    // Bars start at zero (an axis from 66 would exaggerate a difference); indices end at 100.
    valAxisMinVal: 0,
    ...(chart.valueFormat === 'index' ? { valAxisMaxVal: 100 } : {}),
    // Horizontal bars list the categories top down, as in the report (the library's type only
    // names minMax, but it writes whatever orientation it is given).
    catAxisOrientation: (columns ? 'minMax' : 'maxMin') as 'minMax',
    showValue: chart.kind === 'groupedBar',
    dataLabelPosition: chart.kind === 'groupedBar' ? 'outEnd' : undefined,
  });
  if (block.note)
    slide.addText(block.note, {
      x: MARGIN,
      y: CONTENT_Y + CONTENT_H - 0.45,
      w: CONTENT_W,
      h: 0.4,
      fontSize: 13,
      color: MUTED,
      lang: LANG,
    });
}

function tableRows(table: TableBlock, from: number, to: number): PptxGenJS.TableRow[] {
  const size = table.columns.length > 8 ? 10 : 13;
  const head: PptxGenJS.TableRow = table.columns.map((c) => ({
    text: c.label,
    options: {
      bold: true,
      fill: { color: 'E6ECF2' },
      align: c.align === 'end' ? 'right' : 'left',
      fontSize: size,
      color: INK,
      lang: LANG,
    },
  }));
  const body = table.rows.slice(from, to).map((row): PptxGenJS.TableRow =>
    table.columns.map((c, i) => ({
      text: row.cells[i]?.text ?? '',
      options: {
        bold: row.kind !== undefined,
        fill: row.kind === 'group' ? { color: 'F3F5F8' } : undefined,
        align: c.align === 'end' ? 'right' : 'left',
        fontSize: size,
        color: INK,
        lang: LANG,
      },
    })),
  );
  return [head, ...body];
}

function columnWidths(table: TableBlock): number[] {
  const figures = table.columns.filter((c) => c.align === 'end').length;
  const texts = table.columns.length - figures;
  const figureW =
    texts === 0 ? CONTENT_W / figures : Math.min(1.3, (CONTENT_W * 0.6) / Math.max(1, figures));
  const textW = texts === 0 ? 0 : (CONTENT_W - figureW * figures) / texts;
  return table.columns.map((c) => (c.align === 'end' ? figureW : textW));
}

/** The deck as .pptx bytes. */
export async function exportPptx(model: ReportModel): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${model.meta.title} – ${model.meta.nodeName}`;
  pptx.subject = model.meta.organisation;
  pptx.company = model.meta.organisation;
  pptx.author = 'SAM-uppföljning';
  pptx.theme = { headFontFace: 'Calibri', bodyFontFace: 'Calibri' };
  const footer = `${model.meta.organisation} · ${model.meta.nodeName} · ${model.meta.year}`;
  const slides = reportSlides(model);

  for (const item of slides) {
    if (!item.block) {
      addTitleSlide(pptx, item);
      continue;
    }
    const block = item.block;
    if (block.kind === 'chart') {
      const slide = pptx.addSlide();
      header(slide, item.kicker, item.title, footer);
      addChart(pptx, slide, block);
      slide.slideNumber = {
        x: W - MARGIN - 0.8,
        y: 7.05,
        w: 0.8,
        h: 0.3,
        fontSize: 10,
        color: MUTED,
      };
      continue;
    }
    const parts = Math.max(1, Math.ceil(block.rows.length / ROWS_PER_SLIDE));
    for (let part = 0; part < parts; part++) {
      const slide = pptx.addSlide();
      const title = parts > 1 ? `${item.title} (${part + 1} av ${parts})` : item.title;
      header(slide, item.kicker, title, footer);
      slide.addTable(tableRows(block, part * ROWS_PER_SLIDE, (part + 1) * ROWS_PER_SLIDE), {
        x: MARGIN,
        y: CONTENT_Y,
        w: CONTENT_W,
        colW: columnWidths(block),
        border: { type: 'solid', pt: 0.75, color: 'B8C0CC' },
        valign: 'middle',
        margin: 0.05,
      });
      slide.slideNumber = {
        x: W - MARGIN - 0.8,
        y: 7.05,
        w: 0.8,
        h: 0.3,
        fontSize: 10,
        color: MUTED,
      };
    }
  }
  const out = await pptx.write({ outputType: 'uint8array' });
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

function addTitleSlide(pptx: PptxGenJS, item: Slide): void {
  const slide = pptx.addSlide();
  slide.background = { color: 'F3F5F8' };
  slide.addText(item.kicker, {
    x: MARGIN + 0.3,
    y: 1.4,
    w: CONTENT_W - 0.6,
    h: 0.6,
    fontSize: 20,
    color: MUTED,
    lang: LANG,
  });
  slide.addText(item.title, {
    x: MARGIN + 0.3,
    y: 2.0,
    w: CONTENT_W - 0.6,
    h: 1.8,
    fontSize: 36,
    bold: true,
    color: ACCENT,
    valign: 'top',
    lang: LANG,
  });
  slide.addText(
    item.lines.map((line) => ({ text: line, options: { breakLine: true } })),
    {
      x: MARGIN + 0.3,
      y: 4.0,
      w: CONTENT_W - 0.6,
      h: 2.4,
      fontSize: 18,
      color: INK,
      valign: 'top',
      lang: LANG,
    },
  );
}
