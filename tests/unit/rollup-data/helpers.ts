import { fingerprint, openPackage, type OpenedPackage } from '@shared/exchange';
import type {
  Action,
  Answer,
  FollowUp,
  Incident,
  OrgNode,
  ReceivedPackage,
  Summary,
  Template,
} from '@shared/schemas';
import type { SamDatabase } from '../../../renderer/src/data';
import { webCrypto } from '../../../renderer/src/exchange/web-crypto';
import { fill, incident, sampleTables } from '../data/fixtures';

export { newSigner } from '../exchange-import/helpers';

export const YEAR = 2026;
export const NOW = new Date('2026-03-02T09:00:00.000Z');

/**
 * kommun > forv > sekA > unit1 … unit6 (unit6 has no data anywhere), forv > sekB > unit3.
 * Names sort in the order the tests read them (the tree sorts children by name, sv).
 */
export const ORG: OrgNode[] = [
  { id: 'kommun', parentId: null, level: 4, name: 'Exempelkommun', archived: false },
  { id: 'forv', parentId: 'kommun', level: 3, name: 'Socialförvaltningen', archived: false },
  { id: 'sekA', parentId: 'forv', level: 2, name: 'Sektion A', archived: false },
  { id: 'sekB', parentId: 'forv', level: 2, name: 'Sektion B', archived: false },
  { id: 'unit1', parentId: 'sekA', level: 1, name: 'Åsens boende', archived: false },
  { id: 'unit2', parentId: 'sekA', level: 1, name: 'Björkens förskola', archived: false },
  { id: 'unit4', parentId: 'sekA', level: 1, name: 'Cederns hemtjänst', archived: false },
  { id: 'unit5', parentId: 'sekA', level: 1, name: 'Dalens skola', archived: false },
  { id: 'unit6', parentId: 'sekA', level: 1, name: 'Ekens daglig verksamhet', archived: false },
  { id: 'unitOld', parentId: 'sekA', level: 1, name: 'Gamla enheten', archived: true },
  { id: 'unit3', parentId: 'sekB', level: 1, name: 'Furuns boende', archived: false },
];

export const TEMPLATE: Template = (() => {
  const template = sampleTables().templates[0];
  if (!template) throw new Error('no sample template');
  return template;
})();

/** The organisation, the template and an identity acting for `actsFor`. */
export async function setUp(db: SamDatabase, actsFor: string, userName = 'Testare') {
  await fill(db, {
    orgNodes: ORG,
    templates: [TEMPLATE],
    identity: [
      {
        id: 'self',
        nodeId: actsFor,
        role: 'enhetschef',
        userName,
        levelNames: ['Enhet', 'Verksamhet', 'Förvaltning', 'Kommun'],
      },
    ],
  });
  return db;
}

type SignState = 'draft' | 'manager' | 'both';

export function followUp(nodeId: string, sign: SignState = 'both'): FollowUp {
  const manager = sign === 'draft' ? null : { name: 'Anna Chef', date: '2026-02-20' };
  const safetyRep = sign === 'both' ? { name: 'Sven Ombud', date: '2026-02-21' } : null;
  return {
    id: `fu-${nodeId}`,
    nodeId,
    year: YEAR,
    templateId: TEMPLATE.id,
    status: sign === 'both' ? 'signed' : 'draft',
    meetingDate: '2026-02-20',
    participants: { manager: 'Anna Chef', safetyRep: 'Sven Ombud', staffCount: 12 },
    narrative: { done: 'Skyddsrond i maj', results: '', improvements: '', notDone: '' },
    signOff: { manager, safetyRep },
    reopenLog: [],
    updatedAt: '2026-02-21T10:00:00.000Z',
  };
}

export function answers(followUpId: string): Answer[] {
  return [
    {
      id: `${followUpId}:q-rutiner`,
      followUpId,
      questionId: 'q-rutiner',
      value: 'ja',
      comment: 'Bra rutiner, Kalle vet',
    },
    { id: `${followUpId}:q-apt`, followUpId, questionId: 'q-apt', value: 'delvis', comment: '' },
  ];
}

export function action(nodeId: string, id: string, year: number): Action {
  return {
    id,
    nodeId,
    year,
    text: `Åtgärd ${id}`,
    responsible: 'Anna Chef',
    dueDate: null,
    followUpDate: null,
    status: 'planerad',
    reason: '',
    source: { kind: 'manual', ref: null },
    followUp: null,
  };
}

export function summary(nodeId: string, text: string): Summary {
  return {
    id: `${nodeId}:${YEAR}`,
    nodeId,
    year: YEAR,
    summary: text,
    goodExamples: '',
    challenges: '',
    priorities: 'Arbetsbelastning',
  };
}

/** Three incidents in the covered year (2025), one in 2024 that must not count. */
export function incidents(nodeId: string): Incident[] {
  return [
    incident({
      id: `${nodeId}-i1`,
      nodeId,
      date: '2025-03-14',
      type: 'tillbud',
      causeCategory: 'Fall, halka eller snubbling',
      placeCategory: 'Kontor och arbetsrum',
    }),
    incident({
      id: `${nodeId}-i2`,
      nodeId,
      date: '2025-03-20',
      type: 'olycksfall',
      causeCategory: 'Fall, halka eller snubbling',
    }),
    incident({
      id: `${nodeId}-i3`,
      nodeId,
      date: '2025-11-02',
      type: 'riskobservation',
      causeCategory: 'Inte i listan',
    }),
    incident({ id: `${nodeId}-i0`, nodeId, date: '2024-12-31', type: 'tillbud' }),
  ];
}

/** A unit's complete local data for YEAR: follow-up, answers, incidents, actions, summary. */
export async function fillUnit(db: SamDatabase, nodeId: string, sign: SignState = 'both') {
  const fu = followUp(nodeId, sign);
  await fill(db, {
    followUps: [fu],
    answers: answers(fu.id),
    incidents: incidents(nodeId),
    actions: [
      action(nodeId, `${nodeId}-a26`, YEAR),
      action(nodeId, `${nodeId}-a25`, YEAR - 1),
      action(nodeId, `${nodeId}-a24`, YEAR - 2),
    ],
    summaries: [summary(nodeId, `Sammanfattning ${nodeId}`)],
  });
}

/**
 * A received-package row as the importer stores it (receivedPackageSchema), for tests that set
 * up the precedence between packages directly. No file (packageFiles): the views never read it;
 * the templates are left out as the importer does (its receivedTemplates rows are the test's).
 */
export async function receivedRow(
  opened: OpenedPackage,
  viaNodeId: string | null,
  receivedAt: string,
): Promise<ReceivedPackage> {
  if (opened.kind !== 'report') throw new Error('not a report');
  const m = opened.manifest;
  const { templates, ...payload } = opened.payload;
  return {
    id: `${m.nodeId}:${m.year}`,
    nodeId: m.nodeId,
    year: m.year,
    revision: m.revision,
    digest: opened.digest,
    author: m.author,
    created: m.created,
    publicKey: m.publicKey,
    fingerprint: await fingerprint(webCrypto, opened.publicKey),
    viaNodeId,
    receivedAt,
    templateIds: templates.map((template) => template.id),
    payload,
  };
}

export async function openReport(bytes: Uint8Array) {
  const opened = await openPackage(bytes, webCrypto);
  if (opened.kind !== 'report') throw new Error('expected a report package');
  return opened;
}
