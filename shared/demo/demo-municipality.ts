import type { Action, FollowUp, OrgNode, Summary } from '../schemas';
import { coveredYear, defaultFollowUpYear } from '../followup-year';
import { defaultTemplate } from '../templates';
import { emptyDataset, type Dataset } from './dataset';
import {
  addDays,
  daysBetween,
  endOfMonth,
  isoDate,
  localIsoDate,
  maxDate,
  minDate,
  randomWorkday,
  timestamp,
} from './dates';
import {
  DEMO_ADMINISTRATION,
  DEMO_LEVEL_NAMES,
  DEMO_MUNICIPALITY,
  DEMO_SECTIONS,
  type DemoUnit,
} from './demo-org';
import { makeSurvey } from './hme';
import { generateIncidents, type GeneratedIncident } from './incidents';
import { createDecks, createRandom, type Random } from './prng';
import { administrationTexts, SECTION_TEXTS, type LevelTexts } from './texts/demo-level-texts';
import { createNamePool } from './texts/names';
import { NOT_DONE_REASONS, STARTED_NOT_FINISHED } from './texts/question-texts';
import { actionStatusOn, generateUnitYear } from './unit-year';
import { KIND_PROFILES } from './unit-kinds';

/** Fixed, so the demo is the same on every machine and every load (only `today` moves it). */
const DEMO_SEED = 0x5a3_2026;

const DEMO_UNITS: readonly (DemoUnit & { sectionId: string })[] = DEMO_SECTIONS.flatMap((section) =>
  section.units.map((unit) => ({ ...unit, sectionId: section.id })),
);

/**
 * The demo organisation: "Exempelstads kommun" with Socialförvaltningen, five sections and 25
 * units. The current follow-up year (the one `today` falls in) is complete: every unit signed by
 * manager and skyddsombud, every question answered, actions, narratives and summaries at every
 * level. The previous year is signed too, and its actions are followed up in the current year.
 * Incidents cover the year the current follow-up covers (and the current year up to `today`);
 * surveys cover three years. The installation acts for the administration as HR.
 */
export function demoMunicipality(today: Date): Dataset {
  const year = defaultFollowUpYear(today);
  const previous = year - 1;
  const todayIso = localIsoDate(today);
  const random = createRandom(DEMO_SEED);
  const draw = createDecks(random.fork('texter'));
  const data = emptyDataset();

  data.orgNodes.push(...organisation());
  const currentTemplate = defaultTemplate(year);
  const previousTemplate = defaultTemplate(previous);
  data.templates.push(previousTemplate, currentTemplate);

  const people = staff(random.fork('personal'));
  const unitRandom = random.fork('enheter');
  const currentFollowUps: FollowUp[] = [];
  const actionsByUnit = new Map<string, { previous: Action[]; current: Action[] }>();
  for (const [index, unit] of DEMO_UNITS.entries()) {
    const quality = 0.86 + unitRandom.next() * 0.26;
    const crew = people[index];
    if (!crew) continue;
    const results = [previous, year].map((y) => {
      const meeting = meetingWindow(y, todayIso);
      const who = y === year ? crew.current : crew.previous;
      return generateUnitYear(unitRandom, draw, {
        unitId: unit.id,
        kind: unit.kind,
        year: y,
        template: y === year ? currentTemplate : previousTemplate,
        quality,
        earlier: year - y,
        manager: who.manager,
        safetyRep: who.safetyRep,
        staffCount: who.staffCount,
        meetingDate: randomWorkday(unitRandom, meeting.from, meeting.to),
        today: todayIso,
        withTexts: true,
      });
    });
    const [before, now] = results;
    if (!before || !now) continue;
    const allFollowedUp =
      now.answers.find((answer) => answer.questionId === 'forra-arets-atgarder-uppfoljda')
        ?.value === 'ja';
    followUpPreviousActions(unitRandom, before.actions, year, allFollowedUp, todayIso);
    for (const result of results) {
      data.followUps.push(result.followUp);
      data.answers.push(...result.answers);
      data.summaries.push(result.summary);
    }
    currentFollowUps.push(now.followUp);
    actionsByUnit.set(unit.id, { previous: before.actions, current: now.actions });
  }
  addReopening(random.fork('återöppning'), currentFollowUps, todayIso);

  const incidents = demoIncidents(random.fork('händelser'), year, todayIso);
  data.incidents.push(...incidents.map((generated) => generated.incident));
  addIncidentActions(random.fork('händelseåtgärder'), {
    incidents: incidents.filter((generated) => generated.incident.date < isoDate(year, 1, 1)),
    followUps: currentFollowUps,
    actionsByUnit,
    today: todayIso,
  });
  for (const { previous: before, current } of actionsByUnit.values()) {
    data.actions.push(...before, ...current);
  }

  const levelRandom = random.fork('nivåer');
  const levels: [string, LevelTexts][] = [
    ...DEMO_SECTIONS.map((section): [string, LevelTexts] => [
      section.id,
      SECTION_TEXTS[section.id] ?? administrationTexts(section.units.length),
    ]),
    [DEMO_ADMINISTRATION.id, administrationTexts(DEMO_UNITS.length)],
  ];
  for (const [nodeId, texts] of levels) {
    data.summaries.push(...levelSummaries(nodeId, year, texts));
    data.actions.push(...levelActions(levelRandom, nodeId, year, texts, todayIso));
  }

  data.surveys.push(...demoSurveys(random.fork('mu'), year));
  data.identity.push({
    id: 'self',
    nodeId: DEMO_ADMINISTRATION.id,
    role: 'hr',
    userName: 'Demo HR',
    levelNames: [...DEMO_LEVEL_NAMES],
  });
  return data;
}

function organisation(): OrgNode[] {
  const nodes: OrgNode[] = [
    { ...DEMO_MUNICIPALITY, parentId: null, level: 4, archived: false },
    { ...DEMO_ADMINISTRATION, parentId: DEMO_MUNICIPALITY.id, level: 3, archived: false },
  ];
  for (const section of DEMO_SECTIONS) {
    nodes.push({
      id: section.id,
      name: section.name,
      parentId: DEMO_ADMINISTRATION.id,
      level: 2,
      archived: false,
    });
    for (const unit of section.units) {
      nodes.push({ id: unit.id, name: unit.name, parentId: section.id, level: 1, archived: false });
    }
  }
  return nodes;
}

/**
 * When units meet for a year's follow-up: mid-January to late March, but never on or after
 * `today` (a follow-up is not signed in advance) and never before the year begins.
 */
function meetingWindow(year: number, today: string): { from: string; to: string } {
  const last = maxDate(isoDate(year, 1, 1), minDate(isoDate(year, 3, 25), addDays(today, -1)));
  return { from: minDate(isoDate(year, 1, 15), last), to: last };
}

interface Crew {
  manager: string;
  safetyRep: string;
  staffCount: number;
}

/** Manager, skyddsombud and staff per unit and year; a few units changed people in between. */
function staff(random: Random): { current: Crew; previous: Crew }[] {
  const nextName = createNamePool(random);
  return DEMO_UNITS.map((unit) => {
    const [minStaff, maxStaff] = KIND_PROFILES[unit.kind].staff;
    const current = {
      manager: nextName(),
      safetyRep: nextName(),
      staffCount: random.int(minStaff, maxStaff),
    };
    const previous = {
      manager: random.chance(0.2) ? nextName() : current.manager,
      safetyRep: random.chance(0.25) ? nextName() : current.safetyRep,
      staffCount: Math.max(minStaff, current.staffCount + random.int(-3, 2)),
    };
    return { current, previous };
  });
}

/**
 * Last year's actions as the current follow-up records them: handled or not, and why not. A unit
 * that answered Ja to "förra årets åtgärder har följts upp" has followed up every one.
 */
function followUpPreviousActions(
  random: Random,
  actions: Action[],
  year: number,
  allFollowedUp: boolean,
  today: string,
) {
  for (const action of actions) {
    if (!allFollowedUp && random.chance(0.4)) continue;
    if (random.chance(0.78)) {
      action.status = 'klar';
      action.reason = '';
      action.followUp = { year, handled: true, reason: '' };
      continue;
    }
    const started = random.chance(0.3);
    const reason = started ? STARTED_NOT_FINISHED : random.pick(NOT_DONE_REASONS);
    action.status = started ? 'pagar' : 'ej_genomford';
    action.reason = reason;
    action.followUp = { year, handled: false, reason };
    // Work that goes on gets new dates when it is followed up.
    if (started) {
      action.dueDate = endOfMonth(maxDate(today, isoDate(year, 4, 1)), random.int(1, 4));
      action.followUpDate = randomWorkday(
        random,
        addDays(action.dueDate, 14),
        addDays(action.dueDate, 90),
      );
    }
  }
}

/** One unit reopened its signed follow-up to complete a comment: the audit trail shows it. */
function addReopening(random: Random, followUps: FollowUp[], today: string) {
  const followUp = random.pick(followUps);
  const firstSigned = followUp.signOff.safetyRep?.date ?? followUp.meetingDate ?? today;
  const reopened = minDate(addDays(firstSigned, 1), today);
  const signedAgain = minDate(addDays(firstSigned, 2), today);
  followUp.reopenLog = [
    {
      by: followUp.participants.manager,
      at: timestamp(reopened, 9, 12),
      reason: 'Kompletterade kommentaren om skyddsronden efter samtal med skyddsombudet.',
    },
  ];
  followUp.signOff = {
    manager: { name: followUp.participants.manager, date: signedAgain },
    safetyRep: { name: followUp.participants.safetyRep, date: signedAgain },
  };
  followUp.updatedAt = timestamp(signedAgain, 14, 5);
}

function demoIncidents(random: Random, year: number, today: string): GeneratedIncident[] {
  const units = DEMO_UNITS.map((unit) => ({ id: unit.id, kind: unit.kind }));
  const covered = coveredYear(year);
  const coveredCount = 320;
  const elapsed = Math.min(1, Math.max(0, daysBetween(isoDate(year, 1, 1), today) / 365));
  const base = { units, today, withTexts: true, kiaShare: 0.75 };
  return [
    ...generateIncidents(random, {
      ...base,
      year: covered,
      count: coveredCount,
      serious: 5,
      kiaStart: 24_001,
    }),
    ...generateIncidents(random, {
      ...base,
      year,
      count: Math.round(300 * elapsed),
      serious: elapsed > 0.3 ? 1 : 0,
      kiaStart: 24_001 + coveredCount + 500,
    }),
  ];
}

/** Units that had several events of one kind in the covered year decided a measure about it. */
function addIncidentActions(
  random: Random,
  input: {
    incidents: readonly GeneratedIncident[];
    followUps: readonly FollowUp[];
    actionsByUnit: Map<string, { current: Action[] }>;
    today: string;
  },
) {
  for (const followUp of input.followUps) {
    const own = input.incidents.filter(
      (generated) => generated.incident.nodeId === followUp.nodeId,
    );
    const byCause = new Map<string, GeneratedIncident[]>();
    for (const generated of own) {
      if (!generated.scenario.action) continue;
      const list = byCause.get(generated.scenario.cause) ?? [];
      list.push(generated);
      byCause.set(generated.scenario.cause, list);
    }
    const actions = input.actionsByUnit.get(followUp.nodeId)?.current;
    const meeting = followUp.meetingDate;
    if (!actions || !meeting) continue;
    for (const list of byCause.values()) {
      const latest = list.at(-1);
      const idea = latest?.scenario.action;
      if (!latest || !idea || list.length < 2 || !random.chance(0.6)) continue;
      const due = endOfMonth(meeting, random.int(2, 6));
      const { status, reason } = actionStatusOn(random, meeting, due, input.today);
      actions.push({
        id: `act-${followUp.nodeId}-${followUp.year}-${String(actions.length + 1).padStart(2, '0')}`,
        nodeId: followUp.nodeId,
        year: followUp.year,
        text: idea.text,
        responsible: idea.responsible,
        dueDate: due,
        followUpDate: randomWorkday(random, addDays(due, 14), addDays(due, 90)),
        status,
        reason,
        source: { kind: 'incident', ref: latest.incident.id },
        followUp: null,
      });
    }
  }
}

function levelSummaries(nodeId: string, year: number, texts: LevelTexts): Summary[] {
  return [
    { y: year - 1, t: texts.previous },
    { y: year, t: texts.current },
  ].map(({ y, t }) => ({
    id: `${nodeId}:${y}`,
    nodeId,
    year: y,
    summary: t.summary.join('\n'),
    goodExamples: t.goodExamples.join('\n'),
    challenges: t.challenges.join('\n'),
    priorities: t.priorities.map((priority) => priority.text).join('\n'),
  }));
}

/**
 * A section's or the administration's prioritised actions: due at the end of the year, followed up
 * in the second quarter after (the seed's "Dec 2023" / "Q2 2024"); last year's with their
 * follow-up.
 */
function levelActions(
  random: Random,
  nodeId: string,
  year: number,
  texts: LevelTexts,
  today: string,
): Action[] {
  const decided = minDate(isoDate(year, 3, 31), today);
  const current = texts.current.priorities.map((priority, index): Action => {
    const due = isoDate(year, 12, 31);
    const { status, reason } = actionStatusOn(random, decided, due, today);
    return {
      id: `act-${nodeId}-${year}-p${index + 1}`,
      nodeId,
      year,
      text: priority.text,
      responsible: priority.responsible,
      dueDate: due,
      followUpDate: randomWorkday(random, isoDate(year + 1, 4, 1), isoDate(year + 1, 6, 30)),
      status,
      reason,
      source: { kind: 'priority', ref: null },
      followUp: null,
    };
  });
  const before = texts.previous.priorities.map((priority, index): Action => ({
    id: `act-${nodeId}-${year - 1}-p${index + 1}`,
    nodeId,
    year: year - 1,
    text: priority.text,
    responsible: priority.responsible,
    dueDate: isoDate(year - 1, 12, 31),
    followUpDate: randomWorkday(random, isoDate(year, 4, 1), isoDate(year, 6, 30)),
    status: priority.status,
    reason: priority.reason,
    source: { kind: 'priority', ref: null },
    followUp: { year, handled: priority.handled, reason: priority.reason },
  }));
  return [...before, ...current];
}

/** The administration's and each section's survey for the covered year and the two before. */
function demoSurveys(random: Random, year: number) {
  const nodes = [
    { id: DEMO_ADMINISTRATION.id, offset: 0 },
    ...DEMO_SECTIONS.map((section) => ({ id: section.id, offset: section.surveyOffset })),
  ];
  return nodes.flatMap((node) =>
    [2, 1, 0].map((yearsBack) =>
      makeSurvey(random, {
        nodeId: node.id,
        year: coveredYear(year) - yearsBack,
        offset: node.offset,
        yearsBack,
        responseRate: random.int(80, 93) - yearsBack * random.int(1, 3),
      }),
    ),
  );
}
