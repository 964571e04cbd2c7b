import { useTranslation } from 'react-i18next';
import { INCIDENT_TYPES } from '@shared/schemas';
import type { CategoryCounts, CategoryKind } from '@shared/incidents/statistics';
import { formatNumber, type LocaleTag } from '@shared/format';
import './incident-charts.css';

export interface CategoryTableProps {
  counts: CategoryCounts;
  kind: CategoryKind;
  caption: string;
  visuallyHidden?: boolean;
  locale?: LocaleTag;
}

/**
 * The figures behind a category chart: per category the count of each type and the total, then
 * the events that lack a category ("Saknas") and the sum of all.
 */
export function CategoryTable({
  counts,
  kind,
  caption,
  visuallyHidden = false,
  locale = 'sv-SE',
}: CategoryTableProps) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, 0, locale);
  const typeTotals = INCIDENT_TYPES.map(
    (type) =>
      counts.rows.reduce((sum, row) => sum + row.byType[type], 0) + counts.missingByType[type],
  );
  return (
    <table className={visuallyHidden ? 'itc-table visually-hidden' : 'itc-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t(`incidents.stats.${kind}.categoryHeading`)}</th>
          {INCIDENT_TYPES.map((type) => (
            <th key={type} scope="col" className="itc-num">
              {t(`incidents.types.${type}`)}
            </th>
          ))}
          <th scope="col" className="itc-num">
            {t('incidents.stats.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.rows.map((row, index) => (
          <tr key={`${index}:${row.category}`}>
            <th scope="row">{row.category}</th>
            {INCIDENT_TYPES.map((type) => (
              <td key={type} className="itc-num">
                {n(row.byType[type])}
              </td>
            ))}
            <td className="itc-num itc-total">{n(row.count)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('incidents.stats.missingRow')}</th>
          {INCIDENT_TYPES.map((type) => (
            <td key={type} className="itc-num">
              {n(counts.missingByType[type])}
            </td>
          ))}
          <td className="itc-num itc-total">{n(counts.missing)}</td>
        </tr>
        <tr>
          <th scope="row">{t('incidents.stats.total')}</th>
          {typeTotals.map((value, i) => (
            <td key={INCIDENT_TYPES[i]} className="itc-num">
              {n(value)}
            </td>
          ))}
          <td className="itc-num itc-total">{n(counts.withCategory + counts.missing)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
