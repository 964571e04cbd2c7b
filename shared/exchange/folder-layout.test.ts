import { describe, expect, it } from 'vitest';
import {
  folderLocation,
  nodeSegment,
  packageFileName,
  parseFolderLocation,
  parseNodeSegment,
  parsePackageFileName,
  temporaryFileName,
} from './folder-layout';

const SAFE_SEGMENT = /^(?!\.)[A-Za-z0-9._~-]+(?<!\.)$/;

describe('nodeSegment', () => {
  it.each([
    ['enhet-1', 'enhet-1'],
    ['Förvaltning', 'F~c3~b6rvaltning'],
    ['a/b', 'a~2fb'],
    ['a\\b', 'a~5cb'],
    ['..', '~2e~2e'],
    ['.', '~2e'],
    ['.dold', '~2edold'],
    ['slut.', 'slut~2e'],
    ['v1.2_x', 'v1.2_x'],
    ['~', '~7e'],
    ['a b', 'a~20b'],
    ['CON', '~43ON'],
    ['nul.txt', '~6eul.txt'],
    ['com1', '~63om1'],
    ['console', 'console'],
    ['C:', 'C~3a'],
  ])('%j → %j', (nodeId, segment) => {
    expect(nodeSegment(nodeId)).toBe(segment);
    expect(parseNodeSegment(segment)).toBe(nodeId);
  });

  it('is reversible and safe for every id, including emoji, controls and path syntax', () => {
    const ids = [
      '3f2a91c0-1b2c-4d5e-8f90-0123456789ab',
      '../../etc/passwd',
      '/abs',
      'C:\\Windows',
      'tab\there',
      'nyrad\n',
      '😀 grupp',
      '%41',
      '~41',
      'a~2fb',
      'ÅÄÖ',
      ' ',
      '.a.',
    ];
    for (const id of ids) {
      const segment = nodeSegment(id);
      expect(segment, id).not.toBeNull();
      expect(segment).toMatch(SAFE_SEGMENT);
      expect(parseNodeSegment(segment ?? ''), id).toBe(id);
    }
    // Different ids never share a segment.
    expect(new Set(ids.map(nodeSegment)).size).toBe(ids.length);
  });

  it('gives null for an empty id or one too long for a file name', () => {
    expect(nodeSegment('')).toBeNull();
    expect(nodeSegment('x'.repeat(255))).toBe('x'.repeat(255));
    expect(nodeSegment('x'.repeat(256))).toBeNull();
    expect(nodeSegment('å'.repeat(50))).toBeNull(); // 50 × "~c3~a5" = 300 characters
  });

  it('reads back only the one spelling it makes', () => {
    for (const segment of [
      '',
      '.',
      '..',
      '.dold',
      'slut.',
      'a b',
      'a/b',
      '~41', // "A" is written as itself
      '~2E', // upper-case hex
      '~2',
      '~zz',
      '~c3', // half a UTF-8 character
      'CON',
      'ä',
    ]) {
      expect(parseNodeSegment(segment), segment).toBeNull();
    }
  });
});

describe('package file names', () => {
  it('names reports by revision and returns with retur-', () => {
    expect(packageFileName('report', 1)).toBe('1.samx');
    expect(packageFileName('return', 12)).toBe('retur-12.samx');
    expect(parsePackageFileName('12.samx')).toEqual({ kind: 'report', revision: 12 });
    expect(parsePackageFileName('retur-3.samx')).toEqual({ kind: 'return', revision: 3 });
    expect(parsePackageFileName('1000000.samx')).toEqual({ kind: 'report', revision: 1_000_000 });
  });

  it.each([
    '0.samx',
    '01.samx',
    '1000001.samx',
    '1.SAMX',
    '1.samx.tmp',
    '.1.samx.tmp',
    '.1.samx.3f2a.tmp',
    'retur-.samx',
    'Retur-1.samx',
    'retur-1.samx ',
    '1.zip',
    '../1.samx',
    'a/1.samx',
    '-1.samx',
    '1e3.samx',
  ])('ignores %j', (file) => {
    expect(parsePackageFileName(file)).toBeNull();
  });

  it('hides temporary names and keeps them out of the parser', () => {
    const temporary = temporaryFileName('2.samx', '3f2a91c0-1b2c-4d5e-8f90-0123456789ab');
    expect(temporary).toBe('.2.samx.3f2a91c0-1b2c-4d5e-8f90-0123456789ab.tmp');
    expect(temporaryFileName('2.samx', '../x/y')).toBe('.2.samx.xy.tmp');
    expect(parsePackageFileName(temporary)).toBeNull();
  });
});

describe('folderLocation / parseFolderLocation', () => {
  it('round trips a location', () => {
    const location = folderLocation({ year: 2026, nodeId: 'a/b', kind: 'return', revision: 4 });
    expect(location).toEqual({
      year: 2026,
      nodeId: 'a/b',
      kind: 'return',
      revision: 4,
      yearSegment: '2026',
      nodeSegment: 'a~2fb',
      file: 'retur-4.samx',
    });
    expect(parseFolderLocation('2026', 'a~2fb', 'retur-4.samx')).toEqual(location);
  });

  it('throws for a year, revision or node id with no place in the layout', () => {
    for (const year of [1999, 2101, 2026.5, Number.NaN]) {
      expect(() => folderLocation({ year, nodeId: 'a', kind: 'report', revision: 1 })).toThrow(
        /Ogiltigt år/,
      );
    }
    for (const revision of [0, -1, 1.5, 1_000_001]) {
      expect(() => folderLocation({ year: 2026, nodeId: 'a', kind: 'report', revision })).toThrow(
        /Ogiltig revision/,
      );
    }
    expect(() => folderLocation({ year: 2026, nodeId: '', kind: 'report', revision: 1 })).toThrow(
      /mappnamn/,
    );
  });

  it.each([
    ['26', 'a', '1.samx'],
    ['1999', 'a', '1.samx'],
    ['2026 ', 'a', '1.samx'],
    ['..', 'a', '1.samx'],
    ['2026', '..', '1.samx'],
    ['2026', 'a b', '1.samx'],
    ['2026', 'a', '.1.samx.tmp'],
    ['2026', 'a', 'notes.txt'],
  ])('ignores %j/%j/%j', (year, segment, file) => {
    expect(parseFolderLocation(year, segment, file)).toBeNull();
  });
});
