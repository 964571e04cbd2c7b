import type { z } from 'zod';
import {
  actionSchema,
  answerSchema,
  followUpSchema,
  identitySchema,
  incidentSchema,
  orgNodeSchema,
  submissionSchema,
  summarySchema,
  surveySchema,
  templateSchema,
} from '../schemas';
import type { Dataset } from './dataset';

/** JSON with object keys sorted, so two values compare equal whatever order keys were set in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/**
 * The first row of a dataset that its zod schema refuses or changes (zod drops unknown keys, so a
 * stray field shows up as a change), as "table[index]: message"; undefined when every row is
 * clean. For tests and benchmarks of the generators. Settings have no shared schema (they never
 * leave an installation); the data layer checks them when a dataset is loaded.
 */
export function firstInvalidRow(data: Dataset): string | undefined {
  const tables: [string, z.ZodType, readonly unknown[]][] = [
    ['orgNodes', orgNodeSchema, data.orgNodes],
    ['templates', templateSchema, data.templates],
    ['followUps', followUpSchema, data.followUps],
    ['answers', answerSchema, data.answers],
    ['incidents', incidentSchema, data.incidents],
    ['actions', actionSchema, data.actions],
    ['summaries', summarySchema, data.summaries],
    ['surveys', surveySchema, data.surveys],
    ['submissions', submissionSchema, data.submissions],
    ['identity', identitySchema, data.identity],
  ];
  for (const [table, schema, rows] of tables) {
    for (const [index, row] of rows.entries()) {
      const result = schema.safeParse(row);
      if (!result.success) return `${table}[${index}]: ${result.error.message}`;
      if (canonical(result.data) !== canonical(row)) return `${table}[${index}]: zod ändrade raden`;
    }
  }
  return undefined;
}
