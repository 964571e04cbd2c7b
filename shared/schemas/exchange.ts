import { z } from 'zod';
import { id, isoDateTime, text, year } from './common';
import { role } from './org';
import { fromBase64, isUint8Array } from '../exchange/bytes';
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
 * payload.json of a report package as its row keeps it: without the templates, which are stored
 * once each (the data layer's receivedTemplates table, templateSchema rows by id; `templateIds`
 * lists them) instead of once per package — every unit's package brings the same checklist
 * template, and it was most of the row.
 */
export type StoredReportPayload = Omit<ReportPayload, 'templates'>;

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
  /** The ids of the templates the package brought (payload.templates), in its order. */
  templateIds: z.array(id).max(50),
  /** payload.json as read (shared/exchange/payload.ts reportPayloadSchema), without templates. */
  payload: z.custom<StoredReportPayload>(
    (value) => typeof value === 'object' && value !== null && !('templates' in value),
    'Paketets innehåll ska sparas utan mallar (de sparas en gång var, i receivedTemplates)',
  ),
});
export type ReceivedPackage = z.infer<typeof receivedPackageSchema>;

/**
 * Package bytes: stored as bytes (IndexedDB keeps binary as it is), written to backups as base64
 * (sortKeys in the data layer's dump does that), so either is accepted and bytes come out.
 */
const packageBytes = z.unknown().transform((value, ctx): Uint8Array => {
  if (isUint8Array(value)) return value;
  const bytes = typeof value === 'string' ? fromBase64(value) : null;
  if (bytes) return bytes;
  ctx.addIssue({ code: 'custom', message: 'Paketfilen är inte giltig base64' });
  return z.NEVER;
});

/**
 * The file of a received package that has one (imported here directly), byte for byte as
 * received. Read only to verify it again (drill-down) and to carry it upward; never by the views.
 */
export const packageFileSchema = z.object({
  /** The id of its receivedPackageSchema row: `${nodeId}:${year}`. */
  id,
  bytes: packageBytes.refine((bytes) => bytes.byteLength > 0, 'Paketfilen saknas'),
});
export type PackageFile = z.output<typeof packageFileSchema>;

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
