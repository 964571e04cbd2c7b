import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '@shared/exchange';
import { packageBase64 } from '../../../renderer/src/data/package-repo';

describe('packageBase64 (package bytes stored in the database)', () => {
  it('writes the same standard base64 as shared/exchange, padding included', () => {
    const bytes = new Uint8Array(300);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    for (let n = 0; n <= 64; n++) {
      const part = bytes.subarray(0, n);
      expect(packageBase64(part)).toBe(toBase64(part));
    }
    expect(packageBase64(new Uint8Array([0xff]))).toBe('/w==');
    expect(packageBase64(new Uint8Array([0xff, 0xee]))).toBe('/+4=');
    expect(packageBase64(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('+/+/');
  });

  it('round-trips every byte value and a large buffer, also from a view into a larger one', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(packageBase64(all))).toEqual(all);
    const big = new Uint8Array(1_000_003);
    for (let i = 0; i < big.length; i++) big[i] = (i * 40503) & 255;
    const view = big.subarray(7, 700_008);
    expect(packageBase64(view)).toBe(toBase64(view));
    expect(fromBase64(packageBase64(big))).toEqual(big);
  });
});
