import { beforeEach, describe, expect, it } from 'vitest';
import {
  RepositoryError,
  dumpDatabase,
  getIdentity,
  importNodes,
  listNodes,
  setArchivedWithSubtree,
  setUpOrganisation,
  type SamDatabase,
} from '../../../renderer/src/data';
import { fill, sampleTables, useTestDb } from './fixtures';

const newDb = useTestDb();

const SETUP = {
  names: { 4: 'Hagaviks kommun', 3: 'Socialförvaltningen', 2: 'Vuxen', 1: ' Boendestöd ' },
  role: 'enhetschef',
  userName: 'Anna Andersson',
  actsForLevel: 1,
} as const;

describe('setUpOrganisation', () => {
  it('creates one node per level and the identity acting for the chosen one', async () => {
    const db = newDb();
    const identity = await setUpOrganisation(db, SETUP);
    const nodes = await listNodes(db);
    expect(nodes.map((n) => [n.level, n.name]).sort()).toEqual([
      [1, 'Boendestöd'],
      [2, 'Vuxen'],
      [3, 'Socialförvaltningen'],
      [4, 'Hagaviks kommun'],
    ]);
    const unit = nodes.find((n) => n.level === 1);
    expect(identity).toEqual(await getIdentity(db));
    expect(identity).toMatchObject({
      nodeId: unit?.id,
      role: 'enhetschef',
      userName: 'Anna Andersson',
    });
    const section = nodes.find((n) => n.level === 2);
    expect(unit?.parentId).toBe(section?.id);
  });

  it('is refused, writing nothing, when an organisation exists', async () => {
    const db = newDb();
    await setUpOrganisation(db, SETUP);
    const before = await dumpDatabase(db);
    await expect(setUpOrganisation(db, { ...SETUP, actsForLevel: 3 })).rejects.toThrow(
      'Det finns redan en organisation.',
    );
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('rolls back the nodes when a name is refused', async () => {
    const db = newDb();
    const names = { ...SETUP.names, 1: '' };
    await expect(setUpOrganisation(db, { ...SETUP, names })).rejects.toThrow('Namn saknas');
    expect(await listNodes(db)).toEqual([]);
  });
});

describe('org import and archiving', () => {
  let db: SamDatabase;
  beforeEach(async () => {
    db = newDb();
    await fill(db, { orgNodes: sampleTables().orgNodes });
  });

  it('adds, renames and moves in one go, parents listed after their children', async () => {
    const result = await importNodes(db, [
      { id: 'u9', parentId: 'ny', level: 1, name: 'Ny enhet' },
      { id: 'ny', parentId: 'sof', level: 2, name: 'Ny verksamhet' },
      { id: 'enhetA', parentId: 'vuxen2', level: 1, name: 'Åsens boende (flyttad)' },
    ]);
    expect(result).toEqual({ created: 2, changed: 1 });
    const nodes = await listNodes(db, { includeArchived: true });
    expect(nodes.find((n) => n.id === 'enhetA')).toMatchObject({
      parentId: 'vuxen2',
      name: 'Åsens boende (flyttad)',
    });
    expect(nodes.find((n) => n.id === 'u9')?.parentId).toBe('ny');
    expect(nodes).toHaveLength(8);
  });

  it('writes nothing when one row breaks the tree', async () => {
    const before = await dumpDatabase(db);
    await expect(
      importNodes(db, [
        { id: 'u9', parentId: 'barn1', level: 1, name: 'Ny enhet' },
        { id: 'fel', parentId: 'sof', level: 1, name: 'Fel nivå' },
      ]),
    ).rejects.toThrow('Nivåerna stämmer inte');
    await expect(
      importNodes(db, [{ id: 'barn1', parentId: 'kommun', level: 3, name: 'Barn 1' }]),
    ).rejects.toThrow('Nivån kan inte ändras');
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('archives a node with its subtree and restores them together', async () => {
    await setArchivedWithSubtree(db, 'barn1', true);
    const archived = (await listNodes(db, { includeArchived: true })).filter((n) => n.archived);
    expect(archived.map((n) => n.id).sort()).toEqual(['barn1', 'enhetA', 'enhetB']);
    await expect(setArchivedWithSubtree(db, 'enhetA', false)).rejects.toBeInstanceOf(
      RepositoryError,
    );
    await expect(setArchivedWithSubtree(db, 'enhetA', false)).rejects.toThrow(
      'Återställ den överordnade noden först',
    );
    await setArchivedWithSubtree(db, 'barn1', false);
    expect((await listNodes(db)).map((n) => n.id)).toContain('enhetB');
  });
});
