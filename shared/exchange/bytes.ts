/**
 * Byte helpers for the exchange format that shared/ needs without DOM or Node globals: hex for
 * digests and keys, base64 for package bytes kept in the database and in backups.
 */

const HEX = '0123456789abcdef';

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += (HEX[byte >> 4] ?? '') + (HEX[byte & 15] ?? '');
  return out;
}

/** Lower- or upper-case hex to bytes; null when the text is not whole bytes of hex. */
export function fromHex(text: string): Uint8Array | null {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return null;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((char, i) => [char.charCodeAt(0), i]));

const B64_ASCII = new TextEncoder().encode(B64);
const ascii = new TextDecoder();

/**
 * Standard base64 (with padding), written as ASCII bytes and decoded to a string once: package
 * files are megabytes, and building the string piece by piece (or a spread of the bytes into
 * String.fromCharCode) costs several times as much. Checked against Node's Buffer in
 * tests/unit/exchange-import/base64.test.ts.
 */
export function toBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  // Plain indexing (every index is in range: the casts only tell the compiler so) keeps it fast.
  const digits = B64_ASCII;
  const end = n - (n % 3);
  let o = 0;
  for (let i = 0; i < end; i += 3) {
    const v =
      ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o] = digits[v >>> 18] as number;
    out[o + 1] = digits[(v >>> 12) & 63] as number;
    out[o + 2] = digits[(v >>> 6) & 63] as number;
    out[o + 3] = digits[v & 63] as number;
    o += 4;
  }
  if (end < n) {
    const v = ((bytes[end] as number) << 16) | (end + 1 < n ? (bytes[end + 1] as number) << 8 : 0);
    out[o] = digits[v >>> 18] as number;
    out[o + 1] = digits[(v >>> 12) & 63] as number;
    out[o + 2] = end + 1 < n ? (digits[(v >>> 6) & 63] as number) : 61; // '='
    out[o + 3] = 61;
  }
  return ascii.decode(out);
}

/** Standard base64 (with padding) to bytes; null when the text is not valid base64. */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const code = text.charCodeAt(i + j);
      const isPad = code === 61 && i + j >= text.length - padding;
      const value = isPad ? 0 : B64_INDEX.get(code);
      if (value === undefined) return null;
      n = (n << 6) | value;
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** A Uint8Array, also one from another realm (a structured clone, another frame). */
export function isUint8Array(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
