import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOpen, isOverdue } from '@shared/actions';
import { formatIsoDate } from '@shared/format';
import type { Aggregate } from '@shared/rollup/types';
import type { Action } from '@shared/schemas';
import { ActionTable } from './ActionTable';

const FILTERS = ['open', 'overdue', 'all'] as const;
type Filter = (typeof FILTERS)[number];

function matches(action: Action, filter: Filter, today: string): boolean {
  if (filter === 'open') return isOpen(action);
  if (filter === 'overdue') return isOverdue(action, today);
  return true;
}

/** The year's actions in the whole subtree, one table: what, where, who, when, and how it stands. */
export function ActionsAcross({ aggregate }: { aggregate: Aggregate }) {
  const { t } = useTranslation();
  const today = formatIsoDate(new Date());
  const filterId = useId();
  const [filter, setFilter] = useState<Filter>('open');
  const countOf = (f: Filter) =>
    aggregate.actions.filter(({ action }) => matches(action, f, today)).length;
  const rows = aggregate.actions
    .filter(({ action }) => matches(action, filter, today))
    .sort(
      (a, b) =>
        a.node.name.localeCompare(b.node.name, 'sv') ||
        (a.action.dueDate ?? '9999').localeCompare(b.action.dueDate ?? '9999') ||
        a.action.text.localeCompare(b.action.text, 'sv'),
    );
  return (
    <section className="card" aria-labelledby="rollup-actions">
      <h2 id="rollup-actions">{t('rollup.actions.heading', { year: aggregate.year })}</h2>
      {aggregate.actions.length === 0 ? (
        <p>{t('rollup.actions.none')}</p>
      ) : (
        <>
          <div className="rollup-field rollup-filter">
            <label htmlFor={filterId}>{t('rollup.actions.filter')}</label>
            <select
              id={filterId}
              value={filter}
              onChange={(e) => setFilter(FILTERS.find((f) => f === e.target.value) ?? 'open')}
            >
              {FILTERS.map((f) => (
                <option key={f} value={f}>
                  {t(`rollup.actions.filters.${f}`, { count: countOf(f) })}
                </option>
              ))}
            </select>
          </div>
          {rows.length === 0 ? (
            <p>{t('rollup.actions.noneShown')}</p>
          ) : (
            <ActionTable
              rows={rows}
              caption={t('rollup.actions.caption', {
                count: rows.length,
                node: aggregate.node.name,
              })}
              withNode
              today={today}
            />
          )}
        </>
      )}
    </section>
  );
}
