import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, isOverdue } from '@shared/actions';
import type { Action, ActionStatus } from '@shared/schemas';
import { sourceText } from './action-source';

function isStatus(value: string): value is ActionStatus {
  return ACTION_STATUSES.some((s) => s === value);
}

export interface ActionPlanTableProps {
  actions: readonly Action[];
  today: string;
  textOf: ReadonlyMap<string, string> | undefined;
  caption: string;
  readOnly: boolean;
  onStatus: (action: Action, status: ActionStatus) => void;
  onEdit: (action: Action) => void;
  onDelete: (action: Action) => void;
}

/**
 * The action plan as the seed's table (åtgärd, ansvarig, klart när, följs upp när) plus status and
 * source. An overdue row says so in words as well as with its marking.
 */
export function ActionPlanTable({
  actions,
  today,
  textOf,
  caption,
  readOnly,
  onStatus,
  onEdit,
  onDelete,
}: ActionPlanTableProps) {
  const { t } = useTranslation();
  const words = {
    question: (text: string) => t('actions.source.question', { text }),
    incident: t('actions.source.incident'),
    priority: t('actions.source.priority'),
    manual: t('actions.source.manual'),
  };
  return (
    <div className="action-table-wrap">
      <table className="action-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.table.text')}</th>
            <th scope="col">{t('actions.table.responsible')}</th>
            <th scope="col">{t('actions.table.dueDate')}</th>
            <th scope="col">{t('actions.table.followUpDate')}</th>
            <th scope="col">{t('actions.table.status')}</th>
            <th scope="col">{t('actions.table.source')}</th>
            {readOnly ? null : (
              <th scope="col">
                <span className="visually-hidden">{t('actions.table.manage')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => {
            const overdue = isOverdue(action, today);
            return (
              <tr
                key={action.id}
                className={overdue ? 'action-row action-row-overdue' : 'action-row'}
              >
                <td className="action-text">
                  {action.text}
                  {action.status === 'ej_genomford' && action.reason ? (
                    <span className="action-reason">
                      {t('actions.table.reason', { reason: action.reason })}
                    </span>
                  ) : null}
                </td>
                <td>{action.responsible || <span className="action-none">–</span>}</td>
                <td className="action-date">
                  {action.dueDate ?? <span className="action-none">–</span>}
                  {overdue ? (
                    <span className="action-overdue-tag">
                      <span aria-hidden="true">! </span>
                      {t('actions.table.overdue')}
                    </span>
                  ) : null}
                </td>
                <td className="action-date">
                  {action.followUpDate ?? <span className="action-none">–</span>}
                </td>
                <td>
                  {readOnly ? (
                    <span className={`action-status action-status-${action.status}`}>
                      {t(`actions.status.${action.status}`)}
                    </span>
                  ) : (
                    <select
                      className="action-status-select"
                      aria-label={t('actions.table.statusOf', { text: action.text })}
                      value={action.status}
                      onChange={(e) => {
                        if (isStatus(e.target.value)) onStatus(action, e.target.value);
                      }}
                    >
                      {ACTION_STATUSES.map((value) => (
                        <option key={value} value={value}>
                          {t(`actions.status.${value}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td className="action-source">{sourceText(action.source, textOf, words)}</td>
                {readOnly ? null : (
                  <td>
                    <div className="action-buttons">
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t('actions.table.editNamed', { text: action.text })}
                        onClick={() => onEdit(action)}
                      >
                        {t('actions.table.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button-small button-danger"
                        aria-label={t('actions.table.deleteNamed', { text: action.text })}
                        onClick={() => onDelete(action)}
                      >
                        {t('actions.table.delete')}
                      </button>
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
