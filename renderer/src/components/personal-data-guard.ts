import {
  findPersonalIdentityNumbers,
  maskPersonalIdentityNumbers,
  type IdentityNumberMatch,
} from '@shared/incidents/personnummer';

/** How long typing must pause before a field is checked: checking every keystroke is wasted work. */
export const CHECK_DELAY_MS = 400;

/** What a personal-data warning says: how many numbers, and whether any is a samordningsnummer. */
export interface PersonalDataFinding {
  count: number;
  coordination: boolean;
}

/** The finding for a text, or null when it holds no personnummer or samordningsnummer. */
export function personalDataFinding(
  text: string,
  referenceYear?: number,
): PersonalDataFinding | null {
  const matches: IdentityNumberMatch[] = findPersonalIdentityNumbers(text, { referenceYear });
  if (matches.length === 0) return null;
  return {
    count: matches.length,
    coordination: matches.some((m) => m.kind === 'samordningsnummer'),
  };
}

/** The text with its numbers masked, and how many were masked. */
export function maskPersonalData(
  text: string,
  referenceYear?: number,
): { text: string; masked: number } {
  const masked = findPersonalIdentityNumbers(text, { referenceYear }).length;
  return { text: maskPersonalIdentityNumbers(text, { referenceYear }), masked };
}
