import type { ReportChart } from '@shared/report/model';
import { formatNumber } from '@shared/format';
import { formatChartValue, labelInk, seriesColour } from './chart-style';

/** Room after a count bar for its total. */
const TOTAL_ROOM = 44;

/**
 * One horizontal bar per category, its series stacked: the checklist answers as shares of 100 %
 * (with n, as in the seed) or incident counts per cause and place. Plain SVG with fixed sizes, so
 * the server rendering, the screen and the PDF draw the same thing; the names are HTML and wrap.
 */
export function HorizontalBars({
  chart,
  width,
  labelWidth,
  barHeight = 22,
}: {
  chart: ReportChart;
  width: number;
  labelWidth: number;
  barHeight?: number;
}) {
  const percent = chart.kind === 'stackedPercentBar';
  const nWidth = percent && chart.n ? 56 : 0;
  const barArea = Math.max(80, width - labelWidth - nWidth - (percent ? 0 : TOTAL_ROOM));
  const totals = chart.categories.map((_, i) =>
    chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0),
  );
  const scaleMax = percent ? 1 : Math.max(1, ...totals);

  return (
    <div
      className="rc-hbars"
      style={{ gridTemplateColumns: `${labelWidth}px ${nWidth ? `${nWidth}px ` : ''}1fr`, width }}
    >
      {chart.categories.map((category, i) => {
        let x = 0;
        const total = totals[i] ?? 0;
        const n = chart.n?.[i];
        return (
          <div className="rc-hbar-row" key={`${category}-${i}`}>
            <span className="rc-hbar-label">{category}</span>
            {nWidth ? <span className="rc-hbar-n">n = {formatNumber(n ?? 0)}</span> : null}
            <svg
              width={barArea + (percent ? 0 : TOTAL_ROOM)}
              height={barHeight}
              viewBox={`0 0 ${barArea + (percent ? 0 : TOTAL_ROOM)} ${barHeight}`}
              className="rc-hbar-svg"
            >
              <rect x={0} y={0} width={barArea} height={barHeight} className="rc-track" />
              {chart.series.map((series, s) => {
                const value = series.values[i] ?? 0;
                const w = (value / scaleMax) * barArea;
                const at = x;
                x += w;
                if (w <= 0) return null;
                const label = percent && value >= 0.1 ? formatChartValue(value, 'percent') : '';
                return (
                  <g key={series.key}>
                    <rect
                      x={at}
                      y={0}
                      width={w}
                      height={barHeight}
                      fill={seriesColour(series.key, s)}
                      stroke="#ffffff"
                      strokeWidth={percent ? 1 : 0.75}
                    />
                    {label ? (
                      <text
                        x={at + w / 2}
                        y={barHeight / 2}
                        dy="0.35em"
                        textAnchor="middle"
                        fill={labelInk(series.key)}
                        className="rc-seg-label"
                      >
                        {label}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              {percent ? null : (
                <text x={x + 6} y={barHeight / 2} dy="0.35em" className="rc-total-label">
                  {formatChartValue(total, chart.valueFormat)}
                </text>
              )}
            </svg>
          </div>
        );
      })}
    </div>
  );
}
