import { describe, expect, it } from 'vitest';
import { buildOrgTree } from '@shared/org/tree';
import { emptyIncidentStats } from '@shared/rollup/incident-stats';
import type { NodeReport } from '@shared/rollup/types';
import type { AnswerValue, FollowUp, OrgNode, Template } from '@shared/schemas';
import { underlyingRows } from '../../../renderer/src/features/report/export/underlying-rows';

const node = (
  id: string,
  level: 1 | 2 | 3,
  parentId: string | null,
  archived = false,
): OrgNode => ({
  id,
  parentId,
  level,
  name: id.toUpperCase(),
  archived,
});
const NODES = [
  node('sof', 3, null),
  node('vux', 2, 'sof'),
  node('barn', 2, 'sof'),
  node('u1', 1, 'vux'),
  node('u2', 1, 'vux'),
  node('u3', 1, 'barn'),
  node('gammal', 1, 'barn', true),
];

const TEMPLATE: Template = {
  id: 't1',
  year: 2026,
  version: 1,
  status: 'published',
  publishedAt: '2026-01-01T00:00:00.000Z',
  ownerNodeId: null,
  sections: [
    {
      id: 's1',
      title: 'Rutiner',
      questions: [
        { id: 'q1', text: 'Fråga ett', help: '', legalRefs: [], origin: 'standard' },
        { id: 'q2', text: 'Fråga två', help: '', legalRefs: [], origin: 'standard' },
      ],
    },
  ],
};

const signature = { name: 'Chef', date: '2026-02-01' };
function report(
  id: string,
  signed: boolean,
  answers: [string, AnswerValue | null][],
  year = 2026,
): NodeReport {
  const nodeRow = NODES.find((n) => n.id === id);
  if (!nodeRow) throw new Error(id);
  const followUp: FollowUp = {
    id: `f-${id}`,
    nodeId: id,
    year,
    templateId: 't1',
    status: signed ? 'signed' : 'draft',
    meetingDate: null,
    participants: { manager: '', safetyRep: '', staffCount: null },
    narrative: { done: '', results: '', improvements: '', notDone: '' },
    signOff: signed
      ? { manager: signature, safetyRep: signature }
      : { manager: null, safetyRep: null },
    reopenLog: [],
    updatedAt: '2026-02-01T00:00:00.000Z',
  };
  return {
    node: nodeRow,
    year,
    source: { kind: 'local' },
    body: {
      node: nodeRow,
      followUp,
      answers: answers.map(([questionId, value]) => ({
        id: `f-${id}:${questionId}`,
        followUpId: `f-${id}`,
        questionId,
        value,
        comment: '',
      })),
      incidentStats: emptyIncidentStats(2025),
      incidents: null,
      actions: [],
      summary: null,
      surveys: [],
    },
  };
}

describe('underlyingRows', () => {
  const tree = buildOrgTree(NODES);
  const reports = new Map<string, NodeReport>([
    [
      'u1',
      report('u1', true, [
        ['q1', 'ja'],
        ['q2', 'delvis'],
        ['q1', 'nej'],
      ]),
    ],
    ['u2', report('u2', false, [['q1', 'nej']])],
    ['u3', report('u3', true, [['q1', 'vetej']])],
    ['gammal', report('gammal', true, [['q1', 'ja']])],
  ]);
  const templates = new Map([[TEMPLATE.id, TEMPLATE]]);

  it('lists every question of each unit’s template with its answer, in the tree’s order (by name)', () => {
    const rows = underlyingRows({ tree, nodeId: 'sof', year: 2026, reports, templates });
    expect(rows.map((r) => [r.unit, r.under, r.question, r.answer, r.status, r.counted])).toEqual([
      ['U3', 'BARN', 'Fråga ett', 'Vet ej', 'Signerad', true],
      ['U3', 'BARN', 'Fråga två', 'Ej besvarad', 'Signerad', false],
      ['U1', 'VUX', 'Fråga ett', 'Ja', 'Signerad', true],
      ['U1', 'VUX', 'Fråga två', 'Delvis', 'Signerad', true],
      ['U2', 'VUX', 'Fråga ett', 'Nej', 'Utkast', false],
      ['U2', 'VUX', 'Fråga två', 'Ej besvarad', 'Utkast', false],
    ]);
    expect(rows[0]?.section).toBe('Rutiner');
  });

  it('keeps to the subtree and the year', () => {
    expect(
      underlyingRows({ tree, nodeId: 'barn', year: 2026, reports, templates }).map((r) => r.unit),
    ).toEqual(['U3', 'U3']);
    expect(underlyingRows({ tree, nodeId: 'sof', year: 2025, reports, templates })).toEqual([]);
    expect(underlyingRows({ tree, nodeId: 'okänd', year: 2026, reports, templates })).toEqual([]);
  });
});
