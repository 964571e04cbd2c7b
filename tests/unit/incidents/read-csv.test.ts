import { describe, expect, it } from 'vitest';
import {
  decodeText,
  detectDelimiter,
  parseCsv,
  readCsv,
} from '../../../renderer/src/features/incidents/kia/read-csv';
import { TableReadError } from '../../../renderer/src/features/incidents/kia/read-error';

const bytes = (values: Iterable<number>) => new Uint8Array([...values]).buffer;

describe('detectDelimiter', () => {
  it.each([
    ['Ärendenummer;Händelsedatum;Typ\n1;2025-01-01;"a, b, c"', ';'],
    ['Ärendenummer,Händelsedatum,Typ\n1,2025-01-01,"a; b"', ','],
    ['Ärendenummer\tHändelsedatum\tTyp', '\t'],
    ['En enda kolumn', ';'],
  ])('%j → %j', (text, delimiter) => expect(detectDelimiter(text)).toBe(delimiter));
});

describe('parseCsv', () => {
  it('reads a semicolon file with BOM and CRLF', () => {
    const table = parseCsv('\uFEFFA;B\r\n1;2\r\n3;4\r\n');
    expect(table).toEqual({
      headers: ['A', 'B'],
      rows: [
        { line: 2, cells: ['1', '2'] },
        { line: 3, cells: ['3', '4'] },
      ],
    });
  });

  it('reads a comma file with quoted separators and quotes', () => {
    const table = parseCsv('A,B\n1,"x, ""y"" och z"\n');
    expect(table.rows).toEqual([{ line: 2, cells: ['1', 'x, "y" och z'] }]);
  });

  it('keeps line breaks inside quotes (as \\n, as the app stores text) and the line numbers after them', () => {
    const table = parseCsv('A;B\r\n1;"rad ett\r\nrad två\r\nrad tre"\r\n\r\n2;sist\r\n');
    expect(table.rows).toEqual([
      { line: 2, cells: ['1', 'rad ett\nrad två\nrad tre'] },
      { line: 6, cells: ['2', 'sist'] },
    ]);
  });

  it('counts lines in files that end them in a lone CR', () => {
    const table = parseCsv('A;B\r1;"x\ry"\r2;z\r');
    expect(table.rows).toEqual([
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 4, cells: ['2', 'z'] },
    ]);
  });

  it('reads a file whose header ends in CRLF and whose rows end in LF', () => {
    const table = parseCsv('A;B\r\n1;x\n2;y\n3;z\n');
    expect(table.headers).toEqual(['A', 'B']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['1', 'x'] },
      { line: 3, cells: ['2', 'y'] },
      { line: 4, cells: ['3', 'z'] },
    ]);
  });

  it('skips a title line above the header but counts it', () => {
    const table = parseCsv('Export från KIA 2026-01-08\n\nA;B\n1;2');
    expect(table.headers).toEqual(['A', 'B']);
    expect(table.rows).toEqual([{ line: 4, cells: ['1', '2'] }]);
  });

  it('refuses a quote that never closes, naming its row', () => {
    expect(() => parseCsv('A;B\n1;2\n3;"öppen\n4;5\n')).toThrowError(
      new TableReadError('Filen kan inte läsas: citattecknet som börjar på rad 3 avslutas aldrig.'),
    );
  });

  it('refuses a file without a header', () => {
    expect(() => parseCsv('')).toThrowError(TableReadError);
    expect(() => parseCsv('bara en rad')).toThrowError('Filen saknar en rubrikrad med kolumnnamn.');
  });
});

describe('decodeText and readCsv', () => {
  it('reads UTF-8 with and without BOM', () => {
    const utf8 = new TextEncoder().encode('Händelsetyp;Enhet\nTillbud;Åsen');
    expect(decodeText(bytes([0xef, 0xbb, 0xbf, ...utf8]))).toBe('Händelsetyp;Enhet\nTillbud;Åsen');
    expect(decodeText(bytes(utf8))).toBe('Händelsetyp;Enhet\nTillbud;Åsen');
  });

  it('falls back to Windows-1252, as older Excel saves CSV', async () => {
    // "Händelsetyp;Enhet\nTillbud;Åsen" in Windows-1252: ä = 0xE4, Å = 0xC5.
    const latin = bytes([
      ...'H'.split('').map((c) => c.charCodeAt(0)),
      0xe4,
      ...'ndelsetyp;Enhet\nTillbud;'.split('').map((c) => c.charCodeAt(0)),
      0xc5,
      ...'sen'.split('').map((c) => c.charCodeAt(0)),
    ]);
    const table = await readCsv(latin);
    expect(table.headers).toEqual(['Händelsetyp', 'Enhet']);
    expect(table.rows[0]?.cells).toEqual(['Tillbud', 'Åsen']);
  });
});
