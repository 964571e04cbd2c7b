import type { IncidentType } from '@shared/schemas';

/**
 * One colour per event type for the incident charts and their legends. Each has at least 3:1
 * contrast against white and the page background (WCAG 1.4.11 for graphics; tested), and the
 * hues differ (blue, amber, red, purple, slate) so neighbouring segments stay apart; segments are
 * also separated by a white line. Order follows INCIDENT_TYPES, bottom of the stack first.
 */
export const INCIDENT_TYPE_COLOURS: Record<IncidentType, string> = {
  riskobservation: '#2f6f9f',
  tillbud: '#b9770e',
  olycksfall: '#b3261e',
  fardolycksfall: '#6b4c9a',
  arbetssjukdom: '#5f6b7a',
};
