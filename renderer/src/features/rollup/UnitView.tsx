import { useTranslation } from 'react-i18next';
import type { Aggregate, NodeReport } from '@shared/rollup/types';
import type { OrgNode, Template } from '@shared/schemas';
import { IncidentsSection } from './IncidentsSection';
import { Provenance } from './Provenance';
import { UnitAnswers } from './UnitAnswers';
import { UnitFollowUp } from './UnitFollowUp';
import { UnitActions } from './UnitActions';

/**
 * A unit at the bottom of the drill-down: its follow-up, every answer, its actions and incidents,
 * and where the data comes from (this installation, or a package whose signature is verified).
 */
export function UnitView({
  node,
  report,
  templates,
  aggregate,
}: {
  node: OrgNode;
  report: NodeReport | undefined;
  templates: ReadonlyMap<string, Template>;
  aggregate: Aggregate;
}) {
  const { t } = useTranslation();
  if (!report) {
    return (
      <div className="card">
        <p>{t('rollup.unitView.noReport', { node: node.name, year: aggregate.year })}</p>
      </div>
    );
  }
  const followUp = report.body.followUp;
  const template = followUp ? templates.get(followUp.templateId) : undefined;
  return (
    <>
      <Provenance report={report} />
      <UnitFollowUp report={report} />
      {followUp ? <UnitAnswers template={template} answers={report.body.answers} /> : null}
      <UnitActions report={report} />
      <IncidentsSection aggregate={aggregate} />
    </>
  );
}
