import {
  KIA_FIELDS,
  REQUIRED_FIELDS,
  kiaMappingSchema,
  resolveColumns,
  type KiaField,
  type KiaMapping,
  type SourceTable,
} from '@shared/incidents/kia';
import type { Identity, OrgNode } from '@shared/schemas';
import type { OrgTree } from '@shared/org/tree';

/**
 * The wizard's plain logic, apart from React: which units an installation may import into, what a
 * remembered mapping still means for today's organisation, and what keeps step 2 from going on.
 */

export const STEPS = ['file', 'columns', 'values', 'preview', 'import'] as const;
export type WizardStep = (typeof STEPS)[number];

/** The fields whose values step 3 translates, and the mapping table each one fills. */
export const VALUE_FIELDS = ['type', 'unit', 'place', 'cause', 'status'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

/** The fields a user must map in step 2 (the unit may instead be one unit for every row). */
export function isRequired(field: KiaField): boolean {
  return REQUIRED_FIELDS.includes(field);
}

/**
 * The units this installation writes incidents for: the level-1 units within its own node's
 * subtree (an HR installation imports for all its units, a unit installation for itself).
 */
export function writableUnits(tree: OrgTree, identity: Identity): OrgNode[] {
  if (identity.nodeId === null) return [];
  return tree.unitsUnder(identity.nodeId);
}

/**
 * The mapping saved after the last import, cleaned of what no longer holds: units that are gone
 * or out of this installation's reach, categories removed from the lists. What is dropped is
 * simply asked again, rather than failing rows with "mapped to something that does not exist".
 */
export function rememberedMapping(
  stored: unknown,
  unitIds: ReadonlySet<string>,
  places: readonly string[],
  causes: readonly string[],
): KiaMapping | undefined {
  const parsed = kiaMappingSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  const mapping = parsed.data;
  const keep = <V>(record: Record<string, V>, test: (value: V) => boolean) =>
    Object.fromEntries(Object.entries(record).filter(([, value]) => test(value)));
  const inList = (list: readonly string[]) => (value: string | null) =>
    value === null || list.includes(value);
  return {
    ...mapping,
    units: keep(mapping.units, (id) => unitIds.has(id)),
    places: keep(mapping.places, inList(places)),
    causes: keep(mapping.causes, inList(causes)),
    defaultUnitId:
      mapping.defaultUnitId !== null && unitIds.has(mapping.defaultUnitId)
        ? mapping.defaultUnitId
        : null,
  };
}

/** The first few different, non-empty values of a column: what the user recognises it by. */
export function sampleValues(table: SourceTable, header: string, count = 3): string[] {
  const at = table.headers.indexOf(header);
  const found: string[] = [];
  if (at === -1) return found;
  for (const { cells } of table.rows) {
    const value = (cells[at] ?? '').replace(/\s+/g, ' ').trim();
    if (value !== '' && !found.includes(value)) found.push(value);
    if (found.length === count) break;
  }
  return found;
}

/** Headings of the file that no field uses. */
export function unusedColumns(headers: readonly string[], mapping: KiaMapping): string[] {
  const used = new Set(Object.values(mapping.columns));
  return headers.filter((header) => !used.has(header));
}

/** A column chosen for two fields: the second field would read the first one's values. */
export interface SharedColumn {
  column: string;
  first: KiaField;
  second: KiaField;
}

export function sharedColumns(mapping: KiaMapping): SharedColumn[] {
  const firstField = new Map<string, KiaField>();
  const shared: SharedColumn[] = [];
  for (const field of KIA_FIELDS) {
    const column = mapping.columns[field];
    if (column === undefined) continue;
    const first = firstField.get(column);
    if (first === undefined) firstField.set(column, field);
    else shared.push({ column, first, second: field });
  }
  return shared;
}

/** What stops step 2: the shared import's mapping problems (Swedish) and shared columns. */
export function columnProblems(
  table: SourceTable,
  mapping: KiaMapping,
): { problems: string[]; shared: SharedColumn[] } {
  return {
    problems: resolveColumns(table.headers, mapping).problems,
    shared: sharedColumns(mapping),
  };
}

/** A copy of the mapping with one field's column set (undefined: the field is not used). */
export function withColumn(
  mapping: KiaMapping,
  field: KiaField,
  header: string | undefined,
): KiaMapping {
  const columns = Object.fromEntries(
    Object.entries(mapping.columns).filter(([other]) => other !== field),
  );
  if (header !== undefined) columns[field] = header;
  return kiaMappingSchema.parse({ ...mapping, columns });
}

type ValueTables = Pick<KiaMapping, 'types' | 'units' | 'places' | 'causes' | 'statuses'>;
const TABLE_OF: Record<ValueField, keyof ValueTables> = {
  type: 'types',
  unit: 'units',
  place: 'places',
  cause: 'causes',
  status: 'statuses',
};

/**
 * A copy of the mapping with one source value's target set; undefined removes the entry (the
 * value then resolves by name, or the rows fail). The target's type is checked by the caller's
 * select options; the shared schema parses the mapping again before it is stored.
 */
export function withValue(
  mapping: KiaMapping,
  field: ValueField,
  key: string,
  target: string | null | undefined,
): KiaMapping {
  const name = TABLE_OF[field];
  const table: Record<string, string | null> = Object.fromEntries(
    Object.entries(mapping[name]).filter(([other]) => other !== key),
  );
  if (target !== undefined) table[key] = target;
  return kiaMappingSchema.parse({ ...mapping, [name]: table });
}
