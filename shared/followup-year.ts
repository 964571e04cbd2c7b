/**
 * The yearly rhythm: the follow-up made early in year Y covers year Y − 1 (the seed's "SAM 2023"
 * shows incidents for 2022). Reports are labelled with both.
 */
export function coveredYear(followUpYear: number): number {
  return followUpYear - 1;
}

/** The follow-up year to show by default: this calendar year's follow-up. */
export function defaultFollowUpYear(today: Date): number {
  return today.getFullYear();
}
