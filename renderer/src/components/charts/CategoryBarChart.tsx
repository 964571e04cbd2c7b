import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Text,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { INCIDENT_TYPES } from '@shared/schemas';
import type { CategoryCounts, CategoryKind } from '@shared/incidents/statistics';
import { formatNumber, type LocaleTag } from '@shared/format';
import { categoryStackRows, totalLabelFor, type StackRow } from './incident-chart-data';
import { INCIDENT_TYPE_COLOURS } from './incident-type-colours';
import { CategoryTable } from './CategoryTable';
import { TypeLegend } from './TypeLegend';
import './incident-charts.css';

export interface CategoryBarChartProps {
  /** From byCategory (shared/incidents/statistics.ts), in the organisation's list order. */
  counts: CategoryCounts;
  /** Cause ("skadeorsak/risk") or place: picks the summary sentence and the table heading. */
  kind: CategoryKind;
  /** The figure's visible title and accessible name. */
  caption: string;
  /** A fixed width in pixels (print, PDF); without it the chart follows its container. */
  width?: number;
  /** Room for the category names left of the bars. */
  labelWidth?: number;
  /** Show the table of exact figures; otherwise it is there for screen readers only. */
  tableVisible?: boolean;
  showLegend?: boolean;
  locale?: LocaleTag;
}

const ROW_HEIGHT = 30;
/** Space between the category names and the bars. */
const TICK_GAP = 10;
/** Where a bar's count is written past its end (recharts' default label offset). */
const LABEL_OFFSET = 5;
const AXIS_HEIGHT = 30;

/**
 * The seed's "Skadeorsak/Risk / Händelsetyp" and "Plats / Händelsetyp": one horizontal bar per
 * category in list order, stacked by type, the count written after each bar. Every category is
 * drawn, also the unused ones, as the seed does ("Alla 13 val … visas"); under the title, how many
 * events have a category and how many lack one.
 */
export function CategoryBarChart({
  counts,
  kind,
  caption,
  width,
  labelWidth = 260,
  tableVisible = false,
  showLegend = true,
  locale = 'sv-SE',
}: CategoryBarChartProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const summaryId = useId();
  const rows = useMemo(() => categoryStackRows(counts), [counts]);
  const n = (value: number) => formatNumber(value, 0, locale);

  return (
    <figure
      className="itc-figure"
      aria-labelledby={captionId}
      aria-describedby={summaryId}
      style={width === undefined ? undefined : { width }}
    >
      <figcaption className="itc-caption">
        <span id={captionId}>{caption}</span>
        <span id={summaryId} className="itc-summary">
          {t(`incidents.stats.${kind}.summary`, {
            count: counts.withCategory,
            formatted: n(counts.withCategory),
            missing: n(counts.missing),
          })}{' '}
          {t(`incidents.stats.${kind}.allShown`, { count: counts.rows.length })}
        </span>
      </figcaption>
      {showLegend ? <TypeLegend /> : null}
      <div className="itc-chart" aria-hidden="true">
        <BarChart
          data={rows}
          layout="vertical"
          width={width ?? '100%'}
          height={rows.length * ROW_HEIGHT + AXIS_HEIGHT}
          responsive={width === undefined}
          margin={{ top: 0, right: 36, bottom: 0, left: 0 }}
          barCategoryGap="18%"
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#d5dbe1" />
          <XAxis
            type="number"
            allowDecimals={false}
            tickLine={false}
            tickFormatter={(value: number) => n(value)}
          />
          <YAxis
            type="category"
            dataKey="key"
            width={labelWidth}
            interval={0}
            tickLine={false}
            tick={(tick: YAxisTickContentProps) => {
              const row = rows[tick.index];
              if (!row) return null;
              const y = Number(tick.y);
              return (
                <g>
                  <Text
                    x={labelWidth - TICK_GAP}
                    y={y}
                    width={labelWidth - TICK_GAP}
                    textAnchor="end"
                    verticalAnchor="middle"
                    className="itc-category-tick"
                  >
                    {row.label}
                  </Text>
                  {/* recharts draws no label on an empty bar: an unused category still shows its 0. */}
                  {row.total === 0 ? (
                    <text
                      x={labelWidth + LABEL_OFFSET}
                      y={y}
                      dy="0.35em"
                      className="itc-total-label"
                    >
                      {n(0)}
                    </text>
                  ) : null}
                </g>
              );
            }}
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
                position="right"
                className="itc-total-label"
                dataKey={(row: StackRow) => {
                  const total = totalLabelFor(row, type);
                  return total === null || total === 0 ? '' : n(total);
                }}
              />
            </Bar>
          ))}
        </BarChart>
      </div>
      <CategoryTable
        counts={counts}
        kind={kind}
        caption={caption}
        visuallyHidden={!tableVisible}
        locale={locale}
      />
    </figure>
  );
}
