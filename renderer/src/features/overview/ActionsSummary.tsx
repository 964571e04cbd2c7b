import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useWork } from '../../shell/WorkContext';
import type { ActionTally } from './overview-model';

/** Two tiles: open actions and, of those, overdue ones (the number is said in words too). */
export function ActionTiles({ tally, isUnit }: { tally: ActionTally; isUnit: boolean }) {
  const { t } = useTranslation();
  const overdue = tally.overdue.length;
  return (
    <>
      <div className="card overview-tile">
        <h2>{t('overview.actions.openHeading')}</h2>
        <p className="overview-big" aria-describedby="overview-open-help">
          {tally.open.length}
        </p>
        <p className="help" id="overview-open-help">
          {isUnit ? t('overview.actions.openHelp') : t('overview.actions.openHelpHigher')}
        </p>
        <Link className="overview-link" to="/atgarder">
          {t('overview.actions.toActions')}
        </Link>
      </div>
      <div
        className={overdue > 0 ? 'card overview-tile overview-tile-alert' : 'card overview-tile'}
      >
        <h2>{t('overview.actions.overdueHeading')}</h2>
        <p className="overview-big">{overdue}</p>
        <p className="help">
          {overdue > 0
            ? t('overview.actions.overdueHelp', { count: overdue })
            : t('overview.actions.noneOverdue')}
        </p>
      </div>
    </>
  );
}

/** The overdue actions themselves, with due dates; with the node's name on a higher level. */
export function OverdueActions({ tally, showNode }: { tally: ActionTally; showNode: boolean }) {
  const { t } = useTranslation();
  const { tree } = useWork();
  if (tally.overdue.length === 0) return null;
  return (
    <div className="card">
      <h2 id="overview-overdue-heading">{t('overview.actions.overdueListHeading')}</h2>
      <table className="overview-table" aria-labelledby="overview-overdue-heading">
        <thead>
          <tr>
            <th scope="col">{t('overview.actions.text')}</th>
            {showNode ? <th scope="col">{t('overview.actions.node')}</th> : null}
            <th scope="col">{t('overview.actions.responsible')}</th>
            <th scope="col">{t('overview.actions.dueDate')}</th>
          </tr>
        </thead>
        <tbody>
          {tally.overdue.map((action) => (
            <tr key={action.id}>
              <td>{action.text}</td>
              {showNode ? <td>{tree.byId.get(action.nodeId)?.name ?? action.nodeId}</td> : null}
              <td>{action.responsible || t('overview.actions.noResponsible')}</td>
              <td className="overview-date">{action.dueDate}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Link className="overview-link" to="/atgarder">
        {t('overview.actions.toActions')}
      </Link>
    </div>
  );
}
