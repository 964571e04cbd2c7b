import { z } from 'zod';
import { isoDate } from '@shared/schemas/common';
import type { SamDatabase } from './db';
import { deleteSetting, setSetting } from './settings-repo';
import { validate } from './validate';

/*
 * The cover memo ("tjänsteskrivelse") that goes with the annual report to the board: one per node
 * and year, kept in the settings table under `memo:${nodeId}:${year}`. Only an edited memo is
 * stored; without one the export uses the proposal made from the report (export/memo.ts).
 */

const line = (max: number, what: string) =>
  z.string().trim().max(max, `${what} får vara högst ${max} tecken`);
const block = (max: number, what: string) =>
  z.string().max(max, `${what} får vara högst ${max} tecken`);

export const memoSchema = z.strictObject({
  /** The board the memo goes to ("Socialnämnden"). */
  board: line(200, 'Nämnd'),
  /** Registration number ("SN/2026:00220"); empty until the registrar gives one. */
  caseNumber: line(60, 'Diarienummer'),
  /** Who wrote the memo (handläggare). */
  officer: line(200, 'Handläggare'),
  /** YYYY-MM-DD */
  date: isoDate,
  title: line(300, 'Rubrik').min(1, 'Rubrik saknas'),
  proposal: block(4000, 'Förslag till beslut').refine(
    (value) => value.trim() !== '',
    'Förslag till beslut saknas',
  ),
  summary: block(8000, 'Sammanfattning'),
  matter: block(20000, 'Ärendet'),
  economy: block(4000, 'Ekonomiska konsekvenser'),
  /** One document per line. */
  basis: block(4000, 'Underlag för beslut'),
  /** One person per line ("Socialdirektör Anna Andersson"). */
  approvedBy: block(2000, 'Fastställd av'),
  /** One recipient per line. */
  sendTo: block(2000, 'Skickas till'),
});
export type Memo = z.infer<typeof memoSchema>;

export function memoKey(nodeId: string, year: number): string {
  return `memo:${nodeId}:${year}`;
}

/**
 * The stored memo of a node and year; undefined when none was saved. A stored value that no
 * longer passes the schema (an older version, a hand-edited backup) is treated as absent, so the
 * proposal from the report is offered instead of an error.
 */
export async function getMemo(
  db: SamDatabase,
  nodeId: string,
  year: number,
): Promise<Memo | undefined> {
  const row = await db.settings.get(memoKey(nodeId, year));
  if (!row) return undefined;
  const parsed = memoSchema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

/** Saves the edited memo (validated; a refusal throws ValidationError and stores nothing). */
export async function saveMemo(
  db: SamDatabase,
  nodeId: string,
  year: number,
  memo: Memo,
): Promise<Memo> {
  const clean = validate(memoSchema, memo);
  await setSetting(db, memoKey(nodeId, year), clean);
  return clean;
}

/** Forgets the edited memo: the proposal made from the report applies again. */
export async function deleteMemo(db: SamDatabase, nodeId: string, year: number): Promise<void> {
  await deleteSetting(db, memoKey(nodeId, year));
}
