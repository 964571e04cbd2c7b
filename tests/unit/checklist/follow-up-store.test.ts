import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '@shared/templates';
import {
  getFollowUpById,
  getOrCreateFollowUp,
  getSetting,
  getSummary,
  listActions,
  listAnswers,
  saveTemplate,
  type SamDatabase,
} from '../../../renderer/src/data';
import {
  createQuestionAction,
  draftKey,
  reopen,
  saveFormValues,
  signFollowUp,
  withdrawSignature,
} from '../../../renderer/src/features/checklist/follow-up-store';
import {
  mergeDraft,
  questionIds,
  valuesFromRecords,
  type FollowUpFormValues,
} from '../../../renderer/src/features/checklist/form-model';
import { fill, NOW, useTestDb } from '../data/fixtures';

const template = defaultTemplate(2026);
const ids = questionIds(template);
const newDb = useTestDb();

async function setUp(): Promise<{ db: SamDatabase; id: string; values: FollowUpFormValues }> {
  const db = newDb();
  await fill(db, {
    orgNodes: [
      { id: 'kommun', parentId: null, level: 4, name: 'Exempelkommun', archived: false },
      { id: 'sof', parentId: 'kommun', level: 3, name: 'Socialförvaltningen', archived: false },
      { id: 'vuxen2', parentId: 'sof', level: 2, name: 'Vuxen 2', archived: false },
      { id: 'enhet', parentId: 'vuxen2', level: 1, name: 'Åsens boende', archived: false },
    ],
  });
  await saveTemplate(db, template);
  const followUp = await getOrCreateFollowUp(db, {
    nodeId: 'enhet',
    year: 2026,
    templateId: template.id,
  });
  return { db, id: followUp.id, values: valuesFromRecords(followUp, template, [], undefined) };
}

const answerAll = (values: FollowUpFormValues): FollowUpFormValues => ({
  ...values,
  meetingDate: '2026-02-03',
  items: values.items.map((item) => ({ ...item, value: 'ja' })),
});

describe('saveFormValues', () => {
  it('stores every field, answer and summary text, and leaves no draft when all is valid', async () => {
    const { db, id, values } = await setUp();
    const typed: FollowUpFormValues = {
      ...values,
      meetingDate: '2026-02-03',
      manager: 'Anna Chef',
      staffCount: '12',
      narrative: { ...values.narrative, notDone: 'Skyddsronden blev inte av – sjukskrivning' },
      summary: { ...values.summary, priorities: 'Arbetsbelastning' },
      items: values.items.map((item, i) =>
        i === 0 ? { ...item, value: 'nej', comment: 'Bara åtta APT' } : item,
      ),
    };
    expect(await saveFormValues(db, id, typed, NOW)).toEqual([]);

    const stored = await getFollowUpById(db, id);
    expect(stored?.meetingDate).toBe('2026-02-03');
    expect(stored?.participants).toEqual({ manager: 'Anna Chef', safetyRep: '', staffCount: 12 });
    expect(stored?.narrative.notDone).toBe('Skyddsronden blev inte av – sjukskrivning');
    expect((await getSummary(db, 'enhet', 2026))?.priorities).toBe('Arbetsbelastning');
    const answers = await listAnswers(db, id);
    expect(answers).toEqual([
      {
        id: `${id}:${ids[0]}`,
        followUpId: id,
        questionId: ids[0],
        value: 'nej',
        comment: 'Bara åtta APT',
      },
    ]);
    expect(await getSetting(db, draftKey(id))).toBeUndefined();
  });

  it('keeps an invalid staff count as a draft, stores the rest, and drops the draft once fixed', async () => {
    const { db, id, values } = await setUp();
    const typed = { ...values, staffCount: 'tolv', manager: 'Anna Chef' };
    expect(await saveFormValues(db, id, typed, NOW)).toEqual(['staffCount']);
    const stored = await getFollowUpById(db, id);
    if (!stored) throw new Error('uppföljningen saknas');
    expect(stored.participants).toEqual({ manager: 'Anna Chef', safetyRep: '', staffCount: null });
    const draft = await getSetting(db, draftKey(id));
    expect(draft).toEqual(typed);

    // What the form shows after a reload: the records with the draft over them.
    const reloaded = mergeDraft(valuesFromRecords(stored, template, [], undefined), draft);
    expect(reloaded.staffCount).toBe('tolv');
    expect(reloaded.manager).toBe('Anna Chef');

    expect(await saveFormValues(db, id, { ...typed, staffCount: '12' }, NOW)).toEqual([]);
    expect((await getFollowUpById(db, id))?.participants.staffCount).toBe(12);
    expect(await getSetting(db, draftKey(id))).toBeUndefined();
  });

  it('does not create an empty summary row or answers nobody gave', async () => {
    const { db, id, values } = await setUp();
    await saveFormValues(db, id, values, NOW);
    expect(await getSummary(db, 'enhet', 2026)).toBeUndefined();
    expect(await listAnswers(db, id)).toEqual([]);
  });

  it('a restored draft is saved like any typing and then cleared', async () => {
    const { db, id, values } = await setUp();
    const typed = { ...values, narrative: { ...values.narrative, done: 'Halvskriv' } };
    await saveFormValues(db, id, { ...typed, staffCount: 'tolv' }, NOW);
    const draft = await getSetting(db, draftKey(id));
    const stored = await getFollowUpById(db, id);
    if (!stored) throw new Error('uppföljningen saknas');
    const restored = mergeDraft(valuesFromRecords(stored, template, [], undefined), draft);
    expect(restored.narrative.done).toBe('Halvskriv');
    await saveFormValues(db, id, { ...restored, staffCount: '' }, NOW);
    expect(await getSetting(db, draftKey(id))).toBeUndefined();
  });
});

describe('sign-off and reopening', () => {
  it('locks after both signatures; later saves change nothing; reopening logs who and why', async () => {
    const { db, id, values } = await setUp();
    await saveFormValues(db, id, answerAll(values), NOW);
    await signFollowUp(db, id, 'manager', { name: 'Anna Chef', date: '2026-02-03' });
    expect((await getFollowUpById(db, id))?.status).toBe('draft');
    await signFollowUp(db, id, 'safetyRep', { name: 'Sven Ombud', date: '2026-02-03' });
    const signed = await getFollowUpById(db, id);
    expect(signed?.status).toBe('signed');

    await saveFormValues(db, id, { ...answerAll(values), manager: 'Någon annan' }, NOW);
    expect((await getFollowUpById(db, id))?.participants.manager).toBe('');

    await reopen(db, id, 'Anna Chef', 'Fel antal deltagare');
    const reopened = await getFollowUpById(db, id);
    expect(reopened?.status).toBe('draft');
    expect(reopened?.signOff).toEqual({ manager: null, safetyRep: null });
    expect(reopened?.reopenLog).toHaveLength(1);
    expect(reopened?.reopenLog[0]).toMatchObject({
      by: 'Anna Chef',
      reason: 'Fel antal deltagare',
    });
  });

  it('withdraws a single signature before the other party signs', async () => {
    const { db, id } = await setUp();
    await signFollowUp(db, id, 'manager', { name: 'Anna Chef', date: '2026-02-03' });
    await withdrawSignature(db, id, 'manager');
    expect((await getFollowUpById(db, id))?.signOff.manager).toBeNull();
  });
});

describe('createQuestionAction', () => {
  it('plans an action linked to its question for the unit and year', async () => {
    const { db } = await setUp();
    await createQuestionAction(db, {
      nodeId: 'enhet',
      year: 2026,
      questionId: ids[0] ?? '',
      text: 'Planera in fler APT',
      responsible: 'Anna Chef',
      dueDate: '2026-06-30',
      followUpDate: null,
    });
    const [action] = await listActions(db, 'enhet', 2026);
    expect(action).toMatchObject({
      text: 'Planera in fler APT',
      status: 'planerad',
      source: { kind: 'question', ref: ids[0] },
      dueDate: '2026-06-30',
      followUpDate: null,
      followUp: null,
    });
  });
});
