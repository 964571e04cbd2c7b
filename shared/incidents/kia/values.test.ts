import { describe, expect, it } from 'vitest';
import { parseDateCell, parseTimeCell, parseYesNo } from './values';

describe('parseDateCell', () => {
  it.each([
    ['2025-03-14', { date: '2025-03-14', time: null }],
    ['2025-3-4', { date: '2025-03-04', time: null }],
    ['2025/03/14', { date: '2025-03-14', time: null }],
    ['2025.03.14', { date: '2025-03-14', time: null }],
    ['20250314', { date: '2025-03-14', time: null }],
    ['2025-03-14 08:30', { date: '2025-03-14', time: '08:30' }],
    ['2025-03-14T8.30', { date: '2025-03-14', time: '08:30' }],
    ['2025-03-14 08:30:59', { date: '2025-03-14', time: '08:30' }],
    ['2025-03-14 00:00', { date: '2025-03-14', time: null }],
    ['2024-02-29', { date: '2024-02-29', time: null }],
    ['2000-02-29', { date: '2000-02-29', time: null }],
    ['  2025-03-14 ', { date: '2025-03-14', time: null }],
    // Excel serials: 45730 is 2025-03-14; .5 is noon.
    ['45730', { date: '2025-03-14', time: null }],
    ['45730.5', { date: '2025-03-14', time: '12:00' }],
    ['45351', { date: '2024-02-29', time: null }],
  ])('reads %j', (text, expected) => expect(parseDateCell(text)).toEqual(expected));

  it('returns null for an empty cell', () => {
    expect(parseDateCell('')).toBeNull();
    expect(parseDateCell('   ')).toBeNull();
  });

  it.each([
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '20250230',
    '14/3/2025',
    '3/14/2025',
    '14.3.2025',
    '2025-03-14 25:00',
    '2025-03-14 12:60',
    '1850-01-01',
    'igår',
    '2025',
    '123',
  ])('refuses %j', (text) => expect(parseDateCell(text)).toBeUndefined());
});

describe('parseTimeCell', () => {
  it.each([
    ['08:30', '08:30'],
    ['8:30', '08:30'],
    ['8.30', '08:30'],
    ['kl. 08.30', '08:30'],
    ['Kl 8.30', '08:30'],
    ['08:30:15', '08:30'],
    ['0830', '08:30'],
    ['23:59', '23:59'],
    ['00:00', '00:00'],
    ['0.30', '00:30'],
    // Excel day fractions: 0.5 = 12:00, 0.3541666… = 08:30.
    ['0.5', '12:00'],
    ['0.354166666666667', '08:30'],
    ['.75', '18:00'],
  ])('reads %j as %s', (text, expected) => expect(parseTimeCell(text)).toBe(expected));

  it('returns null for an empty cell', () => expect(parseTimeCell(' ')).toBeNull());

  it.each(['24:00', '12:60', '2400', 'eftermiddag', '8', '1.5'])('refuses %j', (text) =>
    expect(parseTimeCell(text)).toBeUndefined(),
  );
});

describe('parseYesNo', () => {
  it.each(['Ja', 'ja', 'JA', 'J', 'x', 'X', '1', 'true', 'Sant', 'yes'])('%j is yes', (text) =>
    expect(parseYesNo(text)).toBe(true),
  );
  it.each(['Nej', 'nej', 'N', '0', 'false', 'Falskt', 'no', '', '  '])('%j is no', (text) =>
    expect(parseYesNo(text)).toBe(false),
  );
  it.each(['Kanske', 'ja?', '2'])('%j is neither', (text) =>
    expect(parseYesNo(text)).toBeUndefined(),
  );
});
