import type { IncidentStats, ReportBody } from '../exchange/payload';
import type { Action, Answer, FollowUp, Incident, OrgNode, Summary, Survey } from '../schemas';

export interface ReportBodyInput {
  node: OrgNode;
  year: number;
  followUp: FollowUp | null;
  answers: readonly Answer[];
  /** Statistics of the incidents in the covered year (see incident-stats.ts incidentStatsOf). */
  incidentStats: IncidentStats;
  /** The node's incidents of the covered year (sent only with `incidentDetails`). */
  incidents: readonly Incident[];
  /** The node's actions decided this year and last year (last year's carry their follow-up). */
  actions: readonly Action[];
  summary: Summary | null;
  surveys: readonly Survey[];
  options: { freeText: boolean; incidentDetails: boolean };
}

/**
 * A node's own data as it goes upward. Free text that may hold personal data is left out unless
 * deliberately included: checklist comments become '' without `freeText`; incident rows are sent
 * only with `incidentDetails` (the statistics always go). The follow-up's narrative, the summary
 * texts and the action plan are the report itself and always go.
 */
export function reportBody(input: ReportBodyInput): ReportBody {
  const { options } = input;
  return {
    node: input.node,
    followUp: input.followUp,
    answers: input.answers.map((a) => (options.freeText ? a : { ...a, comment: '' })),
    incidentStats: input.incidentStats,
    incidents: options.incidentDetails ? [...input.incidents] : null,
    actions: input.actions.filter((a) => a.year === input.year || a.year === input.year - 1),
    summary: input.summary,
    surveys: [...input.surveys],
  };
}
