import type { Action, ActionStatus, Answer, FollowUp, Summary, Template } from '../schemas';
import { answerWeights } from './answer-profiles';
import { addDays, daysBetween, endOfMonth, minDate, randomWorkday, timestamp } from './dates';
import type { Random } from './prng';
import { NOT_DONE_REASONS, commentsFor, questionTexts } from './texts/question-texts';
import { ALL_DONE, COMMON_NARRATIVE, NARRATIVES, type NarrativePool } from './texts/narratives';
import { KIND_PROFILES, type UnitKind } from './unit-kinds';

/** Draws texts so that units sharing a list vary as much as it allows (see createDecks). */
export type Draw = <T>(key: string, items: readonly T[]) => T;

export interface UnitYearInput {
  unitId: string;
  kind: UnitKind;
  year: number;
  template: Template;
  /** Around 1: above makes the unit answer Ja more often. */
  quality: number;
  /** 0 for the latest follow-up year, 1 for the one before: earlier years are a little weaker. */
  earlier: number;
  manager: string;
  safetyRep: string;
  staffCount: number;
  meetingDate: string;
  /** The day the data is "seen": action statuses and sign-off dates never lie after it. */
  today: string;
  withTexts: boolean;
}

export interface UnitYear {
  followUp: FollowUp;
  answers: Answer[];
  actions: Action[];
  summary: Summary;
}

export function followUpId(unitId: string, year: number): string {
  return `fu-${unitId}-${year}`;
}

/** Where an action stands on `today`, given when it was decided and when it is due. */
export function actionStatusOn(
  random: Random,
  decided: string,
  due: string,
  today: string,
): { status: ActionStatus; reason: string } {
  if (today <= decided) return { status: 'planerad', reason: '' };
  if (due < today) {
    const status = random.weighted<ActionStatus>({ klar: 0.82, pagar: 0.11, ej_genomford: 0.07 });
    return { status, reason: status === 'ej_genomford' ? random.pick(NOT_DONE_REASONS) : '' };
  }
  const elapsed = daysBetween(decided, today) / Math.max(1, daysBetween(decided, due));
  const status = random.weighted<ActionStatus>({
    klar: 0.2 * elapsed,
    pagar: 0.2 + 0.5 * elapsed,
    planerad: 1 - elapsed,
  });
  return { status, reason: '' };
}

function lines(
  draw: Draw,
  key: string,
  pools: readonly (readonly string[])[],
  count: number,
): string {
  const items = pools.flat();
  const picked = new Set<string>();
  for (let i = 0; i < count * 3 && picked.size < count; i++) picked.add(draw(key, items));
  return [...picked].join('\n');
}

function narrative(random: Random, draw: Draw, own: NarrativePool, group: string) {
  const from = (field: keyof NarrativePool, count: number) =>
    lines(draw, `${group}:${field}`, [own[field], COMMON_NARRATIVE[field]], count);
  return {
    done: from('done', random.int(2, 4)),
    results: from('results', random.int(1, 3)),
    improvements: from('improvements', random.int(1, 2)),
    notDone: random.chance(0.12) ? ALL_DONE : from('notDone', random.int(1, 2)),
    summary: from('summary', random.int(1, 2)),
    goodExamples: from('goodExamples', random.int(1, 2)),
    challenges: from('challenges', random.int(1, 2)),
  };
}

/**
 * One unit's signed follow-up for a year: every question of the template answered, comments on
 * most answers that are not Ja, an action for most Nej and many Delvis, the year narrative and the
 * unit's own summary (its priorities are the actions it decided).
 */
export function generateUnitYear(random: Random, draw: Draw, input: UnitYearInput): UnitYear {
  const fuId = followUpId(input.unitId, input.year);
  const answers: Answer[] = [];
  const actions: Action[] = [];
  for (const section of input.template.sections) {
    for (const question of section.questions) {
      const value = random.weighted(answerWeights(question.id, input.quality, input.earlier));
      let comment = '';
      if (input.withTexts) {
        const pool = commentsFor(question.id, value);
        const wanted = value === 'ja' ? random.chance(0.12) : random.chance(0.88);
        if (wanted && pool.length > 0) comment = draw(`${question.id}:${value}`, pool);
      }
      answers.push({
        id: `${fuId}:${question.id}`,
        followUpId: fuId,
        questionId: question.id,
        value,
        comment,
      });

      const wantsAction =
        value === 'nej' ? random.chance(0.85) : value === 'delvis' && random.chance(0.55);
      if (!wantsAction) continue;
      const idea = draw(`${question.id}:action`, questionTexts(question.id).actions);
      const due = endOfMonth(input.meetingDate, random.int(2, 10));
      const { status, reason } = actionStatusOn(random, input.meetingDate, due, input.today);
      actions.push({
        id: `act-${input.unitId}-${input.year}-${String(actions.length + 1).padStart(2, '0')}`,
        nodeId: input.unitId,
        year: input.year,
        text: idea.text,
        responsible: idea.responsible,
        dueDate: due,
        followUpDate: randomWorkday(random, addDays(due, 14), addDays(due, 90)),
        status,
        reason,
        source: { kind: 'question', ref: question.id },
        followUp: null,
      });
    }
  }

  const managerSigned = minDate(addDays(input.meetingDate, random.int(0, 3)), input.today);
  const safetyRepSigned = minDate(addDays(managerSigned, random.int(0, 4)), input.today);
  const group = KIND_PROFILES[input.kind].narrative;
  const texts = input.withTexts ? narrative(random, draw, NARRATIVES[group], group) : undefined;
  const followUp: FollowUp = {
    id: fuId,
    nodeId: input.unitId,
    year: input.year,
    templateId: input.template.id,
    status: 'signed',
    meetingDate: input.meetingDate,
    participants: {
      manager: input.manager,
      safetyRep: input.safetyRep,
      staffCount: input.staffCount,
    },
    narrative: {
      done: texts?.done ?? '',
      results: texts?.results ?? '',
      improvements: texts?.improvements ?? '',
      notDone: texts?.notDone ?? '',
    },
    signOff: {
      manager: { name: input.manager, date: managerSigned },
      safetyRep: { name: input.safetyRep, date: safetyRepSigned },
    },
    reopenLog: [],
    updatedAt: timestamp(safetyRepSigned, random.int(8, 15), random.int(0, 59)),
  };
  const priorities = actions
    .slice(0, 3)
    .map((action) => action.text)
    .join('\n');
  const summary: Summary = {
    id: `${input.unitId}:${input.year}`,
    nodeId: input.unitId,
    year: input.year,
    summary: texts?.summary ?? '',
    goodExamples: texts?.goodExamples ?? '',
    challenges: texts?.challenges ?? '',
    priorities: input.withTexts ? priorities || 'Fortsätta arbetet enligt årshjulet.' : '',
  };
  return { followUp, answers, actions, summary };
}
