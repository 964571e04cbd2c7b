import { z } from 'zod';

/** A calendar date as the users write it: YYYY-MM-DD, and a real date (no 2025-02-30). */
export const isoDate = z.iso.date({ error: 'Ogiltigt datum (ange ÅÅÅÅ-MM-DD)' });

/** An instant, stored as an ISO 8601 string in UTC. */
export const isoDateTime = z.iso.datetime({ offset: true, error: 'Ogiltig tidpunkt' });

/** Record ids are opaque strings (UUIDs for records made here; codes for imported org nodes). */
export const id = z.string().min(1, 'Id saknas').max(200, 'Id är för långt');

/** The follow-up year, e.g. 2026 for the follow-up made early in 2026 that covers 2025. */
export const year = z.number().int().min(2000, 'Orimligt år').max(2100, 'Orimligt år');

/** Free text a user writes; capped so that a pasted document cannot bloat a package. */
export const text = (max = 10_000) => z.string().max(max, `Texten är längre än ${max} tecken`);
