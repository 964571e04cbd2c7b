import { useTranslation } from 'react-i18next';
import { isOverdue } from '@shared/actions';
import type { Action, OrgNode } from '@shared/schemas';

export interface ActionTableRow {
  action: Action;
  /** The node the action belongs to: shown in a column of its own when the table spans nodes. */
  node?: OrgNode;
}

/**
 * Actions as the aggregated view lists them: what, (where,) who, when, and how it stands, with
 * "Försenad" in words beside an overdue status. Used for the whole subtree and for one unit.
 */
export function ActionTable({
  rows,
  caption,
  captionHidden = false,
  withNode = false,
  today,
}: {
  rows: readonly ActionTableRow[];
  caption: string;
  captionHidden?: boolean;
  withNode?: boolean;
  /** yyyy-mm-dd */
  today: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="rollup-table-wrap">
      <table className="rollup-table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rollup.actions.text')}</th>
            {withNode ? <th scope="col">{t('rollup.actions.node')}</th> : null}
            <th scope="col">{t('rollup.actions.responsible')}</th>
            <th scope="col">{t('rollup.actions.due')}</th>
            <th scope="col">{t('rollup.actions.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ action, node }) => (
            <tr key={action.id}>
              <th scope="row" className="rollup-plain">
                {action.text}
              </th>
              {withNode ? <td>{node?.name ?? '–'}</td> : null}
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
  );
}
