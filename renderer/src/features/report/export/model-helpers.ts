import type { ReportBlock, ReportModel, ReportSection } from '@shared/report/model';

/*
 * Small readers over the report model shared by the exporters. Nothing here computes a figure
 * the model does not hold: they find tables, charts and cells.
 */

export type TableBlock = Extract<ReportBlock, { kind: 'table' }>;
export type ChartBlock = Extract<ReportBlock, { kind: 'chart' }>;

/** Every table of the model in order, with the section it stands in. */
export function modelTables(model: ReportModel): { section: ReportSection; table: TableBlock }[] {
  return model.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'table' ? [{ section, table: block }] : [])),
  );
}

export function findTable(model: ReportModel, id: string): TableBlock | undefined {
  return modelTables(model).find((entry) => entry.table.id === id)?.table;
}

/**
 * Whether a chart's numbers are printed by a table of its own section (the chart id without
 * "-chart", as build-report names them). Word and Excel then show the table only.
 */
export function chartHasTable(section: ReportSection, chart: ChartBlock): boolean {
  const tableId = chart.id.replace(/-chart$/, '');
  return section.blocks.some((block) => block.kind === 'table' && block.id === tableId);
}

/** A file name without characters Windows, macOS or the bridge refuse. */
export function safeFileName(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 150) || 'rapport'
  );
}

/** "SAM-uppföljning 2026 Socialförvaltningen" (+ suffix) and the extension. */
export function exportFileName(model: ReportModel, extension: string, suffix = ''): string {
  const base = `SAM-uppföljning ${model.meta.year} ${model.meta.nodeName}${suffix ? ` ${suffix}` : ''}`;
  return `${safeFileName(base)}.${extension}`;
}
