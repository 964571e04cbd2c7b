import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '@shared/templates';
import { getIdentity, getTemplate, listNodes, restoreBackup } from '../../../renderer/src/data';
import { useTestDb } from '../data/fixtures';

const newDb = useTestDb();

/** The e2e spec seeds through the restore UI; a fixture that drifted from the schema fails here first. */
describe('tests/fixtures/templates/administration-2026.json', () => {
  it('restores: an administration identity, four levels, the 2026 default published', async () => {
    const db = newDb();
    const bytes = await readFile('tests/fixtures/templates/administration-2026.json');
    await restoreBackup(db, new Uint8Array(bytes));
    const nodes = await listNodes(db, { includeArchived: true });
    expect(new Set(nodes.map((n) => n.level))).toEqual(new Set([1, 2, 3, 4]));
    const identity = await getIdentity(db);
    expect(nodes.find((n) => n.id === identity.nodeId)?.level).toBe(3);
    const template = await getTemplate(db, 'default-2026-v1');
    expect(template?.status).toBe('published');
    expect(template?.sections).toEqual(defaultTemplate(2026).sections);
  });
});
