import type { AnswerValue } from '@shared/schemas';

/**
 * One colour per checklist answer (Ja green, Delvis amber, Nej red, Vet ej grey), the same on
 * every screen, chart and export; the stylesheet's variables hold the same values.
 */
export const ANSWER_COLOURS: Record<AnswerValue, string> = {
  ja: '#2e7d4f',
  delvis: '#e0a526',
  nej: '#b3261e',
  vetej: '#8a94a0',
};
