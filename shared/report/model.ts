/**
 * The annual report as data: what the screen, the PDF, Word, Excel and PowerPoint each render
 * without computing anything. Every text is final Swedish (the report goes to a Swedish board);
 * every table cell carries its formatted text and, where it is a figure, the raw number (Excel
 * writes the number, the others the text); every chart carries its series as raw numbers.
 */

/** One table cell: `text` as printed ("53,57 %", "15", "2026-03-31"); `value` the raw figure. */
export interface ReportCell {
  text: string;
  /** A number (a share 0–1 for percentages, a count, an index) or null for text cells. */
  value: number | null;
  /** How `value` is to be read when it is a number (Excel's number format). */
  format?: 'count' | 'percent' | 'index' | 'mean' | 'number';
}

export interface ReportColumn {
  key: string;
  label: string;
  align: 'start' | 'end';
}

export interface ReportTableRow {
  cells: ReportCell[];
  /** A sum row ("Totalt") or a group heading row inside the table. */
  kind?: 'total' | 'group';
}

export type ReportChartKind =
  /** One horizontal bar per category split into shares of 100 % (the checklist answers). */
  | 'stackedPercentBar'
  /** Bars per category, series stacked (incidents by month, cause, place per type). */
  | 'stackedBar'
  /** Bars per category, series side by side (TI and HME over three years). */
  | 'groupedBar';

export interface ReportChartSeries {
  key: string;
  label: string;
  /** One value per category; shares 0–1 for stackedPercentBar, else counts or indices. */
  values: number[];
  /** Counts behind the values where they are shares (shown as labels). */
  counts?: number[];
}

export interface ReportChart {
  kind: ReportChartKind;
  categories: string[];
  series: ReportChartSeries[];
  valueFormat: 'percent' | 'count' | 'index';
  /** The n a stacked percentage bar is based on, per category. */
  n?: number[];
}

export type ReportBlock =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | {
      kind: 'table';
      /** Stable id (for presentation slides, Excel sheet names). */
      id: string;
      caption: string;
      columns: ReportColumn[];
      rows: ReportTableRow[];
    }
  | { kind: 'chart'; id: string; title: string; chart: ReportChart; note?: string };

export type ReportSectionId =
  | 'cover'
  | 'process'
  | 'checklist'
  | 'incidents'
  | 'survey'
  | 'children'
  | 'childPriorities'
  | 'previousActions'
  | 'priorities'
  | 'actionPlan';

export interface ReportSection {
  id: ReportSectionId;
  title: string;
  blocks: ReportBlock[];
}

export interface ReportModel {
  meta: {
    /** "Årlig uppföljning av det systematiska arbetsmiljöarbetet (SAM) 2026" */
    title: string;
    organisation: string;
    nodeId: string;
    nodeName: string;
    levelName: string;
    /** The follow-up year and the calendar year it covers. */
    year: number;
    coveredYear: number;
    /** YYYY-MM-DD */
    date: string;
  };
  sections: ReportSection[];
}
