/**
 * Calendar arithmetic on YYYY-MM-DD strings in UTC, so generated dates never depend on the time
 * zone of the machine that runs the generator.
 */
import type { Random } from './prng';

const DAY_MS = 86_400_000;

export function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function toUtc(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** The last day of the month `monthsAhead` months after the month of `date` ("klart i juni"). */
export function endOfMonth(date: string, monthsAhead: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return isoDate(year, month + monthsAhead + 1, 0);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date in [from, to], both inclusive; `from` when the range is empty. */
export function randomDate(random: Random, from: string, to: string): string {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addDays(from, random.int(0, span));
}

/** A working day (Monday–Friday) in [from, to], or `from` when there is none. */
export function randomWorkday(random: Random, from: string, to: string): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const date = randomDate(random, from, to);
    const weekday = new Date(toUtc(date)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return date;
  }
  return from;
}

/** An instant on a date, as stored in createdAt/updatedAt fields. */
export function timestamp(date: string, hour: number, minute = 0): string {
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return `${date}T${hh}:${mm}:00.000Z`;
}

/** The calendar date the user sees for `today` (local time, as defaultFollowUpYear reads it). */
export function localIsoDate(today: Date): string {
  return isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate());
}
