import { beforeEach, describe, expect, it } from 'vitest';
import { followUpSummary } from '@shared/actions';
import type { Action } from '@shared/schemas';
import {
  RepositoryError,
  ValidationError,
  getAction,
  getOrCreateFollowUp,
  getFollowUp,
  listActionsForFollowUp,
  listNodeActions,
  recordActionFollowUp,
  reopenFollowUp,
  saveAction,
  saveFollowUp,
  type SamDatabase,
} from '../../../renderer/src/data';
import { fill, sampleTables, useTestDb } from '../data/fixtures';

const newDb = useTestDb();

function action(fields: Partial<Action> & Pick<Action, 'id' | 'year' | 'text'>): Action {
  return {
    nodeId: 'enhetA',
    responsible: 'Anna Chef',
    dueDate: null,
    followUpDate: null,
    status: 'planerad',
    reason: '',
    source: { kind: 'manual', ref: null },
    followUp: null,
    ...fields,
  };
}

describe('the action plan across years', () => {
  let db: SamDatabase;
  beforeEach(async () => {
    db = newDb();
    await fill(db, sampleTables());
  });

  it("lists last year's actions in this year's follow-up, and this year's in next year's", async () => {
    await saveAction(db, action({ id: 'a25-rond', year: 2025, text: 'Skyddsrond i köket' }));
    await saveAction(
      db,
      action({ id: 'a25-apt', year: 2025, text: 'Fler APT', dueDate: '2025-03-01' }),
    );
    await saveAction(db, action({ id: 'b25', year: 2025, text: 'Annan enhet', nodeId: 'enhetB' }));

    const in2026 = await listActionsForFollowUp(db, 'enhetA', 2026);
    expect(in2026.map((a) => a.id)).toEqual(['a25-apt', 'a25-rond']);
    // The sample's act-1 was decided in 2026: it comes up in the 2027 follow-up, not before.
    expect((await listActionsForFollowUp(db, 'enhetA', 2027)).map((a) => a.id)).toEqual(['act-1']);
    expect(await listActionsForFollowUp(db, 'enhetA', 2025)).toEqual([]);
    expect((await listNodeActions(db, 'enhetA')).map((a) => a.id).sort()).toEqual([
      'a25-apt',
      'a25-rond',
      'act-1',
    ]);
  });

  it('stores handled Ja, and not handled with its reason, for that year', async () => {
    await saveAction(db, action({ id: 'a25-ja', year: 2025, text: 'Rutin för ensamarbete' }));
    await saveAction(db, action({ id: 'a25-nej', year: 2025, text: 'Involvera medarbetare' }));
    await saveAction(db, action({ id: 'a25-kvar', year: 2025, text: 'Utbilda i HLR' }));

    await recordActionFollowUp(db, 'a25-ja', { year: 2026, handled: true, reason: '' });
    await recordActionFollowUp(db, 'a25-nej', {
      year: 2026,
      handled: false,
      reason: 'Arbetet har påbörjats men är inte färdigställt',
    });

    expect((await getAction(db, 'a25-ja'))?.followUp).toEqual({
      year: 2026,
      handled: true,
      reason: '',
    });
    expect((await getAction(db, 'a25-nej'))?.followUp).toEqual({
      year: 2026,
      handled: false,
      reason: 'Arbetet har påbörjats men är inte färdigställt',
    });
    const listed = await listActionsForFollowUp(db, 'enhetA', 2026);
    expect(followUpSummary(listed, 2026)).toMatchObject({
      handled: 1,
      notHandled: 1,
      missingReason: 0,
      pending: 1,
      total: 3,
    });
  });

  it('lets a Nej be saved before its reason, and drops the reason when changed to Ja', async () => {
    await saveAction(db, action({ id: 'a25', year: 2025, text: 'Skyddsrond' }));
    await recordActionFollowUp(db, 'a25', { year: 2026, handled: false, reason: '' });
    expect((await getAction(db, 'a25'))?.followUp).toEqual({
      year: 2026,
      handled: false,
      reason: '',
    });
    await recordActionFollowUp(db, 'a25', { year: 2026, handled: true, reason: 'kvarglömt' });
    expect((await getAction(db, 'a25'))?.followUp).toEqual({
      year: 2026,
      handled: true,
      reason: '',
    });
  });

  it('keeps the rest of the action unchanged', async () => {
    const saved = await saveAction(
      db,
      action({ id: 'a25', year: 2025, text: 'Skyddsrond', status: 'klar', dueDate: '2025-05-01' }),
    );
    const after = await recordActionFollowUp(db, 'a25', { year: 2026, handled: true, reason: '' });
    expect({ ...after, followUp: null }).toEqual(saved);
  });

  it('refuses a follow-up in any other year than the next', async () => {
    await saveAction(db, action({ id: 'a25', year: 2025, text: 'Skyddsrond' }));
    for (const year of [2025, 2027]) {
      await expect(
        recordActionFollowUp(db, 'a25', { year, handled: true, reason: '' }),
      ).rejects.toThrow(/följs upp i uppföljningen 2026/);
    }
    expect((await getAction(db, 'a25'))?.followUp).toBeNull();
  });

  it('refuses an unknown action and a reason that is too long', async () => {
    await expect(
      recordActionFollowUp(db, 'finns-inte', { year: 2026, handled: true, reason: '' }),
    ).rejects.toBeInstanceOf(RepositoryError);
    await saveAction(db, action({ id: 'a25', year: 2025, text: 'Skyddsrond' }));
    await expect(
      recordActionFollowUp(db, 'a25', { year: 2026, handled: false, reason: 'x'.repeat(2001) }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses while the unit's follow-up for that year is signed, and accepts once reopened", async () => {
    // The sample's act-1 (2026) is followed up in 2027; sign the unit's 2027 follow-up.
    const draft = await getOrCreateFollowUp(db, {
      nodeId: 'enhetA',
      year: 2027,
      templateId: 'mall-2026-1',
    });
    const sign = { name: 'Anna Chef', date: '2027-02-01' };
    await saveFollowUp(db, {
      ...draft,
      status: 'signed',
      signOff: { manager: sign, safetyRep: sign },
    });
    await expect(
      recordActionFollowUp(db, 'act-1', { year: 2027, handled: true, reason: '' }),
    ).rejects.toThrow(/signerad/);

    await reopenFollowUp(db, draft.id, { by: 'Anna Chef', reason: 'Komplettera' });
    expect((await getFollowUp(db, 'enhetA', 2027))?.status).toBe('draft');
    const saved = await recordActionFollowUp(db, 'act-1', {
      year: 2027,
      handled: true,
      reason: '',
    });
    expect(saved.followUp).toEqual({ year: 2027, handled: true, reason: '' });
  });
});
