import { describe, expect, it } from 'vitest';
import type { CryptoPort } from './crypto-port';
import { fingerprint } from './fingerprint';

const crypto: CryptoPort = {
  sha256: async (data) =>
    new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(data))),
  verifyEd25519: () => Promise.resolve(false),
};

describe('fingerprint', () => {
  it('is the first 16 bytes of the key’s SHA-256, as eight groups of four upper-case hex digits', async () => {
    // SHA-256 of 32 zero bytes is 66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925.
    expect(await fingerprint(crypto, new Uint8Array(32))).toBe(
      '6668 7AAD F862 BD77 6C8F C18B 8E9F 8E20',
    );
  });

  it('has the same shape for any key, and differs between keys', async () => {
    const a = await fingerprint(crypto, new Uint8Array(32).fill(1));
    const b = await fingerprint(crypto, new Uint8Array(32).fill(2));
    for (const print of [a, b]) expect(print).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
    expect(a).not.toBe(b);
  });
});
