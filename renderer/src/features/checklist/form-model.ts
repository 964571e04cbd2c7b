import { z } from 'zod';
import {
  answerValue,
  isoDate,
  type Answer,
  type AnswerValue,
  type FollowUp,
  type Summary,
  type Template,
} from '@shared/schemas';

/*
 * The follow-up form as the user types it (all strings), and the bridge to the stored records.
 * Pure: no React, no Dexie, so the rules are unit-tested on their own.
 */

export const NARRATIVE_KEYS = ['done', 'results', 'improvements', 'notDone'] as const;
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];
export const SUMMARY_KEYS = ['summary', 'goodExamples', 'challenges', 'priorities'] as const;
export type SummaryKey = (typeof SUMMARY_KEYS)[number];

export type ItemValues = {
  questionId: string;
  /** '' until answered (an unchecked radio group). */
  value: AnswerValue | '';
  comment: string;
};

export type FollowUpFormValues = {
  meetingDate: string;
  manager: string;
  safetyRep: string;
  /** As typed: "12", or "tolv" while the user is wrong. */
  staffCount: string;
  narrative: Record<NarrativeKey, string>;
  summary: Record<SummaryKey, string>;
  /** One per template question, in template order. */
  items: ItemValues[];
};

const MAX_TEXT = 10_000;
const MAX_NAME = 200;
const MAX_COMMENT = 4000;
const MAX_STAFF = 100_000;

const tooLong = (max: number) => `Texten får vara högst ${max.toLocaleString('sv-SE')} tecken`;

/** Swedish messages written for this form; the stored schemas' messages are for the data layer. */
export const formMessages = {
  meetingDate: 'Ogiltigt datum – skriv ÅÅÅÅ-MM-DD',
  staffCountDigits: 'Skriv antalet med siffror, till exempel 12',
  staffCountMax: `Antalet kan vara högst ${MAX_STAFF.toLocaleString('sv-SE')}`,
  nameTooLong: `Namnet får vara högst ${MAX_NAME} tecken`,
} as const;

const meetingDateField = z
  .string()
  .refine((v) => v.trim() === '' || isoDate.safeParse(v.trim()).success, formMessages.meetingDate);
const staffCountField = z
  .string()
  .refine((v) => v.trim() === '' || /^\d+$/.test(v.trim()), formMessages.staffCountDigits)
  .refine((v) => !/^\d+$/.test(v.trim()) || Number(v.trim()) <= MAX_STAFF, {
    message: formMessages.staffCountMax,
  });
const nameField = z.string().max(MAX_NAME, formMessages.nameTooLong);
const textField = z.string().max(MAX_TEXT, tooLong(MAX_TEXT));
const commentField = z.string().max(MAX_COMMENT, tooLong(MAX_COMMENT));

export const followUpFormSchema = z.object({
  meetingDate: meetingDateField,
  manager: nameField,
  safetyRep: nameField,
  staffCount: staffCountField,
  narrative: z.object({
    done: textField,
    results: textField,
    improvements: textField,
    notDone: textField,
  }),
  summary: z.object({
    summary: textField,
    goodExamples: textField,
    challenges: textField,
    priorities: textField,
  }),
  items: z.array(
    z.object({
      questionId: z.string(),
      value: z.union([answerValue, z.literal('')]),
      comment: commentField,
    }),
  ),
});

/** Every question of a template, in order. */
export function questionIds(template: Template): string[] {
  return template.sections.flatMap((s) => s.questions.map((q) => q.id));
}

/** The form's starting values from what is stored. */
export function valuesFromRecords(
  followUp: FollowUp,
  template: Template,
  answers: readonly Answer[],
  summary: Summary | undefined,
): FollowUpFormValues {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  return {
    meetingDate: followUp.meetingDate ?? '',
    manager: followUp.participants.manager,
    safetyRep: followUp.participants.safetyRep,
    staffCount:
      followUp.participants.staffCount === null ? '' : String(followUp.participants.staffCount),
    narrative: { ...followUp.narrative },
    summary: {
      summary: summary?.summary ?? '',
      goodExamples: summary?.goodExamples ?? '',
      challenges: summary?.challenges ?? '',
      priorities: summary?.priorities ?? '',
    },
    items: questionIds(template).map((questionId) => {
      const answer = byQuestion.get(questionId);
      return { questionId, value: answer?.value ?? '', comment: answer?.comment ?? '' };
    }),
  };
}

/**
 * What a stored draft may hold: the form as typed. Lenient on purpose (every field optional, unknown
 * keys ignored): a draft from an older build or another template must never block the form.
 */
const draftSchema = z.object({
  meetingDate: z.string().optional(),
  manager: z.string().optional(),
  safetyRep: z.string().optional(),
  staffCount: z.string().optional(),
  narrative: z.record(z.string(), z.string()).optional(),
  summary: z.record(z.string(), z.string()).optional(),
  items: z
    .array(
      z.object({
        questionId: z.string(),
        value: z.union([answerValue, z.literal('')]).optional(),
        comment: z.string().optional(),
      }),
    )
    .optional(),
});

/** The stored values with a saved draft laid over them (a draft is newer than the record). */
export function mergeDraft(stored: FollowUpFormValues, draft: unknown): FollowUpFormValues {
  const parsed = draftSchema.safeParse(draft);
  if (!parsed.success) return stored;
  const d = parsed.data;
  const pick = <K extends string>(
    keys: readonly K[],
    base: Record<K, string>,
    over: Partial<Record<string, string>> | undefined,
  ) => {
    const out = { ...base };
    for (const key of keys) {
      const value = over?.[key];
      if (value !== undefined) out[key] = value;
    }
    return out;
  };
  const draftItems = new Map((d.items ?? []).map((item) => [item.questionId, item]));
  return {
    meetingDate: d.meetingDate ?? stored.meetingDate,
    manager: d.manager ?? stored.manager,
    safetyRep: d.safetyRep ?? stored.safetyRep,
    staffCount: d.staffCount ?? stored.staffCount,
    narrative: pick(NARRATIVE_KEYS, stored.narrative, d.narrative),
    summary: pick(SUMMARY_KEYS, stored.summary, d.summary),
    items: stored.items.map((item) => {
      const over = draftItems.get(item.questionId);
      return {
        questionId: item.questionId,
        value: over?.value ?? item.value,
        comment: over?.comment ?? item.comment,
      };
    }),
  };
}

/** The valid part of the form, ready to store; invalid fields keep their stored value. */
export interface RecordPatch {
  meetingDate?: string | null;
  manager?: string;
  safetyRep?: string;
  staffCount?: number | null;
  narrative: Partial<Record<NarrativeKey, string>>;
  summary: Partial<Record<SummaryKey, string>>;
  /** comment is absent when the typed comment is invalid (too long). */
  items: { questionId: string; value: AnswerValue | null; comment?: string }[];
}

export interface SplitResult {
  patch: RecordPatch;
  /** Dotted paths of the fields that failed validation, e.g. "staffCount", "items.3.comment". */
  invalid: string[];
}

/** Splits the typed form into what may be stored now and what must wait as a draft. */
export function splitValid(values: FollowUpFormValues): SplitResult {
  const result = followUpFormSchema.safeParse(values);
  const invalid = result.success
    ? []
    : [...new Set(result.error.issues.map((issue) => issue.path.map(String).join('.')))];
  const ok = (path: string) => !invalid.includes(path);
  const patch: RecordPatch = { narrative: {}, summary: {}, items: [] };

  if (ok('meetingDate')) patch.meetingDate = values.meetingDate.trim() || null;
  if (ok('manager')) patch.manager = values.manager;
  if (ok('safetyRep')) patch.safetyRep = values.safetyRep;
  if (ok('staffCount')) {
    const count = values.staffCount.trim();
    patch.staffCount = count === '' ? null : Number(count);
  }
  for (const key of NARRATIVE_KEYS)
    if (ok(`narrative.${key}`)) patch.narrative[key] = values.narrative[key];
  for (const key of SUMMARY_KEYS)
    if (ok(`summary.${key}`)) patch.summary[key] = values.summary[key];
  values.items.forEach((item, index) => {
    const value = item.value === '' ? null : item.value;
    patch.items.push(
      ok(`items.${index}.comment`)
        ? { questionId: item.questionId, value, comment: item.comment }
        : { questionId: item.questionId, value },
    );
  });
  return { patch, invalid };
}

/** The follow-up record with the patch applied (a new object; unchanged fields kept). */
export function applyToFollowUp(followUp: FollowUp, patch: RecordPatch): FollowUp {
  return {
    ...followUp,
    meetingDate: patch.meetingDate === undefined ? followUp.meetingDate : patch.meetingDate,
    participants: {
      manager: patch.manager ?? followUp.participants.manager,
      safetyRep: patch.safetyRep ?? followUp.participants.safetyRep,
      staffCount:
        patch.staffCount === undefined ? followUp.participants.staffCount : patch.staffCount,
    },
    narrative: { ...followUp.narrative, ...patch.narrative },
  };
}

/** The unit's summary row with the patch applied. */
export function applyToSummary(
  nodeId: string,
  year: number,
  summary: Summary | undefined,
  patch: RecordPatch,
): Omit<Summary, 'id'> {
  return {
    nodeId,
    year,
    summary: patch.summary.summary ?? summary?.summary ?? '',
    goodExamples: patch.summary.goodExamples ?? summary?.goodExamples ?? '',
    challenges: patch.summary.challenges ?? summary?.challenges ?? '',
    priorities: patch.summary.priorities ?? summary?.priorities ?? '',
  };
}
