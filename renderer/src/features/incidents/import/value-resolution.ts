import { emptyMapping, type KiaMapping } from '@shared/incidents/kia';
import {
  categoryResolver,
  knownType,
  statusResolver,
  unitResolver,
  type Resolved,
} from '@shared/incidents/kia/resolve';
import type { OrgNode } from '@shared/schemas';
import type { ValueField } from './import-model';

/**
 * What a value of the file becomes, as step 3's selects show it. The same resolvers as the
 * validation, so the select never promises something the preview then refuses.
 */

export interface ValueContext {
  /** The units rows may belong to (this installation's). */
  units: readonly OrgNode[];
  places: readonly string[];
  causes: readonly string[];
}

/** The select value for "Saknas" (a category mapped to null). */
export const MISSING = '__saknas__';

const selectValue = (resolved: Resolved<string | null>) =>
  resolved.ok ? (resolved.value ?? MISSING) : '';

/** Source value → the select value it currently resolves to; '' when it resolves to nothing. */
export function targetOf(
  field: ValueField,
  mapping: KiaMapping,
  context: ValueContext,
): (value: string) => string {
  switch (field) {
    case 'type':
      return (value) => knownType(mapping, value) ?? '';
    case 'status': {
      const resolve = statusResolver(mapping);
      return (value) => selectValue(resolve(value));
    }
    case 'unit': {
      const resolve = unitResolver(mapping, context.units);
      return (value) => selectValue(resolve(value));
    }
    case 'place': {
      const resolve = categoryResolver('', mapping.places, context.places);
      return (value) => selectValue(resolve(value));
    }
    case 'cause': {
      const resolve = categoryResolver('', mapping.causes, context.causes);
      return (value) => selectValue(resolve(value));
    }
  }
}

/**
 * What a value resolves to by name alone (no mapping entry). When that is nothing, the select
 * offers "Inte vald"; otherwise clearing the choice would silently fall back to the name.
 */
export function fallbackOf(field: ValueField, context: ValueContext): (value: string) => string {
  return targetOf(field, emptyMapping(), context);
}

/** The mapping target for a select value: undefined clears the entry, null is "Saknas". */
export function mappingTarget(selected: string): string | null | undefined {
  if (selected === '') return undefined;
  return selected === MISSING ? null : selected;
}
