import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@shared/schemas';
import { useWork } from '../../shell/WorkContext';
import { StatusChip } from './FollowUpStatusBar';
import { useUnitStatuses } from './useUnitStatuses';

/** The units under a section, administration or municipality, with their follow-up status. */
export function UnitStatusList({ node }: { node: OrgNode }) {
  const { t } = useTranslation();
  const { tree, year, setActiveNode } = useWork();
  const units = tree.unitsUnder(node.id).filter((unit) => !unit.archived);
  const statuses = useUnitStatuses(units, year);
  const showParent = node.level > 2;

  if (units.length === 0) {
    return (
      <div className="card">
        <p>{t('checklist.list.empty', { node: node.name })}</p>
      </div>
    );
  }

  return (
    <div className="card">
      <table className="unit-table">
        <caption>{t('checklist.list.caption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('checklist.list.unit')}</th>
            {showParent ? <th scope="col">{t('checklist.list.parent')}</th> : null}
            <th scope="col">{t('checklist.list.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('checklist.list.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => {
            const status = statuses?.get(unit.id);
            const parent = unit.parentId ? tree.byId.get(unit.parentId) : undefined;
            return (
              <tr key={unit.id}>
                <th scope="row">{unit.name}</th>
                {showParent ? <td>{parent?.name ?? ''}</td> : null}
                <td>{status ? <StatusChip status={status} /> : '…'}</td>
                <td className="cell-action">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('checklist.list.openLabel', { unit: unit.name })}
                    onClick={() => void setActiveNode(unit.id)}
                  >
                    {t('checklist.list.open')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
