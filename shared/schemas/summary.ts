import { z } from 'zod';
import { id, text, year } from './common';

/** A node's own texts for a year: at the unit level the manager's, above it the level's summary. */
export const summarySchema = z.object({
  /** `${nodeId}:${year}` */
  id,
  nodeId: id,
  year,
  summary: text(),
  goodExamples: text(),
  challenges: text(),
  priorities: text(),
});
export type Summary = z.infer<typeof summarySchema>;

/** The employee survey (medarbetarundersökning) for a node and year; indices on 0–100. */
export const surveySchema = z.object({
  id,
  nodeId: id,
  year,
  responseRate: z.number().min(0).max(100).nullable(),
  totalIndex: z.number().min(0).max(100).nullable(),
  hme: z.number().min(0).max(100).nullable(),
  items: z.array(
    z.object({
      key: text(100).min(1),
      label: text(500),
      /** Mean on the 1–5 scale. */
      mean: z.number().min(1).max(5).nullable(),
    }),
  ),
});
export type Survey = z.infer<typeof surveySchema>;
