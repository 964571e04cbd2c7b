/**
 * A CSV file's bytes as text. UTF-8 first (with or without a byte-order mark, which the decoder
 * drops); files that are not valid UTF-8 are read as Windows-1252, which is what Swedish Excel's
 * plain "CSV (semikolonavgränsad)" writes, so å, ä and ö survive either way.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
