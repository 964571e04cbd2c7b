import {
  readBackupFile,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
} from './backup-format';
import { upgradeRows } from './backup-upgrade';
import { checkTables, replaceAllTables } from './dataset';
import type { SamDatabase } from './db';
import { readAllRows, sortKeys } from './dump';
import { BackupError } from './errors';
import { sv } from './messages';
import { CURRENT_SCHEMA_VERSION } from './schema-versions';
import { TABLE_NAMES, type AllTables } from './tables';

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
  return checkTables(current);
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
  try {
    await replaceAllTables(db, tables);
  } catch (error) {
    throw new BackupError(sv.restoreFailed(String(error)), { cause: error });
  }
  return { counts: Object.fromEntries(TABLE_NAMES.map((name) => [name, tables[name].length])) };
}
