import type { Survey } from '../schemas/summary';
import { HME_ITEMS, meanToIndex } from '../demo/hme';

/**
 * Hållbart medarbetarengagemang (HME, SKR): nine questions answered 1–5 in three sub-indices of
 * three questions each. An answer x counts (x − 1) × 25 on 0–100; a question's index is the mean
 * over its answers (= (mean − 1) × 25), a sub-index the mean of its three questions' indices and
 * HME the mean of all nine (../docs/DOMAIN.md). The question keys and texts are HME_ITEMS.
 */

export { HME_ITEMS, meanToIndex };

export type HmeItemKey = (typeof HME_ITEMS)[number]['key'];
export type SubIndexKey = 'motivation' | 'ledarskap' | 'styrning';

export const SUB_INDICES: readonly { key: SubIndexKey; label: string; items: HmeItemKey[] }[] = [
  {
    key: 'motivation',
    label: 'Motivation',
    items: ['motivation-1', 'motivation-2', 'motivation-3'],
  },
  { key: 'ledarskap', label: 'Ledarskap', items: ['ledarskap-1', 'ledarskap-2', 'ledarskap-3'] },
  { key: 'styrning', label: 'Styrning', items: ['styrning-1', 'styrning-2', 'styrning-3'] },
];

/** How many answered 1, 2, 3, 4 and 5 (in that order). */
export type Distribution = readonly [number, number, number, number, number];

/** The index 0–100 one answer on 1–5 counts as. */
export function answerIndex(answer: 1 | 2 | 3 | 4 | 5): number {
  return (answer - 1) * 25;
}

/** A count must be a whole number ≥ 0. */
export function isValidDistribution(values: readonly number[]): values is Distribution {
  return values.length === 5 && values.every((v) => Number.isInteger(v) && v >= 0);
}

export interface DistributionResult {
  /** Number of answers. */
  n: number;
  /** Mean on 1–5. */
  mean: number;
  /** Index on 0–100: the mean of (x − 1) × 25 over the answers. */
  index: number;
}

/** Mean and index of one question's answers; null when nobody answered. */
export function fromDistribution(distribution: Distribution): DistributionResult | null {
  const n = distribution.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const sum = distribution.reduce((acc, count, i) => acc + count * (i + 1), 0);
  const indexSum = distribution.reduce(
    (acc, count, i) => acc + count * answerIndex((i + 1) as 1 | 2 | 3 | 4 | 5),
    0,
  );
  return { n, mean: sum / n, index: indexSum / n };
}

const average = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export interface HmeResult {
  /** Each sub-index on 0–100; null unless all three of its questions have a mean. */
  subIndices: Record<SubIndexKey, number | null>;
  /** HME on 0–100; null unless all nine questions have a mean. */
  total: number | null;
}

/** Sub-indices and HME from the nine questions' means (1–5), by question key. */
export function hmeFromMeans(means: ReadonlyMap<string, number | null>): HmeResult {
  const indexOf = (key: string) => {
    const mean = means.get(key);
    return mean === undefined || mean === null ? null : meanToIndex(mean);
  };
  const ofItems = (keys: readonly string[]) => {
    const indices = keys.map(indexOf);
    return indices.every((i) => i !== null) ? average(indices as number[]) : null;
  };
  const itemsOf = (key: SubIndexKey) => SUB_INDICES.find((s) => s.key === key)?.items ?? [];
  const subIndices: Record<SubIndexKey, number | null> = {
    motivation: ofItems(itemsOf('motivation')),
    ledarskap: ofItems(itemsOf('ledarskap')),
    styrning: ofItems(itemsOf('styrning')),
  };
  const total = ofItems(HME_ITEMS.map((item) => item.key));
  return { subIndices, total };
}

/** The same for a stored survey (its items' means). */
export function hmeOfSurvey(survey: Pick<Survey, 'items'>): HmeResult {
  return hmeFromMeans(new Map(survey.items.map((item) => [item.key, item.mean])));
}

/**
 * The survey's HME: the stored value when there is one (what the survey tool reported), else
 * computed from the nine means.
 */
export function surveyHme(survey: Pick<Survey, 'items' | 'hme'>): number | null {
  return survey.hme ?? hmeOfSurvey(survey).total;
}

export interface RankedItem {
  key: string;
  label: string;
  mean: number;
}

/**
 * Strengths and questions to improve on the 1–5 scale, as in the seed's report: the `count`
 * questions with the highest means and the `count` with the lowest (a question is in one list
 * only; ties keep the survey's question order).
 */
export function strengthsAndImprovements(
  items: Survey['items'],
  count = 3,
): { strengths: RankedItem[]; improvements: RankedItem[] } {
  const ranked = items
    .map((item, order) => ({ item, order }))
    .filter((x): x is { item: Survey['items'][number] & { mean: number }; order: number } =>
      Number.isFinite(x.item.mean),
    );
  const byHigh = [...ranked].sort((a, b) => b.item.mean - a.item.mean || a.order - b.order);
  const strengths = byHigh.slice(0, Math.min(count, Math.ceil(ranked.length / 2)));
  const taken = new Set(strengths.map((s) => s.order));
  const improvements = [...ranked]
    .filter((x) => !taken.has(x.order))
    .sort((a, b) => a.item.mean - b.item.mean || a.order - b.order)
    .slice(0, count);
  const plain = (x: { item: { key: string; label: string; mean: number } }): RankedItem => ({
    key: x.item.key,
    label: x.item.label,
    mean: x.item.mean,
  });
  return { strengths: strengths.map(plain), improvements: improvements.map(plain) };
}
