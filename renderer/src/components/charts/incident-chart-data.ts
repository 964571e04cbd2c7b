import { INCIDENT_TYPES, type IncidentType } from '@shared/schemas';
import type { CategoryCounts, MonthByTypeTable } from '@shared/incidents/statistics';

/**
 * Shapes the incident statistics (shared/incidents/statistics.ts) into the flat rows recharts draws,
 * and decides where each bar's total is written. Pure, so the screen, the printed report and the
 * tests see the same numbers.
 */

/** Keys of the month names in the i18n files, January first (the table's column order). */
export const MONTH_IDS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
export type MonthId = (typeof MONTH_IDS)[number];

export type TypeCounts = Record<IncidentType, number>;

/** One stacked bar: a count per event type, the bar's total and the segment that carries it. */
export type StackRow = TypeCounts & {
  key: string;
  label: string;
  total: number;
  /**
   * The outermost segment with events: its label is the bar's total, written just past the end
   * of the stack. For an empty bar the first type (recharts draws no label on a bar of zero
   * length, so a chart that wants the 0 shown writes it itself).
   */
  labelType: IncidentType;
};

function stackRow(key: string, label: string, counts: TypeCounts): StackRow {
  let total = 0;
  let labelType: IncidentType = 'riskobservation'; // the first of INCIDENT_TYPES
  for (const type of INCIDENT_TYPES) {
    total += counts[type];
    if (counts[type] > 0) labelType = type;
  }
  return { ...counts, key, label, total, labelType };
}

/** Twelve bars, January first, labelled by `monthLabel` (e.g. "jan", "feb" … in Swedish). */
export function monthStackRows(
  table: MonthByTypeTable,
  monthLabel: (id: MonthId) => string,
): StackRow[] {
  return MONTH_IDS.map((id, month) => {
    const counts: Partial<TypeCounts> = {};
    for (const row of table.rows) counts[row.type] = row.months[month] ?? 0;
    return stackRow(table.monthKeys[month] ?? id, monthLabel(id), fillTypes(counts));
  });
}

/** One bar per category in the list's order, also the unused ones (the seed shows "alla val"). */
export function categoryStackRows(counts: CategoryCounts): StackRow[] {
  return counts.rows.map((row, index) =>
    stackRow(`${index}:${row.category}`, row.category, row.byType),
  );
}

/** A count for every type: types the table has no row for count 0. */
function fillTypes(counts: Partial<TypeCounts>): TypeCounts {
  return {
    riskobservation: counts.riskobservation ?? 0,
    tillbud: counts.tillbud ?? 0,
    olycksfall: counts.olycksfall ?? 0,
    fardolycksfall: counts.fardolycksfall ?? 0,
    arbetssjukdom: counts.arbetssjukdom ?? 0,
  };
}

/** The total written past the end of a bar, on the one segment chosen for it; blank elsewhere. */
export function totalLabelFor(row: StackRow, type: IncidentType): number | null {
  return row.labelType === type ? row.total : null;
}
