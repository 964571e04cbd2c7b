import {
  readBackupFile,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
} from './backup-format';
import { upgradeRows } from './backup-upgrade';
import type { SamDatabase } from './db';
import { readAllRows, sortKeys } from './dump';
import { BackupError } from './errors';
import { findDuplicate, findIntegrityProblem } from './integrity';
import { sv } from './messages';
import { CURRENT_SCHEMA_VERSION, storesAt } from './schema-versions';
import {
  TABLE_NAMES,
  TABLE_SCHEMAS,
  type AllTables,
  type TableName,
  type TableRow,
} from './tables';
import { check, describeIssue } from './validate';

/**
 * The whole database as a UTF-8 JSON file: the user's safety net. Rows are in primary-key order
 * and keys sorted, so two exports of the same data differ only in `exportedAt`.
 */
export async function exportBackup(
  db: SamDatabase,
  now: Date = new Date(),
): Promise<Uint8Array<ArrayBuffer>> {
  const tables = await readAllRows(db);
  const file = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    tables: sortKeys(Object.fromEntries(tables)),
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

function validRows<N extends TableName>(name: N, rows: readonly unknown[]): TableRow<N>[] {
  return rows.map((row, index) => {
    const result = check(TABLE_SCHEMAS[name], row);
    if (result.ok) return result.data;
    const [first] = result.issues;
    throw new BackupError(sv.row(name, index + 1, first ? describeIssue(first) : sv.invalid));
  });
}

function validTables(raw: ReadonlyMap<string, unknown[]>): AllTables {
  const rows = <N extends TableName>(name: N) => validRows(name, raw.get(name) ?? []);
  return {
    orgNodes: rows('orgNodes'),
    templates: rows('templates'),
    followUps: rows('followUps'),
    answers: rows('answers'),
    incidents: rows('incidents'),
    actions: rows('actions'),
    summaries: rows('summaries'),
    surveys: rows('surveys'),
    submissions: rows('submissions'),
    identity: rows('identity'),
    settings: rows('settings'),
  };
}

/** Everything restore checks before it writes; the first problem is thrown as a BackupError. */
async function checkBackup(bytes: Uint8Array, maxBytes: number): Promise<AllTables> {
  const { schemaVersion, tables: raw } = readBackupFile(bytes, maxBytes);
  let current = raw;
  if (schemaVersion < CURRENT_SCHEMA_VERSION) {
    try {
      current = await upgradeRows(raw, schemaVersion);
    } catch (error) {
      throw new BackupError(sv.restoreFailed(String(error)), { cause: error });
    }
  }
  const tables = validTables(current);
  const stores = storesAt(CURRENT_SCHEMA_VERSION);
  for (const name of TABLE_NAMES) {
    const duplicate = findDuplicate(name, stores.get(name) ?? 'id', tables[name]);
    if (duplicate) throw new BackupError(duplicate);
  }
  const problem = findIntegrityProblem(tables);
  if (problem) throw new BackupError(problem);
  return tables;
}

/**
 * Replaces the whole database with a backup file. Everything is checked first (see checkBackup);
 * then all tables are cleared and filled in one transaction, so a failure at any point leaves the
 * database as it was. Returns the number of rows restored per table.
 */
export async function restoreBackup(
  db: SamDatabase,
  bytes: Uint8Array,
  { maxBytes = MAX_BACKUP_BYTES } = {},
): Promise<{ counts: Record<string, number> }> {
  const tables = await checkBackup(bytes, maxBytes);
  const stores = TABLE_NAMES.map((name) => db.anyTable(name));
  try {
    await db.transaction('rw', stores, async () => {
      for (const name of TABLE_NAMES) {
        await db.anyTable(name).clear();
        await db.anyTable(name).bulkPut(tables[name]);
      }
    });
  } catch (error) {
    throw new BackupError(sv.restoreFailed(String(error)), { cause: error });
  }
  return { counts: Object.fromEntries(TABLE_NAMES.map((name) => [name, tables[name].length])) };
}
