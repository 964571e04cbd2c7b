import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '@shared/format';
import { coveredYear } from '@shared/followup-year';
import type { OrgNode } from '@shared/schemas';
import { ScreenHeader } from '../../shell/ScreenHeader';
import { useWork } from '../../shell/WorkContext';
import { FirstStart } from '../org/FirstStart';
import { ActionTiles, OverdueActions } from './ActionsSummary';
import { AnswersCard } from './AnswersCard';
import { FollowUpStatusCard } from './FollowUpStatusCard';
import { UnreportedIncidentsCard } from './UnreportedIncidentsCard';
import { actionTally } from './overview-model';
import { useOverviewData } from './useOverviewData';
import './overview.css';

/**
 * The start screen. Before any organisation exists it is the first-start screen; afterwards it
 * shows the active node's year at a glance: follow-up status, answers, open and overdue actions.
 */
export function OverviewScreen() {
  const { t } = useTranslation();
  const { nodes, activeNode, year } = useWork();
  if (nodes.length === 0 || !activeNode) {
    return (
      <section>
        <ScreenHeader title={t('overview.title')} />
        <FirstStart />
      </section>
    );
  }
  return <NodeOverview node={activeNode} year={year} />;
}

function NodeOverview({ node, year }: { node: OrgNode; year: number }) {
  const { t } = useTranslation();
  const { tree, identity } = useWork();
  const isUnit = node.level === 1;
  const units = useMemo(
    () => (isUnit ? [node] : tree.unitsUnder(node.id).filter((u) => !u.archived)),
    [isUnit, node, tree],
  );
  const nodeIds = useMemo(() => tree.subtree(node.id).map((n) => n.id), [node.id, tree]);
  const unitIds = useMemo(() => units.map((u) => u.id), [units]);
  const data = useOverviewData(unitIds, nodeIds, year);
  const today = formatIsoDate(new Date());
  const tally = useMemo(
    () => (data ? actionTally(data.actions, year, today) : undefined),
    [data, year, today],
  );

  return (
    <section className="overview">
      <ScreenHeader
        title={t('overview.title')}
        lead={t('overview.lead', {
          node: node.name,
          level: identity.levelNames[node.level - 1] ?? '',
          year,
          covered: coveredYear(year),
        })}
      />
      {!data || !tally ? (
        <p className="loading">{t('overview.loading')}</p>
      ) : (
        <>
          <div className="overview-tiles">
            <FollowUpStatusCard node={node} units={units} data={data.units} />
            <ActionTiles tally={tally} isUnit={isUnit} />
          </div>
          <UnreportedIncidentsCard node={node} />
          <AnswersCard isUnit={isUnit} units={data.units} nodeName={node.name} />
          <OverdueActions tally={tally} showNode={!isUnit} />
        </>
      )}
    </section>
  );
}
