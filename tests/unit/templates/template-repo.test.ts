import { beforeEach, describe, expect, it } from 'vitest';
import { defaultTemplate } from '@shared/templates';
import { draftNextVersion } from '@shared/templates/versioning';
import {
  countFollowUpsByTemplate,
  createDraftVersion,
  deleteDraftTemplate,
  getOrCreateFollowUp,
  getTemplate,
  saveTemplate,
  templateForUnit,
  type SamDatabase,
} from '../../../renderer/src/data';
import { fill, useTestDb } from '../data/fixtures';
import { ORG_NODES, pathOf } from './org-fixture';

const newDb = useTestDb();

describe('template repository additions', () => {
  let db: SamDatabase;
  beforeEach(async () => {
    db = newDb();
    await fill(db, { orgNodes: ORG_NODES });
  });

  it('counts follow-ups per template version', async () => {
    expect(await countFollowUpsByTemplate(db)).toEqual(new Map());
    const template = await templateForUnit(db, pathOf('asen'), 2026);
    for (const nodeId of ['asen', 'hemtjanst-norr', 'annan-enhet'])
      await getOrCreateFollowUp(db, { nodeId, year: 2026, templateId: template.id });
    await getOrCreateFollowUp(db, { nodeId: 'asen', year: 2025, templateId: template.id });
    const later = await templateForUnit(db, pathOf('asen'), 2027);
    await getOrCreateFollowUp(db, { nodeId: 'asen', year: 2027, templateId: later.id });
    expect(await countFollowUpsByTemplate(db)).toEqual(
      new Map([
        ['default-2026-v1', 4],
        ['default-2027-v1', 1],
      ]),
    );
  });

  it('deletes a draft made by mistake, but not one in use', async () => {
    const base = await templateForUnit(db, pathOf('asen'), 2026);
    const draft = draftNextVersion(base, { year: 2027, ownerNodeId: 'sof', id: 'utkast' });
    await saveTemplate(db, draft);
    await deleteDraftTemplate(db, 'utkast');
    expect(await getTemplate(db, 'utkast')).toBeUndefined();

    await saveTemplate(db, draft);
    await getOrCreateFollowUp(db, { nodeId: 'asen', year: 2027, templateId: 'utkast' });
    await expect(deleteDraftTemplate(db, 'utkast')).rejects.toThrow(
      'Mallen kan inte tas bort: det finns uppföljningar',
    );
    await expect(deleteDraftTemplate(db, 'finns-inte')).rejects.toThrow('finns inte');
  });

  it('never deletes a published version', async () => {
    await saveTemplate(db, defaultTemplate(2026));
    await expect(deleteDraftTemplate(db, 'default-2026-v1')).rejects.toThrow(
      'En publicerad mall ändras inte',
    );
    expect(await getTemplate(db, 'default-2026-v1')).toEqual(defaultTemplate(2026));
  });

  it('creates a draft from the version that applies to the owner, one per owner and year', async () => {
    await saveTemplate(db, { ...defaultTemplate(2026), publishedAt: '2026-01-05T08:00:00.000Z' });
    const input = { ownerNodeId: 'sof', pathIds: pathOf('sof'), year: 2027, id: 'sof-2027' };
    const draft = await createDraftVersion(db, input);
    expect(draft).toMatchObject({ id: 'sof-2027', year: 2027, version: 1, status: 'draft' });
    expect(await getTemplate(db, 'sof-2027')).toEqual(draft);
    await expect(createDraftVersion(db, { ...input, id: 'again' })).rejects.toThrow(
      'Det finns redan ett utkast för 2027',
    );
    // Another administration has a draft of its own for the same year, numbered above.
    const other = await createDraftVersion(db, {
      ownerNodeId: 'buf',
      pathIds: pathOf('buf'),
      year: 2027,
    });
    expect(other).toMatchObject({ version: 2, ownerNodeId: 'buf' });
    expect(other.id).not.toBe('');
  });
});
