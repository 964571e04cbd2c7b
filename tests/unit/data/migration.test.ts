import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  SamDatabase,
  TABLE_NAMES,
  newId,
  restoreBackup,
} from '../../../renderer/src/data';
import { uniqueKeyPaths } from '../../../renderer/src/data/integrity';
import {
  LOCAL_ONLY_TABLES,
  applySchemaVersions,
  backedUpStoresAt,
  storesAt,
} from '../../../renderer/src/data/schema-versions';
import { TABLE_SCHEMAS } from '../../../renderer/src/data/tables';
import { check } from '../../../renderer/src/data/validate';
import { sortKeys } from '../../../renderer/src/data/dump';
import { emptyZip, sampleTables, sampleTablesV1, sampleTablesV2 } from './fixtures';

type RawTables = Record<string, readonly Record<string, unknown>[]>;

/**
 * Representative rows as they were stored at each schema version. When a step changes the shape of
 * rows, add the shape before it here: the test below fails for a version without an entry.
 */
const ROWS_AT_VERSION: Record<number, () => RawTables> = {
  1: sampleTablesV1,
  2: sampleTablesV2 as () => RawTables,
  3: sampleTables,
};

/** Rows an upgrade step creates from the rows of an older version (version → table → count). */
const CREATED_BY_UPGRADE: Record<number, Record<string, number>> = {
  // Version 3 moves the one template of the sample package row into receivedTemplates.
  2: { receivedTemplates: 1 },
};

/** A database declared with only the first `version` steps: what an older app left on disk. */
function databaseAtVersion(name: string, version: number): Dexie {
  const db = new Dexie(name);
  applySchemaVersions(db, version);
  return db;
}

function primaryKey(table: string, version: number): string {
  const spec = storesAt(version).get(table) ?? '';
  return uniqueKeyPaths(spec)[0]?.join('+') ?? '';
}

describe('SCHEMA_VERSIONS', () => {
  it('is numbered 1, 2, … with a reason for every step', () => {
    SCHEMA_VERSIONS.forEach((step, index) => {
      expect(step.version).toBe(index + 1);
      expect(step.why.length).toBeGreaterThan(10);
    });
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('declares exactly the tables that have zod schemas, plus the local-only ones', () => {
    expect([...backedUpStoresAt(CURRENT_SCHEMA_VERSION).keys()].sort()).toEqual(
      [...TABLE_NAMES].sort(),
    );
    const local = [...storesAt(CURRENT_SCHEMA_VERSION).keys()].filter((name) =>
      LOCAL_ONLY_TABLES.has(name),
    );
    expect(local).toEqual(['ownKeys']);
    for (const name of local) expect(TABLE_NAMES).not.toContain(name);
  });

  it('has sample rows at version 1 for exactly the tables version 1 had', () => {
    expect(Object.keys(sampleTablesV1()).sort()).toEqual([...backedUpStoresAt(1).keys()].sort());
  });
});

describe.each(SCHEMA_VERSIONS.map((step) => step.version))(
  'a database at version %i',
  (version) => {
    const rowsAt = ROWS_AT_VERSION[version];

    it('has representative rows in this test', () => {
      expect(rowsAt, `lägg till rader för version ${version} i ROWS_AT_VERSION`).toBeDefined();
    });

    it('opens with the current class, keeping every row and leaving all rows valid', async () => {
      if (!rowsAt) return;
      const rows = rowsAt();
      const name = `migration-${version}-${newId()}`;
      const old = databaseAtVersion(name, version);
      await old.open();
      await old.transaction('rw', Object.keys(rows), async () => {
        for (const [table, tableRows] of Object.entries(rows)) {
          await old.table<unknown, string>(table).bulkAdd([...tableRows]);
        }
      });
      old.close();

      const db = new SamDatabase(name);
      try {
        await db.open();
        expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
        for (const table of TABLE_NAMES) {
          const stored = await db.anyTable(table).toArray();
          for (const [index, row] of stored.entries()) {
            const result = check(TABLE_SCHEMAS[table], row);
            expect(result.ok, `${table} rad ${index + 1}: ${JSON.stringify(row)}`).toBe(true);
          }
          const key = primaryKey(table, version);
          const keys = await db.anyTable(table).toCollection().primaryKeys();
          for (const oldRow of rows[table] ?? []) expect(keys).toContain(oldRow[key]);
          // A table the old version did not have starts empty, unless an upgrade fills it.
          if (!storesAt(version).has(table)) {
            expect(keys, table).toHaveLength(CREATED_BY_UPGRADE[version]?.[table] ?? 0);
          }
        }
        if (version === CURRENT_SCHEMA_VERSION) {
          // Nothing to migrate: the data must come back exactly as written.
          for (const table of TABLE_NAMES) {
            const stored = await db.anyTable(table).toArray();
            expect(stored).toHaveLength(rows[table]?.length ?? 0);
            expect(stored).toEqual(expect.arrayContaining([...(rows[table] ?? [])]));
          }
        }
      } finally {
        await db.delete();
      }
    });

    it('restores a backup made at this version', async () => {
      if (!rowsAt) return;
      const rows = rowsAt();
      const file = {
        format: 'sam-uppfoljning-backup',
        formatVersion: 1,
        schemaVersion: version,
        exportedAt: '2026-01-01T00:00:00.000Z',
        // As exportBackup writes it (package bytes in base64).
        tables: sortKeys(rows),
      };
      const db = new SamDatabase(`restore-${version}-${newId()}`);
      try {
        const { counts } = await restoreBackup(db, new TextEncoder().encode(JSON.stringify(file)));
        for (const table of TABLE_NAMES) {
          expect(counts[table]).toBe(await db.anyTable(table).count());
        }
        expect(counts.orgNodes).toBeGreaterThan(0);
        for (const table of TABLE_NAMES) {
          const created = CREATED_BY_UPGRADE[version]?.[table] ?? 0;
          expect(counts[table], table).toBe((rows[table]?.length ?? 0) + created);
        }
      } finally {
        await db.delete();
      }
    });
  },
);

describe('version 2 → 3', () => {
  it('moves package templates to receivedTemplates (listed by id) and package files to bytes', async () => {
    const v2 = sampleTablesV2();
    const [package2] = (v2.packages ?? []) as {
      id: string;
      payload: { templates: { id: string }[] };
    }[];
    if (!package2) throw new Error('no sample package');
    const template = package2.payload.templates[0];
    // A second row with the same template and one more: the template is stored once.
    const other = {
      id: 'x-2026-1',
      year: 2026,
      version: 1,
      status: 'published',
      publishedAt: null,
      ownerNodeId: null,
      sections: [],
    };
    v2.packages = [
      ...(v2.packages ?? []),
      {
        ...package2,
        id: 'enhetB:2026',
        nodeId: 'enhetB',
        viaNodeId: 'enhetA',
        carriedPath: ['packages/enhetB.samx'],
        payload: { ...package2.payload, templates: [template, other] },
      },
    ];
    const name = `migration-2-3-${newId()}`;
    const old = databaseAtVersion(name, 2);
    await old.open();
    await old.transaction('rw', Object.keys(v2), async () => {
      for (const [table, rows] of Object.entries(v2)) {
        await old.table<unknown, string>(table).bulkAdd(rows);
      }
    });
    old.close();
    const db = new SamDatabase(name);
    try {
      const packages = await db.packages.toArray();
      expect(packages.map((row) => [row.id, row.templateIds, 'templates' in row.payload])).toEqual([
        ['enhetA:2026', ['vuxen-2026-2'], false],
        ['enhetB:2026', ['vuxen-2026-2', 'x-2026-1'], false],
      ]);
      expect(await db.receivedTemplates.toArray()).toEqual([template, other]);
      const [file] = await db.packageFiles.toArray();
      expect(file?.bytes).toEqual(emptyZip());
      expect(file?.bytes).toBeInstanceOf(Uint8Array);
    } finally {
      await db.delete();
    }
  });
});
