import { strFromU8, unzipSync } from 'fflate';

/** The text entries of a zip (docx, xlsx, pptx) by name. */
export function zipTexts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** The visible text of WordprocessingML / DrawingML: the contents of every w:t or a:t. */
export function runText(xml: string): string {
  return [...xml.matchAll(/<(?:w|a):t(?:\s[^>]*)?>([^<]*)<\/(?:w|a):t>/g)]
    .map((m) => decodeXml(m[1] ?? ''))
    .join(' ');
}

export function decodeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/** Whitespace (no-break spaces and line breaks included) collapsed to single spaces. */
export const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
