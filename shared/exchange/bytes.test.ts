import { describe, expect, it } from 'vitest';
import { bytesEqual, fromBase64, fromHex, toBase64, toHex } from './bytes';

/** Deterministic test bytes: a small linear congruential sequence. */
function sample(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('hex', () => {
  it('writes lower-case hex, two digits a byte', () => {
    expect(toHex(new Uint8Array([0, 1, 15, 16, 171, 255]))).toBe('00010f10abff');
    expect(toHex(new Uint8Array(0))).toBe('');
  });

  it('round trips every length from 0 to 70, and every byte value', () => {
    for (let length = 0; length <= 70; length++) {
      const bytes = sample(length, length + 1);
      expect(fromHex(toHex(bytes))).toEqual(bytes);
    }
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromHex(toHex(all))).toEqual(all);
    expect(toHex(all)).toBe(Buffer.from(all).toString('hex'));
  });

  it('reads upper-case hex too', () => {
    expect(fromHex('ABCDEF')).toEqual(new Uint8Array([0xab, 0xcd, 0xef]));
  });

  it.each(['a', 'abc', 'gg', '0x00', ' 00', '00 ', '0-', 'ä0', '+1'])(
    'gives null for %j (odd length or not hex)',
    (text) => {
      expect(fromHex(text)).toBeNull();
    },
  );
});

describe('base64', () => {
  it('matches the standard encoding (with padding) for every length from 0 to 70', () => {
    for (let length = 0; length <= 70; length++) {
      const bytes = sample(length, length + 7);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
    }
  });

  it('handles the empty string and one and two byte tails', () => {
    expect(toBase64(new Uint8Array(0))).toBe('');
    expect(fromBase64('')).toEqual(new Uint8Array(0));
    expect(toBase64(new Uint8Array([0xff]))).toBe('/w==');
    expect(toBase64(new Uint8Array([0xff, 0xee]))).toBe('/+4=');
    expect(toBase64(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('+/+/');
    expect(fromBase64('/w==')).toEqual(new Uint8Array([0xff]));
    expect(fromBase64('/+4=')).toEqual(new Uint8Array([0xff, 0xee]));
  });

  it('round trips large inputs, also a view into a larger buffer', () => {
    const bytes = sample(30_001, 42);
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(fromBase64(text)).toEqual(bytes);
    const view = bytes.subarray(7, 20_008);
    expect(toBase64(view)).toBe(Buffer.from(view).toString('base64'));
  });

  it.each([
    'A',
    'AB',
    'ABC',
    'AB=C',
    'A===',
    '====',
    '=AAA',
    'AAAA=',
    'AA AA',
    'AA\nAA',
    'ab-_',
    'åäöx',
    'AAA*',
  ])('gives null for %j (not standard base64)', (text) => {
    expect(fromBase64(text)).toBeNull();
  });
});

describe('bytesEqual', () => {
  it('compares length and content', () => {
    expect(bytesEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(bytesEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(bytesEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
    expect(bytesEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });
});
