import {
  INCIDENT_TYPES,
  incidentStatus,
  type Incident,
  type IncidentType,
} from '../../schemas/incident';
import type { OrgNode } from '../../schemas/org';
import { TYPE_NAMES } from './fields';
import { STATUS_NAMES, valueKey, type KiaMapping } from './mapping';
import { kiaMessages as sv } from './messages';

/**
 * Value lookups for the import: a cell's text → event type, unit, category or status, by the
 * mapping first and the known names second. An export repeats a few values thousands of times, so
 * each resolver remembers its answer per distinct text.
 */

export type Resolved<T> = { ok: true; value: T } | { ok: false; error: (row: number) => string };

const ok = <T>(value: T): Resolved<T> => ({ ok: true, value });
const fail = <T>(error: (row: number) => string): Resolved<T> => ({ ok: false, error });

/** Own keys only: a cell reading "constructor" must not find Object.prototype. */
function lookup<V>(record: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function memoise<T>(resolve: (text: string) => Resolved<T>): (text: string) => Resolved<T> {
  const cache = new Map<string, Resolved<T>>();
  return (text) => {
    let resolved = cache.get(text);
    if (resolved === undefined) {
      resolved = resolve(text);
      cache.set(text, resolved);
    }
    return resolved;
  };
}

function nameIndex<T extends string>(
  values: readonly T[],
  names: Record<T, readonly string[]>,
): Map<string, T> {
  const index = new Map<string, T>();
  for (const value of values) for (const name of names[value]) index.set(name, value);
  return index;
}

const TYPE_BY_NAME = nameIndex(INCIDENT_TYPES, TYPE_NAMES);
const STATUS_BY_NAME = nameIndex(incidentStatus.options, STATUS_NAMES);

/** The event type a value names: by the mapping, else by the types' usual names. */
export function knownType(mapping: KiaMapping, text: string): IncidentType | undefined {
  const key = valueKey(text);
  return lookup(mapping.types, key) ?? TYPE_BY_NAME.get(key);
}

export function typeResolver(mapping: KiaMapping): (text: string) => Resolved<IncidentType> {
  return memoise((text) => {
    if (text.trim() === '') return fail((row) => sv.typeMissing(row));
    const type = knownType(mapping, text);
    return type === undefined ? fail((row) => sv.unmappedType(row, text)) : ok(type);
  });
}

/** An empty status cell (or no status column) means a new case. */
export function statusResolver(
  mapping: KiaMapping,
): (text: string) => Resolved<Incident['status']> {
  return memoise((text) => {
    if (text.trim() === '') return ok('ny');
    const key = valueKey(text);
    const status = lookup(mapping.statuses, key) ?? STATUS_BY_NAME.get(key);
    return status === undefined ? fail((row) => sv.unmappedStatus(row, text)) : ok(status);
  });
}

/** Units by code (id) or name, case-insensitive; a key shared by two units is ambiguous. */
export function unitIndex(units: readonly Pick<OrgNode, 'id' | 'name'>[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    const ids = index.get(key);
    if (!ids) index.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const unit of units) {
    add(valueKey(unit.id), unit.id);
    add(valueKey(unit.name), unit.id);
  }
  return index;
}

export function unitResolver(
  mapping: KiaMapping,
  units: readonly Pick<OrgNode, 'id' | 'name'>[],
): (text: string) => Resolved<string> {
  const ids = new Set(units.map((unit) => unit.id));
  const index = unitIndex(units);
  return memoise((text) => {
    if (text.trim() === '') return fail((row) => sv.unitMissing(row));
    const key = valueKey(text);
    const mapped = lookup(mapping.units, key);
    if (mapped !== undefined)
      return ids.has(mapped) ? ok(mapped) : fail((row) => sv.unitMappedToMissing(row, text));
    const found = index.get(key) ?? [];
    const [only] = found;
    if (only !== undefined && found.length === 1) return ok(only);
    if (found.length > 1) return fail((row) => sv.ambiguousUnit(row, text));
    return fail((row) => sv.unknownUnit(row, text));
  });
}

/** Place or cause: an empty cell is "saknas" (null); `list` is the organisation's categories. */
export function categoryResolver(
  label: string,
  mapped: Record<string, string | null>,
  list: readonly string[] | undefined,
): (text: string) => Resolved<string | null> {
  const inList = new Map((list ?? []).map((category) => [valueKey(category), category]));
  const listed = new Set(list ?? []);
  return memoise((text) => {
    if (text.trim() === '') return ok(null);
    const key = valueKey(text);
    const target = lookup(mapped, key);
    if (target !== undefined) {
      if (target === null || list === undefined || listed.has(target)) return ok(target);
      return fail((row) => sv.categoryNotInList(row, label, text, target));
    }
    const category = inList.get(key);
    return category === undefined
      ? fail((row) => sv.unmappedCategory(row, label, text))
      : ok(category);
  });
}
