import { isUint8Array, toBase64 } from '@shared/exchange';
import type { SamDatabase } from './db';
import { TABLE_NAMES, type TableName } from './tables';

/**
 * Every row of every table, read in one transaction so the tables agree with each other. IndexedDB
 * returns rows in primary-key order, which makes the result deterministic.
 */
export async function readAllRows(db: SamDatabase): Promise<Map<TableName, unknown[]>> {
  const tables = TABLE_NAMES.map((name) => db.anyTable(name));
  return db.transaction('r', tables, async () => {
    const result = new Map<TableName, unknown[]>();
    for (const name of TABLE_NAMES) result.set(name, await db.anyTable(name).toArray());
    return result;
  });
}

/**
 * A copy of a JSON-like value with every object's keys sorted, so equal data prints equally.
 * Bytes (the package files) become base64 text: what backups hold and restore reads back.
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isUint8Array(value)) return toBase64(value);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}

/**
 * The whole database as a deterministic JSON string (tables by name, rows by primary key, keys
 * sorted): two states are equal exactly when their dumps are. For tests and diagnostics.
 */
export async function dumpDatabase(db: SamDatabase): Promise<string> {
  const tables = await readAllRows(db);
  return JSON.stringify(sortKeys(Object.fromEntries(tables)), null, 2);
}
