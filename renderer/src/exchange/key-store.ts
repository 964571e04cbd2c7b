import { fingerprint, fromHex, toHex, type Signer } from '@shared/exchange';
import type { OwnKeyPair, SamDatabase } from '../data/db';
import { webCrypto } from './web-crypto';

/*
 * This installation's Ed25519 signing key. Made on first use with Web Crypto, the private half
 * non-extractable: it never leaves IndexedDB (which stores the CryptoKey objects themselves) and
 * no backup or dump carries it (ownKeys is a local-only table).
 */

const ED25519 = { name: 'Ed25519' } as const;

/** One pending first-use per database object, so calls in the same window share one key. */
const pending = new WeakMap<SamDatabase, Promise<OwnKeyPair>>();

async function newKeyPair(now: Date): Promise<OwnKeyPair> {
  const pair = await globalThis.crypto.subtle.generateKey(ED25519, false, ['sign', 'verify']);
  const raw = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    id: 'self',
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    publicKeyHex: toHex(raw),
    createdAt: now.toISOString(),
  };
}

async function loadOrCreate(db: SamDatabase): Promise<OwnKeyPair> {
  const stored = await db.ownKeys.get('self');
  if (stored) return stored;
  // Key generation is not an IndexedDB request, so it cannot run inside the transaction; the
  // transaction then adds the key only if no other window has stored one meanwhile (one wins).
  const candidate = await newKeyPair(new Date());
  return db.transaction('rw', db.ownKeys, async () => {
    const winner = await db.ownKeys.get('self');
    if (winner) return winner;
    await db.ownKeys.add(candidate);
    return candidate;
  });
}

async function ownKeyPair(db: SamDatabase): Promise<OwnKeyPair> {
  let promise = pending.get(db);
  if (!promise) {
    promise = loadOrCreate(db);
    pending.set(db, promise);
    // A failure (e.g. the database could not be opened) is not remembered: the next call retries.
    promise.catch(() => pending.delete(db));
  }
  return promise;
}

/** This installation's Signer, creating its key pair on first use. */
export async function getSigner(db: SamDatabase): Promise<Signer> {
  const pair = await ownKeyPair(db);
  const publicKey = fromHex(pair.publicKeyHex);
  if (!publicKey) throw new Error('Den egna nyckeln i databasen är skadad.');
  return {
    publicKey,
    async sign(data) {
      const view = new Uint8Array(data);
      return new Uint8Array(await globalThis.crypto.subtle.sign(ED25519, pair.privateKey, view));
    },
  };
}

/** The fingerprint of this installation's public key ("3F2A 91C0 …"), for reading by phone. */
export async function ownFingerprint(db: SamDatabase): Promise<string> {
  const signer = await getSigner(db);
  return fingerprint(webCrypto, signer.publicKey);
}
