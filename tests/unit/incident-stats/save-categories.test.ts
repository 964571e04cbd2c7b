import { describe, expect, it } from 'vitest';
import { getSetting, type SamDatabase } from '../../../renderer/src/data';
import { saveCategories } from '../../../renderer/src/features/incidents/statistics/save-categories';
import { CATEGORIES_KEY } from '../../../renderer/src/features/incidents/useIncidentCategories';
import { fill, incident, sampleTables, useTestDb } from '../data/fixtures';

const LISTS = { places: ['Trappa och hiss', 'Kontor'], causes: ['Hot', 'Fall'] };
const RENAMES = {
  places: new Map([['Trappa', 'Trappa och hiss']]),
  // A swap: both directions apply at once, not one after the other.
  causes: new Map([
    ['Fall', 'Hot'],
    ['Hot', 'Fall'],
  ]),
};

async function seed(db: SamDatabase) {
  const { orgNodes, identity } = sampleTables();
  await fill(db, {
    orgNodes,
    identity,
    incidents: [
      incident({ id: 'i1', nodeId: 'enhetA', placeCategory: 'Trappa', causeCategory: 'Fall' }),
      incident({ id: 'i2', nodeId: 'enhetA', placeCategory: 'Kontor', causeCategory: 'Hot' }),
      incident({ id: 'i3', nodeId: 'enhetA', placeCategory: null, causeCategory: null }),
      // Another unit's incident: not this installation's to rewrite.
      incident({ id: 'i4', nodeId: 'enhetB', placeCategory: 'Trappa', causeCategory: 'Fall' }),
    ],
  });
}

const categoriesOf = async (db: SamDatabase, id: string) => {
  const row = await db.incidents.get(id);
  return [row?.placeCategory, row?.causeCategory];
};

describe('saveCategories', () => {
  const makeDb = useTestDb();

  it('stores the lists and renames the categories of the given units’ incidents', async () => {
    const db = makeDb();
    await seed(db);
    const rewritten = await saveCategories(db, LISTS, { renames: RENAMES, unitIds: ['enhetA'] });
    expect(rewritten).toBe(2);
    expect(await getSetting(db, CATEGORIES_KEY)).toEqual(LISTS);
    expect(await categoriesOf(db, 'i1')).toEqual(['Trappa och hiss', 'Hot']);
    expect(await categoriesOf(db, 'i2')).toEqual(['Kontor', 'Fall']);
    expect(await categoriesOf(db, 'i3')).toEqual([null, null]);
    expect(await categoriesOf(db, 'i4')).toEqual(['Trappa', 'Fall']);
    // Everything else about the incident is as it was.
    expect(await db.incidents.get('i1')).toMatchObject({ description: 'Halkade i trappan' });
  });

  it('leaves the incidents alone when not asked to rewrite', async () => {
    const db = makeDb();
    await seed(db);
    expect(await saveCategories(db, LISTS, null)).toBe(0);
    expect(await getSetting(db, CATEGORIES_KEY)).toEqual(LISTS);
    expect(await categoriesOf(db, 'i1')).toEqual(['Trappa', 'Fall']);
  });

  it('changes nothing when the rewrite fails half-way: lists and incidents go together', async () => {
    const db = makeDb();
    await seed(db);
    // A stored row the schema no longer accepts (bad time): rewriting it fails after the lists
    // were written inside the transaction.
    const broken = {
      ...incident({ id: 'i5', nodeId: 'enhetA', causeCategory: 'Fall' }),
      time: '25:99',
    };
    await db.incidents.put(broken);
    await expect(
      saveCategories(db, LISTS, { renames: RENAMES, unitIds: ['enhetA'] }),
    ).rejects.toThrow();
    expect(await getSetting(db, CATEGORIES_KEY)).toBeUndefined();
    expect(await categoriesOf(db, 'i1')).toEqual(['Trappa', 'Fall']);
  });

  it('refuses lists the schema does not accept, before writing anything', async () => {
    const db = makeDb();
    await seed(db);
    await expect(saveCategories(db, { places: [], causes: ['Hot'] }, null)).rejects.toThrow();
    expect(await getSetting(db, CATEGORIES_KEY)).toBeUndefined();
  });
});
