import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { byCategory, monthByType, type MonthByTypeTable } from '@shared/incidents/statistics';
import { coveredYear } from '@shared/followup-year';
import { formatNumber, type LocaleTag } from '@shared/format';
import type { OrgNode } from '@shared/schemas';
import { CategoryBarChart } from '../../../components/charts/CategoryBarChart';
import { MonthTypeChart } from '../../../components/charts/MonthTypeChart';
import { MonthTypeTable } from '../../../components/charts/MonthTypeTable';
import { TypeCountTable } from '../../../components/charts/TypeCountTable';
import { TypeSwatch } from '../../../components/charts/TypeLegend';
import { localeOf } from '../../../i18n';
import { useWork } from '../../../shell/WorkContext';
import { useIncidentCategories } from '../useIncidentCategories';
import { countsByChild } from './child-counts';
import { useIncidentsOfYear } from './useIncidentsOfYear';
import './statistics.css';

/**
 * Händelser → Statistik: the seed's "Tillbud och arbetsskador" for the active node and the year the
 * selected follow-up covers. A unit shows its own incidents; a higher node all units below it
 * (archived ones too: last year's incidents still happened), plus a table per child node.
 */
export function IncidentStatistics() {
  const { activeNode } = useWork();
  // IncidentsScreen renders the sub-routes only when an active node exists.
  return activeNode ? <NodeStatistics node={activeNode} /> : null;
}

function NodeStatistics({ node }: { node: OrgNode }) {
  const { t, i18n } = useTranslation();
  const { tree, year, identity } = useWork();
  const locale = localeOf(i18n.language);
  const covered = coveredYear(year);
  const units = useMemo(() => tree.unitsUnder(node.id), [tree, node.id]);
  const unitIds = useMemo(() => units.map((unit) => unit.id), [units]);
  const incidents = useIncidentsOfYear(unitIds, covered);
  const categories = useIncidentCategories();
  const children = useMemo(
    () =>
      node.level === 1
        ? []
        : tree.childrenOf(node.id).map((child) => ({
            id: child.id,
            name: child.name,
            unitIds: tree.unitsUnder(child.id).map((unit) => unit.id),
          })),
    [node, tree],
  );
  const stats = useMemo(
    () =>
      incidents && {
        table: monthByType(incidents, covered),
        causes: byCategory(incidents, 'cause', categories.causes),
        places: byCategory(incidents, 'place', categories.places),
        perChild: countsByChild(incidents, children),
      },
    [incidents, covered, categories, children],
  );
  const level = (lvl: number) => identity.levelNames[lvl - 1] ?? '';
  const childLevel = level(node.level - 1);

  return (
    <div className="istats">
      <div className="card istats-head">
        <h2>{t('incidents.stats.heading', { covered, year })}</h2>
        <p className="istats-scope">
          {node.level === 1
            ? t('incidents.stats.scopeUnit', { node: node.name, level: level(node.level) })
            : t('incidents.stats.scopeAll', {
                node: node.name,
                level: level(node.level),
                count: units.length,
              })}{' '}
          {stats && stats.table.totals.total > 0
            ? t('incidents.stats.total', {
                count: stats.table.totals.total,
                formatted: formatNumber(stats.table.totals.total, 0, locale),
                covered,
              })
            : null}
        </p>
        {stats && stats.table.totals.total > 0 ? (
          <KeyFigures table={stats.table} locale={locale} />
        ) : null}
      </div>
      {!stats ? (
        <p className="loading" role="status">
          {t('incidents.stats.loading')}
        </p>
      ) : units.length === 0 ? (
        <p className="card">{t('incidents.stats.noUnits', { node: node.name })}</p>
      ) : stats.table.totals.total === 0 ? (
        <EmptyYear nodeName={node.name} covered={covered} />
      ) : (
        <>
          <MonthlySection table={stats.table} covered={covered} locale={locale} />
          {children.length > 1 ? (
            <section className="card" aria-labelledby="istats-per-child">
              <h3 id="istats-per-child">
                {t('incidents.stats.perChild.heading', {
                  level: childLevel.toLocaleLowerCase('sv'),
                })}
              </h3>
              <TypeCountTable
                rows={stats.perChild}
                labelHeading={childLevel}
                caption={t('incidents.stats.perChild.caption', {
                  covered,
                  level: childLevel.toLocaleLowerCase('sv'),
                })}
                locale={locale}
              />
            </section>
          ) : null}
          <section className="card" aria-labelledby="istats-cause">
            <h3 id="istats-cause">{t('incidents.stats.cause.heading')}</h3>
            <CategoryBarChart
              counts={stats.causes}
              kind="cause"
              caption={t('incidents.stats.cause.chartCaption', { covered })}
              locale={locale}
            />
          </section>
          <section className="card" aria-labelledby="istats-place">
            <h3 id="istats-place">{t('incidents.stats.place.heading')}</h3>
            <CategoryBarChart
              counts={stats.places}
              kind="place"
              caption={t('incidents.stats.place.chartCaption', { covered })}
              locale={locale}
            />
          </section>
        </>
      )}
    </div>
  );
}

/** The year's count per type, large, like the first lines of a report. */
function KeyFigures({ table, locale }: { table: MonthByTypeTable; locale: LocaleTag }) {
  const { t } = useTranslation();
  return (
    <ul className="istats-keys" aria-label={t('incidents.stats.keyFigures')}>
      {table.rows.map((row) => (
        <li key={row.type}>
          <span className="istats-key-value">{formatNumber(row.total, 0, locale)}</span>
          <span className="istats-key-label">
            <TypeSwatch type={row.type} />
            {t(`incidents.types.${row.type}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function MonthlySection({
  table,
  covered,
  locale,
}: {
  table: MonthByTypeTable;
  covered: number;
  locale: LocaleTag;
}) {
  const { t } = useTranslation();
  const tableId = useId();
  return (
    <section className="card" aria-labelledby="istats-monthly">
      <h3 id="istats-monthly">{t('incidents.stats.monthly.heading')}</h3>
      <MonthTypeTable
        id={tableId}
        table={table}
        caption={t('incidents.stats.monthly.tableCaption', { covered })}
        locale={locale}
      />
      <div className="istats-chart">
        <MonthTypeChart
          table={table}
          tableId={tableId}
          caption={t('incidents.stats.monthly.chartCaption', { covered })}
          locale={locale}
        />
      </div>
    </section>
  );
}

function EmptyYear({ nodeName, covered }: { nodeName: string; covered: number }) {
  const { t } = useTranslation();
  return (
    <section className="card istats-empty" aria-labelledby="istats-empty">
      <h3 id="istats-empty">{t('incidents.stats.emptyHeading', { covered })}</h3>
      <p>{t('incidents.stats.empty', { node: nodeName, covered })}</p>
      <p className="button-row">
        <Link className="button" to="/handelser">
          {t('incidents.stats.toLog')}
        </Link>
        <Link className="button" to="/handelser/import">
          {t('incidents.stats.toImport')}
        </Link>
      </p>
    </section>
  );
}
