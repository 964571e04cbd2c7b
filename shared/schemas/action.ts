import { z } from 'zod';
import { id, isoDate, text, year } from './common';

export const actionStatus = z.enum(['planerad', 'pagar', 'klar', 'ej_genomford']);
export type ActionStatus = z.infer<typeof actionStatus>;

/** One row of a node's action plan (handlingsplan). */
export const actionSchema = z.object({
  id,
  nodeId: id,
  /** The follow-up year in which the action was decided. */
  year,
  text: text(2000).min(1, 'Beskriv åtgärden'),
  responsible: text(200),
  dueDate: isoDate.nullable(),
  followUpDate: isoDate.nullable(),
  status: actionStatus,
  /** Why it was not carried out (status ej_genomford). */
  reason: text(2000),
  source: z.object({
    kind: z.enum(['question', 'incident', 'priority', 'manual']),
    ref: text(200).nullable(),
  }),
  /** The next year's follow-up: "har hanterats Ja/Nej, om nej orsak". */
  followUp: z.object({ year, handled: z.boolean(), reason: text(2000) }).nullable(),
});
export type Action = z.infer<typeof actionSchema>;
