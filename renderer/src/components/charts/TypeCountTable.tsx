import { useTranslation } from 'react-i18next';
import { INCIDENT_TYPES, type IncidentType } from '@shared/schemas';
import { formatNumber, type LocaleTag } from '@shared/format';
import { TypeCountsRow, TypeHeaderRow } from './type-count-rows';
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
  const totals = Object.fromEntries(
    INCIDENT_TYPES.map((type) => [type, sumOf((row) => row.byType[type])]),
  ) as Record<IncidentType, number>;
  return (
    <div className="itc-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="itc-table">
        <caption>{caption}</caption>
        <thead>
          <TypeHeaderRow labelHeading={labelHeading} />
        </thead>
        <tbody>
          {rows.map((row) => (
            <TypeCountsRow
              key={row.id}
              label={row.label}
              byType={row.byType}
              total={row.total}
              format={n}
            />
          ))}
        </tbody>
        <tfoot>
          <TypeCountsRow
            label={t('incidents.stats.total')}
            byType={totals}
            total={sumOf((row) => row.total)}
            format={n}
          />
        </tfoot>
      </table>
    </div>
  );
}
