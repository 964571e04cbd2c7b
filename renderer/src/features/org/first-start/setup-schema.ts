import { z } from 'zod';
import { LEVELS, role, type Level } from '@shared/schemas';

export interface SetupMessages {
  municipality: string;
  administration: string;
  section: string;
  unit: string;
  userName: string;
  role: string;
  tooLong: string;
}

const MAX_NAME = 200;

/** The first start's form; the messages come from i18n so they follow the chosen language. */
export function setupSchema(messages: SetupMessages) {
  const name = (required: string) =>
    z.string().trim().min(1, required).max(MAX_NAME, messages.tooLong);
  return z.object({
    municipality: name(messages.municipality),
    administration: name(messages.administration),
    section: name(messages.section),
    unit: name(messages.unit),
    userName: name(messages.userName),
    // The radio group starts with nothing chosen (undefined): the `error` covers that too.
    role: z.enum(role.options, { error: messages.role }),
    actsFor: z.enum(['1', '2', '3', '4']),
  });
}

export type SetupInput = z.input<ReturnType<typeof setupSchema>>;
export type SetupValues = z.output<ReturnType<typeof setupSchema>>;

export const SETUP_MAX_NAME = MAX_NAME;

/** The select's value as a level ("1" → 1). */
export function toLevel(value: SetupValues['actsFor']): Level {
  return LEVELS.find((level) => String(level) === value) ?? 1;
}

const ACTS_FOR = { 1: '1', 2: '2', 3: '3', 4: '4' } as const satisfies Record<
  Level,
  SetupValues['actsFor']
>;

/** A level as the select's value (1 → "1"). */
export function toActsFor(level: Level): SetupValues['actsFor'] {
  return ACTS_FOR[level];
}
