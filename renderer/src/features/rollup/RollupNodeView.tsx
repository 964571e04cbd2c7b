import { useTranslation } from 'react-i18next';
import { coveredYear } from '@shared/followup-year';
import type { OrgNode } from '@shared/schemas';
import { ScreenHeader } from '../../shell/ScreenHeader';
import { useWork } from '../../shell/WorkContext';
import { Breadcrumb } from './Breadcrumb';
import { HigherView } from './HigherView';
import { UnitView } from './UnitView';
import type { RollupData } from './useRollupData';

/** One node of the roll-up: a section, administration or municipality summed, or a unit in full. */
export function RollupNodeView({
  root,
  nodeId,
  data,
}: {
  root: OrgNode;
  nodeId: string;
  data: RollupData | undefined;
}) {
  const { t } = useTranslation();
  const { tree, year, identity } = useWork();
  const node = tree.byId.get(nodeId);
  const inScope = node !== undefined && tree.isWithin(node.id, root.id);

  if (!node || !inScope) {
    return (
      <section>
        <ScreenHeader title={t('nav.rollup')} />
        <div className="card" role="alert">
          <p>{t('rollup.notFound')}</p>
        </div>
      </section>
    );
  }
  return (
    <section className="rollup">
      <ScreenHeader
        title={t('rollup.title', { node: node.name })}
        lead={t('rollup.lead', {
          node: node.name,
          level: identity.levelNames[node.level - 1] ?? '',
          year,
          covered: coveredYear(year),
        })}
      />
      {node.id === root.id ? null : <Breadcrumb root={root} node={node} />}
      {!data ? (
        <p className="loading" role="status">
          {t('rollup.loading')}
        </p>
      ) : node.level === 1 ? (
        <UnitView
          node={node}
          report={data.reports.get(node.id)}
          templates={data.templates}
          aggregate={data.aggregateOf(node.id)}
        />
      ) : (
        <HigherView root={root} aggregate={data.aggregateOf(node.id)} />
      )}
    </section>
  );
}
