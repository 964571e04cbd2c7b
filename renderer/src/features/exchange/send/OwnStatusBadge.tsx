import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@shared/schemas';
import type { OwnStatus } from '../../../data/tracking-repo';

type Shown = 'notStarted' | 'inProgress' | 'ready' | 'submitted' | 'returned';

/** The five words the Skicka page uses: "pågår" splits into Pågår and Klar att skicka. */
function shownStatus(status: OwnStatus): Shown {
  switch (status.status) {
    case 'ej_paborjad':
      return 'notStarted';
    case 'pagar':
      return status.readyToSend ? 'ready' : 'inProgress';
    case 'inskickad':
      return 'submitted';
    case 'aterremitterad':
      return 'returned';
  }
}

/** The own follow-up's state as one word, and a sentence on what it means for sending. */
export function OwnStatusBadge({
  status,
  node,
  formatDate,
}: {
  status: OwnStatus;
  node: OrgNode;
  formatDate: (iso: string) => string;
}) {
  const { t } = useTranslation();
  const shown = shownStatus(status);
  const label =
    shown === 'submitted'
      ? t('exchange.send.status.submitted', { revision: status.revision })
      : t(`exchange.send.status.${shown}`);
  let help: string | null = null;
  if (shown === 'notStarted') help = t('exchange.send.statusHelp.notStarted');
  if (shown === 'inProgress') {
    help =
      node.level === 1
        ? t('exchange.send.statusHelp.inProgress')
        : t('exchange.send.statusHelp.inProgressAbove');
  }
  if (shown === 'submitted' && status.sentAt) {
    const key = node.level === 1 ? 'submitted' : 'submittedAbove';
    help = t(`exchange.send.statusHelp.${key}`, {
      revision: status.revision,
      date: formatDate(status.sentAt),
    });
  }
  if ((shown === 'ready' || shown === 'returned') && status.readyToSend) {
    help = t('exchange.send.statusHelp.ready', { revision: status.nextRevision });
  }
  return (
    <>
      <p>
        <span className={`status-badge status-badge-${shown}`}>{label}</span>
      </p>
      {help ? <p className="help">{help}</p> : null}
    </>
  );
}
