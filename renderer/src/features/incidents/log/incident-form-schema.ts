import { z } from 'zod';
import { isRealDate } from '@shared/incidents/calendar';
import { missingReports, type ReportKind } from '@shared/incidents/legal';
import { incidentStatus, incidentType, type Incident } from '@shared/schemas';

/** The texts the form shows, passed in so the schema stays free of i18n. */
export interface IncidentFormMessages {
  typeRequired: string;
  dateFormat: string;
  dateInvalid: string;
  dateFuture: string;
  timeFormat: string;
  unitRequired: string;
  descriptionRequired: string;
  tooLong: (max: number) => string;
  reportBeforeEvent: string;
  reportFuture: string;
  cannotClose: (missing: readonly ReportKind[]) => string;
}

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_SHAPE = /^(\d{1,2})[:.](\d{2})$/;

/** Why a typed date is not acceptable, or null: the shape first, then the calendar. */
function dateProblem(value: string, m: IncidentFormMessages): string | null {
  const parts = DATE_SHAPE.exec(value);
  if (!parts) return m.dateFormat;
  const [, y, mo, d] = parts;
  return isRealDate(Number(y), Number(mo), Number(d)) ? null : m.dateInvalid;
}

/** "9:05", "09.05" and "09:05" are all 09:05; null when not a time of day. */
export function normaliseTime(value: string): string | null {
  const parts = TIME_SHAPE.exec(value.trim());
  if (!parts) return null;
  const hours = Number(parts[1]);
  const minutes = Number(parts[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * The incident form. Dates and the time are strings as typed ('' when empty). Rules across
 * fields: no date in the future (`today`, YYYY-MM-DD), a report not before the event, and status
 * avslutad only when every report the law requires has a date (shared/incidents/legal.ts).
 */
export function incidentFormSchema(m: IncidentFormMessages, today: string) {
  const text = (max: number) => z.string().trim().max(max, m.tooLong(max));
  return z
    .object({
      type: z.union([incidentType, z.literal('')]),
      date: z.string().trim(),
      time: z.string().trim(),
      nodeId: z.string(),
      placeCategory: z.string(),
      causeCategory: z.string(),
      description: text(10_000).min(1, m.descriptionRequired),
      immediateMeasures: text(10_000),
      investigation: text(10_000),
      serious: z.boolean(),
      reportedToAV: z.string().trim(),
      reportedToFK: z.string().trim(),
      status: incidentStatus,
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (v.type === '') issue('type', m.typeRequired);
      if (v.nodeId === '') issue('nodeId', m.unitRequired);
      const eventDateProblem = dateProblem(v.date, m);
      if (eventDateProblem) issue('date', eventDateProblem);
      else if (v.date > today) issue('date', m.dateFuture);
      if (v.time !== '' && normaliseTime(v.time) === null) issue('time', m.timeFormat);

      const reports = { reportedToAV: v.reportedToAV, reportedToFK: v.reportedToFK };
      for (const [field, value] of Object.entries(reports)) {
        if (value === '') continue;
        const problem = dateProblem(value, m);
        if (problem) issue(field, problem);
        else if (value > today) issue(field, m.reportFuture);
        else if (eventDateProblem === null && value < v.date) issue(field, m.reportBeforeEvent);
      }

      if (v.status === 'avslutad' && v.type !== '') {
        const missing = missingReports({
          type: v.type,
          serious: v.serious,
          reportedToAV: dateProblem(v.reportedToAV, m) === null ? v.reportedToAV : null,
          reportedToFK: dateProblem(v.reportedToFK, m) === null ? v.reportedToFK : null,
        });
        if (missing.length > 0) issue('status', m.cannotClose(missing));
      }
    });
}

export type IncidentFormInput = z.input<ReturnType<typeof incidentFormSchema>>;
export type IncidentFormOutput = z.output<ReturnType<typeof incidentFormSchema>>;

/** The form's starting values: the stored incident, or an empty one for `nodeId`. */
export function toFormValues(incident: Incident | undefined, nodeId: string): IncidentFormInput {
  return {
    type: incident?.type ?? '',
    date: incident?.date ?? '',
    time: incident?.time ?? '',
    nodeId: incident?.nodeId ?? nodeId,
    placeCategory: incident?.placeCategory ?? '',
    causeCategory: incident?.causeCategory ?? '',
    description: incident?.description ?? '',
    immediateMeasures: incident?.immediateMeasures ?? '',
    investigation: incident?.investigation ?? '',
    serious: incident?.serious ?? false,
    reportedToAV: incident?.reportedToAV ?? '',
    reportedToFK: incident?.reportedToFK ?? '',
    status: incident?.status ?? 'ny',
  };
}

/**
 * The stored incident from valid form values: '' becomes null (a category "saknas", no time, no
 * report). A new incident takes its id and createdAt from `base`; an edited one keeps its own and
 * its external id.
 */
export function fromFormValues(
  values: IncidentFormOutput,
  base: Pick<Incident, 'id' | 'createdAt' | 'externalId'>,
): Incident {
  const orNull = (value: string) => (value === '' ? null : value);
  if (values.type === '') throw new Error('type is checked by the schema');
  return {
    ...base,
    nodeId: values.nodeId,
    type: values.type,
    date: values.date,
    time: values.time === '' ? null : normaliseTime(values.time),
    placeCategory: orNull(values.placeCategory),
    causeCategory: orNull(values.causeCategory),
    description: values.description,
    immediateMeasures: values.immediateMeasures,
    investigation: values.investigation,
    serious: values.serious,
    reportedToAV: orNull(values.reportedToAV),
    reportedToFK: orNull(values.reportedToFK),
    status: values.status,
  };
}
