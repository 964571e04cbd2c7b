import { coveredYear } from '../followup-year';
import type { Action, Answer, AnswerValue, FollowUp, OrgNode, Template } from '../schemas';
import type { IncidentStats } from '../exchange/payload';
import type { AnswerCounts } from './answer-stats';
import { sumIncidentStats } from './incident-stats';
import type {
  Aggregate,
  AggregateFn,
  AggregateInput,
  NodeReport,
  QuestionAggregate,
  SectionAggregate,
  UnitCoverage,
} from './types';

/*
 * The roll-up every aggregated view and the annual report use (contract in types.ts).
 *
 * Rules, in the words a user would ask about them:
 * - Which units: the active (not archived) level-1 units at or below the node. An archived node
 *   below the node is left out together with everything under it (answers, incidents, actions);
 *   the node itself is always included, so an archived node can still be looked at.
 * - Which answers: only those of a signed follow-up (status 'signed' and signed by both the
 *   manager and the safety representative). A draft's answers are not counted: they may still
 *   change, and a report that counts them would disagree with the one made after sign-off. The
 *   coverage (units.withReport against units.signed) shows how many units that leaves out.
 *   Unanswered questions (null) are not part of n. If a report lists the same question twice,
 *   the first answer counts.
 * - Which questions: those in the templates the counted follow-ups were answered against
 *   (followUp.templateId → templates). A question nobody below was asked is left out; a question
 *   asked but never answered is shown with n = 0. An answer to a question outside its unit's own
 *   template is not counted. A follow-up whose template is missing from `templates` still counts,
 *   for the questions the other templates place.
 * - Order: sections and questions in template order, the newest template first (year, then
 *   version); in each section the standard questions, then the local ones; sections with only
 *   local questions after the standard sections. Text and title come from the newest template.
 * - Incidents and actions come from every report in the subtree (drafts included: they are the
 *   node's own records, not checklist answers). Actions are matched to the node whose report
 *   carries them; an action in a report that names another node is ignored.
 *
 * Speed: one walk over the subtree, one pass over the counted units' answers into a flat typed
 * array (question × column × value, column 0 the total, then one per direct child). No scan of
 * all answers per question. Each unit's answers are reduced to numbers once (answerDigest) and
 * reused by later calls on the same loaded reports, so drill-down only adds numbers up.
 */

/** Ja, Delvis, Nej, Vet ej → 0–3: the order of the four counts in the typed array. */
function valueIndex(value: AnswerValue): number {
  return value === 'ja' ? 0 : value === 'delvis' ? 1 : value === 'nej' ? 2 : 3;
}

/**
 * A follow-up that counts in the aggregate, and that a unit may send upward: status 'signed' and
 * both signatures present.
 */
export function isSignedFollowUp(followUp: FollowUp | null | undefined): boolean {
  return (
    followUp != null &&
    followUp.status === 'signed' &&
    followUp.signOff.manager !== null &&
    followUp.signOff.safetyRep !== null
  );
}

function emptyCoverage(): UnitCoverage {
  return { total: 0, withReport: 0, signed: 0 };
}

interface Visit {
  node: OrgNode;
  /** Index into the node's direct children; −1 for the node itself. */
  child: number;
  report: NodeReport | undefined;
}

interface CountedUnit {
  /** Column in the counts array: 0 when the unit is the node itself, else 1 + child index. */
  column: number;
  followUpId: string;
  templateId: string;
  answers: readonly Answer[];
}

/*
 * Each unit's answers, once reduced to numbers: question number × 4 + value (see valueIndex), the
 * first answer per question only, unanswered ones and answers of another follow-up left out. Kept
 * per answers array (a report is not changed once loaded), so that drilling down and going back
 * does not read the same 80 000 answers again. Question numbers come from one registry for all
 * calls; should it ever grow past QUESTION_NUMBER_LIMIT (ids of many different templates), it
 * starts over and every digest is made again.
 */
interface AnswerDigest {
  generation: number;
  followUpId: string;
  codes: Int32Array;
}

const QUESTION_NUMBER_LIMIT = 100_000;
let questionNumbers = new Map<string, number>();
let generation = 0;
let digestCache = new WeakMap<readonly Answer[], AnswerDigest>();

function questionNumber(id: string): number {
  let number = questionNumbers.get(id);
  if (number === undefined) {
    number = questionNumbers.size;
    questionNumbers.set(id, number);
  }
  return number;
}

function answerDigest(answers: readonly Answer[], followUpId: string): AnswerDigest {
  const cached = digestCache.get(answers);
  if (cached && cached.generation === generation && cached.followUpId === followUpId) return cached;
  const codes: number[] = [];
  const seen = new Set<number>();
  for (const answer of answers) {
    if (answer.value === null || answer.followUpId !== followUpId) continue;
    const number = questionNumber(answer.questionId);
    if (seen.has(number)) continue;
    seen.add(number);
    codes.push(number * 4 + valueIndex(answer.value));
  }
  const digest = { generation, followUpId, codes: Int32Array.from(codes) };
  digestCache.set(answers, digest);
  return digest;
}

function startOverIfFull(): void {
  if (questionNumbers.size <= QUESTION_NUMBER_LIMIT) return;
  questionNumbers = new Map();
  digestCache = new WeakMap();
  generation += 1;
}

interface QuestionSlot {
  id: string;
  text: string;
}

interface SectionSlot {
  id: string;
  title: string;
  standard: number[];
  local: number[];
}

/** Newest template first: the one whose texts and order win where templates differ. */
function newestFirst(a: Template, b: Template): number {
  return b.year - a.year || b.version - a.version || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The questions the used templates ask, each once, and the sections that hold them. */
function layout(used: readonly Template[]) {
  const slots: QuestionSlot[] = [];
  const slotOf = new Map<string, number>();
  const sections: SectionSlot[] = [];
  const sectionOf = new Map<string, SectionSlot>();
  for (const template of used) {
    for (const section of template.sections) {
      let target = sectionOf.get(section.id);
      if (!target) {
        target = { id: section.id, title: section.title, standard: [], local: [] };
        sectionOf.set(section.id, target);
        sections.push(target);
      }
      for (const question of section.questions) {
        if (slotOf.has(question.id)) continue;
        const slot = slots.length;
        slots.push({ id: question.id, text: question.text });
        slotOf.set(question.id, slot);
        (question.origin === 'standard' ? target.standard : target.local).push(slot);
      }
    }
  }
  const withStandard = sections.filter((s) => s.standard.length > 0);
  const localOnly = sections.filter((s) => s.standard.length === 0 && s.local.length > 0);
  const ordered = [...withStandard, ...localOnly].map((s) => ({
    id: s.id,
    title: s.title,
    slots: [...s.standard, ...s.local],
  }));
  /** Per template, which slots it asks (1) and which not (0). */
  const asks = new Map<string, Uint8Array>();
  for (const template of used) {
    const mask = new Uint8Array(slots.length);
    for (const section of template.sections) {
      for (const question of section.questions) {
        const slot = slotOf.get(question.id);
        if (slot !== undefined) mask[slot] = 1;
      }
    }
    asks.set(template.id, mask);
  }
  return { slots, slotOf, sections: ordered, asks };
}

function countsAt(counts: Uint32Array, at: number): AnswerCounts {
  const ja = counts[at] ?? 0;
  const delvis = counts[at + 1] ?? 0;
  const nej = counts[at + 2] ?? 0;
  const vetej = counts[at + 3] ?? 0;
  return { ja, delvis, nej, vetej, n: ja + delvis + nej + vetej };
}

export const aggregate: AggregateFn = (input: AggregateInput): Aggregate => {
  const { tree, nodeId, year, reports, templates } = input;
  startOverIfFull();
  const node = tree.byId.get(nodeId);
  if (!node) throw new Error(`Noden "${nodeId}" finns inte i organisationen.`);
  const reportOf = (id: string) => {
    const report = reports.get(id);
    return report && report.year === year ? report : undefined;
  };
  const active = (parent: string) => tree.childrenOf(parent).filter((n) => !n.archived);
  const children = active(nodeId);

  // One walk: parents before children, each node tagged with the direct child it lies under.
  const visits: Visit[] = [];
  const total = emptyCoverage();
  const perChild = children.map(() => emptyCoverage());
  const counted: CountedUnit[] = [];
  const templateUse = new Map<string, number>();
  const stack: { node: OrgNode; child: number }[] = [{ node, child: -1 }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const report = reportOf(item.node.id);
    visits.push({ node: item.node, child: item.child, report });
    if (item.node.level === 1) {
      const coverages = item.child >= 0 ? [total, perChild[item.child]] : [total];
      const followUp = report?.body.followUp ?? null;
      const signed = isSignedFollowUp(followUp);
      for (const coverage of coverages) {
        if (!coverage) continue;
        coverage.total += 1;
        if (report) coverage.withReport += 1;
        if (signed) coverage.signed += 1;
      }
      if (report && followUp && signed) {
        counted.push({
          column: item.child + 1,
          followUpId: followUp.id,
          templateId: followUp.templateId,
          answers: report.body.answers,
        });
        templateUse.set(followUp.templateId, (templateUse.get(followUp.templateId) ?? 0) + 1);
      }
    }
    const below = item.node.id === nodeId ? children : active(item.node.id);
    for (let i = below.length - 1; i >= 0; i--) {
      const child = below[i];
      if (child) stack.push({ node: child, child: item.child >= 0 ? item.child : i });
    }
  }

  // The questions asked, and one pass over the counted answers.
  const used = [...templateUse.keys()]
    .map((id) => templates.get(id))
    .filter((t): t is Template => t !== undefined)
    .sort(newestFirst);
  const { slots, slotOf, sections: laidOut, asks } = layout(used);
  const columns = children.length + 1;
  const counts = new Uint32Array(slots.length * columns * 4);
  const digests = counted.map((unit) => answerDigest(unit.answers, unit.followUpId));
  // Question number (see answerDigest) → slot here; −1 for questions not placed.
  const numbered = [...slotOf].map(([id, slot]) => [questionNumber(id), slot] as const);
  const slotOfNumber = new Int32Array(questionNumbers.size).fill(-1);
  for (const [number, slot] of numbered) slotOfNumber[number] = slot;
  for (let index = 0; index < counted.length; index++) {
    const unit = counted[index] as CountedUnit;
    const codes = (digests[index] as AnswerDigest).codes;
    const mask = asks.get(unit.templateId);
    const column = unit.column * 4;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] as number;
      const slot = slotOfNumber[code >> 2] ?? -1;
      if (slot < 0 || (mask && mask[slot] === 0)) continue;
      const at = slot * columns * 4 + (code & 3);
      counts[at] = (counts[at] ?? 0) + 1;
      if (column > 0) counts[at + column] = (counts[at + column] ?? 0) + 1;
    }
  }

  const sections: SectionAggregate[] = laidOut.map((section) => ({
    id: section.id,
    title: section.title,
    questions: section.slots.map((slot): QuestionAggregate => {
      const question = slots[slot] as QuestionSlot;
      const base = slot * columns * 4;
      return {
        questionId: question.id,
        text: question.text,
        counts: countsAt(counts, base),
        byChild: children.map((child, i) => ({
          nodeId: child.id,
          counts: countsAt(counts, base + (i + 1) * 4),
        })),
      };
    }),
  }));

  // Incidents, actions and texts from every report in the subtree.
  const incidentYear = coveredYear(year);
  const stats: IncidentStats[] = [];
  const actions: Aggregate['actions'] = [];
  const previousActions: Aggregate['previousActions'] = [];
  for (const visit of visits) {
    if (!visit.report) continue;
    const body = visit.report.body;
    stats.push(body.incidentStats);
    for (const action of body.actions) {
      if (action.nodeId !== visit.node.id) continue;
      if (action.year === year) actions.push({ action, node: visit.node });
      else if (action.year === year - 1) previousActions.push({ action, node: visit.node });
    }
  }
  const ownReport = reportOf(nodeId);
  const ownActions: Action[] = actions.filter((a) => a.node.id === nodeId).map((a) => a.action);

  return {
    node,
    year,
    incidentYear,
    sections,
    units: total,
    children: children.map((child, i) => {
      const body = reportOf(child.id)?.body;
      return { node: child, units: perChild[i] ?? emptyCoverage(), summary: body?.summary ?? null };
    }),
    incidents: sumIncidentStats(incidentYear, stats),
    actions,
    previousActions,
    own: { summary: ownReport?.body.summary ?? null, actions: ownActions },
  };
};
