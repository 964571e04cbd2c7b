import { z } from 'zod';
import { id, isoDate, isoDateTime, text } from './common';

export const incidentType = z.enum([
  'riskobservation',
  'tillbud',
  'olycksfall',
  'fardolycksfall',
  'arbetssjukdom',
]);
export type IncidentType = z.infer<typeof incidentType>;
export const INCIDENT_TYPES = incidentType.options;

export const incidentStatus = z.enum(['ny', 'utreds', 'atgardad', 'avslutad']);

export const incidentSchema = z.object({
  id,
  nodeId: id,
  date: isoDate,
  /** HH:MM, optional. */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Ogiltig tid (ange TT:MM)')
    .nullable(),
  type: incidentType,
  /** Keys into the organisation's configurable lists; null means "saknas". */
  placeCategory: text(100).nullable(),
  causeCategory: text(100).nullable(),
  description: text(),
  immediateMeasures: text(),
  investigation: text(),
  /** Death, serious injury, several injured or serious danger: must go to Arbetsmiljöverket. */
  serious: z.boolean(),
  reportedToAV: isoDate.nullable(),
  reportedToFK: isoDate.nullable(),
  status: incidentStatus,
  /** Id in the source system (KIA), so a re-import adds no duplicates. */
  externalId: text(200).nullable(),
  createdAt: isoDateTime,
});
export type Incident = z.infer<typeof incidentSchema>;
