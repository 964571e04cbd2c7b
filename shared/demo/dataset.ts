import type {
  Action,
  Answer,
  FollowUp,
  Identity,
  Incident,
  OutboxEntry,
  PackageFile,
  ReceivedPackage,
  ReturnNotice,
  TrustedKey,
  OrgNode,
  Submission,
  Summary,
  Survey,
  Template,
} from '../schemas';

/** A JSON value, as a local setting may hold (the same shape as the data layer's z.json()). */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A local setting row; the data layer's settings table holds exactly this. */
export interface DatasetSetting {
  key: string;
  value: JsonValue;
}

/**
 * Rows for every table of the data layer (renderer/src/data/tables.ts AllTables, same keys): what
 * the generators produce and what the demo loader writes. Lives in shared/ so the generators stay
 * pure; the renderer checks at compile time that the keys and row types still match.
 */
export interface Dataset {
  orgNodes: OrgNode[];
  templates: Template[];
  followUps: FollowUp[];
  answers: Answer[];
  incidents: Incident[];
  actions: Action[];
  summaries: Summary[];
  surveys: Survey[];
  submissions: Submission[];
  identity: Identity[];
  settings: DatasetSetting[];
  trustedKeys: TrustedKey[];
  packages: ReceivedPackage[];
  receivedTemplates: Template[];
  packageFiles: PackageFile[];
  outbox: OutboxEntry[];
  returnNotices: ReturnNotice[];
}

export function emptyDataset(): Dataset {
  return {
    orgNodes: [],
    templates: [],
    followUps: [],
    answers: [],
    incidents: [],
    actions: [],
    summaries: [],
    surveys: [],
    submissions: [],
    identity: [],
    settings: [],
    trustedKeys: [],
    packages: [],
    receivedTemplates: [],
    packageFiles: [],
    outbox: [],
    returnNotices: [],
  };
}
