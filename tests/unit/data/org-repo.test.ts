import { beforeEach, describe, expect, it } from 'vitest';
import {
  RepositoryError,
  ValidationError,
  archiveNode,
  children,
  createNode,
  dumpDatabase,
  getNode,
  listNodes,
  moveNode,
  renameNode,
  type SamDatabase,
} from '../../../renderer/src/data';
import { fill, sampleTables, useTestDb } from './fixtures';

const newDb = useTestDb();

describe('org repository', () => {
  let db: SamDatabase;
  beforeEach(async () => {
    db = newDb();
    await fill(db, { orgNodes: sampleTables().orgNodes });
  });

  it('lists children by Swedish name order, archived ones only on request', async () => {
    await createNode(db, { parentId: 'barn1', level: 1, name: 'Ängens förskola' });
    await createNode(db, { parentId: 'barn1', level: 1, name: 'Ekens förskola' });
    const names = (await children(db, 'barn1')).map((node) => node.name);
    expect(names).toEqual(['Ekens förskola', 'Åsens boende', 'Ängens förskola']);
    const all = await children(db, 'barn1', { includeArchived: true });
    expect(all.map((node) => node.id)).toContain('enhetB');
    expect((await listNodes(db)).some((node) => node.id === 'enhetB')).toBe(false);
  });

  it('creates a node with a new id directly under a node one level up', async () => {
    const node = await createNode(db, { parentId: 'vuxen2', level: 1, name: 'Stöd i hemmet' });
    expect(node.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getNode(db, node.id)).toEqual(node);
  });

  it('refuses a level mismatch on create and on move', async () => {
    await expect(createNode(db, { parentId: 'kommun', level: 1, name: 'X' })).rejects.toThrow(
      'Nivåerna stämmer inte: en nod på nivå 1 ska ligga direkt under en nod på nivå 2, inte på nivå 4.',
    );
    const before = await dumpDatabase(db);
    await expect(moveNode(db, 'enhetA', 'sof')).rejects.toBeInstanceOf(RepositoryError);
    await expect(moveNode(db, 'enhetA', 'sof')).rejects.toThrow('inte på nivå 3');
    await expect(moveNode(db, 'enhetA', null)).rejects.toThrow('Bara en nod på nivå 4');
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('refuses making a node its own ancestor', async () => {
    const before = await dumpDatabase(db);
    const cycle = 'En nod kan inte flyttas in under sig själv eller under en av sina undernoder.';
    await expect(moveNode(db, 'sof', 'enhetA')).rejects.toThrow(cycle);
    await expect(moveNode(db, 'barn1', 'barn1')).rejects.toThrow(cycle);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('moves a node to another parent on the right level', async () => {
    const moved = await moveNode(db, 'enhetA', 'vuxen2');
    expect(moved.parentId).toBe('vuxen2');
    expect((await children(db, 'vuxen2')).map((node) => node.id)).toEqual(['enhetA']);
  });

  it('refuses a parent that does not exist', async () => {
    await expect(moveNode(db, 'enhetA', 'saknas')).rejects.toThrow(
      'Organisationsnoden "saknas" finns inte.',
    );
  });

  it('validates with zod before writing, in Swedish', async () => {
    const refused = createNode(db, { parentId: 'barn1', level: 1, name: '' });
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toThrow('Namn saknas (fält name)');
    // Thrown inside the Dexie transaction: must arrive as our own class, not rewrapped.
    const renaming = renameNode(db, 'enhetA', 'x'.repeat(201));
    await expect(renaming).rejects.toBeInstanceOf(ValidationError);
    await expect(renaming).rejects.toThrow('Texten är längre än 200 tecken (fält name)');
    expect((await getNode(db, 'enhetA'))?.name).toBe('Åsens boende');
  });

  it('renames and archives', async () => {
    await renameNode(db, 'enhetA', 'Åsens gruppbostad');
    await archiveNode(db, 'enhetA');
    expect(await getNode(db, 'enhetA')).toMatchObject({
      name: 'Åsens gruppbostad',
      archived: true,
    });
    await archiveNode(db, 'enhetA', false);
    expect((await getNode(db, 'enhetA'))?.archived).toBe(false);
  });
});
