import { fingerprint, fromHex, type CryptoPort } from '@shared/exchange';
import { trustedKeySchema, type TrustedKey } from '@shared/schemas';
import { webCrypto } from '../exchange/web-crypto';
import type { SamDatabase } from './db';
import { RepositoryError } from './errors';
import { requireNode } from './guards';
import { importSv } from './import-messages';
import { validate } from './validate';

/*
 * The public keys this installation trusts for the nodes below it (and above it, for returns).
 * Trust on first use: the first key seen for a node is registered once the user has compared its
 * fingerprint; a different key later is refused until the user re-trusts explicitly.
 */

export interface TrustOptions {
  now?: () => Date;
  crypto?: CryptoPort;
}

/** Every trusted key, by node id. */
export function listTrustedKeys(db: SamDatabase): Promise<TrustedKey[]> {
  return db.trustedKeys.toArray();
}

async function checkedKey(publicKeyHex: string, crypto: CryptoPort) {
  const hex = publicKeyHex.trim().toLowerCase();
  const raw = fromHex(hex);
  if (!raw || raw.byteLength !== 32) throw new RepositoryError(importSv.badPublicKey);
  return { hex, fingerprint: await fingerprint(crypto, raw) };
}

/**
 * Registers `publicKeyHex` for the node. The key already registered is a no-op. A different key
 * registered for the node is refused, unless `replace` (the user's explicit re-trust): then the
 * new key replaces it and the old fingerprint is kept in `previous`.
 */
async function saveKey(
  db: SamDatabase,
  nodeId: string,
  publicKeyHex: string,
  replace: boolean,
  { now = () => new Date(), crypto = webCrypto }: TrustOptions,
): Promise<TrustedKey> {
  const key = await checkedKey(publicKeyHex, crypto);
  return db.transaction('rw', db.trustedKeys, db.orgNodes, async () => {
    const node = await requireNode(db, nodeId);
    const stored = await db.trustedKeys.get(nodeId);
    if (stored?.publicKey === key.hex) return stored;
    if (stored && !replace) throw new RepositoryError(importSv.keyAlreadyTrusted(node.name));
    const at = now().toISOString();
    const previous = stored
      ? [...stored.previous, { fingerprint: stored.fingerprint, replacedAt: at }].slice(-100)
      : [];
    const row = validate(trustedKeySchema, {
      nodeId,
      publicKey: key.hex,
      fingerprint: key.fingerprint,
      trustedAt: at,
      previous,
    } satisfies TrustedKey);
    await db.trustedKeys.put(row);
    return row;
  });
}

/**
 * Trust on first use: registers `publicKeyHex` for the node when no key is registered. The same key
 * again is a no-op; a different key is refused (that is what retrustKey is for).
 */
export function trustKey(
  db: SamDatabase,
  nodeId: string,
  publicKeyHex: string,
  options: TrustOptions = {},
): Promise<TrustedKey> {
  return saveKey(db, nodeId, publicKeyHex, false, options);
}

/**
 * The user's explicit decision that a node's key has changed: the new key replaces the old one,
 * whose fingerprint is kept in `previous`. With no key registered it is the same as trustKey.
 */
export function retrustKey(
  db: SamDatabase,
  nodeId: string,
  newPublicKeyHex: string,
  options: TrustOptions = {},
): Promise<TrustedKey> {
  return saveKey(db, nodeId, newPublicKeyHex, true, options);
}

/** Forgets the key of a node: its next package asks for trust again. */
export async function removeTrustedKey(db: SamDatabase, nodeId: string): Promise<void> {
  await db.trustedKeys.delete(nodeId);
}
