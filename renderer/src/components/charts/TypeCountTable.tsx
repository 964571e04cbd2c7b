import { useTranslation } from 'react-i18next';
import { INCIDENT_TYPES, type IncidentType } from '@shared/schemas';
import { formatNumber, type LocaleTag } from '@shared/format';
import './incident-charts.css';

export interface TypeCountRow {
  id: string;
  label: string;
  byType: Record<IncidentType, number>;
  total: number;
}

export interface TypeCountTableProps {
  rows: readonly TypeCountRow[];
  caption: string;
  /** Header of the label column, e.g. "Verksamhet" or "Enhet". */
  labelHeading: string;
  locale?: LocaleTag;
}

/** Events per row (a unit, a section) and type, with a Totalt column and a Totalt row. */
export function TypeCountTable({
  rows,
  caption,
  labelHeading,
  locale = 'sv-SE',
}: TypeCountTableProps) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, 0, locale);
  const sumOf = (pick: (row: TypeCountRow) => number) =>
    rows.reduce((sum, row) => sum + pick(row), 0);
  return (
    <div className="itc-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="itc-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
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
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {INCIDENT_TYPES.map((type) => (
                <td key={type} className="itc-num">
                  {n(row.byType[type])}
                </td>
              ))}
              <td className="itc-num itc-total">{n(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('incidents.stats.total')}</th>
            {INCIDENT_TYPES.map((type) => (
              <td key={type} className="itc-num">
                {n(sumOf((row) => row.byType[type]))}
              </td>
            ))}
            <td className="itc-num itc-total">{n(sumOf((row) => row.total))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
