import type { ReportChart } from '@shared/report/model';
import { formatNumber, formatPercent } from '@shared/format';
import { ANSWER_COLOURS } from '../../components/charts/answer-colours';
import { INCIDENT_TYPE_COLOURS } from '../../components/charts/incident-type-colours';

/**
 * Colours and value labels of the report's charts. Answer and incident-type colours are the
 * app's own (same meaning on every screen); each has at least 3:1 contrast against white.
 */
const SERIES_COLOURS: Record<string, string> = {
  ...ANSWER_COLOURS,
  ...INCIDENT_TYPE_COLOURS,
  ti: '#0b4f6c',
  hme: '#b45f16',
};

/** Text on top of a colour: white where it reaches 4.5:1, else the ink colour. */
const DARK_TEXT = new Set(['delvis', 'vetej']);

const FALLBACK = ['#0b4f6c', '#b45f16', '#2e7d4f', '#6b4c9a', '#b3261e', '#5f6b7a'];

export function seriesColour(key: string, index: number): string {
  return SERIES_COLOURS[key] ?? FALLBACK[index % FALLBACK.length] ?? '#0b4f6c';
}

/** A colour as Office files write it: "#2e7d4f" → "2E7D4F". */
export const officeColour = (colour: string) => colour.replace('#', '').toUpperCase();

export function labelInk(key: string): string {
  return DARK_TEXT.has(key) ? '#1b2430' : '#ffffff';
}

/** A chart value as printed: shares as whole percentages, counts and indices as integers. */
export function formatChartValue(value: number, format: ReportChart['valueFormat']): string {
  return format === 'percent' ? formatPercent(value, 0) : formatNumber(value, 0);
}

/** The longest category label: short ones (months, years) stand under columns. */
export function prefersColumns(chart: ReportChart): boolean {
  if (chart.kind === 'stackedPercentBar') return false;
  if (chart.kind === 'groupedBar') return true;
  return chart.categories.every((c) => c.length <= 10);
}

/** A round axis maximum and its steps (1, 2 or 5 × 10ⁿ), at most about five of them. */
export function niceTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}
