import { isRealDate } from '../calendar';

/*
 * Cell values as exports write them. Dates: YYYY-MM-DD (also with / or . and with a time after
 * it), YYYYMMDD, or an Excel serial day number when a sheet column was not formatted as a date.
 * Day-first and month-first forms (14/3/2025, 3/14/2025) are refused rather than guessed.
 */

export interface DateTimeValue {
  date: string;
  /** HH:MM when the cell also held a time. */
  time: string | null;
}

const ISO_DATE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const EXCEL_SERIAL = /^(\d{5})(\.\d+)?$/;
const CLOCK = /^(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/i;
const COMPACT_CLOCK = /^(\d{2})(\d{2})$/;
/* Checked after CLOCK, so "0.30" is half past midnight and "0.354166" a fraction of a day. */
const DAY_FRACTION = /^0?\.\d+$/;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const MINUTES_PER_DAY = 24 * 60;
const MS_PER_DAY = 86_400_000;
/* Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29, so later serials line up). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const pad = (n: number) => String(n).padStart(2, '0');

function clock(hours: number, minutes: number): string | undefined {
  if (hours > 23 || minutes > 59) return undefined;
  return `${pad(hours)}:${pad(minutes)}`;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || !isRealDate(year, month, day)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fromDayFraction(fraction: number): string {
  const minutes = Math.min(Math.round(fraction * MINUTES_PER_DAY), MINUTES_PER_DAY - 1);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A date cell; null when empty, undefined when it holds something that is not a date. */
export function parseDateCell(text: string): DateTimeValue | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const [, y, m, d, hh, mm] = iso;
    const date = isoDate(Number(y), Number(m), Number(d));
    if (date === undefined) return undefined;
    if (hh === undefined || mm === undefined) return { date, time: null };
    const time = clock(Number(hh), Number(mm));
    return time === undefined ? undefined : { date, time: time === '00:00' ? null : time };
  }
  const compact = COMPACT_DATE.exec(value);
  if (compact) {
    const [, y, m, d] = compact;
    const date = isoDate(Number(y), Number(m), Number(d));
    return date === undefined ? undefined : { date, time: null };
  }
  const serial = EXCEL_SERIAL.exec(value);
  if (serial) {
    const days = Number(serial[1]);
    const at = new Date(EXCEL_EPOCH + days * MS_PER_DAY);
    const date = isoDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
    if (date === undefined) return undefined;
    const fraction = serial[2] === undefined ? 0 : Number(serial[2]);
    return { date, time: fraction > 0 ? fromDayFraction(fraction) : null };
  }
  return undefined;
}

/** A time cell (08:30, 8.30, kl. 08.30, 0830, or Excel's day fraction); null when empty. */
export function parseTimeCell(text: string): string | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const match = CLOCK.exec(value) ?? COMPACT_CLOCK.exec(value);
  if (match) return clock(Number(match[1]), Number(match[2]));
  if (DAY_FRACTION.test(value)) return fromDayFraction(Number(value));
  return undefined;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falskt', '0', '']);

/** Ja/Nej and the other ways exports write a yes or no; undefined when it is neither. */
export function parseYesNo(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}
