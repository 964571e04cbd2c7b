import { z } from 'zod';
import { id, isoDateTime, text, year } from './common';
import { role } from './org';
import { nestedFileName } from '../exchange/manifest';
import type { ReportPayload } from '../exchange/payload';

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

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * A public key this installation trusts for a node (trust on first use). A changed key is never
 * accepted silently: the user re-trusts explicitly, and the old fingerprint is kept in `previous`.
 */
export const trustedKeySchema = z.object({
  /** The node the key signs for (primary key). */
  nodeId: id,
  /** Raw Ed25519 public key, lower-case hex. */
  publicKey: sha256Hex,
  /** "3F2A 91C0 …": what is compared by phone. */
  fingerprint: text(60),
  trustedAt: isoDateTime,
  previous: z.array(z.object({ fingerprint: text(60), replacedAt: isoDateTime })).max(100),
});
export type TrustedKey = z.infer<typeof trustedKeySchema>;

/**
 * The newest accepted report package of a node and year: what the aggregated views, tracking and
 * the import decisions read. The file itself is kept apart, in a packageFileSchema row with the
 * same id, so that reading the rows never reads megabytes of package bytes: its bytes are
 * forwarded unchanged upward and re-verified on drill-down. A carried package (viaNodeId set) has
 * no file of its own: its bytes are the entry `carriedPath` leads to inside the stored file of
 * `viaNodeId`. The payload is checked by the package reader (shared/exchange) before it is stored.
 */
export const receivedPackageSchema = z.object({
  /** `${nodeId}:${year}` */
  id,
  nodeId: id,
  year,
  revision: z.number().int().min(1),
  /** SHA-256 of the package file, hex. */
  digest: sha256Hex,
  author: text(200),
  created: isoDateTime,
  publicKey: sha256Hex,
  fingerprint: text(60),
  /** null: imported here directly; otherwise the child whose package carried it. */
  viaNodeId: id.nullable(),
  receivedAt: isoDateTime,
  /**
   * For a carried package: the entry names from the stored file of `viaNodeId` down to this one
   * (`packages/<id>.samx`, one per level). Absent (or empty): the package has a file of its own.
   */
  carriedPath: z.array(nestedFileName).max(3).optional(),
  /** payload.json as read (shared/exchange/payload.ts reportPayloadSchema). */
  payload: z.custom<ReportPayload>((value) => typeof value === 'object' && value !== null),
});
export type ReceivedPackage = z.infer<typeof receivedPackageSchema>;

/**
 * The file of a received package that has one (imported here directly), byte for byte as
 * received, base64 (JSON-safe, so backups keep it). Read only to verify it again (drill-down) and
 * to carry it upward; never by the views.
 */
export const packageFileSchema = z.object({
  /** The id of its receivedPackageSchema row: `${nodeId}:${year}`. */
  id,
  bytes: z.string().min(1, 'Paketfilen saknas'),
});
export type PackageFile = z.infer<typeof packageFileSchema>;

/** A package this installation made: reports sent up, returns sent down. */
export const outboxEntrySchema = z.object({
  /** `${kind}:${nodeId}:${year}:${revision}` */
  id,
  kind: z.enum(['report', 'return']),
  /** report: this installation's node; return: the node whose report was returned. */
  nodeId: id,
  year,
  revision: z.number().int().min(1),
  digest: sha256Hex,
  createdAt: isoDateTime,
  /** Where it went: a file the user saved, or the shared folder. */
  via: z.enum(['file', 'folder']),
  comment: text(4000),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/** A return received from above: this node's report, sent back with a comment. */
export const returnNoticeSchema = z.object({
  /** `${nodeId}:${year}:${revision}` */
  id,
  nodeId: id,
  year,
  /** The revision of our report that was returned. */
  revision: z.number().int().min(1),
  /** The node (above us) that returned it. */
  fromNodeId: id,
  author: text(200),
  returnedAt: isoDateTime,
  comment: text(4000),
  digest: sha256Hex,
  receivedAt: isoDateTime,
});
export type ReturnNotice = z.infer<typeof returnNoticeSchema>;
