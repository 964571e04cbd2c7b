import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { coveredYear } from '@shared/followup-year';
import { NoOrganisation } from '../../components/NoOrganisation';
import { getDb } from '../../data';
import { nodeSurveys } from '../../data/survey-repo';
import { ScreenHeader } from '../../shell/ScreenHeader';
import { useWork } from '../../shell/WorkContext';
import { SurveyCsvCard } from './SurveyCsvCard';
import { SurveyEntryCard } from './SurveyEntryCard';
import { SurveyYearsTable } from './SurveyYearsTable';
import './survey.css';

/** Years offered for entry: the covered year and four before (older results still get entered). */
const ENTRY_YEARS = 5;

/**
 * Medarbetarundersökning: the employee survey of the active node — manual entry, CSV import
 * and the three years the annual report shows side by side.
 */
export function SurveyScreen() {
  const { t } = useTranslation();
  const { activeNode, identity, tree, nodes, year } = useWork();
  const covered = coveredYear(year);
  const nodeId = activeNode?.id ?? null;
  const surveys = useLiveQuery(
    () => (nodeId === null ? [] : nodeSurveys(getDb(), nodeId)),
    [nodeId],
  );
  const ownNodeId = identity.nodeId;
  const scope = useMemo(() => (ownNodeId ? tree.subtree(ownNodeId) : []), [tree, ownNodeId]);
  const scopeIds = useMemo(() => new Set(scope.map((n) => n.id)), [scope]);
  const names = useMemo(() => new Map(nodes.map((n) => [n.id, n.name])), [nodes]);

  if (!activeNode) {
    return (
      <section>
        <ScreenHeader title={t('survey.title')} />
        <NoOrganisation />
      </section>
    );
  }
  const editable = scopeIds.has(activeNode.id);
  const entryYears = Array.from({ length: ENTRY_YEARS }, (_, i) => covered - i);
  const reportYears = entryYears.slice(0, 3);
  const scopeName = (ownNodeId ? names.get(ownNodeId) : undefined) ?? '';

  return (
    <section>
      <ScreenHeader
        title={t('survey.title')}
        lead={t('survey.lead', { node: activeNode.name, year, covered })}
      />
      {surveys === undefined ? (
        <p className="loading">…</p>
      ) : (
        <>
          <SurveyYearsTable nodeName={activeNode.name} years={reportYears} surveys={surveys} />
          {editable ? (
            <>
              <SurveyEntryCard
                key={activeNode.id}
                nodeId={activeNode.id}
                nodeName={activeNode.name}
                years={entryYears}
                surveys={surveys}
              />
              <SurveyCsvCard scopeName={scopeName} nodeIds={scopeIds} nodeNames={names} />
            </>
          ) : (
            <p className="card">{t('survey.readOnly', { node: activeNode.name })}</p>
          )}
        </>
      )}
    </section>
  );
}
