import { useTranslation } from 'react-i18next';
import type { MonthByTypeTable } from '@shared/incidents/statistics';
import { formatNumber, type LocaleTag } from '@shared/format';
import { MONTH_IDS } from './incident-chart-data';
import { TypeSwatch } from './TypeLegend';
import './incident-charts.css';

export interface MonthTypeTableProps {
  /** From monthByType (shared/incidents/statistics.ts): one row per type, twelve months. */
  table: MonthByTypeTable;
  caption: string;
  /** Lets a chart point at this table as its text alternative (aria-describedby). */
  id?: string;
  /** Kept for screen readers only (a chart's text alternative when no table is shown). */
  visuallyHidden?: boolean;
  locale?: LocaleTag;
}

/**
 * The seed's "Sammanställning": event types down, January–December across, with a Totalt column
 * and a Totalt row. Pure props, so the statistics screen and the printed annual report share it.
 */
export function MonthTypeTable({
  table,
  caption,
  id,
  visuallyHidden = false,
  locale = 'sv-SE',
}: MonthTypeTableProps) {
  const { t } = useTranslation();
  const n = (value: number | undefined) => formatNumber(value ?? 0, 0, locale);
  const tableElement = (
    <table id={id} className={visuallyHidden ? 'itc-table visually-hidden' : 'itc-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('incidents.stats.monthly.typeHeading')}</th>
          {MONTH_IDS.map((month) => (
            <th key={month} scope="col" className="itc-num">
              <abbr title={`${t(`incidents.stats.months.long.${month}`)} ${table.year}`}>
                {t(`incidents.stats.months.short.${month}`)}
              </abbr>
            </th>
          ))}
          <th scope="col" className="itc-num">
            {t('incidents.stats.monthly.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.type}>
            <th scope="row">
              <TypeSwatch type={row.type} />
              {t(`incidents.types.${row.type}`)}
            </th>
            {MONTH_IDS.map((month, i) => (
              <td key={month} className="itc-num">
                {n(row.months[i])}
              </td>
            ))}
            <td className="itc-num itc-total">{n(row.total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('incidents.stats.monthly.total')}</th>
          {MONTH_IDS.map((month, i) => (
            <td key={month} className="itc-num">
              {n(table.totals.months[i])}
            </td>
          ))}
          <td className="itc-num itc-total">{n(table.totals.total)}</td>
        </tr>
      </tfoot>
    </table>
  );
  if (visuallyHidden) return tableElement;
  // Fourteen columns do not fit a narrow window: the table scrolls sideways, reachable by keyboard.
  return (
    <div className="itc-scroll" role="region" aria-label={caption} tabIndex={0}>
      {tableElement}
    </div>
  );
}
