import type { Aggregate, QuestionAggregate } from '../rollup/types';
import type { Action, Survey } from '../schemas';
import type { IncidentType } from '../schemas/incident';
import { ANSWER_VALUES, type AnswerValue } from '../schemas/followup';
import { answerShares, type AnswerCounts } from '../rollup/answer-stats';
import { toCategoryCounts, toMonthByTypeTable } from '../rollup/incident-stats';
import type { CategoryCounts } from '../incidents/statistics';
import { formatFixed, formatNumber, formatPercent } from '../format';
import { coveredYear as coveredYearOf } from '../followup-year';
import {
  HME_ITEMS,
  SUB_INDICES,
  hmeOfSurvey,
  meanToIndex,
  strengthsAndImprovements,
  surveyHme,
} from '../survey/hme';
import type {
  ReportBlock,
  ReportCell,
  ReportColumn,
  ReportModel,
  ReportSection,
  ReportTableRow,
} from './model';

export type { ReportModel } from './model';

export interface BuildReportInput {
  aggregate: Aggregate;
  /** The node's surveys (any years; the report takes the covered year and the two before). */
  surveys: readonly Survey[];
  /** The municipality's or organisation's name for the cover ("Hagaviks kommun"). */
  organisation: string;
  /** The municipality's level names, level 1 first ("Enhet", "Verksamhet", "Förvaltning", "Kommun"). */
  levelNames: readonly [string, string, string, string];
  /** The report's date, YYYY-MM-DD (passed in so the model is the same for the same input). */
  date: string;
  /** The organisation's category lists: every category is shown in this order, used or not. */
  incidentCategories?: { causes: readonly string[]; places: readonly string[] };
}

export const ANSWER_LABELS: Record<AnswerValue, string> = {
  ja: 'Ja',
  delvis: 'Delvis',
  nej: 'Nej',
  vetej: 'Vet ej',
};

export const INCIDENT_TYPE_LABELS: Record<IncidentType, string> = {
  riskobservation: 'Riskobservation',
  tillbud: 'Tillbud',
  olycksfall: 'Olycksfall',
  fardolycksfall: 'Färdolycksfall',
  arbetssjukdom: 'Arbetssjukdom',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/* Cells ------------------------------------------------------------------------------------- */

const textCell = (text: string): ReportCell => ({ text, value: null });
const countCell = (n: number): ReportCell => ({ text: formatNumber(n), value: n, format: 'count' });
const percentCell = (share: number): ReportCell => ({
  text: formatPercent(share),
  value: share,
  format: 'percent',
});
const indexCell = (index: number | null): ReportCell =>
  index === null
    ? { text: '–', value: null }
    : { text: formatNumber(index, 0), value: index, format: 'index' };
const meanCell = (mean: number | null): ReportCell =>
  mean === null
    ? { text: '–', value: null }
    : {
        text: formatFixed(mean, 2),
        value: mean,
        format: 'mean',
      };
const col = (key: string, label: string, align: 'start' | 'end' = 'start'): ReportColumn => ({
  key,
  label,
  align,
});

/** Free text as list items: one per line, leading "-", "•" or "*" dropped, empty lines skipped. */
export function textToItems(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*–]\s*/, '').trim())
    .filter((line) => line !== '');
}

/* Sections ---------------------------------------------------------------------------------- */

function coverSection(input: BuildReportInput, title: string, covered: number): ReportSection {
  const { aggregate } = input;
  const level = input.levelNames[aggregate.node.level - 1] ?? '';
  return {
    id: 'cover',
    title,
    blocks: [
      { kind: 'paragraph', text: input.organisation },
      { kind: 'paragraph', text: `${level}: ${aggregate.node.name}` },
      {
        kind: 'paragraph',
        text: `Uppföljningsår ${aggregate.year}. Uppföljningen avser ${covered}.`,
      },
      { kind: 'paragraph', text: `Datum: ${input.date}` },
    ],
  };
}

function processSection(input: BuildReportInput): ReportSection {
  const [l1, l2, l3, l4] = input.levelNames.map((n) => n.toLocaleLowerCase('sv-SE'));
  return {
    id: 'process',
    title: 'Arbetsmiljöarbetet som en process',
    blocks: [
      {
        kind: 'paragraph',
        text:
          'Arbetsgivaren ska årligen följa upp hur det systematiska arbetsmiljöarbetet fungerar ' +
          '(AFS 2023:1). Uppföljningen följer fördelningen av arbetsmiljöuppgifter i omvänd ordning, ' +
          'i fyra steg:',
      },
      {
        kind: 'list',
        items: [
          `Steg 1, ${l1}: närmaste chef går igenom checklistan tillsammans med medarbetare och skyddsombud, dokumenterar resultat och åtgärder, vad som genomförts under året och vad som inte kunnat genomföras och varför.`,
          `Steg 2, ${l2}: resultaten redovisas till nästa ledningsnivå som summerar och prioriterar åtgärder för kommande år.`,
          `Steg 3, ${l3}: ${l3}en summerar, prioriterar och fastställer en handlingsplan.`,
          `Steg 4, ${l4}: uppföljningen lyfts till högsta ledningsnivån och redovisas för den politiska nivån.`,
        ],
      },
    ],
  };
}

/** The counts row of one question (or one child): n, then count and percentage per answer. */
function countsRow(label: string, counts: AnswerCounts, kind?: 'total'): ReportTableRow {
  const shares = answerShares(counts);
  const cells: ReportCell[] = [textCell(label), countCell(counts.n)];
  for (const value of ANSWER_VALUES)
    cells.push(countCell(counts[value]), percentCell(shares[value]));
  return kind ? { cells, kind } : { cells };
}

const COUNT_COLUMNS: ReportColumn[] = [
  col('group', 'Grupp'),
  col('n', 'Totalt (n)', 'end'),
  ...ANSWER_VALUES.flatMap((value) => [
    col(`${value}-count`, ANSWER_LABELS[value], 'end'),
    col(`${value}-percent`, `${ANSWER_LABELS[value]} %`, 'end'),
  ]),
];

function questionBlocks(
  question: QuestionAggregate,
  nodeName: string,
  childNames: ReadonlyMap<string, string>,
): ReportBlock[] {
  const shares = answerShares(question.counts);
  const rows = [countsRow(nodeName, question.counts, 'total')];
  for (const child of question.byChild)
    if (child.counts.n > 0)
      rows.push(countsRow(childNames.get(child.nodeId) ?? child.nodeId, child.counts));
  return [
    { kind: 'heading', level: 4, text: question.text },
    {
      kind: 'chart',
      id: `q-${question.questionId}-chart`,
      title: question.text,
      chart: {
        kind: 'stackedPercentBar',
        categories: [nodeName],
        series: ANSWER_VALUES.map((value) => ({
          key: value,
          label: ANSWER_LABELS[value],
          values: [shares[value]],
          counts: [question.counts[value]],
        })),
        valueFormat: 'percent',
        n: [question.counts.n],
      },
      note: `n = ${question.counts.n}`,
    },
    {
      kind: 'table',
      id: `q-${question.questionId}`,
      caption: `${question.text} (n = ${question.counts.n})`,
      columns: COUNT_COLUMNS,
      rows,
    },
  ];
}

function checklistSection(input: BuildReportInput): ReportSection {
  const { aggregate } = input;
  const childNames = new Map(aggregate.children.map((c) => [c.node.id, c.node.name]));
  const { units } = aggregate;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Underlag: ${units.withReport} av ${units.total} enheter har rapporterat, ` +
        `${units.signed} med uppföljningen signerad av chef och skyddsombud. ` +
        'Procentsatserna är andelar av de svar som lämnats.',
    },
  ];
  for (const section of aggregate.sections) {
    blocks.push({ kind: 'heading', level: 3, text: section.title });
    for (const question of section.questions)
      blocks.push(...questionBlocks(question, aggregate.node.name, childNames));
  }
  return { id: 'checklist', title: 'Resultat av checklistan', blocks };
}

/** Every category of the organisation's list (in its order), used or not, then any others. */
function withAllCategories(counts: CategoryCounts, list: readonly string[]): CategoryCounts {
  const present = new Set(counts.rows.map((r) => r.category));
  const zero = (): Record<IncidentType, number> => ({
    riskobservation: 0,
    tillbud: 0,
    olycksfall: 0,
    fardolycksfall: 0,
    arbetssjukdom: 0,
  });
  const missing = list
    .filter((c) => !present.has(c))
    .map((category) => ({ category, count: 0, byType: zero() }));
  const position = new Map(list.map((c, i) => [c, i]));
  const rows = [...counts.rows, ...missing]
    .map((row, i) => ({ row, at: position.get(row.category) ?? list.length + i }))
    .sort((a, b) => a.at - b.at)
    .map(({ row }) => row);
  return { ...counts, rows };
}

function categoryBlocks(
  id: 'cause' | 'place',
  counts: CategoryCounts,
  types: readonly IncidentType[],
): ReportBlock[] {
  const noun = id === 'cause' ? 'skadeorsak/risk' : 'plats';
  const heading = id === 'cause' ? 'Skadeorsak/risk' : 'Plats';
  const summary =
    `${counts.withCategory} händelser med ${noun}. Saknas för ${counts.missing}. ` +
    `${counts.rows.length} val av ${noun} visas.`;
  return [
    { kind: 'heading', level: 3, text: `${heading} per händelsetyp` },
    { kind: 'paragraph', text: summary },
    {
      kind: 'chart',
      id: `incidents-${id}-chart`,
      title: `${heading} per händelsetyp`,
      chart: {
        kind: 'stackedBar',
        categories: counts.rows.map((r) => r.category),
        series: types.map((type) => ({
          key: type,
          label: INCIDENT_TYPE_LABELS[type],
          values: counts.rows.map((r) => r.byType[type]),
        })),
        valueFormat: 'count',
      },
      note: summary,
    },
    {
      kind: 'table',
      id: `incidents-${id}`,
      caption: `${heading} per händelsetyp`,
      columns: [
        col('category', heading),
        ...types.map((t) => col(t, INCIDENT_TYPE_LABELS[t], 'end')),
        col('total', 'Totalt', 'end'),
      ],
      rows: [
        ...counts.rows.map((r) => ({
          cells: [
            textCell(r.category),
            ...types.map((t) => countCell(r.byType[t])),
            countCell(r.count),
          ],
        })),
        {
          kind: 'total' as const,
          cells: [
            textCell(`Saknas ${noun}`),
            ...types.map((t) => countCell(counts.missingByType[t])),
            countCell(counts.missing),
          ],
        },
      ],
    },
  ];
}

function incidentsSection(input: BuildReportInput): ReportSection {
  const { incidents, incidentYear } = input.aggregate;
  const table = toMonthByTypeTable(incidents);
  // The types that occurred (the seed shows three); all five when none did, so the table has rows.
  const used = table.rows.filter((r) => r.total > 0);
  const rows = used.length > 0 ? used : table.rows;
  const types = rows.map((r) => r.type);
  const monthColumns = table.monthKeys.map((key) => col(key, key, 'end'));
  const cause = withAllCategories(
    toCategoryCounts(incidents, 'cause', input.incidentCategories?.causes),
    input.incidentCategories?.causes ?? [],
  );
  const place = withAllCategories(
    toCategoryCounts(incidents, 'place', input.incidentCategories?.places),
    input.incidentCategories?.places ?? [],
  );
  return {
    id: 'incidents',
    title: 'Tillbud och arbetsskador',
    blocks: [
      {
        kind: 'paragraph',
        text: `Händelser under ${incidentYear}: totalt ${table.totals.total}.`,
      },
      {
        kind: 'table',
        id: 'incidents-month-type',
        caption: `Sammanställning ${incidentYear} per månad och händelsetyp`,
        columns: [col('type', 'Händelsetyp'), ...monthColumns, col('total', 'Totalt', 'end')],
        rows: [
          ...rows.map((r) => ({
            cells: [
              textCell(INCIDENT_TYPE_LABELS[r.type]),
              ...r.months.map(countCell),
              countCell(r.total),
            ],
          })),
          {
            kind: 'total' as const,
            cells: [
              textCell('Totalt'),
              ...table.totals.months.map(countCell),
              countCell(table.totals.total),
            ],
          },
        ],
      },
      {
        kind: 'chart',
        id: 'incidents-month-chart',
        title: `Händelser per månad ${incidentYear}`,
        chart: {
          kind: 'stackedBar',
          categories: MONTHS.map((m) => `${m} ${incidentYear}`),
          series: rows.map((r) => ({
            key: r.type,
            label: INCIDENT_TYPE_LABELS[r.type],
            values: [...r.months],
          })),
          valueFormat: 'count',
        },
      },
      ...categoryBlocks('cause', cause, types),
      ...categoryBlocks('place', place, types),
    ],
  };
}

function surveySection(input: BuildReportInput, covered: number): ReportSection {
  const { node } = input.aggregate;
  const years = [covered, covered - 1, covered - 2];
  const byYear = new Map(input.surveys.filter((s) => s.nodeId === node.id).map((s) => [s.year, s]));
  const surveys = years.map((y) => byYear.get(y) ?? null);
  const present = years.filter((y) => byYear.has(y));
  const yearColumns = years.map((y) => col(String(y), `${node.name} ${y}`, 'end'));
  const blocks: ReportBlock[] = [];
  if (present.length === 0) {
    blocks.push({
      kind: 'paragraph',
      text: `Resultat från medarbetarundersökningen ${years[2]}–${covered} saknas för ${node.name}.`,
    });
    return { id: 'survey', title: 'Medarbetarundersökningen', blocks };
  }

  blocks.push(
    { kind: 'heading', level: 3, text: 'Svarsstatistik' },
    {
      kind: 'table',
      id: 'survey-response',
      caption: 'Svarsfrekvens',
      columns: [col('group', 'Grupp'), col('rate', 'Svarsfrekvens', 'end')],
      rows: years.map((y, i) => {
        const rate = surveys[i]?.responseRate ?? null;
        return {
          cells: [
            textCell(`${node.name} ${y}`),
            rate === null
              ? textCell('–')
              : { text: formatPercent(rate / 100, 0), value: rate / 100, format: 'percent' },
          ],
        };
      }),
    },
  );

  const hmes = surveys.map((s) => (s ? surveyHme(s) : null));
  const tis = surveys.map((s) => s?.totalIndex ?? null);
  blocks.push(
    { kind: 'heading', level: 3, text: 'Totalindex (TI) och HME' },
    {
      kind: 'table',
      id: 'survey-index',
      caption: 'Totalindex (TI) och hållbart medarbetarengagemang (HME), 0–100',
      columns: [col('group', 'Grupp'), col('ti', 'TI', 'end'), col('hme', 'HME', 'end')],
      rows: years.map((y, i) => ({
        cells: [
          textCell(`${node.name} ${y}`),
          indexCell(tis[i] ?? null),
          indexCell(hmes[i] ?? null),
        ],
      })),
    },
    {
      kind: 'chart',
      id: 'survey-index-chart',
      title: 'TI och HME tre år',
      chart: {
        kind: 'groupedBar',
        categories: [...years].reverse().map(String),
        series: [
          { key: 'ti', label: 'TI', values: [...tis].reverse().map((v) => v ?? 0) },
          { key: 'hme', label: 'HME', values: [...hmes].reverse().map((v) => v ?? 0) },
        ],
        valueFormat: 'index',
      },
    },
  );

  // The nine questions grouped by sub-index, indices 0–100 per year, as the seed shows them.
  const itemIndex = (survey: Survey | null, key: string) => {
    const mean = survey?.items.find((item) => item.key === key)?.mean;
    return mean === undefined || mean === null ? null : meanToIndex(mean);
  };
  const subs = surveys.map((s) => (s ? hmeOfSurvey(s).subIndices : null));
  const itemRows: ReportTableRow[] = [];
  SUB_INDICES.forEach((sub, subIndex) => {
    itemRows.push({
      kind: 'group',
      cells: [
        textCell(''),
        textCell(sub.label),
        ...years.map((_, i) => indexCell(subs[i]?.[sub.key] ?? null)),
      ],
    });
    sub.items.forEach((key, j) => {
      const label = HME_ITEMS.find((item) => item.key === key)?.label ?? key;
      itemRows.push({
        cells: [
          { text: String(subIndex * 3 + j + 1), value: subIndex * 3 + j + 1, format: 'number' },
          textCell(label),
          ...surveys.map((s) => indexCell(itemIndex(s, key))),
        ],
      });
    });
  });
  blocks.push(
    { kind: 'heading', level: 3, text: 'HME: frågor och delindex' },
    {
      kind: 'table',
      id: 'survey-items',
      caption: 'HME per fråga och delindex (motivation, ledarskap, styrning), 0–100',
      columns: [col('nr', 'Nr', 'end'), col('question', 'Fråga'), ...yearColumns],
      rows: itemRows,
    },
    {
      kind: 'table',
      id: 'survey-subindices',
      caption: 'HME:s delindex, 0–100',
      columns: [col('sub', 'Delindex'), ...yearColumns],
      rows: [
        ...SUB_INDICES.map((sub) => ({
          cells: [
            textCell(sub.label),
            ...years.map((_, i) => indexCell(subs[i]?.[sub.key] ?? null)),
          ],
        })),
        {
          kind: 'total' as const,
          cells: [textCell('HME'), ...years.map((_, i) => indexCell(hmes[i] ?? null))],
        },
      ],
    },
  );

  const current = surveys[0];
  if (current) {
    const previous = surveys[1];
    const { strengths, improvements } = strengthsAndImprovements(current.items);
    const rankedTable = (
      id: string,
      title: string,
      list: ReturnType<typeof strengthsAndImprovements>['strengths'],
    ): ReportBlock => ({
      kind: 'table',
      id,
      caption: `${title} (medelvärde 1–5, jämfört med ${covered - 1})`,
      columns: [
        col('question', title),
        col('result', 'Resultat', 'end'),
        col('compare', 'Jämförelse', 'end'),
      ],
      rows: list.map((item) => ({
        cells: [
          textCell(item.label),
          meanCell(item.mean),
          meanCell(previous?.items.find((p) => p.key === item.key)?.mean ?? null),
        ],
      })),
    });
    blocks.push(
      { kind: 'heading', level: 3, text: 'Styrkor och frågor att förbättra' },
      rankedTable('survey-strengths', 'Styrkor', strengths),
      rankedTable('survey-improvements', 'Frågor att förbättra', improvements),
    );
  }
  return { id: 'survey', title: 'Medarbetarundersökningen', blocks };
}

function childrenSection(input: BuildReportInput): ReportSection {
  const blocks: ReportBlock[] = [];
  const childLevel = input.levelNames[input.aggregate.node.level - 2] ?? '';
  for (const child of input.aggregate.children) {
    blocks.push({ kind: 'heading', level: 3, text: `${childLevel} ${child.node.name}`.trim() });
    const parts: [string, string | undefined][] = [
      ['Sammanfattning', child.summary?.summary],
      ['Goda exempel', child.summary?.goodExamples],
      ['Arbetsmiljöutmaningar', child.summary?.challenges],
    ];
    for (const [title, text] of parts) {
      blocks.push({ kind: 'heading', level: 4, text: title });
      const items = textToItems(text);
      blocks.push(
        items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: 'Inget angivet.' },
      );
    }
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: 'Inga underliggande nivåer.' });
  const title = childLevel
    ? `Sammanfattning per ${childLevel.toLocaleLowerCase('sv-SE')}`
    : 'Sammanfattning';
  return { id: 'children', title, blocks };
}

function childPrioritiesSection(input: BuildReportInput): ReportSection {
  const blocks: ReportBlock[] = [];
  for (const child of input.aggregate.children) {
    blocks.push({ kind: 'heading', level: 3, text: child.node.name });
    const items = textToItems(child.summary?.priorities);
    blocks.push(
      items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: 'Inget angivet.' },
    );
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: 'Inga underliggande nivåer.' });
  return { id: 'childPriorities', title: `Prioriteringar ${input.aggregate.year}`, blocks };
}

function previousActionsSection(input: BuildReportInput): ReportSection {
  const { aggregate } = input;
  const last = aggregate.year - 1;
  const own = aggregate.previousActions
    .filter((x) => x.node.id === aggregate.node.id && x.action.year === last)
    .map((x) => x.action);
  const handled = (a: Action) =>
    a.followUp === null ? textCell('Ej uppföljd') : textCell(a.followUp.handled ? 'Ja' : 'Nej');
  const why = (a: Action) =>
    textCell(a.followUp && !a.followUp.handled ? a.followUp.reason || a.reason : '');
  return {
    id: 'previousActions',
    title: 'Uppföljning av föregående års åtgärder',
    blocks:
      own.length === 0
        ? [{ kind: 'paragraph', text: `Inga prioriterade åtgärder från ${last}.` }]
        : [
            {
              kind: 'table',
              id: 'previous-actions',
              caption: `Prioriterade arbetsmiljöåtgärder ${last}`,
              columns: [
                col('action', `Prioriterade arbetsmiljöåtgärder ${last}`),
                col('handled', 'Har hanterats Ja/Nej'),
                col('reason', 'Om nej, orsak'),
              ],
              rows: own.map((a) => ({ cells: [textCell(a.text), handled(a), why(a)] })),
            },
          ],
  };
}

function prioritiesSection(input: BuildReportInput): ReportSection {
  const { aggregate } = input;
  const items = textToItems(aggregate.own.summary?.priorities);
  return {
    id: 'priorities',
    title: `Övergripande prioriteringar ${aggregate.node.name} ${aggregate.year}`,
    blocks:
      items.length > 0
        ? [{ kind: 'list', items }]
        : [{ kind: 'paragraph', text: 'Inget angivet.' }],
  };
}

function actionPlanSection(input: BuildReportInput): ReportSection {
  const { aggregate } = input;
  const actions = aggregate.own.actions.filter((a) => a.year === aggregate.year);
  const date = (value: string | null) => textCell(value ?? '–');
  return {
    id: 'actionPlan',
    title: 'Handlingsplan',
    blocks:
      actions.length === 0
        ? [{ kind: 'paragraph', text: 'Handlingsplanen har inga åtgärder.' }]
        : [
            {
              kind: 'table',
              id: 'action-plan',
              caption: `Handlingsplan ${aggregate.node.name} ${aggregate.year}`,
              columns: [
                col('action', 'Åtgärd'),
                col('responsible', 'Ansvarig'),
                col('due', 'Klart när?'),
                col('followUp', 'Följs upp när?'),
              ],
              rows: actions.map((a) => ({
                cells: [
                  textCell(a.text),
                  textCell(a.responsible || '–'),
                  date(a.dueDate),
                  date(a.followUpDate),
                ],
              })),
            },
          ],
  };
}

/**
 * The annual report of a node and year: cover, the process, checklist results, incidents, the
 * employee survey, each child's texts and priorities, last year's actions followed up, the node's
 * priorities and action plan — in the seed's order (issue 7, point 2).
 */
export function buildReport(input: BuildReportInput): ReportModel {
  const { aggregate } = input;
  const covered = coveredYearOf(aggregate.year);
  const title = `Årlig uppföljning av det systematiska arbetsmiljöarbetet (SAM) ${aggregate.year}`;
  return {
    meta: {
      title,
      organisation: input.organisation,
      nodeId: aggregate.node.id,
      nodeName: aggregate.node.name,
      levelName: input.levelNames[aggregate.node.level - 1] ?? '',
      year: aggregate.year,
      coveredYear: covered,
      date: input.date,
    },
    sections: [
      coverSection(input, title, covered),
      processSection(input),
      checklistSection(input),
      incidentsSection(input),
      surveySection(input, covered),
      childrenSection(input),
      childPrioritiesSection(input),
      previousActionsSection(input),
      prioritiesSection(input),
      actionPlanSection(input),
    ],
  };
}
