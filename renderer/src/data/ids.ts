/** A new record id. UUIDs, because records made on different machines meet at the level above. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Sorts names the way Swedish readers expect (å, ä, ö last). */
export const svCollator = new Intl.Collator('sv-SE');
