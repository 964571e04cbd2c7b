import type { OrgNode } from '../../schemas/org';
import { HEADER_SYNONYMS, KIA_FIELDS, headerKey, type KiaField } from './fields';
import { emptyMapping, valueKey, type KiaMapping } from './mapping';
import { knownType, statusResolver, unitIndex } from './resolve';
import type { SourceTable } from './table';
import { parseDateCell } from './values';

/**
 * The wizard's first guess: columns from their Swedish headings (and, failing that, from what the
 * cells hold), values from the names of types, statuses, units and categories. A mapping the user
 * saved last time wins wherever it still fits the file.
 */

export interface SuggestOptions {
  units?: readonly Pick<OrgNode, 'id' | 'name'>[];
  places?: readonly string[];
  causes?: readonly string[];
  /** The mapping remembered from the previous import. */
  previous?: KiaMapping;
}

const EXACT = 1000;
/* Shorter synonyms ("id", "tid", "kl") only count as the whole heading. */
const MIN_CONTAINED_LENGTH = 4;
const DATE_SHARE = 0.8;
const TYPE_SHARE = 0.6;

function headerScore(field: KiaField, key: string): number {
  const synonyms = HEADER_SYNONYMS[field];
  let best = 0;
  synonyms.forEach((synonym, rank) => {
    if (key === synonym) best = Math.max(best, EXACT - rank);
    else if (synonym.length >= MIN_CONTAINED_LENGTH && ` ${key} `.includes(` ${synonym} `))
      best = Math.max(best, synonym.length);
  });
  return best;
}

/** Field → column position, by headings; each column used once, best matches first. */
function columnsByHeading(headers: readonly string[]): Map<KiaField, number> {
  const keys = headers.map(headerKey);
  const candidates: { field: KiaField; at: number; score: number }[] = [];
  for (const field of KIA_FIELDS)
    keys.forEach((key, at) => {
      const score = headerScore(field, key);
      if (score > 0) candidates.push({ field, at, score });
    });
  candidates.sort((a, b) => b.score - a.score || a.at - b.at);
  const chosen = new Map<KiaField, number>();
  const used = new Set<number>();
  for (const { field, at } of candidates) {
    if (chosen.has(field) || used.has(at)) continue;
    chosen.set(field, at);
    used.add(at);
  }
  return chosen;
}

function column(rows: readonly (readonly string[])[], at: number): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = (row[at] ?? '').trim();
    if (value !== '') values.push(value);
  }
  return values;
}

/** The first free column where at least `share` of the filled cells pass `test`. */
function columnByValues(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  used: ReadonlySet<number>,
  share: number,
  test: (value: string) => boolean,
): number | undefined {
  for (let at = 0; at < headers.length; at += 1) {
    if (used.has(at)) continue;
    const values = column(rows, at);
    if (values.length === 0) continue;
    const passing = values.filter(test).length;
    if (passing / values.length >= share) return at;
  }
  return undefined;
}

/** A guess at the mapping for a file with these headings and (some of) its rows. */
export function suggestMapping(
  headers: readonly string[],
  sampleRows: readonly (readonly string[])[],
  options: SuggestOptions = {},
): KiaMapping {
  const { previous } = options;
  const mapping = emptyMapping();
  const positions = columnsByHeading(headers);

  // A remembered choice wins, if its column is in this file.
  if (previous) {
    for (const field of KIA_FIELDS) {
      const header = previous.columns[field];
      const at = header === undefined ? -1 : headers.indexOf(header);
      if (at === -1) continue;
      for (const [other, otherAt] of positions) if (otherAt === at) positions.delete(other);
      positions.set(field, at);
    }
    mapping.defaultUnitId = previous.defaultUnitId;
  }

  const used = new Set(positions.values());
  const byValues = (field: KiaField, share: number, test: (value: string) => boolean) => {
    if (positions.has(field)) return;
    const at = columnByValues(headers, sampleRows, used, share, test);
    if (at === undefined) return;
    positions.set(field, at);
    used.add(at);
  };
  byValues('date', DATE_SHARE, (value) => Boolean(parseDateCell(value)));
  byValues('type', TYPE_SHARE, (value) => knownType(mapping, value) !== undefined);

  for (const [field, at] of positions) {
    const header = headers[at];
    if (header !== undefined) mapping.columns[field] = header;
  }

  const distinct = (field: KiaField) => {
    const at = positions.get(field);
    const values = new Set<string>();
    if (at === undefined) return values;
    for (const row of sampleRows) {
      const value = row[at];
      if (value !== undefined && value !== '') values.add(value.trim());
    }
    values.delete('');
    return values;
  };

  for (const value of distinct('type')) {
    const type = knownType(mapping, value);
    if (type !== undefined) mapping.types[valueKey(value)] = type;
  }
  const resolveStatus = statusResolver(mapping);
  for (const value of distinct('status')) {
    const status = resolveStatus(value);
    if (status.ok) mapping.statuses[valueKey(value)] = status.value;
  }
  const units = unitIndex(options.units ?? []);
  for (const value of distinct('unit')) {
    const [only, ...more] = units.get(valueKey(value)) ?? [];
    if (only !== undefined && more.length === 0) mapping.units[valueKey(value)] = only;
  }
  const categories = (list: readonly string[] | undefined, field: KiaField) => {
    const byKey = new Map((list ?? []).map((category) => [valueKey(category), category]));
    const found: Record<string, string> = {};
    for (const value of distinct(field)) {
      const category = byKey.get(valueKey(value));
      if (category !== undefined) found[valueKey(value)] = category;
    }
    return found;
  };
  mapping.places = categories(options.places, 'place');
  mapping.causes = categories(options.causes, 'cause');

  if (previous) {
    mapping.types = { ...mapping.types, ...previous.types };
    mapping.statuses = { ...mapping.statuses, ...previous.statuses };
    mapping.units = { ...mapping.units, ...previous.units };
    mapping.places = { ...mapping.places, ...previous.places };
    mapping.causes = { ...mapping.causes, ...previous.causes };
  }
  return mapping;
}

export interface DistinctValue {
  value: string;
  /** The key the mapping uses for it (valueKey). */
  key: string;
  count: number;
}

/**
 * The different values of a column (by valueKey, first spelling kept), most frequent first: what
 * the wizard lists for the user to map.
 */
export function distinctValues(table: SourceTable, header: string): DistinctValue[] {
  const at = table.headers.indexOf(header);
  if (at === -1) return [];
  const byKey = new Map<string, DistinctValue>();
  for (const { cells } of table.rows) {
    const value = cells[at] ?? '';
    if (value === '') continue;
    const key = valueKey(value);
    const entry = byKey.get(key);
    if (entry) entry.count += 1;
    else byKey.set(key, { value, key, count: 1 });
  }
  return [...byKey.values()].sort(
    (a, b) => b.count - a.count || a.value.localeCompare(b.value, 'sv'),
  );
}
