import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toCategoryCounts, toMonthByTypeTable } from '@shared/rollup/incident-stats';
import type { Aggregate } from '@shared/rollup/types';
import { formatNumber } from '@shared/format';
import { CategoryBarChart } from '../../components/charts/CategoryBarChart';
import { MonthTypeChart } from '../../components/charts/MonthTypeChart';
import { MonthTypeTable } from '../../components/charts/MonthTypeTable';
import { localeOf } from '../../i18n';
import { useIncidentCategories } from '../incidents/useIncidentCategories';

/** Incident statistics of the covered year, summed over the node and every node below it. */
export function IncidentsSection({ aggregate }: { aggregate: Aggregate }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const categories = useIncidentCategories();
  const tableId = useId();
  const covered = aggregate.incidentYear;
  const stats = useMemo(
    () => ({
      table: toMonthByTypeTable(aggregate.incidents),
      causes: toCategoryCounts(aggregate.incidents, 'cause', categories.causes),
      places: toCategoryCounts(aggregate.incidents, 'place', categories.places),
    }),
    [aggregate.incidents, categories],
  );
  const total = stats.table.totals.total;

  return (
    <section className="card" aria-labelledby="rollup-incidents">
      <h2 id="rollup-incidents">{t('rollup.incidents.heading', { covered })}</h2>
      {total === 0 ? (
        <p>{t('rollup.incidents.none', { covered })}</p>
      ) : (
        <>
          <p className="help">
            {t('rollup.incidents.total', {
              count: total,
              formatted: formatNumber(total, 0, locale),
              covered,
            })}
          </p>
          <MonthTypeTable
            id={tableId}
            table={stats.table}
            caption={t('rollup.incidents.tableCaption', { covered })}
            locale={locale}
          />
          <div className="rollup-chart">
            <MonthTypeChart
              table={stats.table}
              tableId={tableId}
              caption={t('rollup.incidents.chartCaption', { covered })}
              locale={locale}
            />
          </div>
          <div className="rollup-category-charts">
            <div>
              <h3>{t('rollup.incidents.cause')}</h3>
              <CategoryBarChart
                counts={stats.causes}
                kind="cause"
                caption={t('rollup.incidents.causeCaption', { covered })}
                locale={locale}
              />
            </div>
            <div>
              <h3>{t('rollup.incidents.place')}</h3>
              <CategoryBarChart
                counts={stats.places}
                kind="place"
                caption={t('rollup.incidents.placeCaption', { covered })}
                locale={locale}
              />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
