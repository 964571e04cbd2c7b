import { Dexie } from 'dexie';
import { SamDatabase } from './db';
import { readAllRows } from './dump';
import { newId } from './ids';
import { applySchemaVersions } from './schema-versions';

/**
 * Brings the rows of a backup made at an older schema version up to the current one by running
 * the real upgrade steps: the rows go into a scratch database built at their version, which is
 * then opened with the current class. So restore and app start migrate data the same way.
 * Only reachable once a version 2 exists; the migration test then covers it for every version.
 */
export async function upgradeRows(
  tables: ReadonlyMap<string, unknown[]>,
  fromVersion: number,
): Promise<Map<string, unknown[]>> {
  const name = `sam-uppfoljning-restore-${newId()}`;
  const old = new Dexie(name);
  applySchemaVersions(old, fromVersion);
  try {
    await old.open();
    const stores = [...tables.keys()].map((table) => old.table<unknown, unknown>(table));
    await old.transaction('rw', stores, async () => {
      for (const [table, rows] of tables) await old.table<unknown, unknown>(table).bulkAdd(rows);
    });
    old.close();
    const current = new SamDatabase(name);
    try {
      return new Map(await readAllRows(current));
    } finally {
      current.close();
    }
  } finally {
    old.close();
    await Dexie.delete(name);
  }
}
