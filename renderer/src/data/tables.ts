import { z } from 'zod';
import {
  type Action,
  type Answer,
  type FollowUp,
  type Identity,
  type OutboxEntry,
  type PackageFile,
  type ReceivedPackage,
  type ReturnNotice,
  type TrustedKey,
  type Incident,
  type OrgNode,
  type Submission,
  type Summary,
  type Survey,
  type Template,
  actionSchema,
  answerSchema,
  followUpSchema,
  identitySchema,
  outboxEntrySchema,
  packageFileSchema,
  receivedPackageSchema,
  returnNoticeSchema,
  trustedKeySchema,
  incidentSchema,
  orgNodeSchema,
  submissionSchema,
  summarySchema,
  surveySchema,
  templateSchema,
} from '@shared/schemas';

/**
 * A local setting: a key and any JSON value (place/cause category lists, UI preferences). Kept
 * here rather than in shared/ because settings never leave this installation.
 */
export const settingSchema = z.object({
  key: z.string().min(1, 'Nyckel saknas').max(200, 'Nyckeln är för lång'),
  value: z.json(),
});
export type Setting = z.infer<typeof settingSchema>;

/** The row type of every table. */
interface Rows {
  orgNodes: OrgNode;
  templates: Template;
  followUps: FollowUp;
  answers: Answer;
  incidents: Incident;
  actions: Action;
  summaries: Summary;
  surveys: Survey;
  submissions: Submission;
  identity: Identity;
  settings: Setting;
  trustedKeys: TrustedKey;
  packages: ReceivedPackage;
  receivedTemplates: Template;
  packageFiles: PackageFile;
  outbox: OutboxEntry;
  returnNotices: ReturnNotice;
}
export type TableName = keyof Rows;
export type TableRow<N extends TableName> = Rows[N];
/** All rows of all tables, as read for a dump or backup. */
export type AllTables = { [N in TableName]: TableRow<N>[] };

/**
 * Every table and the zod schema its rows must satisfy. The single list that backup, restore,
 * dump, clear and the migration test iterate over, so a new table cannot be forgotten by one of
 * them. Typed as a mapped type so that `TABLE_SCHEMAS[name]` keeps its row type for a generic name.
 */
export const TABLE_SCHEMAS: { [N in TableName]: z.ZodType<Rows[N]> } = {
  orgNodes: orgNodeSchema,
  templates: templateSchema,
  followUps: followUpSchema,
  answers: answerSchema,
  incidents: incidentSchema,
  actions: actionSchema,
  summaries: summarySchema,
  surveys: surveySchema,
  submissions: submissionSchema,
  identity: identitySchema,
  settings: settingSchema,
  trustedKeys: trustedKeySchema,
  packages: receivedPackageSchema,
  // The templates received packages brought (one row per id; package rows list theirs).
  receivedTemplates: templateSchema,
  packageFiles: packageFileSchema,
  outbox: outboxEntrySchema,
  returnNotices: returnNoticeSchema,
};

/** Table names in a fixed order (the order of TABLE_SCHEMAS), typed. */
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS).filter(isTableName);

export function isTableName(name: string): name is TableName {
  return Object.hasOwn(TABLE_SCHEMAS, name);
}
