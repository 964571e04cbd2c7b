/**
 * What the exchange format needs from a crypto implementation. shared/ has no DOM or Node types,
 * so the Web Crypto calls live with the caller (renderer/src/exchange/web-crypto.ts, which also
 * runs in Node for tests and the benchmark: both have the same `crypto.subtle`).
 */
export interface CryptoPort {
  sha256(data: Uint8Array): Promise<Uint8Array>;
  /** Ed25519 verification with a raw 32-byte public key; false (never a throw) on a bad signature. */
  verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

/** This installation's signing key: the public half as raw bytes, the private half opaque. */
export interface Signer {
  /** Raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
  sign(data: Uint8Array): Promise<Uint8Array>;
}
