import { z } from 'zod';
import { TEMPLATE_LIMITS } from '@shared/templates/versioning';
import type { Question } from '@shared/schemas';

/*
 * The two forms of the templates screen as zod schemas. The messages come in from i18n, so the
 * schemas stay free of literals and the limits stay those of the stored template.
 */

export interface QuestionFormMessages {
  textRequired: string;
  textTooLong: string;
  helpTooLong: string;
  sourceRequired: string;
  refTooLong: string;
  tooManyRefs: string;
}

export function questionFormSchema(m: QuestionFormMessages) {
  const refField = z.string().trim().max(TEMPLATE_LIMITS.legalRefField, m.refTooLong);
  return z.object({
    text: z.string().trim().min(1, m.textRequired).max(TEMPLATE_LIMITS.questionText, m.textTooLong),
    help: z.string().trim().max(TEMPLATE_LIMITS.help, m.helpTooLong),
    legalRefs: z
      .array(z.object({ source: refField.min(1, m.sourceRequired), section: refField }))
      .max(TEMPLATE_LIMITS.legalRefs, m.tooManyRefs),
  });
}

export type QuestionFormValues = z.input<ReturnType<typeof questionFormSchema>>;

export function questionFormDefaults(question?: Question): QuestionFormValues {
  return {
    text: question?.text ?? '',
    help: question?.help ?? '',
    legalRefs: question?.legalRefs.map((ref) => ({ ...ref })) ?? [],
  };
}

export interface SectionFormMessages {
  titleRequired: string;
  titleTooLong: string;
}

export function sectionFormSchema(m: SectionFormMessages) {
  return z.object({
    title: z
      .string()
      .trim()
      .min(1, m.titleRequired)
      .max(TEMPLATE_LIMITS.sectionTitle, m.titleTooLong),
  });
}

export type SectionFormValues = z.input<ReturnType<typeof sectionFormSchema>>;

/** Sources offered while typing; any other source may still be written. */
export const KNOWN_SOURCES = ['AFS 2023:1', 'AFS 2023:2', 'AML', 'Socialförsäkringsbalken'];
