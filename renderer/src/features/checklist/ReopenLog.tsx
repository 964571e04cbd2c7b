import { useTranslation } from 'react-i18next';
import type { FollowUp } from '@shared/schemas';
import { formatIsoDate } from '@shared/format';
import { localeOf } from '../../i18n';

/** Every reopening of the signed follow-up: the audit trail, newest first. */
export function ReopenLog({ log }: { log: FollowUp['reopenLog'] }) {
  const { t, i18n } = useTranslation();
  if (log.length === 0) return null;
  const time = new Intl.DateTimeFormat(localeOf(i18n.language), {
    hour: '2-digit',
    minute: '2-digit',
  });
  const when = (iso: string) => {
    const date = new Date(iso);
    return `${formatIsoDate(date)} ${time.format(date)}`;
  };
  return (
    <div className="reopen-log">
      <h3 id="reopen-log-heading">{t('checklist.reopen.logHeading')}</h3>
      <table aria-labelledby="reopen-log-heading">
        <thead>
          <tr>
            <th scope="col">{t('checklist.reopen.logWhen')}</th>
            <th scope="col">{t('checklist.reopen.logWho')}</th>
            <th scope="col">{t('checklist.reopen.logReason')}</th>
          </tr>
        </thead>
        <tbody>
          {[...log].reverse().map((entry) => (
            <tr key={entry.at}>
              <td className="nowrap">{when(entry.at)}</td>
              <td>{entry.by}</td>
              <td>{entry.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
