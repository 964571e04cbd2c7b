import type { Action, OrgNode, Summary, Template } from '../schemas';
import type { IncidentStats, ReportBody } from '../exchange/payload';
import type { OrgTree } from '../org/tree';
import type { AnswerCounts } from './answer-stats';

/** Where a node's report came from: this installation's own tables, or a verified package. */
export type ReportSource =
  | { kind: 'local' }
  | {
      kind: 'package';
      /** The node whose signed package holds this report (the node itself, or an ancestor that vouched for it). */
      packageNodeId: string;
      revision: number;
      digest: string;
      fingerprint: string;
      author: string;
      created: string;
      receivedAt: string;
      /** null when imported here directly; else the child whose package carried it. */
      viaNodeId: string | null;
    };

/** One node's data for a year, in the same shape whether it is local or came in a package. */
export interface NodeReport {
  node: OrgNode;
  year: number;
  body: ReportBody;
  source: ReportSource;
}

export interface AggregateInput {
  tree: OrgTree;
  /** The node to aggregate at (any level). */
  nodeId: string;
  year: number;
  /** Every node's report for `year` that is known here, by node id. */
  reports: ReadonlyMap<string, NodeReport>;
  /** Templates by id (for question texts and order). */
  templates: ReadonlyMap<string, Template>;
}

export interface UnitCoverage {
  /** Active (not archived) level-1 units at or below the node. */
  total: number;
  /** Units with a report (any source). */
  withReport: number;
  /** Units whose follow-up is signed by both. */
  signed: number;
}

export interface QuestionAggregate {
  questionId: string;
  text: string;
  /** Ja / Delvis / Nej / Vet ej over every unit below the node; n = answers given. */
  counts: AnswerCounts;
  /** The same per direct child of the node (drill-down), in the tree's child order. */
  byChild: { nodeId: string; counts: AnswerCounts }[];
}

export interface SectionAggregate {
  id: string;
  title: string;
  questions: QuestionAggregate[];
}

/** What the aggregated view and the annual report show for one node and year. */
export interface Aggregate {
  node: OrgNode;
  year: number;
  /** The calendar year the incidents cover (year − 1). */
  incidentYear: number;
  /** Checklist sections and questions in template order; local questions after the standard ones. */
  sections: SectionAggregate[];
  units: UnitCoverage;
  children: {
    node: OrgNode;
    units: UnitCoverage;
    /** The child's own texts (summary, good examples, challenges, priorities). */
    summary: Summary | null;
  }[];
  /** Incident statistics summed over the node and everything below it. */
  incidents: IncidentStats;
  /** Actions of the year across the subtree (the node's own included), with the node they belong to. */
  actions: { action: Action; node: OrgNode }[];
  /** Last year's actions in the subtree, with their follow-up (handled Ja/Nej, why not). */
  previousActions: { action: Action; node: OrgNode }[];
  /** The node's own texts and action plan. */
  own: { summary: Summary | null; actions: Action[] };
}

/** The pure aggregation every view and the report use. Implemented in aggregate.ts. */
export type AggregateFn = (input: AggregateInput) => Aggregate;
