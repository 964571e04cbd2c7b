import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { bytesEqual, fromBase64, toBase64 } from '@shared/exchange';

/** Node's own base64 is the oracle for shared/exchange's (which runs in the renderer too). */
const nodeBase64 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

describe('toBase64 / fromBase64 (package files in backups)', () => {
  it('writes the same standard base64 as Node, padding included, for every length up to 64', () => {
    const bytes = new Uint8Array(300);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    for (let n = 0; n <= 64; n++) {
      const part = bytes.subarray(0, n);
      expect(toBase64(part)).toBe(nodeBase64(part));
    }
    expect(toBase64(new Uint8Array([0xff]))).toBe('/w==');
    expect(toBase64(new Uint8Array([0xff, 0xee]))).toBe('/+4=');
    expect(toBase64(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('+/+/');
  });

  it('round-trips every byte value and a large buffer, also from a view into a larger one', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(all))).toEqual(all);
    const big = new Uint8Array(1_000_003);
    for (let i = 0; i < big.length; i++) big[i] = (i * 40503) & 255;
    const view = big.subarray(7, 700_008);
    expect(toBase64(view)).toBe(nodeBase64(view));
    // bytesEqual, not toEqual: a deep compare of a megabyte is slow enough to time out under load.
    expect(bytesEqual(fromBase64(toBase64(big)) ?? new Uint8Array(), big)).toBe(true);
    expect(bytesEqual(fromBase64(nodeBase64(big)) ?? new Uint8Array(), big)).toBe(true);
  });
});
