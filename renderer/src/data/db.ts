import { Dexie, type Table } from 'dexie';
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
} from '@shared/schemas';
import { applySchemaVersions } from './schema-versions';
/** The installation's signing key pair, as Web Crypto keys (structured-cloned by IndexedDB). */
export interface OwnKeyPair {
  id: 'self';
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** Raw public key, hex. */
  publicKeyHex: string;
  createdAt: string;
}

import { TABLE_NAMES, type Setting, type TableName } from './tables';

export const DEFAULT_DB_NAME = 'sam-uppfoljning';

/**
 * The app's IndexedDB database. Primary keys are strings made by the app (UUIDs, or
 * `${nodeId}:${year}`-style ids), so tables are `Table<T, string>` rather than EntityTable with an
 * optional generated key. Only repositories write to it; the UI reads with useLiveQuery.
 */
export class SamDatabase extends Dexie {
  // `declare`: Dexie creates these properties in stores(); a class field would shadow them.
  declare orgNodes: Table<OrgNode, string>;
  declare templates: Table<Template, string>;
  declare followUps: Table<FollowUp, string>;
  declare answers: Table<Answer, string>;
  declare incidents: Table<Incident, string>;
  declare actions: Table<Action, string>;
  declare summaries: Table<Summary, string>;
  declare surveys: Table<Survey, string>;
  declare submissions: Table<Submission, string>;
  declare identity: Table<Identity, string>;
  declare settings: Table<Setting, string>;
  declare trustedKeys: Table<TrustedKey, string>;
  declare packages: Table<ReceivedPackage, string>;
  /** The templates received packages were answered against, one row per id. */
  declare receivedTemplates: Table<Template, string>;
  /** The files of the packages received directly; read only to verify and forward them. */
  declare packageFiles: Table<PackageFile, string>;
  declare outbox: Table<OutboxEntry, string>;
  declare returnNotices: Table<ReturnNotice, string>;
  /** The installation's own key pair; outside TABLE_NAMES (never backed up or cleared). */
  declare ownKeys: Table<OwnKeyPair, string>;

  /** A name other than the default keeps tests and the e2e suite apart from real data. */
  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    applySchemaVersions(this);
  }

  /** A table by name, with rows left unknown: for code that treats every table alike. */
  anyTable(name: TableName): Table<unknown, string> {
    return this.table<unknown, string>(name);
  }
}

let instance: SamDatabase | undefined;

/** The app's one database, created on first use (opened lazily by Dexie on the first query). */
export function getDb(): SamDatabase {
  instance ??= new SamDatabase();
  return instance;
}

/** "Start over": empties every table in one transaction, keeping the schema. */
export async function clearDatabase(db: SamDatabase): Promise<void> {
  const tables = TABLE_NAMES.map((name) => db.anyTable(name));
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
  });
}
