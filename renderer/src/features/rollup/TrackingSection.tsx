import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '@shared/format';
import type { OrgNode } from '@shared/schemas';
import { useWork } from '../../shell/WorkContext';
import { DeadlinesForm } from './DeadlinesForm';
import { ReminderList } from './ReminderList';
import { ReturnDialog, type ReturnOutcome } from './ReturnDialog';
import { useTracking, type TrackingRow } from './useTracking';

/**
 * Inrapportering: where each node of the level below stands this year (tracking status, revision,
 * received, deadline, overdue), the return of a received report, the deadlines and the reminders.
 */
export function TrackingSection({ node, editable }: { node: OrgNode; editable: boolean }) {
  const { t } = useTranslation();
  const { year } = useWork();
  const tracking = useTracking(node, year);
  const [returning, setReturning] = useState<TrackingRow | null>(null);
  const [outcome, setOutcome] = useState<ReturnOutcome | null>(null);

  return (
    <>
      <section className="card" aria-labelledby="rollup-tracking">
        <h2 id="rollup-tracking">{t('rollup.tracking.heading', { year })}</h2>
        {!tracking ? (
          <p role="status">{t('rollup.tracking.loading')}</p>
        ) : tracking.rows.length === 0 ? (
          <p>{t('rollup.tracking.none')}</p>
        ) : (
          <StatusTable
            rows={tracking.rows}
            year={year}
            canReturn={editable}
            onReturn={(row) => {
              setOutcome(null);
              setReturning(row);
            }}
          />
        )}
        <p
          className={outcome?.kind === 'error' ? 'error-message' : 'message-slot'}
          role={outcome?.kind === 'error' ? 'alert' : 'status'}
        >
          {outcome?.text ?? ''}
        </p>
        {returning ? (
          <ReturnDialog
            child={returning.node}
            revision={returning.revision}
            year={year}
            onClose={(result) => {
              setReturning(null);
              setOutcome(result);
            }}
          />
        ) : null}
      </section>
      {tracking ? <ReminderList node={node} year={year} reminders={tracking.reminders} /> : null}
      {tracking ? (
        <DeadlinesForm node={node} year={year} deadlines={tracking.deadlines} editable={editable} />
      ) : null}
    </>
  );
}

function StatusTable({
  rows,
  year,
  canReturn,
  onReturn,
}: {
  rows: readonly TrackingRow[];
  year: number;
  canReturn: boolean;
  onReturn: (row: TrackingRow) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="rollup-table-wrap">
      <table className="rollup-table">
        <caption>{t('rollup.tracking.caption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rollup.tracking.node')}</th>
            <th scope="col">{t('rollup.tracking.status')}</th>
            <th scope="col">{t('rollup.tracking.revision')}</th>
            <th scope="col">{t('rollup.tracking.received')}</th>
            <th scope="col">{t('rollup.tracking.deadline')}</th>
            {canReturn ? (
              <th scope="col">
                <span className="visually-hidden">{t('rollup.tracking.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.node.id} className={row.overdue ? 'rollup-row-late' : undefined}>
              <th scope="row">{row.node.name}</th>
              <td>
                {t(`rollup.tracking.status_values.${row.status}`)}
                {row.returnComment ? (
                  <div className="help">
                    {t('rollup.tracking.returnComment', { comment: row.returnComment })}
                  </div>
                ) : null}
              </td>
              <td>{row.revision ?? '–'}</td>
              <td>{row.receivedAt ? formatIsoDate(new Date(row.receivedAt)) : '–'}</td>
              <td>
                {row.deadline ?? t('rollup.tracking.noDeadline')}
                {row.overdue ? (
                  <>
                    {' '}
                    <strong className="rollup-late">
                      <span className="rollup-late-icon" aria-hidden="true">
                        ⚠
                      </span>
                      {t('rollup.tracking.overdue')}
                    </strong>
                  </>
                ) : null}
              </td>
              {canReturn ? (
                <td className="cell-action">
                  {row.status === 'mottagen' ? (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('rollup.tracking.returnLabel', { node: row.node.name })}
                      onClick={() => onReturn(row)}
                    >
                      {t('rollup.tracking.return')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
