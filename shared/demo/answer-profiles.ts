import type { AnswerValue } from '../schemas';

export type AnswerWeights = Readonly<Record<AnswerValue, number>>;

/** Questions without a profile of their own: mostly Ja, a little of everything else. */
const DEFAULT_WEIGHTS: AnswerWeights = { ja: 0.78, delvis: 0.16, nej: 0.04, vetej: 0.02 };

/**
 * How units tend to answer each question of the default template. Where the seed's report shows a
 * question (rutiner, OSA-mål, sammanställning, alkohol och droger, första hjälpen, kränkande
 * särbehandling) its shares are the model; APT and workload are weaker, as in most
 * social-services administrations.
 */
const PROFILES: Readonly<Record<string, AnswerWeights>> = {
  'apt-minst-10': { ja: 0.56, delvis: 0.26, nej: 0.16, vetej: 0.02 },
  'medarbetare-medverkar': { ja: 0.8, delvis: 0.17, nej: 0.02, vetej: 0.01 },
  'skyddsombud-medverkar': { ja: 0.7, delvis: 0.19, nej: 0.1, vetej: 0.01 },
  'arbetsmiljopolicy-kand': { ja: 0.66, delvis: 0.26, nej: 0.04, vetej: 0.04 },
  'rutiner-latta-att-hitta': { ja: 0.54, delvis: 0.42, nej: 0.04, vetej: 0 },
  'rutiner-vem-nar-hur': { ja: 0.62, delvis: 0.3, nej: 0.06, vetej: 0.02 },
  'uppgiftsfordelning-skriftlig': { ja: 0.82, delvis: 0.1, nej: 0.06, vetej: 0.02 },
  'chef-resurser-arbetsbelastning': { ja: 0.5, delvis: 0.36, nej: 0.12, vetej: 0.02 },
  'chef-kunskaper-arbetsmiljo': { ja: 0.74, delvis: 0.24, nej: 0.02, vetej: 0 },
  'introduktion-arbetsmiljo': { ja: 0.6, delvis: 0.34, nej: 0.06, vetej: 0 },
  'skyddsrond-genomford': { ja: 0.7, delvis: 0.2, nej: 0.1, vetej: 0 },
  'riskbedomning-vid-forandring': { ja: 0.6, delvis: 0.3, nej: 0.08, vetej: 0.02 },
  'rapportera-tillbud-kant': { ja: 0.7, delvis: 0.27, nej: 0.03, vetej: 0 },
  'handelser-utreds': { ja: 0.66, delvis: 0.28, nej: 0.04, vetej: 0.02 },
  'anmalan-arbetsmiljoverket': { ja: 0.78, delvis: 0.08, nej: 0.04, vetej: 0.1 },
  'anmalan-forsakringskassan': { ja: 0.7, delvis: 0.12, nej: 0.04, vetej: 0.14 },
  'sammanstallning-arbetsskador': { ja: 0.38, delvis: 0.12, nej: 0.1, vetej: 0.4 },
  'handlingsplan-finns': { ja: 0.72, delvis: 0.24, nej: 0.04, vetej: 0 },
  'atgarder-kontrolleras': { ja: 0.56, delvis: 0.36, nej: 0.06, vetej: 0.02 },
  'osa-mal-kant': { ja: 0.56, delvis: 0.33, nej: 0.11, vetej: 0 },
  'arbetsuppgifter-och-prioriteringar': { ja: 0.7, delvis: 0.28, nej: 0.02, vetej: 0 },
  'arbetsbelastning-hanteras': { ja: 0.46, delvis: 0.4, nej: 0.12, vetej: 0.02 },
  'psykiskt-pafrestande-arbete': { ja: 0.7, delvis: 0.24, nej: 0.06, vetej: 0 },
  'arbetstid-halsa': { ja: 0.62, delvis: 0.3, nej: 0.06, vetej: 0.02 },
  'krankande-sarbehandling-rutin': { ja: 0.68, delvis: 0.28, nej: 0.04, vetej: 0 },
  'arbetsanpassning-rutin': { ja: 0.64, delvis: 0.22, nej: 0.06, vetej: 0.08 },
  'arbetsanpassning-genomfors': { ja: 0.7, delvis: 0.24, nej: 0.04, vetej: 0.02 },
  'vald-hot-sakerhetsrutiner': { ja: 0.74, delvis: 0.22, nej: 0.04, vetej: 0 },
  'larm-ovas': { ja: 0.5, delvis: 0.34, nej: 0.14, vetej: 0.02 },
  'vald-hot-utreds': { ja: 0.76, delvis: 0.2, nej: 0.02, vetej: 0.02 },
  'ensamarbete-riskbedomt': { ja: 0.6, delvis: 0.28, nej: 0.1, vetej: 0.02 },
  'ensamarbete-snabb-hjalp': { ja: 0.72, delvis: 0.22, nej: 0.06, vetej: 0 },
  'forsta-hjalpen-krisstod-rutin': { ja: 0.47, delvis: 0.32, nej: 0.14, vetej: 0.07 },
  'forsta-hjalpen-kunskaper': { ja: 0.52, delvis: 0.3, nej: 0.14, vetej: 0.04 },
  'alkohol-droger-rutin': { ja: 0.85, delvis: 0.07, nej: 0.07, vetej: 0.01 },
  'foretagshalsovard-anlitas': { ja: 0.74, delvis: 0.16, nej: 0.04, vetej: 0.06 },
  'forra-arets-atgarder-uppfoljda': { ja: 0.7, delvis: 0.26, nej: 0.04, vetej: 0 },
  'arlig-uppfoljning-skriftlig': { ja: 0.86, delvis: 0.12, nej: 0.02, vetej: 0 },
};

/**
 * The weights for one unit's answer: `quality` (around 1) makes a unit stronger or weaker across
 * the board; `earlier` (0 for the latest year, 1 for the year before …) makes earlier years a little
 * weaker, so that year-on-year comparisons show progress.
 */
export function answerWeights(questionId: string, quality: number, earlier = 0): AnswerWeights {
  const base = PROFILES[questionId] ?? DEFAULT_WEIGHTS;
  const ja = Math.min(0.97, base.ja * quality * 0.9 ** earlier);
  const rest = base.delvis + base.nej + base.vetej;
  const scale = rest > 0 ? (1 - ja) / rest : 0;
  return {
    ja,
    delvis: base.delvis * scale,
    nej: base.nej * scale,
    vetej: base.vetej * scale,
  };
}
