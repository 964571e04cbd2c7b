import { useTranslation } from 'react-i18next';
import { coveredYear } from '@shared/followup-year';
import { NoOrganisation } from '../../components/NoOrganisation';
import { ScreenHeader } from '../../shell/ScreenHeader';
import { useWork } from '../../shell/WorkContext';
import { ActionPlan } from './ActionPlan';
import { LastYearActionsPanel } from './LastYearActionsPanel';
import './actions.css';

/**
 * The active node's action plan (handlingsplan) for the follow-up year, and the look back on last
 * year's actions. Editable only where this installation writes for the node.
 */
export function ActionsScreen() {
  const { t } = useTranslation();
  const { nodes, activeNode, year, canEdit } = useWork();
  if (nodes.length === 0 || !activeNode) {
    return (
      <section>
        <ScreenHeader title={t('actions.title')} />
        <NoOrganisation />
      </section>
    );
  }
  const readOnly = !canEdit(activeNode.id);
  return (
    <section>
      <ScreenHeader
        title={t('actions.title')}
        lead={t('actions.lead', { node: activeNode.name, year, covered: coveredYear(year) })}
      />
      <ActionPlan node={activeNode} year={year} readOnly={readOnly} />
      <LastYearActionsPanel nodeId={activeNode.id} year={year} readOnly={readOnly} />
    </section>
  );
}
