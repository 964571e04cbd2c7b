import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { INCIDENT_TYPES } from '@shared/schemas';
import type { MonthByTypeTable } from '@shared/incidents/statistics';
import { formatNumber, type LocaleTag } from '@shared/format';
import { monthStackRows, totalLabelFor, type StackRow } from './incident-chart-data';
import { INCIDENT_TYPE_COLOURS } from './incident-type-colours';
import { MonthTypeTable } from './MonthTypeTable';
import { TypeLegend } from './TypeLegend';
import './incident-charts.css';

export interface MonthTypeChartProps {
  table: MonthByTypeTable;
  /** The figure's visible title and accessible name. */
  caption: string;
  /**
   * The id of a MonthTypeTable with the same numbers shown beside the chart: it becomes the
   * chart's description. Without it the chart carries a visually hidden copy of that table.
   */
  tableId?: string;
  /** A fixed width in pixels (print, PDF); without it the chart follows its container. */
  width?: number;
  height?: number;
  showLegend?: boolean;
  locale?: LocaleTag;
}

/**
 * Events per month as stacked bars, one colour per type (January first), the month's total
 * written above each bar. The drawing is hidden from assistive technology; the table is not.
 */
export function MonthTypeChart({
  table,
  caption,
  tableId,
  width,
  height = 300,
  showLegend = true,
  locale = 'sv-SE',
}: MonthTypeChartProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const rows = useMemo(
    () => monthStackRows(table, (month) => t(`incidents.stats.months.short.${month}`)),
    [table, t],
  );
  return (
    <figure
      className="itc-figure"
      aria-labelledby={captionId}
      aria-describedby={tableId}
      style={width === undefined ? undefined : { width }}
    >
      <figcaption id={captionId} className="itc-caption">
        {caption}
      </figcaption>
      {showLegend ? <TypeLegend /> : null}
      <div className="itc-chart" aria-hidden="true">
        <BarChart
          data={rows}
          width={width ?? '100%'}
          height={height}
          responsive={width === undefined}
          margin={{ top: 22, right: 8, bottom: 0, left: 0 }}
          barCategoryGap="22%"
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke="#d5dbe1" />
          <XAxis dataKey="label" tickLine={false} interval={0} />
          <YAxis
            allowDecimals={false}
            width={36}
            tickLine={false}
            axisLine={false}
            tickFormatter={(value: number) => formatNumber(value, 0, locale)}
          />
          {INCIDENT_TYPES.map((type) => (
            <Bar
              key={type}
              dataKey={type}
              stackId="types"
              fill={INCIDENT_TYPE_COLOURS[type]}
              stroke="#ffffff"
              strokeWidth={1}
              isAnimationActive={false}
            >
              <LabelList
                position="top"
                className="itc-total-label"
                dataKey={(row: StackRow) => {
                  const total = totalLabelFor(row, type);
                  return total === null || total === 0 ? '' : formatNumber(total, 0, locale);
                }}
              />
            </Bar>
          ))}
        </BarChart>
      </div>
      {tableId === undefined ? (
        <MonthTypeTable table={table} caption={caption} visuallyHidden locale={locale} />
      ) : null}
    </figure>
  );
}
