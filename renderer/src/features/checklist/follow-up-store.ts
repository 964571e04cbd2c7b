import type { Action } from '@shared/schemas';
import {
  deleteSetting,
  getFollowUpById,
  getSetting,
  getSummary,
  listAnswers,
  newId,
  reopenFollowUp,
  saveAction,
  saveAnswer,
  saveFollowUp,
  saveSummary,
  setSetting,
  type SamDatabase,
} from '../../data';
import {
  applyToFollowUp,
  applyToSummary,
  splitValid,
  SUMMARY_KEYS,
  type FollowUpFormValues,
} from './form-model';
import { withSignature, withoutSignature, type SignRole } from './follow-up-status';

/*
 * The checklist's writes: the typed form to the follow-up, its answers and the unit's summary, with
 * the raw draft kept in the settings table while any field is invalid.
 */

/** Where the form as typed waits while some field cannot be stored. */
export function draftKey(followUpId: string): string {
  return `draft:followUp:${followUpId}`;
}

export function loadDraft(db: SamDatabase, followUpId: string) {
  return getSetting(db, draftKey(followUpId));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Stores every valid field of the form in one transaction and keeps the draft in step: written
 * while some field is invalid (so nothing typed is lost), removed once all is stored. A signed
 * follow-up is left untouched. Returns the invalid field paths.
 */
export async function saveFormValues(
  db: SamDatabase,
  followUpId: string,
  values: FollowUpFormValues,
  now: Date = new Date(),
): Promise<string[]> {
  const { patch, invalid } = splitValid(values);
  const tables = [db.followUps, db.answers, db.templates, db.orgNodes, db.summaries, db.settings];
  return db.transaction('rw', tables, async () => {
    const stored = await getFollowUpById(db, followUpId);
    if (!stored || stored.status === 'signed') return invalid;

    const next = applyToFollowUp(stored, patch);
    if (!same({ ...next, updatedAt: '' }, { ...stored, updatedAt: '' }))
      await saveFollowUp(db, next, now);

    const summary = await getSummary(db, stored.nodeId, stored.year);
    const nextSummary = applyToSummary(stored.nodeId, stored.year, summary, patch);
    // No empty summary row for a unit that has not written anything yet.
    const changed = SUMMARY_KEYS.some((k) => (summary?.[k] ?? '') !== nextSummary[k]);
    if (changed) await saveSummary(db, nextSummary);

    const answers = new Map((await listAnswers(db, followUpId)).map((a) => [a.questionId, a]));
    for (const item of patch.items) {
      const before = answers.get(item.questionId);
      const comment = item.comment ?? before?.comment ?? '';
      if ((before?.value ?? null) === item.value && (before?.comment ?? '') === comment) continue;
      await saveAnswer(
        db,
        { followUpId, questionId: item.questionId, value: item.value, comment },
        now,
      );
    }

    const key = draftKey(followUpId);
    if (invalid.length > 0) await setSetting(db, key, values);
    else if ((await getSetting(db, key)) !== undefined) await deleteSetting(db, key);
    return invalid;
  });
}

/** Signs as manager or safety representative; the second signature locks the follow-up. */
export async function signFollowUp(
  db: SamDatabase,
  followUpId: string,
  role: SignRole,
  signature: { name: string; date: string },
): Promise<void> {
  await db.transaction('rw', [db.followUps, db.answers, db.templates, db.orgNodes], async () => {
    const stored = await getFollowUpById(db, followUpId);
    if (stored) await saveFollowUp(db, withSignature(stored, role, signature));
  });
}

export async function withdrawSignature(
  db: SamDatabase,
  followUpId: string,
  role: SignRole,
): Promise<void> {
  await db.transaction('rw', [db.followUps, db.answers, db.templates, db.orgNodes], async () => {
    const stored = await getFollowUpById(db, followUpId);
    if (stored) await saveFollowUp(db, withoutSignature(stored, role));
  });
}

export function reopen(db: SamDatabase, followUpId: string, by: string, reason: string) {
  return reopenFollowUp(db, followUpId, { by, reason });
}

export interface NewQuestionAction {
  nodeId: string;
  year: number;
  questionId: string;
  text: string;
  responsible: string;
  dueDate: string | null;
  followUpDate: string | null;
}

/** An action decided from a Delvis/Nej answer: planned, linked to its question. */
export function createQuestionAction(db: SamDatabase, input: NewQuestionAction): Promise<Action> {
  return saveAction(db, {
    id: newId(),
    nodeId: input.nodeId,
    year: input.year,
    text: input.text,
    responsible: input.responsible,
    dueDate: input.dueDate,
    followUpDate: input.followUpDate,
    status: 'planerad',
    reason: '',
    source: { kind: 'question', ref: input.questionId },
    followUp: null,
  });
}
