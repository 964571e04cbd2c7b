/**
 * Issue 4's acceptance for template versioning, through the real data layer on fake-indexeddb:
 * answers keep the version they were given against, and a published version cannot be changed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '@shared/schemas';
import {
  addLocalQuestion,
  assertDraft,
  removeLocalQuestion,
  updateLocalQuestion,
} from '@shared/templates/versioning';
import {
  RepositoryError,
  createDraftVersion,
  deleteDraftTemplate,
  getFollowUp,
  getOrCreateFollowUp,
  getTemplate,
  listAnswers,
  publishTemplate,
  saveAnswer,
  saveFollowUp,
  saveTemplate,
  templateForUnit,
  type SamDatabase,
} from '../../../renderer/src/data';
import { fill, useTestDb } from '../data/fixtures';
import { ORG_NODES, pathOf } from './org-fixture';

const newDb = useTestDb();
const T0 = new Date('2026-02-03T09:00:00.000Z');
const T1 = new Date('2026-02-20T10:00:00.000Z');

const LOCAL = {
  text: 'Nyckelrutinen i hemtjänsten följs.',
  help: 'Fråga den som är nyckelansvarig.',
  legalRefs: [{ source: 'AFS 2023:1', section: '8 §' }],
};

/** What the administration does on the templates screen: a draft, a local question, publish. */
async function publishLocalVersion(db: SamDatabase, year: number, id: string): Promise<Template> {
  const draft = await createDraftVersion(db, {
    ownerNodeId: 'sof',
    pathIds: pathOf('sof'),
    year,
    id,
  });
  await saveTemplate(db, addLocalQuestion(draft, 'delaktighet', LOCAL));
  return publishTemplate(db, id, T1);
}

describe('answers keep the template version they were given against', () => {
  let db: SamDatabase;
  beforeEach(async () => {
    db = newDb();
    await fill(db, { orgNodes: ORG_NODES });
  });

  it('a later version leaves an answered follow-up and its answers alone; a new one gets it', async () => {
    // A unit answers the 2026 follow-up against version 1 (the built-in default, stored on use).
    const v1 = await templateForUnit(db, pathOf('asen'), 2026);
    expect(v1).toMatchObject({ id: 'default-2026-v1', version: 1, ownerNodeId: null });
    const v1Before = structuredClone(v1);
    const followUp = await getOrCreateFollowUp(
      db,
      { nodeId: 'asen', year: 2026, templateId: v1.id },
      T0,
    );
    await saveAnswer(
      db,
      { followUpId: followUp.id, questionId: 'apt-minst-10', value: 'delvis', comment: 'Åtta APT' },
      T0,
    );
    await saveAnswer(
      db,
      { followUpId: followUp.id, questionId: 'medarbetare-medverkar', value: 'ja', comment: '' },
      T0,
    );
    const answersBefore = await listAnswers(db, followUp.id);

    // The administration publishes version 2 for the same year with a local question.
    const v2 = await publishLocalVersion(db, 2026, 'sof-2026-v2');
    expect(v2).toMatchObject({ version: 2, status: 'published', ownerNodeId: 'sof' });
    const localId = v2.sections[0]?.questions.at(-1)?.id;
    expect(localId).toBe('lokal-nyckelrutinen-i-hemtjansten-foljs');

    // The unit's follow-up still points to version 1, with the same answers.
    expect((await getFollowUp(db, 'asen', 2026))?.templateId).toBe('default-2026-v1');
    expect(
      await getOrCreateFollowUp(db, { nodeId: 'asen', year: 2026, templateId: v2.id }),
    ).toEqual(followUp);
    expect(await listAnswers(db, followUp.id)).toEqual(answersBefore);
    expect(await getTemplate(db, 'default-2026-v1')).toEqual(v1Before);
    // Version 1 has no local question, so the old follow-up cannot be answered against it …
    await expect(
      saveAnswer(db, {
        followUpId: followUp.id,
        questionId: localId ?? '',
        value: 'ja',
        comment: '',
      }),
    ).rejects.toThrow('finns inte i mallen');
    // … and its template cannot be swapped under the answers.
    await expect(saveFollowUp(db, { ...followUp, templateId: v2.id })).rejects.toThrow(
      'Mallen kan inte bytas',
    );

    // Another unit's follow-up, opened afterwards for the same year, gets version 2.
    const forNewUnit = await templateForUnit(db, pathOf('hemtjanst-norr'), 2026);
    expect(forNewUnit.id).toBe('sof-2026-v2');
    const second = await getOrCreateFollowUp(db, {
      nodeId: 'hemtjanst-norr',
      year: 2026,
      templateId: forNewUnit.id,
    });
    await saveAnswer(db, {
      followUpId: second.id,
      questionId: localId ?? '',
      value: 'nej',
      comment: 'Rutinen saknas',
    });
    expect(second.templateId).toBe('sof-2026-v2');
    // A unit outside the administration still gets the default.
    expect((await templateForUnit(db, pathOf('annan-enhet'), 2026)).id).toBe('default-2026-v1');
  });

  it("next year's version keeps the question ids, so the years compare question by question", async () => {
    const v2026 = await templateForUnit(db, pathOf('asen'), 2026);
    const next = await publishLocalVersion(db, 2027, 'sof-2027-v1');
    expect(next).toMatchObject({ year: 2027, version: 1, ownerNodeId: 'sof' });
    const ids = (t: Template) => t.sections.flatMap((s) => s.questions.map((q) => q.id));
    expect(ids(next).filter((id) => !id.startsWith('lokal-'))).toEqual(ids(v2026));
    expect((await templateForUnit(db, pathOf('asen'), 2027)).id).toBe('sof-2027-v1');
    // The 2026 follow-up is not touched by the 2027 version.
    expect((await templateForUnit(db, pathOf('asen'), 2026)).id).toBe('default-2026-v1');
  });
});

describe('a published version cannot be changed', () => {
  let db: SamDatabase;
  let published: Template;
  beforeEach(async () => {
    db = newDb();
    await fill(db, { orgNodes: ORG_NODES });
    published = await publishLocalVersion(db, 2027, 'sof-2027-v1');
  });

  it('refuses every write in the data layer and in the pure guard; the row stays identical', async () => {
    const before = structuredClone(await getTemplate(db, published.id));
    expect(before).toEqual(published);
    const localId = published.sections[0]?.questions.at(-1)?.id ?? '';

    const edited = structuredClone(published);
    const first = edited.sections[0]?.questions[0];
    if (!first) throw new Error('mallen saknar frågor');
    first.text = 'Ändrad lydelse i efterhand';

    const dataLayerAttempts = [
      saveTemplate(db, edited),
      // Not even by calling it a draft again.
      saveTemplate(db, { ...published, status: 'draft', publishedAt: null }),
      saveTemplate(db, { ...published, sections: [] }),
      publishTemplate(db, published.id, new Date('2027-01-01T00:00:00.000Z')),
      deleteDraftTemplate(db, published.id),
    ];
    for (const attempt of dataLayerAttempts) {
      await expect(attempt).rejects.toBeInstanceOf(RepositoryError);
    }
    await expect(saveTemplate(db, edited)).rejects.toThrow('En publicerad mall ändras inte');

    const pureAttempts = [
      () => assertDraft(published),
      () => addLocalQuestion(published, 'delaktighet', LOCAL),
      () => updateLocalQuestion(published, localId, { ...LOCAL, text: 'Ny text' }),
      () => removeLocalQuestion(published, localId),
    ];
    for (const attempt of pureAttempts) {
      expect(attempt).toThrow('En publicerad mallversion kan inte ändras');
    }

    expect(await getTemplate(db, published.id)).toEqual(before);
    expect(published).toEqual(before);
  });

  it('a draft stays editable until it is published, then it is refused too', async () => {
    // No version was stored before: the default for the year was stored as version 1.
    expect(published.version).toBe(2);
    expect(await getTemplate(db, 'default-2027-v1')).toMatchObject({ status: 'published' });
    const draft = await createDraftVersion(db, {
      ownerNodeId: 'sof',
      pathIds: pathOf('sof'),
      year: 2027,
      id: 'sof-2027-v3',
    });
    expect(draft).toMatchObject({ version: 3, status: 'draft' });
    const edited = removeLocalQuestion(draft, 'lokal-nyckelrutinen-i-hemtjansten-foljs');
    await saveTemplate(db, edited);
    await publishTemplate(db, draft.id, T1);
    await expect(saveTemplate(db, edited)).rejects.toThrow('En publicerad mall ändras inte');
  });
});
