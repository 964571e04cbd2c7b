import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { followUpSummary } from '@shared/actions';
import { getDb, getFollowUp, listActionsForFollowUp } from '../../data';
import { FollowUpRow, type RowMessage } from './FollowUpRow';
import './actions.css';

export interface LastYearActionsPanelProps {
  nodeId: string;
  /** The follow-up year doing the looking back; the actions listed are from year − 1. */
  year: number;
  readOnly: boolean;
}

/**
 * The seed's "Uppföljning åtgärder": last year's actions, each marked handled Ja / Nej with the
 * reason when Nej, saved as the user goes. Used on the actions screen and inside the checklist's
 * follow-up form, so it takes only these three props and reads everything else itself.
 */
export function LastYearActionsPanel({
  nodeId,
  year,
  readOnly: readOnlyProp,
}: LastYearActionsPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const actions = useLiveQuery(() => listActionsForFollowUp(getDb(), nodeId, year), [nodeId, year]);
  // A signed follow-up is a closed record: the data layer refuses changes until it is reopened.
  const signed = useLiveQuery(
    async () => (await getFollowUp(getDb(), nodeId, year))?.status === 'signed',
    [nodeId, year],
  );
  const [message, setMessage] = useState<RowMessage>(null);
  const lastYear = year - 1;
  const readOnly = readOnlyProp || signed === true;

  return (
    <section className="card last-year-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actions.lastYear.heading', { year: lastYear })}</h2>
      {actions === undefined ? (
        <p className="help">{t('actions.lastYear.loading')}</p>
      ) : actions.length === 0 ? (
        <p>{t('actions.lastYear.empty', { year: lastYear })}</p>
      ) : (
        <>
          <p className="help">
            {readOnly
              ? t('actions.lastYear.helpReadOnly', { year: lastYear })
              : t('actions.lastYear.help', { year: lastYear })}
          </p>
          {signed === true && !readOnlyProp ? (
            <p className="action-readonly">{t('actions.lastYear.signed', { year })}</p>
          ) : null}
          <Summary summary={followUpSummary(actions, year)} />
          <div className="action-table-wrap">
            <table className="action-table last-year-table">
              <caption className="visually-hidden">
                {t('actions.lastYear.caption', { year: lastYear })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('actions.lastYear.action', { year: lastYear })}</th>
                  <th scope="col">{t('actions.lastYear.handled')}</th>
                  <th scope="col">{t('actions.lastYear.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((action) => (
                  <FollowUpRow
                    key={`${action.id}:${year}`}
                    action={action}
                    year={year}
                    readOnly={readOnly}
                    onMessage={setMessage}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div role="status" className="message-slot">
        {message?.kind === 'status' ? message.text : null}
      </div>
      <div role="alert" className="message-slot">
        {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
      </div>
    </section>
  );
}

function Summary({ summary }: { summary: ReturnType<typeof followUpSummary> }) {
  const { t } = useTranslation();
  return (
    <ul className="last-year-summary">
      <li>
        <strong>{summary.handled}</strong>{' '}
        {t('actions.lastYear.summary.handled', { count: summary.handled })}
      </li>
      <li>
        <strong>{summary.notHandled}</strong>{' '}
        {t('actions.lastYear.summary.notHandled', { count: summary.notHandled })}
        {summary.missingReason > 0
          ? ` ${t('actions.lastYear.summary.missingReason', { count: summary.missingReason })}`
          : null}
      </li>
      <li>
        <strong>{summary.pending}</strong>{' '}
        {t('actions.lastYear.summary.pending', { count: summary.pending })}
      </li>
    </ul>
  );
}
