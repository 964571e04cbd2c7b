import type { Dexie, Transaction } from 'dexie';
import { fromBase64 } from '@shared/exchange';

/**
 * One step of the database schema. Steps are never edited once released: a change is a new step
 * with a higher number, a `why`, and an `upgrade` when existing rows must be rewritten. Dexie only
 * needs the tables that change in a step; the others carry over from the step before.
 */
export interface SchemaVersion {
  readonly version: number;
  readonly why: string;
  /**
   * Dexie store specs by table name; `null` deletes a table. Keyed by plain string because a later
   * step may delete a table that the current TABLE_SCHEMAS no longer knows.
   */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * The schema history, oldest first (the GitHub Desktop way). The migration test opens a database
 * built with every prefix of this list with the current class, so each new step is tested.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    why: 'Första versionen: kärnposterna i DESIGN.md och lokala inställningar.',
    stores: {
      // Children of a node (tree view, moves) and nodes of a level (pickers).
      orgNodes: 'id, parentId, level',
      // The templates of a year, and the versions an administration owns.
      templates: 'id, year, ownerNodeId',
      // One follow-up per unit and year: the unique index makes a second one impossible.
      followUps: 'id, &[nodeId+year], templateId',
      answers: 'id, followUpId',
      // A unit's incidents in a date range; the year across all units; re-import by the source
      // system's id (unique; null ids are not indexed, so manual incidents never collide).
      incidents: 'id, [nodeId+date], date, &externalId',
      actions: 'id, [nodeId+year], year',
      summaries: 'id, [nodeId+year]',
      surveys: 'id, [nodeId+year]',
      submissions: 'id, [nodeId+year], year',
      identity: 'id',
      settings: 'key',
    },
  },
  {
    version: 2,
    why: 'Sammanställning mellan installationer: betrodda nycklar, mottagna paket och deras filer, skickade paket, återremitteringar och den egna signeringsnyckeln.',
    stores: {
      trustedKeys: 'nodeId',
      // The newest package per node and year; rows carried by a child's package are replaced with it.
      packages: 'id, [nodeId+year], year, viaNodeId',
      // The file of each package received directly (same id), apart so the rows above stay small.
      packageFiles: 'id',
      outbox: 'id, [nodeId+year], year',
      returnNotices: 'id, [nodeId+year]',
      // This installation's Ed25519 key pair (CryptoKey objects, private half non-extractable).
      // Not in TABLE_SCHEMAS: it is never backed up, restored, dumped or cleared.
      ownKeys: 'id',
    },
  },
  {
    version: 3,
    why: 'Mottagna mallar sparas en gång var i stället för i varje pakets rad, och paketfilerna som byte i stället för base64: en hel kommuns paket tas emot och läses snabbare.',
    stores: {
      // The templates received packages brought, one row per id (rows list theirs in templateIds).
      receivedTemplates: 'id',
    },
    upgrade: moveTemplatesAndBytes,
  },
];

type LooseRow = Record<string, unknown>;
const isRow = (value: unknown): value is LooseRow => typeof value === 'object' && value !== null;

/**
 * Version 3: every package row's payload.templates moves to receivedTemplates (the first row, in
 * key order, that brought an id keeps it, as the aggregated view chose before) and the row lists
 * their ids in templateIds; package files in base64 become bytes (text that is not base64 is left
 * as it was, for the restore checks to name).
 */
async function moveTemplatesAndBytes(tx: Transaction): Promise<void> {
  const templates = new Map<string, LooseRow>();
  await tx
    .table<LooseRow, string>('packages')
    .toCollection()
    .modify((row) => {
      const payload = row.payload;
      if (!isRow(payload)) return;
      const list = Array.isArray(payload.templates) ? payload.templates.filter(isRow) : [];
      const ids: string[] = [];
      for (const template of list) {
        if (typeof template.id !== 'string') continue;
        ids.push(template.id);
        if (!templates.has(template.id)) templates.set(template.id, template);
      }
      row.templateIds = ids;
      delete payload.templates;
    });
  if (templates.size > 0) {
    await tx.table<LooseRow, string>('receivedTemplates').bulkPut([...templates.values()]);
  }
  await tx
    .table<LooseRow, string>('packageFiles')
    .toCollection()
    .modify((row) => {
      if (typeof row.bytes !== 'string') return;
      const bytes = fromBase64(row.bytes);
      if (bytes) row.bytes = bytes;
    });
}

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 0;

function stepsUpTo(upTo: number): readonly SchemaVersion[] {
  return SCHEMA_VERSIONS.filter((step) => step.version <= upTo);
}

/** Declares the first `upTo` steps on a Dexie instance; used by the app class and by tests. */
export function applySchemaVersions(db: Dexie, upTo: number = CURRENT_SCHEMA_VERSION): void {
  for (const step of stepsUpTo(upTo)) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}

/**
 * Tables that belong to this installation alone: the own signing key pair. They are declared in
 * the schema but never backed up, restored, dumped or cleared (a backup moved to another machine
 * must not carry, or replace, the key that machine signs with).
 */
export const LOCAL_ONLY_TABLES: ReadonlySet<string> = new Set(['ownKeys']);

/** The store spec of every table as it is after step `upTo` (tables deleted on the way are gone). */
export function storesAt(upTo: number): ReadonlyMap<string, string> {
  const result = new Map<string, string>();
  for (const step of stepsUpTo(upTo)) {
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) result.delete(name);
      else result.set(name, spec);
    }
  }
  return result;
}

/** The tables a backup made at schema version `upTo` holds: storesAt without the local-only ones. */
export function backedUpStoresAt(upTo: number): ReadonlyMap<string, string> {
  return new Map([...storesAt(upTo)].filter(([name]) => !LOCAL_ONLY_TABLES.has(name)));
}
