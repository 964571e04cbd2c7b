import type { OrgNode, Summary, Template } from '../schemas';
import { coveredYear } from '../followup-year';
import { emptyDataset, type Dataset } from './dataset';
import { isoDate, randomWorkday } from './dates';
import { makeSurvey } from './hme';
import { generateIncidents } from './incidents';
import { createDecks, createRandom } from './prng';
import { createNamePool } from './texts/names';
import { COMMON_NARRATIVE } from './texts/narratives';
import { generateUnitYear } from './unit-year';
import { KIND_PROFILES, UNIT_KINDS, type UnitKind } from './unit-kinds';

export interface GenerateOptions {
  seed: number;
  /** Number of level-1 units, spread evenly over all sections. */
  units: number;
  administrations: number;
  sectionsPerAdministration: number;
  /** Every unit gets a signed follow-up for this year; incidents fall in the year before. */
  followUpYear: number;
  /** The template every unit answers; stored in the dataset. */
  template: Template;
  /** Incidents per unit on average (spread by kind of unit) … */
  incidentsPerUnit?: number;
  /** … or exactly this many in total. Give at most one of the two; neither means none. */
  totalIncidents?: number;
  /** Comments, narratives, summaries and incident texts; off gives the smallest valid rows. */
  withTexts: boolean;
  /** The day the data is seen (action statuses); default 30 September of the follow-up year. */
  today?: string;
}

const ADMINISTRATION_NAMES = [
  'Socialförvaltningen',
  'Vård- och omsorgsförvaltningen',
  'Utbildningsförvaltningen',
  'Kultur- och fritidsförvaltningen',
  'Samhällsbyggnadsförvaltningen',
  'Kommunledningsförvaltningen',
];

function administrationName(index: number): string {
  const name = ADMINISTRATION_NAMES[index % ADMINISTRATION_NAMES.length] ?? 'Förvaltning';
  const round = Math.floor(index / ADMINISTRATION_NAMES.length);
  return round === 0 ? name : `${name} ${round + 1}`;
}

function totalIncidents(options: GenerateOptions): number {
  if (options.incidentsPerUnit !== undefined && options.totalIncidents !== undefined) {
    throw new Error('Ange antingen incidentsPerUnit eller totalIncidents, inte båda.');
  }
  if (options.totalIncidents !== undefined) return options.totalIncidents;
  return Math.round((options.incidentsPerUnit ?? 0) * options.units);
}

/**
 * A synthetic municipality of any size for tests and benchmarks: one level-4 root,
 * `administrations` × `sectionsPerAdministration` sections and `units` units below them, each with
 * a signed and fully answered follow-up, its actions and own summary; section and administration
 * summaries; incidents for the covered year; surveys for administrations and sections over three
 * years. Pure and deterministic: the same options give the same dataset.
 */
export function generateMunicipality(options: GenerateOptions): Dataset {
  const { followUpYear: year, template, withTexts } = options;
  const random = createRandom(options.seed);
  const draw = createDecks(random.fork('texter'));
  const nextName = createNamePool(random.fork('namn'));
  const today = options.today ?? isoDate(year, 9, 30);
  const data = emptyDataset();
  data.templates.push(template);

  const root: OrgNode = {
    id: 'kommun',
    parentId: null,
    level: 4,
    name: 'Syntetiska kommunen',
    archived: false,
  };
  data.orgNodes.push(root);
  const sections: OrgNode[] = [];
  const administrations: OrgNode[] = [];
  for (let a = 1; a <= options.administrations; a++) {
    const administration: OrgNode = {
      id: `f${a}`,
      parentId: root.id,
      level: 3,
      name: administrationName(a - 1),
      archived: false,
    };
    administrations.push(administration);
    for (let s = 1; s <= options.sectionsPerAdministration; s++) {
      sections.push({
        id: `f${a}-v${s}`,
        parentId: administration.id,
        level: 2,
        name: `Verksamhet ${a}.${s}`,
        archived: false,
      });
    }
  }
  data.orgNodes.push(...administrations, ...sections);

  const units: { id: string; kind: UnitKind }[] = [];
  const unitRandom = random.fork('enheter');
  for (let n = 0; n < options.units; n++) {
    const section = sections[n % sections.length];
    if (!section) break;
    const id = `${section.id}-e${n + 1}`;
    const kind = UNIT_KINDS[n % UNIT_KINDS.length] ?? 'myndighet';
    units.push({ id, kind });
    data.orgNodes.push({
      id,
      parentId: section.id,
      level: 1,
      name: `Enhet ${String(n + 1).padStart(4, '0')}`,
      archived: false,
    });
    const [minStaff, maxStaff] = KIND_PROFILES[kind].staff;
    const result = generateUnitYear(unitRandom, draw, {
      unitId: id,
      kind,
      year,
      template,
      quality: 0.86 + unitRandom.next() * 0.26,
      earlier: 0,
      manager: nextName(),
      safetyRep: nextName(),
      staffCount: unitRandom.int(minStaff, maxStaff),
      meetingDate: randomWorkday(unitRandom, isoDate(year, 1, 15), isoDate(year, 3, 25)),
      today,
      withTexts,
    });
    data.followUps.push(result.followUp);
    data.answers.push(...result.answers);
    data.actions.push(...result.actions);
    data.summaries.push(result.summary);
  }

  const summaryRandom = random.fork('sammanfattningar');
  for (const node of [...sections, ...administrations]) {
    data.summaries.push(
      levelSummary(node.id, year, withTexts, (items) => summaryRandom.pick(items)),
    );
  }

  data.incidents.push(
    ...generateIncidents(random.fork('händelser'), {
      units,
      year: coveredYear(year),
      count: totalIncidents(options),
      today,
      withTexts,
      serious: Math.ceil(totalIncidents(options) / 80),
      kiaShare: 0.75,
      kiaStart: 100_001,
    }).map((generated) => generated.incident),
  );

  const surveyRandom = random.fork('mu');
  for (const node of [...administrations, ...sections]) {
    const offset = node.level === 3 ? 0 : (surveyRandom.next() - 0.5) * 0.4;
    for (let back = 2; back >= 0; back--) {
      data.surveys.push(
        makeSurvey(surveyRandom, {
          nodeId: node.id,
          year: coveredYear(year) - back,
          offset,
          yearsBack: back,
          responseRate: surveyRandom.int(72, 94),
        }),
      );
    }
  }
  return data;
}

function levelSummary(
  nodeId: string,
  year: number,
  withTexts: boolean,
  pick: (items: readonly string[]) => string,
): Summary {
  return {
    id: `${nodeId}:${year}`,
    nodeId,
    year,
    summary: withTexts ? pick(COMMON_NARRATIVE.summary) : '',
    goodExamples: withTexts ? pick(COMMON_NARRATIVE.goodExamples) : '',
    challenges: withTexts ? pick(COMMON_NARRATIVE.challenges) : '',
    priorities: withTexts ? pick(COMMON_NARRATIVE.improvements) : '',
  };
}
