/**
 * The personal-data guard: finds Swedish personal identity numbers (personnummer, and
 * samordningsnummer whose day is the birth day + 60) in free text, so a form can warn and offer to
 * mask them before an incident text is stored or sent upward.
 *
 * Notations (Skatteverket): YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYYYMMDDNNNN,
 * YYYYMMDD-NNNN and YYMMDDNNNN. A candidate counts only if its date part is a real date and the
 * ten-digit form passes the Luhn check, so plain dates, phone numbers and other digit runs are left
 * alone. A candidate inside a longer run of digits is not one.
 */

import { isRealDate } from './calendar';

export type IdentityNumberKind = 'personnummer' | 'samordningsnummer';

export interface IdentityNumberMatch {
  /** Offsets into the text: text.slice(start, end) === match. */
  start: number;
  end: number;
  match: string;
  kind: IdentityNumberKind;
}

export interface FindOptions {
  /**
   * The year the text is read in. YYMMDD-NNNN belongs to someone under 100, so the century is the
   * one that puts the birth year at or before this year (it decides whether 000229 is a date).
   */
  referenceYear?: number;
}

/*
 * Optional century, YYMMDD, an optional separator (hyphen, or the typographic hyphens and en dash
 * word processors put in its place, or +), four digits; never touching other digits.
 */
const CANDIDATE = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})([-+\u2010\u2011\u2013]?)(\d{4})(?!\d)/g;

/* What usually stands before a phone number written as ten bare digits ("tel 0701234567"). */
const PHONE_CUE =
  /(?<!\p{L})(?:tel(?:efon)?(?:nummer|nr)?|tfn|mobil(?:nummer|nr)?|mob|sms|ring(?:er|de|a)?)\.?:?\s*$/iu;
const PHONE_CUE_WINDOW = 20;
const SIX_DIGITS = /\d{6}/;

/** Luhn (mod 10) over the ten-digit form YYMMDDNNNN: weights 2,1,2,1,… from the left. */
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const digit = tenDigits.charCodeAt(i) - 48;
    const product = i % 2 === 0 ? digit * 2 : digit;
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === 0;
}

/** The birth years a two-digit year can stand for, given the separator. */
function candidateYears(yy: number, separator: string, referenceYear: number): number[] {
  const underHundred = referenceYear - ((((referenceYear - yy) % 100) + 100) % 100);
  if (separator === '+') return [underHundred - 100];
  if (separator === '') return [underHundred, underHundred - 100];
  return [underHundred];
}

function dayKind(
  years: readonly number[],
  month: number,
  day: number,
): IdentityNumberKind | undefined {
  const coordination = day > 60;
  const birthDay = coordination ? day - 60 : day;
  if (!years.some((year) => isRealDate(year, month, birthDay))) return undefined;
  return coordination ? 'samordningsnummer' : 'personnummer';
}

function looksLikePhoneNumber(text: string, start: number, separator: string): boolean {
  if (separator !== '') return false;
  const before = text.slice(Math.max(0, start - PHONE_CUE_WINDOW), start);
  return PHONE_CUE.test(before);
}

/** Every personnummer and samordningsnummer in the text, in order. */
export function findPersonalIdentityNumbers(
  text: string,
  options: FindOptions = {},
): IdentityNumberMatch[] {
  // Most texts hold no six digits in a row: skip the full scan for them.
  if (!SIX_DIGITS.test(text)) return [];
  const referenceYear = options.referenceYear ?? new Date().getFullYear();
  const found: IdentityNumberMatch[] = [];
  for (const candidate of text.matchAll(CANDIDATE)) {
    const [match, century, yy = '', mm = '', dd = '', separator = '', serial = ''] = candidate;
    const start = candidate.index;
    let years: number[];
    if (century !== undefined) {
      // The twelve-digit forms carry their century and never use '+'.
      if (separator === '+' || !['18', '19', '20'].includes(century)) continue;
      years = [Number(century + yy)];
    } else {
      years = candidateYears(Number(yy), separator, referenceYear);
    }
    const kind = dayKind(years, Number(mm), Number(dd));
    if (kind === undefined) continue;
    if (!luhnValid(yy + mm + dd + serial)) continue;
    if (century === undefined && looksLikePhoneNumber(text, start, separator)) continue;
    found.push({ start, end: start + match.length, match, kind });
  }
  return found;
}

/** What a masked number is replaced with: says what was there, keeps the sentence readable. */
export const MASK_TEXT: Record<IdentityNumberKind, string> = {
  personnummer: '[personnummer borttaget]',
  samordningsnummer: '[samordningsnummer borttaget]',
};

/** The text with every personnummer and samordningsnummer replaced by MASK_TEXT. */
export function maskPersonalIdentityNumbers(text: string, options: FindOptions = {}): string {
  const matches = findPersonalIdentityNumbers(text, options);
  if (matches.length === 0) return text;
  let result = '';
  let from = 0;
  for (const { start, end, kind } of matches) {
    result += text.slice(from, start) + MASK_TEXT[kind];
    from = end;
  }
  return result + text.slice(from);
}

/** True when the text holds at least one number (cheap check for a form's warning). */
export function containsPersonalIdentityNumber(text: string, options: FindOptions = {}): boolean {
  return findPersonalIdentityNumbers(text, options).length > 0;
}
