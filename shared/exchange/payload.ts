import { z } from 'zod';
import { id, isoDateTime, text, year } from '../schemas/common';
import { actionSchema } from '../schemas/action';
import { answerSchema, followUpSchema } from '../schemas/followup';
import { incidentSchema, incidentType } from '../schemas/incident';
import { orgNodeSchema } from '../schemas/org';
import { summarySchema, surveySchema } from '../schemas/summary';
import { templateSchema } from '../schemas/template';

const count = z.number().int().min(0);
const byType = z.record(incidentType, count);

/**
 * A node's incident statistics for the calendar year a follow-up covers: what goes upward when
 * the incident details do not. Sums across nodes by adding (categories by name).
 */
export const incidentStatsSchema = z.strictObject({
  /** The calendar year counted (the follow-up year − 1). */
  year,
  /** Per type, twelve monthly counts, January first. */
  monthByType: z.record(incidentType, z.array(count).length(12)),
  byCause: z.array(z.strictObject({ category: text(100), byType })).max(500),
  byPlace: z.array(z.strictObject({ category: text(100), byType })).max(500),
  /** Events without a cause / place from the list, per type ("saknas för N"). */
  missingCause: byType,
  missingPlace: byType,
});
export type IncidentStats = z.infer<typeof incidentStatsSchema>;

/** One node's own data for a year, as it travels in a package. */
export const reportBodySchema = z.strictObject({
  node: orgNodeSchema,
  /** Level 1 only: the signed follow-up (null above level 1). */
  followUp: followUpSchema.nullable(),
  /** Comments are '' unless the sender chose to include free text. */
  answers: z.array(answerSchema).max(2000),
  incidentStats: incidentStatsSchema,
  /** Incident details only when the sender chose to include them; otherwise null. */
  incidents: z.array(incidentSchema).max(100_000).nullable(),
  actions: z.array(actionSchema).max(10_000),
  summary: summarySchema.nullable(),
  surveys: z.array(surveySchema).max(100),
});
export type ReportBody = z.infer<typeof reportBodySchema>;

/** payload.json of a report package. */
export const reportPayloadSchema = z.strictObject({
  kind: z.literal('report'),
  year,
  options: z.strictObject({
    /** Checklist comments included (free text may hold personal data: off by default). */
    freeText: z.boolean(),
    /** Incident rows included, not only the statistics. */
    incidentDetails: z.boolean(),
  }),
  /** The templates the follow-ups in `reports` were answered against (by id). */
  templates: z.array(templateSchema).max(50),
  /**
   * The sender's own report first; then, above level 1, reports of nodes below that this
   * installation holds itself (no package of their own), vouched for by the sender's signature.
   */
  reports: z.array(reportBodySchema).min(1).max(10_000),
  /** The packages received from below, carried unchanged as `packages/…` entries. */
  nested: z
    .array(
      z.strictObject({
        nodeId: id,
        revision: z.number().int().min(1),
        /** SHA-256 of the nested package's bytes. */
        digest: z.string().regex(/^[0-9a-f]{64}$/),
        file: z.string().max(1400),
      }),
    )
    .max(10_000),
});
export type ReportPayload = z.infer<typeof reportPayloadSchema>;

/** payload.json of a return package: a report sent back down with a comment. */
export const returnPayloadSchema = z.strictObject({
  kind: z.literal('return'),
  year,
  /** The node whose report is returned (a child of the sender, or further below). */
  targetNodeId: id,
  /** The revision of that report being returned. */
  returnedRevision: z.number().int().min(1),
  returnedAt: isoDateTime,
  comment: text(4000).min(1, 'Skriv en kommentar till mottagaren'),
});
export type ReturnPayload = z.infer<typeof returnPayloadSchema>;
