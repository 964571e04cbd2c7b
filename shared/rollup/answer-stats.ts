import type { AnswerValue } from '../schemas/followup';

/** Counts of Ja / Delvis / Nej / Vet ej, and n = how many answered. */
export interface AnswerCounts {
  ja: number;
  delvis: number;
  nej: number;
  vetej: number;
  n: number;
}

export function emptyCounts(): AnswerCounts {
  return { ja: 0, delvis: 0, nej: 0, vetej: 0, n: 0 };
}

/** Counts the given answers; unanswered (null) ones are not part of n. */
export function countAnswers(values: Iterable<AnswerValue | null>): AnswerCounts {
  const counts = emptyCounts();
  for (const value of values) {
    if (value === null) continue;
    counts[value] += 1;
    counts.n += 1;
  }
  return counts;
}

/** Adds b into a (for summing units into a section, sections into an administration). */
export function addCounts(a: AnswerCounts, b: AnswerCounts): AnswerCounts {
  return {
    ja: a.ja + b.ja,
    delvis: a.delvis + b.delvis,
    nej: a.nej + b.nej,
    vetej: a.vetej + b.vetej,
    n: a.n + b.n,
  };
}

/** Each value's share of the answers given (0 when nobody answered), as in the seed's report. */
export function answerShares(counts: AnswerCounts): Record<AnswerValue, number> {
  const of = (k: number) => (counts.n === 0 ? 0 : k / counts.n);
  return {
    ja: of(counts.ja),
    delvis: of(counts.delvis),
    nej: of(counts.nej),
    vetej: of(counts.vetej),
  };
}
