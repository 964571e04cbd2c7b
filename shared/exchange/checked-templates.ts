import { z } from 'zod';
import { templateSchema, type Template } from '../schemas/template';

/** Deep equality of two values parsed from JSON (objects, arrays, strings, numbers, booleans, null). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) {
      return false;
    }
  }
  return true;
}

/** Freezes a value parsed from JSON all the way down. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** How many different versions of one template id are remembered (more are checked each time). */
const VARIANTS_PER_ID = 4;
/** How many template ids are remembered in all. */
const MAX_IDS = 100;

/**
 * The templates already checked while opening a batch of packages. Every unit's package brings
 * the same checklist template, and checking it with zod again for each of 2,000 packages was a
 * large part of opening them. A template is taken from here only when its JSON equals, value for
 * value, one that passed templateSchema before, so the result is what zod would return for it;
 * anything else is checked in full. Bounded, so a batch of odd templates cannot grow it. The
 * templates it returns are frozen: one object may be handed to many packages.
 */
export class CheckedTemplates {
  private readonly byId = new Map<string, { raw: unknown; template: Template }[]>();

  /** The template, or zod's error for it. */
  check(raw: unknown): { ok: true; template: Template } | { ok: false; error: z.ZodError } {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : undefined;
    const known = typeof id === 'string' ? this.byId.get(id) : undefined;
    const hit = known?.find((entry) => jsonEqual(entry.raw, raw));
    if (hit) return { ok: true, template: hit.template };
    const parsed = templateSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: parsed.error };
    const template = deepFreeze(parsed.data);
    const list = known ?? [];
    if (list.length < VARIANTS_PER_ID && (known || this.byId.size < MAX_IDS)) {
      list.push({ raw, template });
      this.byId.set(template.id, list);
    }
    return { ok: true, template };
  }
}
