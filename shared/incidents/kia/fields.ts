import { z } from 'zod';
import type { IncidentType } from '../../schemas/incident';

/** The incident fields an export column can be mapped to. */
export const kiaField = z.enum([
  'externalId',
  'date',
  'time',
  'type',
  'unit',
  'place',
  'cause',
  'description',
  'immediateMeasures',
  'investigation',
  'serious',
  'reportedToAV',
  'reportedToFK',
  'status',
]);
export type KiaField = z.infer<typeof kiaField>;
export const KIA_FIELDS = kiaField.options;

/** Without these an event cannot be stored (the unit may instead come from a default unit). */
export const REQUIRED_FIELDS: readonly KiaField[] = ['externalId', 'date', 'type', 'unit'];

/** Each field's name in Swedish, as the error messages and the wizard call it. */
export const FIELD_LABELS: Record<KiaField, string> = {
  externalId: 'Ärendenummer',
  date: 'Händelsedatum',
  time: 'Klockslag',
  type: 'Händelsetyp',
  unit: 'Enhet',
  place: 'Plats',
  cause: 'Skadeorsak/risk',
  description: 'Beskrivning',
  immediateMeasures: 'Vidtagna åtgärder',
  investigation: 'Utredning',
  serious: 'Allvarlig',
  reportedToAV: 'Anmäld till Arbetsmiljöverket',
  reportedToFK: 'Anmäld till Försäkringskassan',
  status: 'Status',
};

/*
 * Column headings seen in KIA and IA exports and in the lists HR keeps by hand, normalised with
 * headerKey(). The first of each list is the heading KIA itself uses.
 */
export const HEADER_SYNONYMS: Record<KiaField, readonly string[]> = {
  externalId: [
    'ärendenummer',
    'ärendenr',
    'ärende-id',
    'ärendeid',
    'ärende',
    'id',
    'händelse-id',
    'händelsenummer',
    'händelsenr',
    'löpnummer',
    'diarienummer',
    'kia-id',
    'ia-id',
  ],
  date: [
    'händelsedatum',
    'datum',
    'inträffade',
    'inträffade datum',
    'datum för händelsen',
    'skadedatum',
    'olycksdatum',
    'händelsedag',
  ],
  time: ['klockslag', 'tid', 'tidpunkt', 'kl', 'klockan', 'klockslag för händelsen'],
  type: ['ärendetyp', 'händelsetyp', 'typ', 'typ av händelse', 'typ av ärende'],
  unit: [
    'arbetsställe',
    'enhet',
    'enhetsnamn',
    'enhetskod',
    'arbetsplats',
    'arbetsställe/enhet',
    'organisatorisk enhet',
    'organisationsenhet',
    'avdelning',
    'resultatenhet',
    'verksamhet',
  ],
  place: ['plats', 'händelseplats', 'skadeplats', 'plats för händelsen', 'var hände det'],
  cause: [
    'skadeorsak/risk',
    'skadeorsak',
    'risk',
    'orsak',
    'riskkälla',
    'händelseorsak',
    'orsak/risk',
  ],
  description: [
    'beskrivning',
    'händelsebeskrivning',
    'vad hände',
    'händelseförlopp',
    'beskrivning av händelsen',
  ],
  immediateMeasures: [
    'vidtagna åtgärder',
    'åtgärder',
    'omedelbara åtgärder',
    'direkta åtgärder',
    'åtgärd',
  ],
  investigation: ['utredning', 'orsaker', 'analys', 'bakomliggande orsaker', 'orsaksanalys'],
  serious: ['allvarlig', 'allvarlig händelse', 'allvarligt tillbud', 'allvarlig olycka'],
  reportedToAV: [
    'anmäld till av',
    'anmäld till arbetsmiljöverket',
    'anmälan till av',
    'anmälan till arbetsmiljöverket',
    'av-anmälan',
  ],
  reportedToFK: [
    'anmäld till fk',
    'anmäld till försäkringskassan',
    'anmälan till fk',
    'anmälan till försäkringskassan',
    'fk-anmälan',
  ],
  status: ['status', 'ärendestatus', 'handläggningsstatus'],
};

/** The event types' own names and the other names exports use for them (value keys). */
export const TYPE_NAMES: Record<IncidentType, readonly string[]> = {
  riskobservation: ['riskobservation', 'riskobservationer', 'risk', 'riskobs'],
  tillbud: ['tillbud', 'allvarligt tillbud'],
  olycksfall: ['olycksfall', 'arbetsolycka', 'arbetsolycksfall', 'olycksfall i arbetet', 'olycka'],
  fardolycksfall: ['färdolycksfall', 'fardolycksfall', 'färdolycka'],
  arbetssjukdom: ['arbetssjukdom', 'arbetssjukdomar'],
};

/** Headings compared without case, surrounding space, brackets and dots. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[()[\].:*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
