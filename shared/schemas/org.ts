import { z } from 'zod';
import { id, text } from './common';

/** The four management levels, lowest first: unit, section, administration, municipality. */
export const LEVELS = [1, 2, 3, 4] as const;
export const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Level = z.infer<typeof level>;

export const orgNodeSchema = z.object({
  id,
  /** null only for the level-4 root. */
  parentId: id.nullable(),
  level,
  name: text(200).min(1, 'Namn saknas'),
  archived: z.boolean(),
});
export type OrgNode = z.infer<typeof orgNodeSchema>;

/** What the person at this installation does; decides which screens lead. */
export const role = z.enum(['enhetschef', 'skyddsombud', 'verksamhetschef', 'hr', 'direktor']);
export type Role = z.infer<typeof role>;
