/**
 * Kinds of unit in a social-services administration. The kind steers what is realistic for a
 * unit: its size, how many incidents it has and of what sort, and which narrative texts fit.
 */
export const UNIT_KINDS = [
  'myndighet',
  'hvb',
  'aldreboende',
  'lss',
  'hemtjanst',
  'dagverksamhet',
  'assistans',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Which pool of narrative texts a kind draws from. */
export type NarrativeGroup = 'boende' | 'hemtjanst' | 'myndighet' | 'dagverksamhet';

export interface KindProfile {
  /** Staff count range (inclusive). */
  staff: readonly [number, number];
  /** Relative number of incidents per unit and year. */
  incidentRate: number;
  narrative: NarrativeGroup;
  /** Hours in which incidents happen (inclusive start, exclusive end). */
  hours: readonly [number, number];
}

export const KIND_PROFILES: Readonly<Record<UnitKind, KindProfile>> = {
  myndighet: { staff: [9, 24], incidentRate: 0.45, narrative: 'myndighet', hours: [8, 17] },
  hvb: { staff: [14, 26], incidentRate: 2.6, narrative: 'boende', hours: [0, 24] },
  aldreboende: { staff: [32, 58], incidentRate: 2.4, narrative: 'boende', hours: [6, 23] },
  lss: { staff: [11, 22], incidentRate: 2.2, narrative: 'boende', hours: [6, 23] },
  hemtjanst: { staff: [22, 46], incidentRate: 1.9, narrative: 'hemtjanst', hours: [7, 22] },
  dagverksamhet: { staff: [8, 18], incidentRate: 1.1, narrative: 'dagverksamhet', hours: [8, 16] },
  assistans: { staff: [18, 40], incidentRate: 1.3, narrative: 'hemtjanst', hours: [0, 24] },
};
