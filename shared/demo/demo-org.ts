import type { UnitKind } from './unit-kinds';

/**
 * The fictional "Exempelstads kommun": one social-services administration with five sections and
 * 25 units. Ids are readable slugs so tests and e2e specs can name a node.
 */
export interface DemoUnit {
  id: string;
  name: string;
  kind: UnitKind;
}

export interface DemoSection {
  id: string;
  name: string;
  /** How this section's survey means sit against the administration's (1–5 scale). */
  surveyOffset: number;
  units: readonly DemoUnit[];
}

export const DEMO_MUNICIPALITY = { id: 'exempelstad', name: 'Exempelstads kommun' } as const;
export const DEMO_ADMINISTRATION = { id: 'sof', name: 'Socialförvaltningen' } as const;
export const DEMO_LEVEL_NAMES = ['Enhet', 'Verksamhet', 'Förvaltning', 'Kommun'] as const;

export const DEMO_SECTIONS: readonly DemoSection[] = [
  {
    id: 'sof-barn',
    name: 'Barn och unga',
    surveyOffset: -0.08,
    units: [
      { id: 'sof-barn-mottagning', name: 'Mottagningen barn och unga', kind: 'myndighet' },
      { id: 'sof-barn-utredning-1', name: 'Utredningsgrupp barn och unga 1', kind: 'myndighet' },
      { id: 'sof-barn-utredning-2', name: 'Utredningsgrupp barn och unga 2', kind: 'myndighet' },
      { id: 'sof-barn-familjehem', name: 'Familjehemsenheten', kind: 'myndighet' },
      { id: 'sof-barn-lindgarden', name: 'HVB Lindgården', kind: 'hvb' },
    ],
  },
  {
    id: 'sof-vuxen',
    name: 'Vuxen',
    surveyOffset: 0.06,
    units: [
      { id: 'sof-vuxen-forsorjning-norr', name: 'Försörjningsstöd Norr', kind: 'myndighet' },
      { id: 'sof-vuxen-forsorjning-soder', name: 'Försörjningsstöd Söder', kind: 'myndighet' },
      { id: 'sof-vuxen-beroende', name: 'Beroendemottagningen', kind: 'dagverksamhet' },
      { id: 'sof-vuxen-tallasen', name: 'Stödboendet Tallåsen', kind: 'hvb' },
      { id: 'sof-vuxen-socialjouren', name: 'Socialjouren', kind: 'myndighet' },
    ],
  },
  {
    id: 'sof-aldre',
    name: 'Äldreomsorg',
    surveyOffset: -0.16,
    units: [
      { id: 'sof-aldre-hemtjanst-centrum', name: 'Hemtjänst Centrum', kind: 'hemtjanst' },
      { id: 'sof-aldre-hemtjanst-vaster', name: 'Hemtjänst Väster', kind: 'hemtjanst' },
      { id: 'sof-aldre-nattpatrullen', name: 'Nattpatrullen', kind: 'hemtjanst' },
      { id: 'sof-aldre-ekbacken', name: 'Ekbackens vård- och omsorgsboende', kind: 'aldreboende' },
      {
        id: 'sof-aldre-solgarden',
        name: 'Solgårdens vård- och omsorgsboende',
        kind: 'aldreboende',
      },
    ],
  },
  {
    id: 'sof-funktion',
    name: 'Funktionsstöd',
    surveyOffset: 0.1,
    units: [
      { id: 'sof-funktion-bjorken', name: 'Gruppbostaden Björken', kind: 'lss' },
      { id: 'sof-funktion-larkan', name: 'Gruppbostaden Lärkan', kind: 'lss' },
      { id: 'sof-funktion-hagaberg', name: 'Servicebostaden Hagaberg', kind: 'lss' },
      { id: 'sof-funktion-verkstan', name: 'Daglig verksamhet Verkstan', kind: 'dagverksamhet' },
      { id: 'sof-funktion-assistans', name: 'Personlig assistans', kind: 'assistans' },
    ],
  },
  {
    id: 'sof-stod',
    name: 'Stöd och service',
    surveyOffset: 0.08,
    units: [
      { id: 'sof-stod-bistand', name: 'Biståndsenheten', kind: 'myndighet' },
      { id: 'sof-stod-familjeratt', name: 'Familjerätten', kind: 'myndighet' },
      { id: 'sof-stod-skuld', name: 'Budget- och skuldrådgivningen', kind: 'myndighet' },
      { id: 'sof-stod-vnr', name: 'Enheten för våld i nära relationer', kind: 'myndighet' },
      { id: 'sof-stod-boendestod', name: 'Boendestöd socialpsykiatri', kind: 'hemtjanst' },
    ],
  },
];
