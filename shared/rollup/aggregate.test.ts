import { describe, expect, it } from 'vitest';
import { formatPercent } from '../format';
import { buildOrgTree } from '../org/tree';
import type {
  Action,
  Answer,
  AnswerValue,
  FollowUp,
  OrgNode,
  Question,
  Summary,
  Survey,
  Template,
} from '../schemas';
import type { IncidentStats } from '../exchange/payload';
import { aggregate, isSignedFollowUp } from './aggregate';
import { addCounts, answerShares, emptyCounts, type AnswerCounts } from './answer-stats';
import { emptyIncidentStats } from './incident-stats';
import type { Aggregate, NodeReport } from './types';

/*
 * A hand-built administration: kommun → förvaltning F → sections S1 and S2 → units.
 *   S1: u01–u16, all signed, answering template T2 (the standard questions plus two local ones).
 *   S2: u17–u28 signed, u29 a draft, u30 without a report, u31 archived (signed report),
 *       u32 marked signed but without the safety representative's signature; all on T1.
 * Question q1: S1 10 Ja + 6 Delvis, S2 5 Ja + 7 Delvis → 28 units, 15 Ja and 13 Delvis.
 */

const YEAR = 2026;

const q = (id: string, origin: Question['origin'] = 'standard'): Question => ({
  id,
  text: `Fråga ${id}`,
  help: '',
  legalRefs: [],
  origin,
});

const T1: Template = {
  id: 't1',
  year: YEAR,
  version: 1,
  status: 'published',
  publishedAt: null,
  ownerNodeId: null,
  sections: [
    { id: 'sec-a', title: 'Avsnitt A', questions: [q('q1'), q('q2')] },
    { id: 'sec-b', title: 'Avsnitt B', questions: [q('q3')] },
  ],
};

/** F's version: a local question in the middle of sec-a and a local section before sec-b. */
const T2: Template = {
  ...T1,
  id: 't2',
  version: 2,
  ownerNodeId: 'F',
  sections: [
    { id: 'sec-a', title: 'Avsnitt A', questions: [q('q1'), q('lokal-1', 'local'), q('q2')] },
    { id: 'lokal-avsnitt', title: 'Lokalt avsnitt', questions: [q('lokal-2', 'local')] },
    { id: 'sec-b', title: 'Avsnitt B', questions: [q('q3')] },
  ],
};

/** In the templates map but used by nobody: its question must not appear. */
const UNUSED: Template = {
  ...T1,
  id: 'unused',
  version: 3,
  sections: [{ id: 'sec-x', title: 'Oanvänt', questions: [q('q-unused')] }],
};

const node = (id: string, parentId: string | null, level: 1 | 2 | 3 | 4, archived = false) =>
  ({ id, parentId, level, name: id, archived }) satisfies OrgNode;

const unitIds = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `u${String(from + i).padStart(2, '0')}`);
const S1_UNITS = unitIds(1, 16);
const S2_UNITS = unitIds(17, 32);

const nodes: OrgNode[] = [
  node('kommun', null, 4),
  node('F', 'kommun', 3),
  node('S1', 'F', 2),
  node('S2', 'F', 2),
  ...S1_UNITS.map((id) => node(id, 'S1', 1)),
  ...S2_UNITS.map((id) => node(id, 'S2', 1, id === 'u31')),
];
const tree = buildOrgTree(nodes);

function followUp(unit: string, templateId: string, status: FollowUp['status']): FollowUp {
  const signature = { name: 'X', date: `${YEAR}-03-01` };
  return {
    id: `fu-${unit}`,
    nodeId: unit,
    year: YEAR,
    templateId,
    status,
    meetingDate: `${YEAR}-02-20`,
    participants: { manager: 'A', safetyRep: 'B', staffCount: 10 },
    narrative: { done: '', results: '', improvements: '', notDone: '' },
    signOff: {
      manager: status === 'signed' ? signature : null,
      safetyRep: status === 'signed' ? signature : null,
    },
    reopenLog: [],
    updatedAt: `${YEAR}-03-01T10:00:00.000Z`,
  };
}

const answer = (unit: string, questionId: string, value: AnswerValue | null): Answer => ({
  id: `fu-${unit}:${questionId}`,
  followUpId: `fu-${unit}`,
  questionId,
  value,
  comment: '',
});

function action(nodeId: string, id: string, year: number, extra: Partial<Action> = {}): Action {
  return {
    id,
    nodeId,
    year,
    text: `Åtgärd ${id}`,
    responsible: 'Chef',
    dueDate: null,
    followUpDate: null,
    status: 'planerad',
    reason: '',
    source: { kind: 'manual', ref: null },
    followUp: null,
    ...extra,
  };
}

const summary = (nodeId: string): Summary => ({
  id: `${nodeId}:${YEAR}`,
  nodeId,
  year: YEAR,
  summary: `Sammanfattning ${nodeId}`,
  goodExamples: '',
  challenges: '',
  priorities: `Prioritet ${nodeId}`,
});

const survey = (nodeId: string, year: number): Survey => ({
  id: `mu-${nodeId}-${year}`,
  nodeId,
  year,
  responseRate: 80,
  totalIndex: 70,
  hme: 75,
  items: [],
});

/** Incident statistics with the given monthly counts of one type and categories. */
function stats(
  rows: { type: keyof IncidentStats['monthByType']; month: number; count: number }[],
  byCause: IncidentStats['byCause'] = [],
  year = YEAR - 1,
): IncidentStats {
  const result = emptyIncidentStats(year);
  for (const { type, month, count } of rows) {
    const months = result.monthByType[type];
    months[month] = (months[month] ?? 0) + count;
  }
  result.byCause = byCause;
  return result;
}

const byType = (partial: Partial<Record<keyof IncidentStats['monthByType'], number>>) => ({
  riskobservation: 0,
  tillbud: 0,
  olycksfall: 0,
  fardolycksfall: 0,
  arbetssjukdom: 0,
  ...partial,
});

interface BodyParts {
  followUp?: FollowUp | null;
  answers?: Answer[];
  incidentStats?: IncidentStats;
  actions?: Action[];
  summary?: Summary | null;
  surveys?: Survey[];
}

function report(id: string, parts: BodyParts = {}): NodeReport {
  const orgNode = tree.byId.get(id);
  if (!orgNode) throw new Error(id);
  return {
    node: orgNode,
    year: YEAR,
    source: { kind: 'local' },
    body: {
      node: orgNode,
      followUp: parts.followUp ?? null,
      answers: parts.answers ?? [],
      incidentStats: parts.incidentStats ?? emptyIncidentStats(YEAR - 1),
      incidents: null,
      actions: parts.actions ?? [],
      summary: parts.summary ?? null,
      surveys: parts.surveys ?? [],
    },
  };
}

function s1Unit(unit: string, index: number): NodeReport {
  // q1: u01–u10 Ja, u11–u16 Delvis. q2: u01 unanswered, u02–u04 Nej, u05 Vet ej, the rest Ja.
  // q3: Ja. lokal-1: the first eight Ja, the rest Nej. lokal-2: Delvis.
  const q2: AnswerValue | null =
    index === 0 ? null : index <= 3 ? 'nej' : index === 4 ? 'vetej' : 'ja';
  const answers = [
    answer(unit, 'q1', index < 10 ? 'ja' : 'delvis'),
    answer(unit, 'lokal-1', index < 8 ? 'ja' : 'nej'),
    answer(unit, 'q2', q2),
    answer(unit, 'lokal-2', 'delvis'),
    answer(unit, 'q3', 'ja'),
  ];
  // u02 lists q1 twice: only the first answer counts.
  if (unit === 'u02') answers.push(answer(unit, 'q1', 'nej'));
  return report(unit, {
    followUp: followUp(unit, 't2', 'signed'),
    answers,
    incidentStats:
      unit === 'u01'
        ? stats(
            [{ type: 'tillbud', month: 0, count: 2 }],
            [{ category: 'Fall', byType: byType({ tillbud: 2 }) }],
          )
        : undefined,
    actions:
      unit === 'u01'
        ? [
            action('u01', 'a-u01-2026', YEAR),
            action('u01', 'a-u01-2025', YEAR - 1, {
              status: 'ej_genomford',
              followUp: { year: YEAR, handled: false, reason: 'Ingen budget' },
            }),
            action('u01', 'a-u01-2024', YEAR - 2),
            // Names another node: not u01's action, so it is not counted anywhere.
            action('u02', 'a-misplaced', YEAR),
          ]
        : [],
    summary: summary(unit),
  });
}

function s2Unit(unit: string, index: number): NodeReport | null {
  if (unit === 'u30') return null;
  const status = unit === 'u29' ? 'draft' : 'signed';
  const fu = followUp(unit, 't1', status);
  if (unit === 'u32') fu.signOff.safetyRep = null;
  // Signed u17–u28: q1 u17–u21 Ja, u22–u28 Delvis; q2 Delvis; q3 unanswered.
  // u29 (draft), u31 (archived) and u32 (one signature) say Nej everywhere: none of it counts.
  const counted = index < 12;
  const answers = counted
    ? [
        answer(unit, 'q1', index < 5 ? 'ja' : 'delvis'),
        answer(unit, 'q2', 'delvis'),
        answer(unit, 'q3', null),
      ]
    : [answer(unit, 'q1', 'nej'), answer(unit, 'q2', 'nej'), answer(unit, 'q3', 'nej')];
  // u17 answers a local question its template (T1) does not ask: not counted.
  if (unit === 'u17') answers.push(answer(unit, 'lokal-1', 'nej'));
  const incidentRows: Record<string, Parameters<typeof stats>[0]> = {
    u17: [{ type: 'olycksfall', month: 5, count: 3 }],
    u29: [{ type: 'tillbud', month: 0, count: 1 }],
    u31: [{ type: 'arbetssjukdom', month: 1, count: 7 }],
  };
  const causes: Record<string, IncidentStats['byCause']> = {
    u17: [
      { category: 'Hot och våld', byType: byType({ olycksfall: 2 }) },
      { category: 'Fall', byType: byType({ olycksfall: 1 }) },
    ],
  };
  return report(unit, {
    followUp: fu,
    answers,
    incidentStats: incidentRows[unit] ? stats(incidentRows[unit], causes[unit]) : undefined,
    actions: unit === 'u29' || unit === 'u31' ? [action(unit, `a-${unit}`, YEAR)] : [],
    summary: summary(unit),
  });
}

function reportsMap(): Map<string, NodeReport> {
  const all: NodeReport[] = [
    report('F', {
      summary: summary('F'),
      actions: [action('F', 'a-F', YEAR)],
      surveys: [survey('F', YEAR - 2), survey('F', YEAR - 1)],
      incidentStats: stats([{ type: 'riskobservation', month: 11, count: 1 }]),
    }),
    report('S1', {
      summary: summary('S1'),
      actions: [action('S1', 'a-S1', YEAR)],
      surveys: [survey('S1', YEAR - 1)],
      // A statistics object for another year is not added.
      incidentStats: stats([{ type: 'tillbud', month: 0, count: 50 }], [], YEAR),
    }),
    ...S1_UNITS.map(s1Unit),
    ...S2_UNITS.flatMap((unit, i) => s2Unit(unit, i) ?? []),
  ];
  return new Map(all.map((r) => [r.node.id, r]));
}

const templates = new Map([T1, T2, UNUSED].map((t) => [t.id, t]));
const run = (nodeId: string, reports = reportsMap()): Aggregate =>
  aggregate({ tree, nodeId, year: YEAR, reports, templates });

const counts = (ja: number, delvis: number, nej: number, vetej: number): AnswerCounts => ({
  ja,
  delvis,
  nej,
  vetej,
  n: ja + delvis + nej + vetej,
});

function question(result: Aggregate, questionId: string) {
  const found = result.sections
    .flatMap((s) => s.questions)
    .find((x) => x.questionId === questionId);
  if (!found) throw new Error(`${questionId} saknas`);
  return found;
}

describe('aggregate at an administration', () => {
  const result = run('F');

  it('counts a question answered by 28 units: 15 Ja and 13 Delvis, 53,57 % and 46,43 %', () => {
    const q1 = question(result, 'q1');
    expect(q1.counts).toEqual(counts(15, 13, 0, 0));
    expect(q1.byChild).toEqual([
      { nodeId: 'S1', counts: counts(10, 6, 0, 0) },
      { nodeId: 'S2', counts: counts(5, 7, 0, 0) },
    ]);
    const shares = answerShares(q1.counts);
    expect(shares.ja).toBeCloseTo(0.5357142857, 9);
    expect(shares.delvis).toBeCloseTo(0.4642857143, 9);
    expect(formatPercent(shares.ja)).toBe('53,57\u00a0%');
    expect(formatPercent(shares.delvis)).toBe('46,43\u00a0%');
  });

  it('leaves unanswered questions out of n and counts every value', () => {
    // S1: u01 unanswered, 3 Nej, 1 Vet ej, 11 Ja; S2: 12 Delvis.
    expect(question(result, 'q2').counts).toEqual(counts(11, 12, 3, 1));
    expect(question(result, 'q2').counts.n).toBe(27);
    // q3: S1 16 Ja; S2 all unanswered.
    expect(question(result, 'q3').byChild).toEqual([
      { nodeId: 'S1', counts: counts(16, 0, 0, 0) },
      { nodeId: 'S2', counts: emptyCounts() },
    ]);
  });

  it('counts a local question only where it was asked', () => {
    const local = question(result, 'lokal-1');
    expect(local.counts).toEqual(counts(8, 0, 8, 0));
    expect(local.byChild[1]).toEqual({ nodeId: 'S2', counts: emptyCounts() });
  });

  it('orders sections and questions: standard first, local after, unused left out', () => {
    expect(result.sections.map((s) => [s.id, s.questions.map((x) => x.questionId)])).toEqual([
      ['sec-a', ['q1', 'q2', 'lokal-1']],
      ['sec-b', ['q3']],
      ['lokal-avsnitt', ['lokal-2']],
    ]);
    expect(result.sections[0]?.title).toBe('Avsnitt A');
    expect(question(result, 'q1').text).toBe('Fråga q1');
  });

  it('has byChild sums equal to the totals for every question', () => {
    for (const x of result.sections.flatMap((s) => s.questions)) {
      expect(x.byChild.map((c) => c.nodeId)).toEqual(['S1', 'S2']);
      expect(x.byChild.reduce((sum, c) => addCounts(sum, c.counts), emptyCounts())).toEqual(
        x.counts,
      );
    }
  });

  it('reports coverage: archived units out, drafts and one signature not signed', () => {
    // 16 + 15 active units (u31 archived); u30 has no report; u29 draft, u32 one signature.
    expect(result.units).toEqual({ total: 31, withReport: 30, signed: 28 });
    expect(result.children.map((c) => [c.node.id, c.units])).toEqual([
      ['S1', { total: 16, withReport: 16, signed: 16 }],
      ['S2', { total: 15, withReport: 14, signed: 12 }],
    ]);
  });

  it("gives each child's own texts, and the node's own", () => {
    expect(result.children[0]?.summary?.summary).toBe('Sammanfattning S1');
    expect(result.children[1]?.summary).toBeNull();
    expect(result.own.summary?.priorities).toBe('Prioritet F');
    expect(result.own.actions.map((a) => a.id)).toEqual(['a-F']);
  });

  it('sums incidents over the subtree, archived nodes and other years left out', () => {
    expect(result.incidentYear).toBe(2025);
    const incidents = result.incidents;
    expect(incidents.year).toBe(2025);
    // F 1 riskobservation (Dec); u01 2 tillbud (Jan); u29 (draft) 1 tillbud (Jan); u17 3 olycksfall
    // (Jun). Not: S1's statistics for 2026, archived u31's 7 cases of arbetssjukdom.
    expect(incidents.monthByType.riskobservation[11]).toBe(1);
    expect(incidents.monthByType.tillbud[0]).toBe(3);
    expect(incidents.monthByType.olycksfall[5]).toBe(3);
    expect(incidents.monthByType.arbetssjukdom.every((c) => c === 0)).toBe(true);
    const total = Object.values(incidents.monthByType)
      .flat()
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(7);
    expect(incidents.byCause).toEqual([
      { category: 'Fall', byType: byType({ tillbud: 2, olycksfall: 1 }) },
      { category: 'Hot och våld', byType: byType({ olycksfall: 2 }) },
    ]);
  });

  it('lists the actions of the year and of last year with their nodes', () => {
    // Depth first, parents before children: F, S1, u01, …, u29 (draft); not archived u31's.
    expect(result.actions.map((a) => [a.node.id, a.action.id])).toEqual([
      ['F', 'a-F'],
      ['S1', 'a-S1'],
      ['u01', 'a-u01-2026'],
      ['u29', 'a-u29'],
    ]);
    expect(result.previousActions.map((a) => [a.node.id, a.action.id])).toEqual([
      ['u01', 'a-u01-2025'],
    ]);
    expect(result.previousActions[0]?.action.followUp).toEqual({
      year: YEAR,
      handled: false,
      reason: 'Ingen budget',
    });
  });
});

describe('aggregate at other levels', () => {
  it('at the top gives the same totals as the administration, one child', () => {
    const top = run('kommun');
    const admin = run('F');
    expect(top.units).toEqual(admin.units);
    expect(top.children.map((c) => c.node.id)).toEqual(['F']);
    expect(question(top, 'q1').byChild).toEqual([{ nodeId: 'F', counts: counts(15, 13, 0, 0) }]);
    expect(top.incidents).toEqual(admin.incidents);
    expect(top.own).toEqual({ summary: null, actions: [] });
  });

  it('at a section leaves out the questions nobody there was asked', () => {
    const s2 = run('S2');
    expect(s2.sections.map((s) => [s.id, s.questions.map((x) => x.questionId)])).toEqual([
      ['sec-a', ['q1', 'q2']],
      ['sec-b', ['q3']],
    ]);
    // q3 was asked but nobody answered it: shown with n = 0.
    expect(question(s2, 'q3').counts).toEqual(emptyCounts());
    expect(question(s2, 'q1').counts).toEqual(counts(5, 7, 0, 0));
    // Units are the children here: drill-down to each unit, in the tree's order.
    expect(s2.children.map((c) => c.node.id)).toEqual(unitIds(17, 32).filter((u) => u !== 'u31'));
    expect(question(s2, 'q1').byChild.find((c) => c.nodeId === 'u29')?.counts).toEqual(
      emptyCounts(),
    );
    expect(question(s2, 'q1').byChild.find((c) => c.nodeId === 'u22')?.counts).toEqual(
      counts(0, 1, 0, 0),
    );
    expect(s2.children.find((c) => c.node.id === 'u30')?.units).toEqual({
      total: 1,
      withReport: 0,
      signed: 0,
    });
  });

  it('at a unit counts its own answers once', () => {
    const u02 = run('u02');
    expect(u02.units).toEqual({ total: 1, withReport: 1, signed: 1 });
    expect(u02.children).toEqual([]);
    expect(question(u02, 'q1').counts).toEqual(counts(1, 0, 0, 0));
    expect(question(u02, 'q1').byChild).toEqual([]);
    expect(question(u02, 'q2').counts).toEqual(counts(0, 0, 1, 0));
    expect(u02.own.summary?.nodeId).toBe('u02');
  });

  it('at a unit with a draft shows coverage but no answers', () => {
    const u29 = run('u29');
    expect(u29.units).toEqual({ total: 1, withReport: 1, signed: 0 });
    expect(u29.sections).toEqual([]);
    expect(u29.own.actions.map((a) => a.id)).toEqual(['a-u29']);
  });

  it('counts nothing without reports, and ignores reports of another year', () => {
    const empty = run('F', new Map());
    expect(empty.units).toEqual({ total: 31, withReport: 0, signed: 0 });
    expect(empty.sections).toEqual([]);
    expect(empty.actions).toEqual([]);
    const wrongYear = new Map([...reportsMap()].map(([id, r]) => [id, { ...r, year: YEAR + 1 }]));
    expect(run('F', wrongYear).units.withReport).toBe(0);
  });

  it('still counts a follow-up whose template is unknown, for the questions others place', () => {
    const reports = reportsMap();
    const u17 = reports.get('u17');
    if (!u17?.body.followUp) throw new Error('u17');
    reports.set('u17', {
      ...u17,
      body: { ...u17.body, followUp: { ...u17.body.followUp, templateId: 'borta' } },
    });
    const result = run('F', reports);
    expect(question(result, 'q1').counts).toEqual(counts(15, 13, 0, 0));
    // Without its template to say what it was asked, u17's stray local answer now counts.
    expect(question(result, 'lokal-1').counts).toEqual(counts(8, 0, 9, 0));
  });

  it('gives the same result again on the same reports (answers reduced once, then reused)', () => {
    const reports = reportsMap();
    const first = run('F', reports);
    expect(run('S1', reports).units.total).toBe(16);
    expect(run('F', reports)).toEqual(first);
    expect(question(run('u02', reports), 'q1').counts).toEqual(counts(1, 0, 0, 0));
  });

  it('refuses a node that is not in the organisation', () => {
    expect(() => run('okänd')).toThrow(/finns inte/);
  });
});

describe('isSignedFollowUp', () => {
  it('needs status signed and both signatures', () => {
    expect(isSignedFollowUp(followUp('u01', 't1', 'signed'))).toBe(true);
    expect(isSignedFollowUp(followUp('u01', 't1', 'draft'))).toBe(false);
    const one = followUp('u01', 't1', 'signed');
    one.signOff.manager = null;
    expect(isSignedFollowUp(one)).toBe(false);
    expect(isSignedFollowUp(null)).toBe(false);
  });
});
