import { describe, expect, it } from 'vitest';
import {
  MASK_TEXT,
  containsPersonalIdentityNumber,
  findPersonalIdentityNumbers,
  luhnValid,
  maskPersonalIdentityNumbers,
} from './personnummer';

/*
 * Every number below was worked out independently of the code under test (Luhn over YYMMDDNNNN,
 * weights 2,1,2,…). Valid: 8112189876, 8507091232, 1212121212, 0402294565, 0002291235 (2000-02-29),
 * samordningsnummer 8507691239 (day 69 = 9th) and 8507911231 (day 91 = 31st). Each with its last
 * digit plus one fails Luhn. 8702301238 (30 Feb), 8507321233 (32 July), 0602294563 (29 Feb
 * 2006/1906), 8513091234 (month 13), 8507001231 (day 0) and 8507921230 (day 92 − 60 = 32) pass
 * Luhn but are no dates.
 */
const year = { referenceYear: 2026 };
const find = (text: string) => findPersonalIdentityNumbers(text, year);
const matches = (text: string) => find(text).map((found) => found.match);

describe('luhnValid', () => {
  it.each(['8112189876', '8507091232', '1212121212', '0402294565', '8507691239'])(
    'accepts %s',
    (digits) => expect(luhnValid(digits)).toBe(true),
  );
  it.each(['8112189877', '8507091233', '1212121213', '0402294566', '8507691230', '123', 'abc'])(
    'rejects %s',
    (digits) => expect(luhnValid(digits)).toBe(false),
  );
});

describe('findPersonalIdentityNumbers: every notation', () => {
  it.each([
    ['YYMMDD-NNNN', '811218-9876'],
    ['YYMMDD+NNNN', '811218+9876'],
    ['YYYYMMDDNNNN', '198112189876'],
    ['YYYYMMDD-NNNN', '19811218-9876'],
    ['YYMMDDNNNN', '8112189876'],
    ['YYMMDD–NNNN (en dash from a word processor)', '811218\u20139876'],
    ['YYMMDD‑NNNN (non-breaking hyphen)', '811218\u20119876'],
  ])('flags %s', (_notation, number) => {
    const text = `Den skadade (${number}) halkade i trappan.`;
    expect(find(text)).toEqual([
      { start: 13, end: 13 + number.length, match: number, kind: 'personnummer' },
    ]);
  });

  it('flags numbers at the very start and end of the text and on their own', () => {
    expect(matches('850709-1232')).toEqual(['850709-1232']);
    expect(matches('850709-1232 och 121212-1212')).toEqual(['850709-1232', '121212-1212']);
    expect(matches('Pnr:850709-1232.')).toEqual(['850709-1232']);
    expect(matches('pnr 19850709-1232, tel saknas')).toEqual(['19850709-1232']);
  });

  it('flags numbers between letters and across lines', () => {
    expect(matches('A850709-1232B')).toEqual(['850709-1232']);
    expect(matches('Rad ett\n8507091232\nrad tre')).toEqual(['8507091232']);
  });

  it('finds samordningsnummer (day + 60) and says so', () => {
    expect(find('Samordningsnr 850769-1239')).toEqual([
      { start: 14, end: 25, match: '850769-1239', kind: 'samordningsnummer' },
    ]);
    expect(find('198507911231')[0]?.kind).toBe('samordningsnummer');
    expect(find('8507911231')[0]?.kind).toBe('samordningsnummer');
  });

  it('accepts 29 February only in leap years, with the century the separator implies', () => {
    expect(matches('040229-4565')).toEqual(['040229-4565']);
    expect(matches('000229-1235')).toEqual(['000229-1235']); // 2000: a leap year
    expect(matches('20000229-1235')).toEqual(['20000229-1235']);
    expect(matches('000229+1235')).toEqual([]); // 1900 was no leap year
    expect(matches('19000229-1235')).toEqual([]);
    expect(matches('0002291235')).toEqual(['0002291235']); // no separator: either century
    expect(matches('060229-4563')).toEqual([]); // neither 2006 nor 1906
    expect(matches('8507691239 870230-1238')).toEqual(['8507691239']);
  });

  it('uses the reference year to choose the century of YYMMDD-NNNN', () => {
    // In 2099 "00" means 2000 (leap), in 1999 it means 1900 (not leap).
    expect(findPersonalIdentityNumbers('000229-1235', { referenceYear: 2099 })).toHaveLength(1);
    expect(findPersonalIdentityNumbers('000229-1235', { referenceYear: 1999 })).toHaveLength(0);
  });
});

describe('findPersonalIdentityNumbers: what it leaves alone', () => {
  it.each([
    ['Luhn-invalid YYMMDD-NNNN', '811218-9877'],
    ['Luhn-invalid YYMMDD+NNNN', '811218+9877'],
    ['Luhn-invalid YYYYMMDDNNNN', '198112189877'],
    ['Luhn-invalid YYYYMMDD-NNNN', '19811218-9877'],
    ['Luhn-invalid YYMMDDNNNN', '8112189877'],
    ['Luhn-invalid samordningsnummer', '850769-1230'],
    ['30 February', '870230-1238'],
    ['32 July', '850732-1233'],
    ['month 13', '851309-1234'],
    ['day 00', '850700-1231'],
    ['samordningsnummer day 92 (the 32nd)', '850792-1230'],
    ['ISO date', '2025-03-14'],
    ['compact date', '20250314'],
    ['date and time', '2025-03-14 14:30'],
    ['short date', '250314'],
    ['date range', '20250314-20250320'],
    ['mobile number', '070-123 45 69'],
    ['mobile number, one group', '070-1234569'],
    ['landline', '08-123 456 78'],
    ['international mobile', '+46701234569'],
    ['phone number after "tel"', 'tel 0701234569'],
    ['phone number after "Mobil:"', 'Mobil: 0701234569'],
    ['phone number after "ring"', 'ring 0701234569'],
    ['twelve digits with a plus', '19811218+9876'],
    ['twelve digits from an unknown century', '218112189876'],
    ['inside a longer digit run (before)', '18112189876'],
    ['inside a longer digit run (after)', '81121898761'],
    ['inside a longer digit run (both)', '4198112189876'],
    ['serial with five digits', '811218-98765'],
    ['amounts and ids', 'Ärende 123456, kostnad 2 500 kr, avtal 12345678901234'],
    ['empty text', ''],
  ])('ignores %s', (_what, text) => {
    expect(find(`Text: ${text} slut`)).toEqual([]);
    expect(containsPersonalIdentityNumber(text, year)).toBe(false);
  });

  it('still flags a bare ten-digit number that is not introduced as a phone number', () => {
    // 0701234569 is Luhn-valid and 2007-01-23 a date: without a cue it is a personnummer.
    expect(matches('Personen 0701234569 skadades')).toEqual(['0701234569']);
    expect(matches('Telefon 070-123 45 69, pnr 070123-4569')).toEqual(['070123-4569']);
    // A cue word must stand on its own: "beskrivning" does not end in the word "ring".
    expect(matches('Beskrivning 0701234569')).toEqual(['0701234569']);
  });
});

describe('maskPersonalIdentityNumbers', () => {
  it('replaces each number with a readable marker and keeps the rest', () => {
    expect(
      maskPersonalIdentityNumbers(
        'Anna (850709-1232) och Bo 198507691239 skadades 2025-03-14.',
        year,
      ),
    ).toBe(
      `Anna (${MASK_TEXT.personnummer}) och Bo ${MASK_TEXT.samordningsnummer} skadades 2025-03-14.`,
    );
  });

  it('uses Swedish markers', () => {
    expect(maskPersonalIdentityNumbers('8507091232', year)).toBe('[personnummer borttaget]');
    expect(maskPersonalIdentityNumbers('8507691239', year)).toBe('[samordningsnummer borttaget]');
  });

  it('returns the text unchanged when there is nothing to mask', () => {
    const text = 'Halkade 2025-03-14, tel 0701234569, ärende 811218-9877.';
    expect(maskPersonalIdentityNumbers(text, year)).toBe(text);
  });

  it('masks adjacent numbers and numbers across lines', () => {
    expect(maskPersonalIdentityNumbers('850709-1232,121212-1212\n8112189876', year)).toBe(
      '[personnummer borttaget],[personnummer borttaget]\n[personnummer borttaget]',
    );
  });

  it('leaves nothing behind that the detector would still find', () => {
    const masked = maskPersonalIdentityNumbers(
      '811218-9876 811218+9876 198112189876 19811218-9876 8112189876',
      year,
    );
    expect(find(masked)).toEqual([]);
    expect(masked.match(/borttaget/g)).toHaveLength(5);
  });

  it('defaults the reference year to now', () => {
    expect(containsPersonalIdentityNumber('850709-1232')).toBe(true);
  });
});
