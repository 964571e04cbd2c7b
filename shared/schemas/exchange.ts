import { z } from 'zod';
import { id, isoDateTime, text, year } from './common';
import { role } from './org';

/** A package received from a node below (details come with the roll-up). */
export const submissionSchema = z.object({
  id,
  nodeId: id,
  year,
  revision: z.number().int().min(1),
  /** SHA-256 of the package bytes, hex. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  receivedAt: isoDateTime,
  status: z.enum(['received', 'returned']),
  comment: text(4000),
});
export type Submission = z.infer<typeof submissionSchema>;

/** Which node this installation acts for, and as whom. One row, id "self". */
export const identitySchema = z.object({
  id: z.literal('self'),
  nodeId: id.nullable(),
  role: role.nullable(),
  /** Display name of the person using this installation; used as author of packages. */
  userName: text(200),
  /** Level names are per municipality: index 0 is level 1. */
  levelNames: z.tuple([text(60), text(60), text(60), text(60)]),
});
export type Identity = z.infer<typeof identitySchema>;
