import type { ReportModel } from '@shared/report/model';
import { formatNumber, formatPercent } from '@shared/format';
import type { Memo } from '../../../data/memo-repo';
import { findTable, modelTables } from './model-helpers';

/*
 * The proposal for the cover memo ("tjänsteskrivelse"), made from the report model with the
 * headings of the seed's memo: Förslag till beslut, Sammanfattning, Ärendet, Ekonomiska
 * konsekvenser, Underlag för beslut, Fastställd av, Skickas till. The user edits it in the app;
 * the edited memo is stored (memo-repo) and this proposal can be restored.
 */

/** "Socialförvaltningen" → "Socialnämnden"; other names → "Nämnden" (the user corrects it). */
export function boardOf(nodeName: string): string {
  const match = /^(.*)förvaltningen$/iu.exec(nodeName.trim());
  return match?.[1] ? `${match[1]}nämnden` : 'Nämnden';
}

export interface KeyFigures {
  questions: number;
  answers: number;
  ja: number;
  /** The question with the lowest share of Ja among those answered, and its share. */
  weakest: { text: string; share: number } | null;
  incidents: number | null;
  ti: number | null;
  hme: number | null;
  surveyYear: string | null;
  plannedActions: number;
  previousActions: { total: number; handled: number };
}

/** The figures the memo's summary quotes, read from the model's tables. */
export function keyFigures(model: ReportModel): KeyFigures {
  let questions = 0;
  let answers = 0;
  let ja = 0;
  let weakest: KeyFigures['weakest'] = null;
  for (const { section, table } of modelTables(model)) {
    if (section.id !== 'checklist') continue;
    const total = table.rows.find((row) => row.kind === 'total') ?? table.rows[0];
    const n = total?.cells[1]?.value ?? 0;
    const jaCount = total?.cells[2]?.value ?? 0;
    questions += 1;
    answers += n;
    ja += jaCount;
    if (n > 0) {
      const chart = section.blocks.find((b) => b.kind === 'chart' && b.id === `${table.id}-chart`);
      const text =
        chart?.kind === 'chart' ? chart.title : table.caption.replace(/\s*\(n = [^)]*\)$/u, '');
      const share = jaCount / n;
      if (!weakest || share < weakest.share) weakest = { text, share };
    }
  }
  const monthTable = findTable(model, 'incidents-month-type');
  const totalRow = monthTable?.rows.find((row) => row.kind === 'total');
  const incidents = totalRow?.cells.at(-1)?.value ?? null;
  const index = findTable(model, 'survey-index')?.rows[0];
  const previous = findTable(model, 'previous-actions')?.rows ?? [];
  return {
    questions,
    answers,
    ja,
    weakest,
    incidents,
    ti: index?.cells[1]?.value ?? null,
    hme: index?.cells[2]?.value ?? null,
    surveyYear: index && index.cells[1]?.value != null ? String(model.meta.coveredYear) : null,
    plannedActions: findTable(model, 'action-plan')?.rows.length ?? 0,
    previousActions: {
      total: previous.length,
      handled: previous.filter((row) => row.cells[1]?.text === 'Ja').length,
    },
  };
}

const RESPONSIBILITY =
  'Arbetsgivaren har ett ansvar att årligen följa upp hur det systematiska arbetsmiljöarbetet ' +
  'fungerar. Ansvarig för att genomföra den årliga uppföljningen är den högsta ledningen inom ' +
  'tjänstemannaorganisationen. Den årliga uppföljningen ska även redovisas för organisationens ' +
  'politiska nivå. Om den årliga uppföljningen visar att det finns brister ska dessa åtgärdas. ' +
  'Resultatet av den årliga uppföljningen ska dokumenteras.';

function figuresText(model: ReportModel, figures: KeyFigures): string {
  const { meta } = model;
  const sentences: string[] = [];
  if (figures.answers > 0) {
    sentences.push(
      `Checklistan har ${figures.questions} frågor. Av de ${formatNumber(figures.answers)} svar ` +
        `som lämnats är ${formatNumber(figures.ja)} Ja (${formatPercent(figures.ja / figures.answers)}).`,
    );
    if (figures.weakest)
      sentences.push(
        `Lägst andel Ja har frågan ”${figures.weakest.text}” (${formatPercent(figures.weakest.share)}).`,
      );
  } else {
    sentences.push('Inga signerade svar på checklistan finns för året.');
  }
  if (figures.incidents !== null)
    sentences.push(
      `Under ${meta.coveredYear} rapporterades ${formatNumber(figures.incidents)} riskobservationer, tillbud och arbetsskador.`,
    );
  if (figures.ti !== null && figures.surveyYear)
    sentences.push(
      `I medarbetarundersökningen ${figures.surveyYear} är totalindex (TI) ${formatNumber(figures.ti)}` +
        (figures.hme !== null ? ` och HME ${formatNumber(figures.hme)}.` : '.'),
    );
  if (figures.previousActions.total > 0)
    sentences.push(
      `Av ${figures.previousActions.total} prioriterade åtgärder från ${meta.year - 1} har ` +
        `${figures.previousActions.handled} hanterats.`,
    );
  sentences.push(
    figures.plannedActions > 0
      ? `Handlingsplanen för ${meta.year} har ${figures.plannedActions} åtgärder.`
      : `Handlingsplanen för ${meta.year} har ännu inga åtgärder.`,
  );
  return sentences.join(' ');
}

/** The proposal made from the report: every field filled, ready to edit. */
export function defaultMemo(model: ReportModel): Memo {
  const { meta } = model;
  const board = boardOf(meta.nodeName);
  const figures = keyFigures(model);
  const process = model.sections.find((s) => s.id === 'process');
  const checklist = model.sections.find((s) => s.id === 'checklist');
  // The process section's steps (its lead repeats what RESPONSIBILITY says, as in the seed).
  const steps = (process?.blocks ?? []).flatMap((block) =>
    block.kind === 'list' ? block.items.map((item) => `- ${item}`) : [],
  );
  const processText =
    steps.length > 0
      ? [
          `Den årliga uppföljningen följer fördelningen av arbetsmiljöuppgifter, i omvänd ordning:\n${steps.join('\n')}`,
        ]
      : [];
  const coverage = checklist?.blocks.find((b) => b.kind === 'paragraph');
  const reportTitle = `${meta.title} – ${meta.nodeName}`;
  const title = `Årlig uppföljning av systematiskt arbetsmiljöarbete (SAM) ${meta.year} ${meta.nodeName}`;
  return {
    board,
    caseNumber: '',
    officer: '',
    date: meta.date,
    title,
    proposal: `${board} godkänner den årliga uppföljningen av det systematiska arbetsmiljöarbetet ${meta.year} för ${meta.nodeName}.`,
    summary: [RESPONSIBILITY, figuresText(model, figures)].join('\n\n'),
    matter: [
      RESPONSIBILITY,
      ...processText,
      coverage?.kind === 'paragraph' ? coverage.text : '',
      `Resultatet av uppföljningen, prioriteringarna för ${meta.year} och handlingsplanen redovisas i bilagan ”${reportTitle}”.`,
    ]
      .filter((text) => text !== '')
      .join('\n\n'),
    economy: 'Beslutet kan medföra ekonomiska konsekvenser.',
    basis: [`Tjänsteskrivelse – ${title}`, reportTitle].join('\n'),
    approvedBy: '',
    sendTo: ['Kommunstyrelsen', 'HR-avdelningen'].join('\n'),
  };
}
