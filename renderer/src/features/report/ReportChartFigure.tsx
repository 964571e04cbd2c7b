import type { ReportChart } from '@shared/report/model';
import { formatNumber } from '@shared/format';
import { ColumnChart } from './ColumnChart';
import { HorizontalBars } from './HorizontalBars';
import { formatChartValue, prefersColumns, seriesColour } from './chart-style';
import type { ReportLabels } from './report-labels';

export interface ChartSize {
  width: number;
  /** Height of column charts; horizontal bars grow with their categories. */
  height: number;
  /** Room for the category names of horizontal bars. */
  labelWidth: number;
  /** Thickness of each horizontal bar (larger on a slide). */
  barHeight?: number;
}

/**
 * A chart of the report with its title, colour key and note. The drawing is hidden from assistive
 * technology: the figure is described by the table with the same numbers beside it
 * (`describedBy`), or, where there is none (a presentation slide), by a visually hidden table of
 * the chart's own values.
 */
export function ReportChartFigure({
  id,
  title,
  chart,
  note,
  size,
  describedBy,
  titleHidden = false,
  labels,
}: {
  id: string;
  title: string;
  chart: ReportChart;
  note?: string;
  size: ChartSize;
  describedBy?: string;
  titleHidden?: boolean;
  labels: ReportLabels;
}) {
  const captionId = `${id}-title`;
  const dataId = `${id}-data`;
  return (
    <figure
      className={`rc-figure rc-${chart.kind}`}
      aria-labelledby={captionId}
      aria-describedby={describedBy ?? dataId}
    >
      <figcaption id={captionId} className={titleHidden ? 'visually-hidden' : 'rc-title'}>
        {title}
      </figcaption>
      <div aria-hidden="true" className="rc-drawing">
        <ul className="rc-legend">
          {chart.series.map((series, s) => (
            <li key={series.key}>
              <svg width="12" height="12" viewBox="0 0 12 12">
                <rect width="12" height="12" rx="2" fill={seriesColour(series.key, s)} />
              </svg>
              {series.label}
            </li>
          ))}
        </ul>
        {prefersColumns(chart) ? (
          <ColumnChart chart={chart} width={size.width} height={size.height} />
        ) : (
          <HorizontalBars
            chart={chart}
            width={size.width}
            labelWidth={size.labelWidth}
            barHeight={size.barHeight}
          />
        )}
      </div>
      {note ? <p className="rc-note">{note}</p> : null}
      {describedBy ? null : <ChartDataTable id={dataId} chart={chart} labels={labels} />}
    </figure>
  );
}

/** The chart's values as a table, for screen readers only. */
function ChartDataTable({
  id,
  chart,
  labels,
}: {
  id: string;
  chart: ReportChart;
  labels: ReportLabels;
}) {
  return (
    <table id={id} className="visually-hidden">
      <caption>{labels.chartData}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.category}</th>
          {chart.n ? <th scope="col">n</th> : null}
          {chart.series.map((series) => (
            <th key={series.key} scope="col">
              {series.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {chart.categories.map((category, i) => (
          <tr key={`${category}-${i}`}>
            <th scope="row">{category}</th>
            {chart.n ? <td>{formatNumber(chart.n[i] ?? 0)}</td> : null}
            {chart.series.map((series) => {
              const count = series.counts?.[i];
              const value = formatChartValue(series.values[i] ?? 0, chart.valueFormat);
              return (
                <td key={series.key}>
                  {count === undefined ? value : `${value} (${formatNumber(count)})`}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
