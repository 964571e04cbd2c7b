import type { SamDatabase } from './db';
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

/*
 * A whole database's worth of rows, checked and written as one: what restore does with a backup
 * file and what the demo loader does with the generated demo organisation.
 */

function validRows<N extends TableName>(name: N, rows: readonly unknown[]): TableRow<N>[] {
  return rows.map((row, index) => {
    const result = check(TABLE_SCHEMAS[name], row);
    if (result.ok) return result.data;
    const [first] = result.issues;
    throw new BackupError(sv.row(name, index + 1, first ? describeIssue(first) : sv.invalid));
  });
}

function validTables(raw: ReadonlyMap<string, readonly unknown[]>): AllTables {
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
    trustedKeys: rows('trustedKeys'),
    packages: rows('packages'),
    receivedTemplates: rows('receivedTemplates'),
    packageFiles: rows('packageFiles'),
    outbox: rows('outbox'),
    returnNotices: rows('returnNotices'),
  };
}

/**
 * Every row through its zod schema, then the unique keys of the current schema and the references
 * between tables. Returns the clean rows; throws the first problem as a BackupError in Swedish
 * (table, row, field). A table missing from `raw` counts as empty.
 */
export function checkTables(raw: ReadonlyMap<string, readonly unknown[]>): AllTables {
  const tables = validTables(raw);
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
 * Clears every table and fills it with `tables` in one transaction: a failure at any point leaves
 * the database as it was. The rows should have passed checkTables. Errors are Dexie's, unwrapped.
 */
export async function replaceAllTables(db: SamDatabase, tables: AllTables): Promise<void> {
  const stores = TABLE_NAMES.map((name) => db.anyTable(name));
  await db.transaction('rw', stores, async () => {
    for (const name of TABLE_NAMES) {
      await db.anyTable(name).clear();
      await db.anyTable(name).bulkPut(tables[name]);
    }
  });
}
