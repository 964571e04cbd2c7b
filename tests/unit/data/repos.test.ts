import { beforeEach, describe, expect, it } from 'vitest';
import {
  RepositoryError,
  ValidationError,
  clearDatabase,
  getFollowUp,
  getIdentity,
  getOrCreateFollowUp,
  getSetting,
  getSummary,
  importIncidents,
  latestPublishedTemplate,
  listActions,
  listAnswers,
  listIncidents,
  listSubmissions,
  reopenFollowUp,
  saveAction,
  saveAnswer,
  saveFollowUp,
  saveIdentity,
  saveIncident,
  saveNodeSurvey,
  saveSummary,
  saveTemplate,
  setSetting,
  setSubmissionStatus,
  TABLE_NAMES,
  type SamDatabase,
} from '../../../renderer/src/data';
import { NOW, fill, incident, sampleTables, useTestDb } from './fixtures';

const newDb = useTestDb();

describe('repositories', () => {
  let db: SamDatabase;
  beforeEach(async () => {
    db = newDb();
    await fill(db, sampleTables());
  });

  describe('follow-ups and answers', () => {
    it('creates one draft per unit and year, and returns it on the next visit', async () => {
      const input = { nodeId: 'enhetA', year: 2027, templateId: 'mall-2026-1' };
      const first = await getOrCreateFollowUp(db, input, NOW);
      expect(first).toMatchObject({ status: 'draft', updatedAt: NOW.toISOString() });
      expect(await getOrCreateFollowUp(db, input)).toEqual(first);
      expect(await getFollowUp(db, 'enhetA', 2027)).toEqual(first);
    });

    it('saves an answer under a per-question id and touches the follow-up', async () => {
      const answer = await saveAnswer(
        db,
        { followUpId: 'fu-a-2026', questionId: 'q-apt', value: 'nej', comment: 'Sex möten' },
        NOW,
      );
      expect(answer.id).toBe('fu-a-2026:q-apt');
      expect(await listAnswers(db, 'fu-a-2026')).toHaveLength(2);
      expect((await getFollowUp(db, 'enhetA', 2026))?.updatedAt).toBe(NOW.toISOString());
    });

    it('refuses answers to unknown questions, bad values and signed follow-ups', async () => {
      const answer = { followUpId: 'fu-a-2026', questionId: 'q-okand', value: null, comment: '' };
      await expect(saveAnswer(db, answer)).rejects.toThrow('Frågan "q-okand" finns inte i mallen.');
      await expect(
        saveAnswer(db, { ...answer, questionId: 'q-apt', comment: 'x'.repeat(4001) }),
      ).rejects.toThrow('Texten är längre än 4000 tecken (fält comment)');

      const followUp = await getFollowUp(db, 'enhetA', 2026);
      if (!followUp) throw new Error('fixture');
      await saveFollowUp(db, { ...followUp, status: 'signed' });
      await expect(saveAnswer(db, { ...answer, questionId: 'q-apt' })).rejects.toThrow(
        'Uppföljningen är signerad',
      );
      const reopened = await reopenFollowUp(db, followUp.id, { by: 'HR', reason: 'Rättelse' }, NOW);
      expect(reopened.reopenLog).toEqual([{ by: 'HR', reason: 'Rättelse', at: NOW.toISOString() }]);
      await expect(saveAnswer(db, { ...answer, questionId: 'q-apt' })).resolves.toBeDefined();
    });

    it('refuses an impossible meeting date with the Swedish message', async () => {
      const followUp = await getFollowUp(db, 'enhetA', 2026);
      if (!followUp) throw new Error('fixture');
      const refused = saveFollowUp(db, { ...followUp, meetingDate: '2025-02-30' });
      await expect(refused).rejects.toBeInstanceOf(ValidationError);
      await expect(refused).rejects.toThrow('Ogiltigt datum (ange ÅÅÅÅ-MM-DD) (fält meetingDate)');
    });
  });

  describe('templates', () => {
    it('never overwrites a published version', async () => {
      const [published] = sampleTables().templates;
      if (!published) throw new Error('fixture');
      await expect(saveTemplate(db, { ...published, sections: [] })).rejects.toThrow(
        'En publicerad mall ändras inte',
      );
      expect((await latestPublishedTemplate(db, 2026))?.sections).toHaveLength(1);
    });
  });

  describe('incidents', () => {
    it('re-importing the same export adds nothing', async () => {
      const batch = [
        incident({ id: 'new-1', externalId: 'kia:1001', description: 'Uppdaterad' }),
        incident({ id: 'new-2', externalId: 'kia:1002' }),
      ];
      expect(await importIncidents(db, batch)).toEqual({ added: 1, updated: 1 });
      expect(await importIncidents(db, batch)).toEqual({ added: 0, updated: 2 });
      expect(await db.incidents.count()).toBe(3);
      expect(await db.incidents.get('inc-1')).toMatchObject({ description: 'Uppdaterad' });
    });

    it('refuses a batch with the same source id twice, writing nothing', async () => {
      const batch = [
        incident({ id: 'n1', externalId: 'kia:7' }),
        incident({ id: 'n2', externalId: 'kia:7' }),
      ];
      await expect(importIncidents(db, batch)).rejects.toThrow(RepositoryError);
      expect(await db.incidents.count()).toBe(2);
    });

    it('keeps many manual incidents without a source id', async () => {
      await saveIncident(db, incident({ id: 'm1' }));
      await saveIncident(db, incident({ id: 'm2' }));
      expect(await db.incidents.where('externalId').equals('kia:1001').count()).toBe(1);
      expect(await db.incidents.count()).toBe(4);
    });

    it('lists a unit’s incidents in a date range', async () => {
      const inRange = await listIncidents(db, 'enhetA', { from: '2025-01-01', to: '2025-06-30' });
      expect(inRange.map((row) => row.id)).toEqual(['inc-1']);
      expect(await listIncidents(db, 'enhetA')).toHaveLength(2);
    });

    it('refuses an impossible date and an unknown unit', async () => {
      await expect(saveIncident(db, incident({ id: 'x', date: '2025-02-30' }))).rejects.toThrow(
        'Ogiltigt datum (ange ÅÅÅÅ-MM-DD) (fält date)',
      );
      await expect(saveIncident(db, incident({ id: 'x', nodeId: 'saknas' }))).rejects.toThrow(
        'Organisationsnoden "saknas" finns inte.',
      );
    });
  });

  describe('actions, summaries, surveys, submissions, identity, settings', () => {
    it('uses zod’s Swedish messages for generic checks too', async () => {
      const [survey] = sampleTables().surveys;
      if (!survey) throw new Error('fixture');
      await expect(saveNodeSurvey(db, { ...survey, responseRate: 150 })).rejects.toThrow(
        /^För stor\(t\): .*100 \(fält responseRate\)$/,
      );
      const [action] = sampleTables().actions;
      if (!action) throw new Error('fixture');
      await saveAction(db, { ...action, id: 'act-2', text: 'Skyddsrond i höst' });
      expect(await listActions(db, 'enhetA', 2026)).toHaveLength(2);
    });

    it('stores one summary per node and year', async () => {
      const summary = await saveSummary(db, {
        nodeId: 'sof',
        year: 2026,
        summary: 'Förvaltningen',
        goodExamples: '',
        challenges: '',
        priorities: 'Minska sjukfrånvaron',
      });
      expect(summary.id).toBe('sof:2026');
      expect(await getSummary(db, 'sof', 2026)).toEqual(summary);
      const again = await saveSummary(db, { ...summary, priorities: 'Minska arbetsbelastningen' });
      expect(await db.summaries.where('[nodeId+year]').equals(['sof', 2026]).toArray()).toEqual([
        again,
      ]);
    });

    it('returns a submission with a comment', async () => {
      await setSubmissionStatus(db, 'sub-1', 'returned', 'Signatur saknas');
      expect(await listSubmissions(db, 'enhetA', 2026)).toMatchObject([
        { status: 'returned', comment: 'Signatur saknas' },
      ]);
    });

    it('keeps the identity pointing at an existing node', async () => {
      const identity = await getIdentity(db);
      expect(identity.nodeId).toBe('barn1');
      await expect(saveIdentity(db, { ...identity, nodeId: 'saknas' })).rejects.toThrow(
        'Organisationsnoden "saknas" finns inte.',
      );
    });

    it('round-trips JSON settings', async () => {
      await setSetting(db, 'incident.causes', ['Fall', 'Hot och våld']);
      expect(await getSetting(db, 'incident.causes')).toEqual(['Fall', 'Hot och våld']);
      expect(await getSetting(db, 'saknas')).toBeUndefined();
    });
  });

  it('clearDatabase empties every table and the default identity comes back', async () => {
    await clearDatabase(db);
    for (const table of TABLE_NAMES) expect(await db.anyTable(table).count()).toBe(0);
    expect((await getIdentity(db)).nodeId).toBeNull();
  });
});
