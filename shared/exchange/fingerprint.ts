import { toHex } from './bytes';
import type { CryptoPort } from './crypto-port';

/**
 * A key's fingerprint as people read it to each other on the phone: the first 16 bytes of the
 * SHA-256 of the raw public key, as eight groups of four upper-case hex digits
 * ("3F2A 91C0 …"). 128 bits: far beyond what anyone could forge to match by chance.
 */
export async function fingerprint(crypto: CryptoPort, publicKey: Uint8Array): Promise<string> {
  const digest = await crypto.sha256(publicKey);
  const hex = toHex(digest.subarray(0, 16)).toUpperCase();
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}
