import type { ReportChart } from '@shared/report/model';
import { formatNumber } from '@shared/format';
import { formatChartValue, niceTicks, seriesColour } from './chart-style';

const MARGIN = { top: 20, right: 8, bottom: 34, left: 40 };

/**
 * Columns per category: stacked (incidents per month, total above each column) or side by side
 * (TI and HME over three years, each value above its column). Plain SVG with fixed sizes.
 */
export function ColumnChart({
  chart,
  width,
  height,
}: {
  chart: ReportChart;
  width: number;
  height: number;
}) {
  const stacked = chart.kind !== 'groupedBar';
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const totals = chart.categories.map((_, i) =>
    stacked
      ? chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)
      : Math.max(0, ...chart.series.map((s) => s.values[i] ?? 0)),
  );
  const ticks =
    chart.valueFormat === 'index' ? [0, 20, 40, 60, 80, 100] : niceTicks(Math.max(0, ...totals));
  const top = ticks[ticks.length - 1] ?? 1;
  const y = (v: number) => MARGIN.top + plotH - (v / top) * plotH;
  const band = plotW / Math.max(1, chart.categories.length);
  const columnW = stacked ? band * 0.62 : (band * 0.7) / Math.max(1, chart.series.length);

  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="rc-columns">
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={y(tick)}
            y2={y(tick)}
            className={tick === 0 ? 'rc-axis' : 'rc-grid'}
          />
          <text x={MARGIN.left - 6} y={y(tick)} dy="0.35em" textAnchor="end" className="rc-tick">
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {chart.categories.map((category, i) => {
        const left = MARGIN.left + i * band;
        const words = category.split(' ');
        let base = 0;
        return (
          <g key={`${category}-${i}`}>
            {chart.series.map((series, s) => {
              const value = series.values[i] ?? 0;
              const x = stacked ? left + (band - columnW) / 2 : left + band * 0.15 + s * columnW;
              const y0 = stacked ? base : 0;
              if (stacked) base += value;
              if (value <= 0) return null;
              return (
                <g key={series.key}>
                  <rect
                    x={x}
                    y={y(y0 + value)}
                    width={stacked ? columnW : columnW - 2}
                    height={y(y0) - y(y0 + value)}
                    fill={seriesColour(series.key, s)}
                    stroke="#ffffff"
                    strokeWidth={0.75}
                  />
                  {stacked ? null : (
                    <text
                      x={x + (columnW - 2) / 2}
                      y={y(value) - 4}
                      textAnchor="middle"
                      className="rc-total-label"
                    >
                      {formatChartValue(value, chart.valueFormat)}
                    </text>
                  )}
                </g>
              );
            })}
            {stacked && (totals[i] ?? 0) > 0 ? (
              <text
                x={left + band / 2}
                y={y(totals[i] ?? 0) - 4}
                textAnchor="middle"
                className="rc-total-label"
              >
                {formatChartValue(totals[i] ?? 0, chart.valueFormat)}
              </text>
            ) : null}
            <text
              x={left + band / 2}
              y={height - MARGIN.bottom + 14}
              textAnchor="middle"
              className="rc-tick"
            >
              {words.map((word, w) => (
                <tspan key={w} x={left + band / 2} dy={w === 0 ? 0 : '1.1em'}>
                  {word}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
