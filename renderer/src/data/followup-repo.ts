import {
  answerSchema,
  followUpSchema,
  type Answer,
  type AnswerValue,
  type FollowUp,
} from '@shared/schemas';
import type { SamDatabase } from './db';
import { RepositoryError } from './errors';
import { requireFollowUp, requireNode, requireTemplate } from './guards';
import { newId } from './ids';
import { sv } from './messages';
import { validate } from './validate';

/** The follow-up of a unit for a year (there is at most one: unique index). */
export function getFollowUp(
  db: SamDatabase,
  nodeId: string,
  year: number,
): Promise<FollowUp | undefined> {
  return db.followUps.where('[nodeId+year]').equals([nodeId, year]).first();
}

export function getFollowUpById(db: SamDatabase, id: string): Promise<FollowUp | undefined> {
  return db.followUps.get(id);
}

/** Opens the unit's follow-up for the year, creating an empty draft on the first visit. */
export async function getOrCreateFollowUp(
  db: SamDatabase,
  input: { nodeId: string; year: number; templateId: string },
  now: Date = new Date(),
): Promise<FollowUp> {
  return db.transaction('rw', db.followUps, db.orgNodes, db.templates, async () => {
    const existing = await getFollowUp(db, input.nodeId, input.year);
    if (existing) return existing;
    await requireNode(db, input.nodeId);
    await requireTemplate(db, input.templateId);
    const row = validate(followUpSchema, {
      id: newId(),
      ...input,
      status: 'draft',
      meetingDate: null,
      participants: { manager: '', safetyRep: '', staffCount: null },
      narrative: { done: '', results: '', improvements: '', notDone: '' },
      signOff: { manager: null, safetyRep: null },
      reopenLog: [],
      updatedAt: now.toISOString(),
    } satisfies FollowUp);
    await db.followUps.add(row);
    return row;
  });
}

/**
 * Saves the follow-up's own fields (also signing: status "signed"). A signed follow-up is refused
 * until reopened, and the template cannot change under existing answers.
 */
export async function saveFollowUp(
  db: SamDatabase,
  followUp: FollowUp,
  now: Date = new Date(),
): Promise<FollowUp> {
  const row = validate(followUpSchema, { ...followUp, updatedAt: now.toISOString() });
  return db.transaction('rw', db.followUps, db.answers, db.orgNodes, db.templates, async () => {
    const stored = await db.followUps.get(row.id);
    if (stored?.status === 'signed') throw new RepositoryError(sv.followUpSigned);
    await requireNode(db, row.nodeId);
    await requireTemplate(db, row.templateId);
    if (stored && stored.templateId !== row.templateId) {
      const answered = await db.answers.where('followUpId').equals(row.id).count();
      if (answered > 0) throw new RepositoryError(sv.templateLocked);
    }
    await db.followUps.put(row);
    return row;
  });
}

/** Makes a signed follow-up editable again, leaving who and why in the audit trail. */
export async function reopenFollowUp(
  db: SamDatabase,
  id: string,
  reopen: { by: string; reason: string },
  now: Date = new Date(),
): Promise<FollowUp> {
  return db.transaction('rw', db.followUps, async () => {
    const stored = await requireFollowUp(db, id);
    if (stored.status === 'draft') return stored;
    const row = validate(followUpSchema, {
      ...stored,
      status: 'draft',
      signOff: { manager: null, safetyRep: null },
      reopenLog: [...stored.reopenLog, { ...reopen, at: now.toISOString() }],
      updatedAt: now.toISOString(),
    });
    await db.followUps.put(row);
    return row;
  });
}

/** An answer is unique per follow-up and question, so its id is made from both. */
export function answerId(followUpId: string, questionId: string): string {
  return `${followUpId}:${questionId}`;
}

export function listAnswers(db: SamDatabase, followUpId: string): Promise<Answer[]> {
  return db.answers.where('followUpId').equals(followUpId).toArray();
}

/**
 * Saves one answer and touches the follow-up's updatedAt in the same transaction. Refused when the
 * follow-up is signed or the question is not in the follow-up's template.
 */
export async function saveAnswer(
  db: SamDatabase,
  input: { followUpId: string; questionId: string; value: AnswerValue | null; comment: string },
  now: Date = new Date(),
): Promise<Answer> {
  const row = validate(answerSchema, {
    ...input,
    id: answerId(input.followUpId, input.questionId),
  });
  return db.transaction('rw', db.followUps, db.answers, db.templates, async () => {
    const followUp = await requireFollowUp(db, row.followUpId);
    if (followUp.status === 'signed') throw new RepositoryError(sv.followUpSigned);
    const template = await requireTemplate(db, followUp.templateId);
    const known = template.sections.some((s) => s.questions.some((q) => q.id === row.questionId));
    if (!known) throw new RepositoryError(sv.questionMissing(row.questionId));
    await db.answers.put(row);
    await db.followUps.put({ ...followUp, updatedAt: now.toISOString() });
    return row;
  });
}
