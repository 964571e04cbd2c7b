import { z } from 'zod';
import { id } from '../../schemas/common';
import { incidentStatus, incidentType, type Incident } from '../../schemas/incident';
import { kiaField } from './fields';

/**
 * How an export's columns and values become incidents. Kept as plain JSON so the wizard can
 * remember it in settings and offer it again for next year's export: columns are named by their
 * heading (not position), values by valueKey().
 */
export const kiaMappingSchema = z.object({
  version: z.literal(1),
  /** Field → the heading of the column that holds it. */
  columns: z.partialRecord(kiaField, z.string().min(1)),
  /** Source value → event type. Values not listed fall back to the types' own names. */
  types: z.record(z.string(), incidentType),
  /** Source value (unit name or code in the export) → org node id. */
  units: z.record(z.string(), id),
  /** Source value → the organisation's place category, or null for "saknas". */
  places: z.record(z.string(), z.string().max(100).nullable()),
  /** Source value → the organisation's cause/risk category, or null for "saknas". */
  causes: z.record(z.string(), z.string().max(100).nullable()),
  /** Source value → case status. Values not listed fall back to the statuses' usual names. */
  statuses: z.record(z.string(), incidentStatus),
  /** The unit every row belongs to when the export has no unit column (one unit's own export). */
  defaultUnitId: id.nullable(),
});
export type KiaMapping = z.infer<typeof kiaMappingSchema>;

export const SETTINGS_KEY = 'incidents.kiaMapping';

export function emptyMapping(): KiaMapping {
  return {
    version: 1,
    columns: {},
    types: {},
    units: {},
    places: {},
    causes: {},
    statuses: {},
    defaultUnitId: null,
  };
}

/**
 * How a value is looked up in the mapping: no case, no surrounding or doubled spaces. (toLowerCase,
 * not toLocaleLowerCase('sv'): the same for å, ä, ö and many times faster on 20,000 rows.)
 */
export function valueKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The statuses' usual names in exports (value keys). */
export const STATUS_NAMES: Record<Incident['status'], readonly string[]> = {
  ny: ['ny', 'nytt', 'registrerad', 'inkommen', 'öppen', 'anmäld'],
  utreds: ['utreds', 'under utredning', 'utredning', 'pågående', 'pågår', 'påbörjad'],
  atgardad: ['åtgärdad', 'åtgärdat', 'åtgärder vidtagna'],
  avslutad: ['avslutad', 'avslutat', 'stängd', 'klar', 'arkiverad'],
};
