import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReturnNotice } from '@shared/schemas';
import { useWork } from '../../../shell/WorkContext';
import { useDateFormat } from '../useDateFormat';

/**
 * A returned follow-up, stated first and plainly: who returned which revision when, their comment,
 * and what to do about it (reopen, fix, sign, send again).
 */
export function ReturnNoticeCard({ notice }: { notice: ReturnNotice }) {
  const { t } = useTranslation();
  const { tree } = useWork();
  const formatDate = useDateFormat();
  const headingId = useId();
  const from = tree.byId.get(notice.fromNodeId)?.name ?? notice.fromNodeId;
  return (
    <section className="card return-notice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exchange.send.returnedHeading')}</h2>
      <p>
        {t('exchange.send.returnedBy', {
          revision: notice.revision,
          by: notice.author,
          node: from,
          date: formatDate(notice.returnedAt),
        })}
      </p>
      <blockquote>{notice.comment}</blockquote>
      <p>{t('exchange.send.returnedWhat')}</p>
      <p>
        <Link className="button button-primary" to="/checklista">
          {t('exchange.send.openChecklist')}
        </Link>
      </p>
    </section>
  );
}
