import { z } from 'zod';
import { ValidationError, type FieldIssue } from './errors';
import { sv } from './messages';

/**
 * zod's Swedish messages for the generic checks (types, enums); a schema's own Swedish message
 * ("Namn saknas") still wins. Passed per parse so the global zod config stays untouched.
 */
const swedishErrors = z.locales.sv().localeError;

function toFieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  return { path: issue.path.map(String).join('.'), message: issue.message };
}

/** A field issue as one Swedish sentence: «Namn saknas (fält name)». */
export function describeIssue(issue: FieldIssue): string {
  return sv.field(issue.message, issue.path);
}

/** Parses with the Swedish messages; returns the clean row or the issues. */
export function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.output<S> } | { ok: false; issues: FieldIssue[] } {
  const result = schema.safeParse(value, { error: swedishErrors });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, issues: result.error.issues.map(toFieldIssue) };
}

/** Parse before put: the row as its schema cleans it, or a ValidationError in Swedish. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = check(schema, value);
  if (result.ok) return result.data;
  const [first] = result.issues;
  throw new ValidationError(first ? describeIssue(first) : sv.invalid, result.issues);
}
