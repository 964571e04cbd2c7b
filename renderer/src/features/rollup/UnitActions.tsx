import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '@shared/format';
import type { NodeReport } from '@shared/rollup/types';
import { ActionTable } from './ActionTable';

/** The unit's action plan of the year, as its report carries it. */
export function UnitActions({ report }: { report: NodeReport }) {
  const { t } = useTranslation();
  const today = formatIsoDate(new Date());
  const actions = report.body.actions.filter((a) => a.year === report.year);
  return (
    <section className="card" aria-labelledby="rollup-unit-actions">
      <h2 id="rollup-unit-actions">{t('rollup.unitView.actionsHeading', { year: report.year })}</h2>
      {actions.length === 0 ? (
        <p>{t('rollup.actions.none')}</p>
      ) : (
        <ActionTable
          rows={actions.map((action) => ({ action }))}
          caption={t('rollup.unitView.actionsCaption', { node: report.node.name })}
          captionHidden
          today={today}
        />
      )}
    </section>
  );
}
