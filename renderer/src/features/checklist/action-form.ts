import { z } from 'zod';
import { isoDate } from '@shared/schemas';

/** The inline "Skapa åtgärd" form as typed. */
export type ActionFormValues = {
  text: string;
  responsible: string;
  dueDate: string;
  followUpDate: string;
};

export interface ActionFormMessages {
  textRequired: string;
  textTooLong: string;
  responsibleTooLong: string;
  invalidDate: string;
}

const optionalDate = (message: string) =>
  z.string().refine((v) => v.trim() === '' || isoDate.safeParse(v.trim()).success, message);

/** Built per language: the messages come from the UI texts. */
export function actionFormSchema(messages: ActionFormMessages) {
  return z.object({
    text: z.string().trim().min(1, messages.textRequired).max(2000, messages.textTooLong),
    responsible: z.string().trim().max(200, messages.responsibleTooLong),
    dueDate: optionalDate(messages.invalidDate),
    followUpDate: optionalDate(messages.invalidDate),
  });
}

/** Empty dates are "not decided yet" (null), not an empty string. */
export function toActionFields(values: ActionFormValues) {
  const date = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    text: values.text.trim(),
    responsible: values.responsible.trim(),
    dueDate: date(values.dueDate),
    followUpDate: date(values.followUpDate),
  };
}
