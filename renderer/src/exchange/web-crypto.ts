import type { CryptoPort } from '@shared/exchange';

/*
 * The exchange format's crypto on Web Crypto (`globalThis.crypto.subtle`): the same API in
 * Chromium (the app) and in Node 20 (unit tests, the benchmark), so one implementation serves both.
 */

const ED25519 = { name: 'Ed25519' } as const;

/** A view with its own ArrayBuffer, which is what the Web Crypto typings ask for. */
function buffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}

export const webCrypto: CryptoPort = {
  async sha256(data) {
    return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', buffer(data)));
  },

  async verifyEd25519(publicKey, signature, data) {
    // Malformed input is a failed verification, never an exception: a raw key that is not 32
    // bytes (or not a curve point) makes importKey throw; a short signature makes verify throw.
    if (publicKey.byteLength !== 32 || signature.byteLength !== 64) return false;
    try {
      const key = await globalThis.crypto.subtle.importKey(
        'raw',
        buffer(publicKey),
        ED25519,
        false,
        ['verify'],
      );
      return await globalThis.crypto.subtle.verify(ED25519, key, buffer(signature), buffer(data));
    } catch {
      return false;
    }
  },
};
