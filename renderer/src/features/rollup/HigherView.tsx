import type { Aggregate } from '@shared/rollup/types';
import type { OrgNode } from '@shared/schemas';
import { useWork } from '../../shell/WorkContext';
import { ActionsAcross } from './ActionsAcross';
import { AnswersSection } from './AnswersSection';
import { ChildrenList } from './ChildrenList';
import { CoverageLine } from './CoverageLine';
import { IncidentsSection } from './IncidentsSection';
import { OwnTexts } from './OwnTexts';
import { TrackingSection } from './TrackingSection';

/** A section, administration or municipality: everything below it summed, and its own texts. */
export function HigherView({ root, aggregate }: { root: OrgNode; aggregate: Aggregate }) {
  const { canEdit } = useWork();
  return (
    <>
      <CoverageLine units={aggregate.units} />
      <ChildrenList root={root} aggregate={aggregate} />
      <TrackingSection node={aggregate.node} editable={canEdit(aggregate.node.id)} />
      <AnswersSection aggregate={aggregate} />
      <IncidentsSection aggregate={aggregate} />
      <ActionsAcross aggregate={aggregate} />
      <OwnTexts aggregate={aggregate} editable={canEdit(aggregate.node.id)} />
    </>
  );
}
