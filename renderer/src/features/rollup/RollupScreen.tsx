import { Link, Route, Routes, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@shared/schemas';
import { NoOrganisation } from '../../components/NoOrganisation';
import { ScreenHeader } from '../../shell/ScreenHeader';
import { useWork } from '../../shell/WorkContext';
import { RollupNodeView } from './RollupNodeView';
import { useRollupData, type RollupData } from './useRollupData';
import './rollup.css';

/**
 * Sammanställning: the aggregated view of the active node, and (under `/sammanstallning/<nodeId>`)
 * the same view for any node below it, down to a unit. Drilling down does not change the active
 * node of the context bar: the breadcrumb leads back up.
 */
export function RollupScreen() {
  const { t } = useTranslation();
  const { nodes, activeNode } = useWork();
  if (nodes.length === 0 || !activeNode) {
    return (
      <section>
        <ScreenHeader title={t('nav.rollup')} />
        <NoOrganisation />
      </section>
    );
  }
  if (activeNode.level === 1) return <UnitPointer node={activeNode} />;
  return <RollupRoutes root={activeNode} />;
}

/** The data is loaded once for the active node's subtree and kept while drilling up and down. */
function RollupRoutes({ root }: { root: OrgNode }) {
  const { year } = useWork();
  const data = useRollupData(root.id, year);
  return (
    <Routes>
      <Route index element={<RollupNodeView root={root} nodeId={root.id} data={data} />} />
      <Route path=":nodeId" element={<DrillRoute root={root} data={data} />} />
    </Routes>
  );
}

function DrillRoute({ root, data }: { root: OrgNode; data: RollupData | undefined }) {
  const { nodeId } = useParams();
  return <RollupNodeView root={root} nodeId={nodeId ?? root.id} data={data} />;
}

/** A unit has nothing below it to sum: it fills in its checklist and sends it upward. */
function UnitPointer({ node }: { node: OrgNode }) {
  const { t } = useTranslation();
  return (
    <section>
      <ScreenHeader title={t('nav.rollup')} lead={t('rollup.unit.lead', { node: node.name })} />
      <div className="card">
        <p>{t('rollup.unit.pointer')}</p>
        <p className="button-row">
          <Link className="button" to="/checklista">
            {t('rollup.unit.toChecklist')}
          </Link>
          <Link className="button" to="/utbyte">
            {t('rollup.unit.toExchange')}
          </Link>
        </p>
      </div>
    </section>
  );
}
