import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('id;namn\nå;Äldreomsorg');
    expect(decodeText(utf8)).toBe('id;namn\nå;Äldreomsorg');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('id;namn\nå;Äldreomsorg');
  });

  it('falls back to Windows-1252, as plain Swedish Excel CSV is written', () => {
    // "Äldreomsorg;Förskola" in Windows-1252: Ä = 0xC4, ö = 0xF6.
    const bytes = new Uint8Array([0xc4, ...new TextEncoder().encode('ldreomsorg;F'), 0xf6, 0x72]);
    expect(decodeText(bytes)).toBe('Äldreomsorg;För');
  });
});
