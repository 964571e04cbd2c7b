import { useDeferredValue, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '@shared/schemas';
import { IncidentFilters } from './IncidentFilters';
import { IncidentTable } from './IncidentTable';
import { filterIncidents, yearsOf, type LogFilter } from './incident-filter';
import { Pager, pageOf } from './Pager';
import type { IncidentScope } from './useIncidentScope';

export type LogMessage = { kind: 'status' | 'error'; text: string } | null;

/** The log's list view: heading, register button, messages, filters, the table and its pages. */
export function LogList({
  scope,
  incidents,
  covered,
  year,
  filter,
  onFilter,
  page,
  onPage,
  message,
  addButton,
  onAdd,
  onOpen,
}: {
  scope: IncidentScope;
  incidents: Incident[] | undefined;
  covered: number;
  year: number;
  filter: LogFilter;
  onFilter: (filter: LogFilter) => void;
  page: number;
  onPage: (page: number) => void;
  message: LogMessage;
  addButton: RefObject<HTMLButtonElement | null>;
  onAdd: () => void;
  onOpen: (incident: Incident) => void;
}) {
  const { t } = useTranslation();
  // Typing in the search box stays responsive; the table follows a moment later.
  const deferredFilter = useDeferredValue(filter);
  const all = useMemo(() => incidents ?? [], [incidents]);
  const shown = useMemo(
    () => filterIncidents(all, deferredFilter, covered),
    [all, deferredFilter, covered],
  );
  const years = useMemo(() => yearsOf(all, covered), [all, covered]);
  const { rows, pages, from, to, page: current } = pageOf(shown, page);
  const { node } = scope;
  const canAdd = scope.writableUnits.length > 0;

  return (
    <section className="card" aria-labelledby="ilog-heading">
      <div className="ilog-head">
        <div>
          <h2 id="ilog-heading">{t('incidents.log.list.heading')}</h2>
          <p className="help">{t('incidents.log.list.period', { year, covered })}</p>
        </div>
        {canAdd ? (
          <button ref={addButton} type="button" className="button button-primary" onClick={onAdd}>
            {t('incidents.log.list.add')}
          </button>
        ) : null}
      </div>
      {canAdd ? null : (
        <p className="ilog-readonly">{t('incidents.log.list.readOnly', { node: node.name })}</p>
      )}
      <div role="status" className="message-slot ilog-flash">
        {message?.kind === 'status' ? message.text : null}
      </div>
      <div role="alert" className="message-slot">
        {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
      </div>
      {incidents === undefined ? (
        <p className="help">{t('incidents.log.list.loading')}</p>
      ) : incidents.length === 0 ? (
        <p className="ilog-empty">{t('incidents.log.list.empty', { node: node.name })}</p>
      ) : (
        <>
          <IncidentFilters
            filter={filter}
            onChange={onFilter}
            years={years}
            coveredYear={covered}
            units={scope.isUnit ? null : scope.units}
          />
          <p className="ilog-count" aria-live="polite">
            {t('incidents.log.list.showing', { shown: shown.length, count: all.length })}
          </p>
          {shown.length === 0 ? (
            <p className="ilog-empty">{t('incidents.log.list.noneMatch')}</p>
          ) : (
            <>
              <IncidentTable
                incidents={rows}
                caption={t('incidents.log.list.caption', { node: node.name })}
                unitName={scope.isUnit ? null : scope.unitName}
                onOpen={onOpen}
              />
              <p className="ilog-legend">{t('incidents.log.list.legend')}</p>
              {pages > 1 ? (
                <Pager
                  page={current}
                  pages={pages}
                  from={from}
                  to={to}
                  count={shown.length}
                  onPage={onPage}
                />
              ) : null}
            </>
          )}
        </>
      )}
    </section>
  );
}
