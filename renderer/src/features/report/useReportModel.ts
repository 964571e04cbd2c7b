import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { aggregate } from '@shared/rollup/aggregate';
import { buildReport } from '@shared/report/build-report';
import type { ReportModel } from '@shared/report/model';
import { formatIsoDate } from '@shared/format';
import type { OrgNode } from '@shared/schemas';
import { getDb } from '../../data';
import { loadReports } from '../../data/rollup-repo';
import { nodeSurveys } from '../../data/survey-repo';
import { readIncidentCategories } from '../incidents/useIncidentCategories';
import { useWork } from '../../shell/WorkContext';

/**
 * The annual report of a node and year, live: every report known here (loadReports), rolled up
 * (aggregate), with the node's surveys and the organisation's category lists (buildReport).
 * The surveys come with the node's report where it has one (a package carries them), else from
 * the local table. Undefined while loading.
 */
export function useReportModel(node: OrgNode, year: number): ReportModel | undefined {
  const { tree, identity } = useWork();
  const loaded = useLiveQuery(async () => {
    const db = getDb();
    const [reports, surveys, categories] = await Promise.all([
      loadReports(db, node.id, year),
      nodeSurveys(db, node.id),
      readIncidentCategories(),
    ]);
    return { reports, surveys, categories };
  }, [node.id, year]);

  return useMemo(() => {
    if (!loaded) return undefined;
    const rolled = aggregate({
      tree,
      nodeId: node.id,
      year,
      reports: loaded.reports.reports,
      templates: loaded.reports.templates,
    });
    const carried = loaded.reports.reports.get(node.id)?.body.surveys ?? [];
    return buildReport({
      aggregate: rolled,
      surveys: carried.length > 0 ? carried : loaded.surveys,
      organisation: tree.pathTo(node.id)[0]?.name ?? node.name,
      levelNames: identity.levelNames,
      date: formatIsoDate(new Date()),
      incidentCategories: loaded.categories,
    });
  }, [loaded, tree, node.id, node.name, year, identity.levelNames]);
}
