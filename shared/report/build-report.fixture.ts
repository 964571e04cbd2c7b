import type { Aggregate } from '../rollup/types';
import type { Action, OrgNode, Summary, Survey } from '../schemas';
import { emptyIncidentStats } from '../rollup/incident-stats';
import { HME_ITEMS } from '../survey/hme';
import type { BuildReportInput } from './build-report';

/*
 * A hand-made aggregate with the seed's figures, for the report tests and the export tests: a
 * question answered by 28 units, 15 Ja and 13 Delvis (53,57 % and 46,43 %), a question 10 / 2 / 2 /
 * 13 of 27, the seed's incident months (101 in all), survey years with a missing index, last year's
 * actions handled and not.
 */

export const Q1 =
  'Verksamhetens rutiner för det systematiska arbetsmiljöarbetet är lättillgängliga och lätta att förstå.';
export const Q2 = 'Vi gör sammanställningar över arbetsskador och tillbud.';

const node = (
  id: string,
  level: 1 | 2 | 3 | 4,
  name: string,
  parentId: string | null,
): OrgNode => ({
  id,
  parentId,
  level,
  name,
  archived: false,
});
const SOF = node('sof', 3, 'Socialförvaltningen', 'k');
const VUX = node('vux', 2, 'Vuxen', 'sof');
const BARN = node('barn', 2, 'Barn', 'sof');

const summary = (nodeId: string, texts: Partial<Summary>): Summary => ({
  id: `${nodeId}:2026`,
  nodeId,
  year: 2026,
  summary: '',
  goodExamples: '',
  challenges: '',
  priorities: '',
  ...texts,
});

const action = (id: string, year: number, text: string, extra: Partial<Action> = {}): Action => ({
  id,
  nodeId: 'sof',
  year,
  text,
  responsible: 'HR-chef',
  dueDate: '2026-12-31',
  followUpDate: '2027-06-30',
  status: 'planerad',
  reason: '',
  source: { kind: 'priority', ref: null },
  followUp: null,
  ...extra,
});

const survey = (year: number, means: number[], extra: Partial<Survey> = {}): Survey => ({
  id: `mu-sof-${year}`,
  nodeId: 'sof',
  year,
  responseRate: 93,
  totalIndex: 78,
  hme: null,
  items: HME_ITEMS.map((item, i) => ({ key: item.key, label: item.label, mean: means[i] ?? null })),
  ...extra,
});

export function reportFixtureInput(): BuildReportInput {
  const incidents = emptyIncidentStats(2025);
  incidents.monthByType.riskobservation = [0, 1, 1, 0, 2, 0, 0, 0, 1, 2, 0, 0];
  incidents.monthByType.tillbud = [3, 3, 3, 3, 2, 2, 4, 2, 6, 8, 7, 5];
  incidents.monthByType.olycksfall = [2, 1, 3, 2, 2, 1, 4, 3, 9, 8, 7, 4];
  const byType = (r: number, t: number, o: number) => ({
    riskobservation: r,
    tillbud: t,
    olycksfall: o,
    fardolycksfall: 0,
    arbetssjukdom: 0,
  });
  incidents.byCause = [
    { category: 'Hot och våld', byType: byType(2, 30, 20) },
    { category: 'Fall', byType: byType(5, 16, 25) },
  ];
  incidents.missingCause = byType(0, 2, 1);
  incidents.byPlace = [{ category: 'Kontor', byType: byType(7, 47, 45) }];
  incidents.missingPlace = byType(0, 1, 1);

  const aggregate: Aggregate = {
    node: SOF,
    year: 2026,
    incidentYear: 2025,
    sections: [
      {
        id: 's1',
        title: 'Lagefterlevnad, rutiner, fördelning, mål, kunskaper',
        questions: [
          {
            questionId: 'q-rutiner',
            text: Q1,
            counts: { ja: 15, delvis: 13, nej: 0, vetej: 0, n: 28 },
            byChild: [
              { nodeId: 'vux', counts: { ja: 10, delvis: 4, nej: 0, vetej: 0, n: 14 } },
              { nodeId: 'barn', counts: { ja: 5, delvis: 9, nej: 0, vetej: 0, n: 14 } },
            ],
          },
          {
            questionId: 'q-statistik',
            text: Q2,
            counts: { ja: 10, delvis: 2, nej: 2, vetej: 13, n: 27 },
            byChild: [
              { nodeId: 'vux', counts: { ja: 10, delvis: 2, nej: 2, vetej: 13, n: 27 } },
              { nodeId: 'barn', counts: { ja: 0, delvis: 0, nej: 0, vetej: 0, n: 0 } },
            ],
          },
        ],
      },
    ],
    units: { total: 30, withReport: 28, signed: 25 },
    children: [
      {
        node: VUX,
        units: { total: 15, withReport: 14, signed: 13 },
        summary: summary('vux', {
          summary: '- Ljudisolering förbättrad\n- Trivselgrupp skapad',
          goodExamples: '• Återkommande information på APT',
          challenges: 'Ej optimala lokaler',
          priorities: '- HLR-utbildning\n\n- Följa upp arbetsbelastningen',
        }),
      },
      { node: BARN, units: { total: 15, withReport: 14, signed: 12 }, summary: null },
    ],
    incidents,
    actions: [],
    previousActions: [
      {
        node: SOF,
        action: action('p1', 2025, 'Anställa på tillsvidare', {
          followUp: { year: 2026, handled: true, reason: '' },
        }),
      },
      {
        node: SOF,
        action: action('p2', 2025, 'Metoder för involvering', {
          followUp: { year: 2026, handled: false, reason: 'Påbörjat men inte färdigt' },
        }),
      },
      { node: VUX, action: { ...action('p3', 2025, 'En verksamhets åtgärd'), nodeId: 'vux' } },
    ],
    own: {
      summary: summary('sof', {
        priorities: '- Årshjulet i ledningsgruppen\n- Rapportera tillbud',
      }),
      actions: [
        action('a1', 2026, 'Kompetenshöjande åtgärder inom arbetsskador och tillbud'),
        action('a2', 2026, 'Fortsätta arbetet med hot och våld', {
          responsible: 'Socialdirektör',
          dueDate: null,
        }),
        action('a0', 2025, 'Förra årets åtgärd'),
      ],
    },
  };
  return {
    aggregate,
    surveys: [
      survey(2025, [4.46, 4.1, 4.02, 4.18, 4.42, 4.41, 4.26, 3.9, 4.34], { hme: 81 }),
      survey(2024, [4.36, 3.96, 3.76, 4.12, 4.4, 4.28, 4.04, 3.52, 4.12], {
        responseRate: 87,
        totalIndex: 72,
      }),
      survey(2023, [4.24, 3.92, 3.72, 4.0, 4.24, 4.12, 3.88, 3.28, 4.0], {
        responseRate: 85,
        totalIndex: null,
      }),
      survey(2021, [1, 1, 1, 1, 1, 1, 1, 1, 1]),
    ],
    organisation: 'Hagaviks kommun',
    levelNames: ['Enhet', 'Verksamhet', 'Förvaltning', 'Kommun'],
    date: '2026-03-15',
    incidentCategories: { causes: ['Fall', 'Hot och våld', 'Buller'], places: ['Kontor'] },
  };
}
