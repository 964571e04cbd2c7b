import type { AnswerValue, FollowUp } from '@shared/schemas';
import type { FollowUpFormValues } from './form-model';

/* Progress, status and the sign-off rules of a follow-up. Pure, so they are unit-tested. */

export type Progress = {
  answered: number;
  total: number;
};

/** n of N answered; '' and null both mean "not answered yet". */
export function progressOf(values: readonly (AnswerValue | '' | null)[]): Progress {
  return {
    answered: values.filter((v) => v !== '' && v !== null).length,
    total: values.length,
  };
}

export type FollowUpStatus =
  | { kind: 'notStarted' }
  | { kind: 'inProgress'; answered: number; total: number }
  | { kind: 'signed'; date: string };

/** The status the unit list and the form header show. A created but untouched draft is "not started". */
export function followUpStatus(followUp: FollowUp | undefined, progress: Progress): FollowUpStatus {
  if (!followUp) return { kind: 'notStarted' };
  if (followUp.status === 'signed') {
    const dates = [followUp.signOff.manager?.date, followUp.signOff.safetyRep?.date].filter(
      (d): d is string => typeof d === 'string',
    );
    return { kind: 'signed', date: dates.sort().at(-1) ?? followUp.updatedAt.slice(0, 10) };
  }
  const touched =
    progress.answered > 0 ||
    followUp.meetingDate !== null ||
    followUp.participants.manager !== '' ||
    followUp.participants.safetyRep !== '' ||
    followUp.participants.staffCount !== null ||
    Object.values(followUp.narrative).some((text) => text !== '');
  if (!touched) return { kind: 'notStarted' };
  return { kind: 'inProgress', ...progress };
}

export type SignRole = 'manager' | 'safetyRep';

export type SignBlocker =
  | { kind: 'unanswered'; count: number }
  | { kind: 'invalid'; count: number }
  | { kind: 'meetingDate' };

/**
 * Why the follow-up cannot be signed yet: every question must be answered, the meeting date
 * given (the follow-up records a meeting), and no field may hold an invalid value that has not
 * reached the record.
 */
export function signBlockers(values: FollowUpFormValues, invalidPaths: readonly string[]) {
  const blockers: SignBlocker[] = [];
  const { answered, total } = progressOf(values.items.map((item) => item.value));
  if (answered < total) blockers.push({ kind: 'unanswered', count: total - answered });
  if (values.meetingDate.trim() === '' && !invalidPaths.includes('meetingDate'))
    blockers.push({ kind: 'meetingDate' });
  if (invalidPaths.length > 0) blockers.push({ kind: 'invalid', count: invalidPaths.length });
  return blockers;
}

/** The follow-up with one signature added; when both have signed it becomes "signed". */
export function withSignature(
  followUp: FollowUp,
  role: SignRole,
  signature: { name: string; date: string },
): FollowUp {
  const signOff = { ...followUp.signOff, [role]: signature };
  const complete = signOff.manager !== null && signOff.safetyRep !== null;
  return { ...followUp, signOff, status: complete ? 'signed' : followUp.status };
}

/** Withdraws one signature before the other party has signed (a mistake, a wrong name). */
export function withoutSignature(followUp: FollowUp, role: SignRole): FollowUp {
  return { ...followUp, signOff: { ...followUp.signOff, [role]: null } };
}

/** Answers that call for an action: Delvis or Nej. */
export function needsAction(value: AnswerValue | '' | null): boolean {
  return value === 'delvis' || value === 'nej';
}
