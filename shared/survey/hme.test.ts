import { describe, expect, it } from 'vitest';
import {
  fromDistribution,
  hmeFromMeans,
  hmeOfSurvey,
  isValidDistribution,
  strengthsAndImprovements,
  surveyHme,
  HME_ITEMS,
} from './hme';

/** The seed-like means, in HME_ITEMS order. */
const MEANS = [4.46, 4.1, 4.02, 4.18, 4.42, 4.41, 4.26, 3.9, 4.34];
const items = MEANS.map((mean, i) => ({
  key: HME_ITEMS[i]?.key ?? '',
  label: HME_ITEMS[i]?.label ?? '',
  mean,
}));

describe('fromDistribution', () => {
  it('maps each answer to (x − 1) × 25 and averages', () => {
    // 1×1, 2×2, 3×3, 4×4, 5×10: n 20, sum 80 → mean 4.0; indices (0+50+150+300+1000)/20 = 75
    expect(fromDistribution([1, 2, 3, 4, 10])).toEqual({ n: 20, mean: 4, index: 75 });
    // all answered 1 → 0; all 5 → 100
    expect(fromDistribution([7, 0, 0, 0, 0])?.index).toBe(0);
    expect(fromDistribution([0, 0, 0, 0, 3])?.index).toBe(100);
    // 3 and 4 once each: mean 3.5, index 62.5
    expect(fromDistribution([0, 0, 1, 1, 0])).toEqual({ n: 2, mean: 3.5, index: 62.5 });
  });

  it('is null when nobody answered', () => {
    expect(fromDistribution([0, 0, 0, 0, 0])).toBeNull();
  });

  it('accepts only five whole counts ≥ 0', () => {
    expect(isValidDistribution([1, 2, 3, 4, 5])).toBe(true);
    expect(isValidDistribution([1, 2, 3, 4])).toBe(false);
    expect(isValidDistribution([1, 2, 3, 4, -1])).toBe(false);
    expect(isValidDistribution([1, 2, 3.5, 4, 0])).toBe(false);
  });
});

describe('hmeFromMeans', () => {
  it('computes the three sub-indices and HME by hand', () => {
    const result = hmeFromMeans(new Map(items.map((i) => [i.key, i.mean])));
    // motivation: 86.5, 77.5, 75.5 → 79.8333…
    expect(result.subIndices.motivation).toBeCloseTo(79.8333, 4);
    // ledarskap: 79.5, 85.5, 85.25 → 83.4167
    expect(result.subIndices.ledarskap).toBeCloseTo(83.4167, 4);
    // styrning: 81.5, 72.5, 83.5 → 79.1667
    expect(result.subIndices.styrning).toBeCloseTo(79.1667, 4);
    // HME: 727.25 / 9
    expect(result.total).toBeCloseTo(80.8056, 4);
  });

  it('leaves a sub-index and HME empty when one of their questions is missing', () => {
    const means = new Map(items.map((i) => [i.key, i.mean as number | null]));
    means.set('styrning-2', null);
    const result = hmeFromMeans(means);
    expect(result.subIndices.motivation).toBeCloseTo(79.8333, 4);
    expect(result.subIndices.styrning).toBeNull();
    expect(result.total).toBeNull();
  });

  it('prefers the stored HME (the tool’s figure) over the computed one', () => {
    expect(surveyHme({ items, hme: 81 })).toBe(81);
    expect(surveyHme({ items, hme: null })).toBeCloseTo(80.8056, 4);
    expect(hmeOfSurvey({ items: [] }).total).toBeNull();
  });
});

describe('strengthsAndImprovements', () => {
  it('takes the three highest and the three lowest means', () => {
    const { strengths, improvements } = strengthsAndImprovements(items);
    expect(strengths.map((s) => [s.key, s.mean])).toEqual([
      ['motivation-1', 4.46],
      ['ledarskap-2', 4.42],
      ['ledarskap-3', 4.41],
    ]);
    expect(improvements.map((s) => [s.key, s.mean])).toEqual([
      ['styrning-2', 3.9],
      ['motivation-3', 4.02],
      ['motivation-2', 4.1],
    ]);
  });

  it('never lists a question twice and skips questions without a mean', () => {
    const few = [
      { key: 'a', label: 'A', mean: 4 },
      { key: 'b', label: 'B', mean: null },
      { key: 'c', label: 'C', mean: 3 },
      { key: 'd', label: 'D', mean: 5 },
    ];
    const { strengths, improvements } = strengthsAndImprovements(few);
    expect(strengths.map((s) => s.key)).toEqual(['d', 'a']);
    expect(improvements.map((s) => s.key)).toEqual(['c']);
  });
});
