import type { Survey } from '../schemas';
import type { Random } from './prng';

/**
 * SKR:s Hållbart medarbetarengagemang (HME): nine questions in three sub-indices, answered 1–5.
 * The texts are SKR's, as in the seed's report.
 */
export const HME_ITEMS = [
  { key: 'motivation-1', label: 'Mitt arbete känns meningsfullt' },
  { key: 'motivation-2', label: 'Jag lär nytt och utvecklas i mitt dagliga arbete' },
  { key: 'motivation-3', label: 'Jag ser fram emot att gå till arbetet' },
  { key: 'ledarskap-1', label: 'Min närmaste chef visar uppskattning för mina arbetsinsatser' },
  { key: 'ledarskap-2', label: 'Min närmaste chef visar förtroende för mig som medarbetare' },
  {
    key: 'ledarskap-3',
    label: 'Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete',
  },
  { key: 'styrning-1', label: 'Jag är insatt i min arbetsplats mål' },
  { key: 'styrning-2', label: 'Min arbetsplats mål följs upp och utvärderas på ett bra sätt' },
  { key: 'styrning-3', label: 'Jag vet vad som förväntas av mig i mitt arbete' },
] as const;

/** Means (1–5) close to the seed's administration in its latest year (87, 78, 76, 80, …). */
const BASE_MEANS = [4.46, 4.1, 4.02, 4.18, 4.42, 4.41, 4.26, 3.9, 4.34];

/** An answer mean on 1–5 as an index on 0–100: (x − 1) × 25. */
export function meanToIndex(mean: number): number {
  return (mean - 1) * 25;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const clampMean = (value: number) => Math.min(4.9, Math.max(1.5, value));

/**
 * One node's survey results for a year. `offset` moves every mean (a section doing better or
 * worse than the administration); `yearsBack` lowers them, so results improve over the years.
 * HME is computed from the item means the way SKR defines it; the total index sits a few points
 * below HME, as it usually does.
 */
export function makeSurvey(
  random: Random,
  input: { nodeId: string; year: number; offset: number; yearsBack: number; responseRate: number },
): Survey {
  const items = HME_ITEMS.map((item, index) => ({
    key: item.key,
    label: item.label,
    mean: round2(
      clampMean(
        (BASE_MEANS[index] ?? 4) +
          input.offset -
          input.yearsBack * (0.08 + random.next() * 0.08) +
          (random.next() - 0.5) * 0.12,
      ),
    ),
  }));
  const hme = Math.round(
    items.reduce((sum, item) => sum + meanToIndex(item.mean), 0) / items.length,
  );
  return {
    id: `mu-${input.nodeId}-${input.year}`,
    nodeId: input.nodeId,
    year: input.year,
    responseRate: input.responseRate,
    totalIndex: Math.max(0, hme - random.int(2, 5)),
    hme,
    items,
  };
}
