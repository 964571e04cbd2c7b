import { useTranslation } from 'react-i18next';
import { INCIDENT_TYPES, type IncidentType } from '@shared/schemas';
import type { CategoryCounts, CategoryKind } from '@shared/incidents/statistics';
import { formatNumber, type LocaleTag } from '@shared/format';
import { TypeCountsRow, TypeHeaderRow } from './type-count-rows';
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
  const totals = Object.fromEntries(
    INCIDENT_TYPES.map((type) => [
      type,
      counts.rows.reduce((sum, row) => sum + row.byType[type], 0) + counts.missingByType[type],
    ]),
  ) as Record<IncidentType, number>;
  return (
    <table className={visuallyHidden ? 'itc-table visually-hidden' : 'itc-table'}>
      <caption>{caption}</caption>
      <thead>
        <TypeHeaderRow labelHeading={t(`incidents.stats.${kind}.categoryHeading`)} />
      </thead>
      <tbody>
        {counts.rows.map((row, index) => (
          <TypeCountsRow
            key={`${index}:${row.category}`}
            label={row.category}
            byType={row.byType}
            total={row.count}
            format={n}
          />
        ))}
      </tbody>
      <tfoot>
        <TypeCountsRow
          label={t('incidents.stats.missingRow')}
          byType={counts.missingByType}
          total={counts.missing}
          format={n}
        />
        <TypeCountsRow
          label={t('incidents.stats.total')}
          byType={totals}
          total={counts.withCategory + counts.missing}
          format={n}
        />
      </tfoot>
    </table>
  );
}
