import { z } from 'zod';
import { id, isoDate, isoDateTime, text, year } from './common';

export const answerValue = z.enum(['ja', 'delvis', 'nej', 'vetej']);
export type AnswerValue = z.infer<typeof answerValue>;
export const ANSWER_VALUES = answerValue.options;

export const signatureSchema = z.object({
  name: text(200).min(1, 'Namn saknas'),
  date: isoDate,
});

/** The unit's yearly follow-up: who met, when, what was done, and the sign-off. */
export const followUpSchema = z.object({
  id,
  nodeId: id,
  year,
  /** The template version the answers were given against; never changes once answered. */
  templateId: id,
  status: z.enum(['draft', 'signed']),
  meetingDate: isoDate.nullable(),
  participants: z.object({
    manager: text(200),
    safetyRep: text(200),
    staffCount: z.number().int().min(0).max(100_000).nullable(),
  }),
  narrative: z.object({
    /** Åtgärder som genomförts under året. */
    done: text(),
    /** Resultat av åtgärderna. */
    results: text(),
    /** Förbättringar som gjorts. */
    improvements: text(),
    /** Åtgärder som inte kunnat genomföras, och varför. */
    notDone: text(),
  }),
  signOff: z.object({
    manager: signatureSchema.nullable(),
    safetyRep: signatureSchema.nullable(),
  }),
  /** Every reopening of a signed follow-up, kept for the audit trail. */
  reopenLog: z.array(z.object({ by: text(200), at: isoDateTime, reason: text(1000) })),
  updatedAt: isoDateTime,
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const answerSchema = z.object({
  /** `${followUpId}:${questionId}` so that an answer is unique per question. */
  id,
  followUpId: id,
  questionId: id,
  value: answerValue.nullable(),
  comment: text(4000),
});
export type Answer = z.infer<typeof answerSchema>;
