import { describe, expect, expectTypeOf, it } from 'vitest';
import { demoMunicipality, type Dataset } from '@shared/demo';
import {
  TABLE_NAMES,
  clearDatabase,
  dumpDatabase,
  exportBackup,
  getIdentity,
  listActions,
  restoreBackup,
  type TableName,
} from '../../../renderer/src/data';
import { loadDemo } from '../../../renderer/src/features/demo/load-demo';
import { fill, sampleTables, useTestDb } from '../data/fixtures';

const newDb = useTestDb();
const TODAY = new Date(2026, 10, 22, 12);

describe('loadDemo', () => {
  it('mirrors the data layer’s tables exactly', () => {
    expectTypeOf<keyof Dataset>().toEqualTypeOf<TableName>();
    expect(Object.keys(demoMunicipality(TODAY)).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('fills an empty database with the demo organisation', async () => {
    const db = newDb();
    await loadDemo(db, TODAY);
    const demo = demoMunicipality(TODAY);
    for (const name of TABLE_NAMES) {
      expect(await db.anyTable(name).count(), name).toBe(demo[name].length);
    }
    expect(await db.orgNodes.where('level').equals(1).count()).toBe(25);
    expect(await db.followUps.count()).toBe(50);
    expect(await db.answers.count()).toBe(50 * 38);
    expect(await getIdentity(db)).toMatchObject({ nodeId: 'sof', role: 'hr' });
    expect(await listActions(db, 'sof', 2026)).not.toHaveLength(0);
  });

  it('replaces what was there, and gives the same dump when loaded twice', async () => {
    const db = newDb();
    await fill(db, sampleTables());
    await loadDemo(db, TODAY);
    expect(await db.orgNodes.get('enhetA')).toBeUndefined();
    const first = await dumpDatabase(db);
    await loadDemo(db, TODAY);
    expect(await dumpDatabase(db)).toBe(first);
  });

  it('round-trips through export and restore', async () => {
    const db = newDb();
    await loadDemo(db, TODAY);
    const before = await dumpDatabase(db);
    const bytes = await exportBackup(db, TODAY);
    await clearDatabase(db);
    await restoreBackup(db, bytes);
    expect(await dumpDatabase(db)).toBe(before);
  });
});
