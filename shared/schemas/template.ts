import { z } from 'zod';
import { id, isoDateTime, text, year } from './common';

/** A pointer into the regulations, kept as data so a new AFS edition is a data change. */
export const legalRefSchema = z.object({
  /** e.g. "AFS 2023:1" or "AML". */
  source: text(60).min(1),
  /** e.g. "11 §" or "3 kap. 3 a §"; empty when the whole regulation is meant. */
  section: text(60),
});
export type LegalRef = z.infer<typeof legalRefSchema>;

export const questionSchema = z.object({
  /** Stable across template versions, so answers can be compared year to year. */
  id,
  text: text(1000).min(1),
  help: text(4000),
  legalRefs: z.array(legalRefSchema).max(10),
  /** "local" questions are added by an administration on top of the standard set. */
  origin: z.enum(['standard', 'local']),
});
export type Question = z.infer<typeof questionSchema>;

export const templateSectionSchema = z.object({
  id,
  title: text(200).min(1),
  questions: z.array(questionSchema).max(200),
});
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const templateSchema = z.object({
  id,
  /** The follow-up year this template is for. */
  year,
  /** 1, 2, … within a year; a published version never changes, a new one is made instead. */
  version: z.number().int().min(1),
  status: z.enum(['draft', 'published']),
  publishedAt: isoDateTime.nullable(),
  /** The node (usually level 3) that owns this version; null for the built-in default. */
  ownerNodeId: id.nullable(),
  sections: z.array(templateSectionSchema).max(100),
});
export type Template = z.infer<typeof templateSchema>;
