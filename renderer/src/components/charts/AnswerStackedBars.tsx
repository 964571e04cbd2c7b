import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { AnswerValue } from '@shared/schemas';
import type { AnswerCounts } from '@shared/rollup/answer-stats';
import { answerShares } from '@shared/rollup/answer-stats';
import { formatNumber, formatPercent, type LocaleTag } from '@shared/format';
import './answer-stacked-bars.css';
import { ANSWER_COLOURS } from './answer-colours';

/** One bar: a question, a section or a unit, with its counts. */
export interface AnswerBarRow {
  id: string;
  label: string;
  counts: AnswerCounts;
  /** A summary row ("Alla frågor"): set apart from the rows it sums. */
  total?: boolean;
}

export interface AnswerStackedBarsProps {
  rows: readonly AnswerBarRow[];
  /** Names the chart: the table's caption and the figure's accessible name. */
  caption: string;
  /** Header of the label column in the table, e.g. "Avsnitt" or "Fråga". */
  labelHeading: string;
  /** A fixed width in pixels (print, PDF); without it the bars follow their container. */
  width?: number;
  /** Show the table of exact figures; otherwise it is there for screen readers only. */
  tableVisible?: boolean;
  /** The colour legend; off when several charts stand together under one legend. */
  showLegend?: boolean;
  locale?: LocaleTag;
}

/** Stack order and colours: the seed's report reads Ja, Delvis, Nej, Vet ej from the left. */
const SERIES: readonly AnswerValue[] = ['ja', 'delvis', 'nej', 'vetej'];

/** The CSS variables' values, for renderers that ignore the stylesheet (the CSS wins on screen). */
const FALLBACK_FILL = ANSWER_COLOURS;

const BAR_HEIGHT = 28;

type ShareRow = Record<AnswerValue, number> & { id: string; counts: AnswerCounts };

/**
 * Horizontal 100 % stacked bars of Ja / Delvis / Nej / Vet ej, one per row with its n, as in the
 * seed's annual report. Pure props (no database), so screens and the printed report share it. The
 * drawn bars are hidden from assistive technology: the table below carries every count and share.
 */
export function AnswerStackedBars({
  rows,
  caption,
  labelHeading,
  width,
  tableVisible = false,
  showLegend = true,
  locale = 'sv-SE',
}: AnswerStackedBarsProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const label = (value: AnswerValue) => t(`overview.chart.${value}`);
  const cell = (count: number, n: number) =>
    `${formatNumber(count, 0, locale)} (${formatPercent(n === 0 ? 0 : count / n, 2, locale)})`;

  return (
    <figure
      className="asb"
      aria-labelledby={captionId}
      style={width === undefined ? undefined : { width }}
    >
      {showLegend ? <AnswerLegend /> : null}
      <ol className="asb-rows" aria-hidden="true">
        {rows.map((row) => (
          <li key={row.id} className={row.total ? 'asb-row asb-row-total' : 'asb-row'}>
            <div className="asb-row-head">
              <span className="asb-label">{row.label}</span>
              <span className="asb-n">
                {t('overview.chart.n', { n: formatNumber(row.counts.n, 0, locale) })}
              </span>
            </div>
            {row.counts.n === 0 ? (
              <div className="asb-empty">{t('overview.chart.noAnswers')}</div>
            ) : (
              <RowBar
                row={{ id: row.id, counts: row.counts, ...answerShares(row.counts) }}
                width={width}
                locale={locale}
              />
            )}
          </li>
        ))}
      </ol>
      <table className={tableVisible ? 'asb-table' : 'asb-table visually-hidden'}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col">{t('overview.chart.nHeading')}</th>
            {SERIES.map((value) => (
              <th key={value} scope="col">
                {label(value)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.total ? 'asb-table-total' : undefined}>
              <th scope="row">{row.label}</th>
              <td>{formatNumber(row.counts.n, 0, locale)}</td>
              {SERIES.map((value) => (
                <td key={value}>{cell(row.counts[value], row.counts.n)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/**
 * The colour key (Ja, Delvis, Nej, Vet ej). Hidden from screen readers: the tables name every value.
 * Exported for pages that put several charts under one legend.
 */
export function AnswerLegend() {
  const { t } = useTranslation();
  return (
    <ul className="asb-legend" aria-hidden="true">
      {SERIES.map((value) => (
        <li key={value}>
          <span className={`asb-swatch asb-swatch-${value}`} />
          {t(`overview.chart.${value}`)}
        </li>
      ))}
    </ul>
  );
}

/** One row's bar; shares on a 0–1 axis, labels only where the segment has room for them. */
function RowBar({ row, width, locale }: { row: ShareRow; width?: number; locale: LocaleTag }) {
  const segmentLabel = (share: number, count: number) =>
    share >= 0.14
      ? `${formatPercent(share, 0, locale)} (${formatNumber(count, 0, locale)})`
      : share >= 0.07
        ? formatPercent(share, 0, locale)
        : '';
  return (
    <div className="asb-bar">
      <BarChart
        data={[row]}
        layout="vertical"
        width={width ?? '100%'}
        height={BAR_HEIGHT}
        responsive={width === undefined}
        margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
        barCategoryGap={0}
        accessibilityLayer={false}
      >
        <XAxis type="number" domain={[0, 1]} hide />
        <YAxis type="category" dataKey="id" hide />
        {SERIES.map((value) => (
          <Bar
            key={value}
            dataKey={value}
            stackId="answers"
            className={`asb-seg asb-seg-${value}`}
            fill={FALLBACK_FILL[value]}
            isAnimationActive={false}
          >
            <LabelList
              dataKey={value}
              position="center"
              className={`asb-seg-label asb-seg-label-${value}`}
              formatter={(share) =>
                typeof share === 'number' ? segmentLabel(share, row.counts[value]) : ''
              }
            />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
