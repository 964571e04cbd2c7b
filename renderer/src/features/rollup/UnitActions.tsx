import { useTranslation } from 'react-i18next';
import { isOverdue } from '@shared/actions';
import { formatIsoDate } from '@shared/format';
import type { NodeReport } from '@shared/rollup/types';

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
        <div className="rollup-table-wrap">
          <table className="rollup-table">
            <caption className="visually-hidden">
              {t('rollup.unitView.actionsCaption', { node: report.node.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('rollup.actions.text')}</th>
                <th scope="col">{t('rollup.actions.responsible')}</th>
                <th scope="col">{t('rollup.actions.due')}</th>
                <th scope="col">{t('rollup.actions.status')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row" className="rollup-plain">
                    {action.text}
                  </th>
                  <td>{action.responsible || '–'}</td>
                  <td className="nowrap">{action.dueDate ?? '–'}</td>
                  <td>
                    {t(`actions.status.${action.status}`)}
                    {isOverdue(action, today) ? (
                      <strong className="rollup-late"> {t('rollup.late')}</strong>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
