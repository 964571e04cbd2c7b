import { describe, expect, it } from 'vitest';
import { RepositoryError, importIncidents } from '../../../renderer/src/data';
import { fill, incident, sampleTables, useTestDb } from '../data/fixtures';

/* importIncidents at import scale: bulk lookups, progress, and all-or-nothing. */
describe('importIncidents', () => {
  const makeDb = useTestDb();

  async function seeded() {
    const db = makeDb();
    await fill(db, sampleTables());
    return db;
  }

  const batch = (count: number, from = 0) =>
    Array.from({ length: count }, (_, i) =>
      incident({ id: `kia:${from + i}`, externalId: `kia:${from + i}` }),
    );

  it('reports progress chunk by chunk up to the total', async () => {
    const db = await seeded();
    const progress: [number, number][] = [];
    await importIncidents(db, batch(2500), {
      onProgress: (written, total) => progress.push([written, total]),
    });
    expect(progress).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });

  it('counts as updated only the stored incidents the batch names', async () => {
    const db = await seeded();
    // kia:1001 is stored (sample tables) and lies between kia:0 and kia:5001 in key order, so the
    // range read finds it; it is not in the batch and must not count.
    await importIncidents(db, batch(3, 5000));
    expect(await importIncidents(db, [...batch(2, 5000), ...batch(2, 0)])).toEqual({
      added: 2,
      updated: 2,
    });
    expect(await db.incidents.get('inc-1')).toMatchObject({ externalId: 'kia:1001' });
    expect(await db.incidents.count()).toBe(2 + 3 + 2);
  });

  it('keeps the stored id and createdAt of a re-imported incident', async () => {
    const db = await seeded();
    await importIncidents(db, [
      incident({ id: 'kia:1001', externalId: 'kia:1001', createdAt: '2026-02-01T00:00:00.000Z' }),
    ]);
    expect(await db.incidents.get('inc-1')).toMatchObject({
      createdAt: '2026-01-20T08:00:00.000Z',
    });
    expect(await db.incidents.get('kia:1001')).toBeUndefined();
  });

  it('writes nothing when a row names a unit that does not exist', async () => {
    const db = await seeded();
    const rows = [...batch(1500), incident({ id: 'x', externalId: 'kia:x', nodeId: 'finns-inte' })];
    await expect(importIncidents(db, rows)).rejects.toThrowError(
      new RepositoryError('Organisationsnoden "finns-inte" finns inte.'),
    );
    expect(await db.incidents.count()).toBe(2);
  });
});
