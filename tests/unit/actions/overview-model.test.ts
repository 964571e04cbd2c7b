import { describe, expect, it } from 'vitest';
import type { Action, Answer, AnswerValue, FollowUp, Template } from '@shared/schemas';
import {
  actionTally,
  answersBySection,
  progressTally,
  totalCounts,
  unitProgress,
  type UnitYear,
} from '../../../renderer/src/features/overview/overview-model';

const question = (id: string) => ({
  id,
  text: `Fråga ${id}`,
  help: '',
  legalRefs: [],
  origin: 'standard' as const,
});

function template(id: string, sections: Record<string, string[]>): Template {
  return {
    id,
    year: 2026,
    version: 1,
    status: 'published',
    publishedAt: '2026-01-05T08:00:00.000Z',
    ownerNodeId: null,
    sections: Object.entries(sections).map(([sectionId, ids]) => ({
      id: sectionId,
      title: `Avsnitt ${sectionId}`,
      questions: ids.map(question),
    })),
  };
}

function followUp(id: string, status: FollowUp['status'] = 'draft'): FollowUp {
  return {
    id,
    nodeId: id,
    year: 2026,
    templateId: 't',
    status,
    meetingDate: null,
    participants: { manager: '', safetyRep: '', staffCount: null },
    narrative: { done: '', results: '', improvements: '', notDone: '' },
    signOff: { manager: null, safetyRep: null },
    reopenLog: [],
    updatedAt: '2026-02-01T08:00:00.000Z',
  };
}

function answers(followUpId: string, values: Record<string, AnswerValue | null>): Answer[] {
  return Object.entries(values).map(([questionId, value]) => ({
    id: `${followUpId}:${questionId}`,
    followUpId,
    questionId,
    value,
    comment: '',
  }));
}

const T = template('t', { a: ['q1', 'q2', 'q3', 'q4'], b: ['q5', 'q6', 'q7'] });

describe('unitProgress', () => {
  it('is not started without a follow-up, or with nothing answered yet', () => {
    expect(unitProgress({ followUp: undefined, template: undefined, answers: [] })).toEqual({
      state: 'not_started',
      answered: 0,
      total: 0,
    });
    const empty = unitProgress({
      followUp: followUp('u'),
      template: T,
      answers: answers('u', { q1: null }),
    });
    expect(empty).toEqual({ state: 'not_started', answered: 0, total: 7 });
  });

  it('is in progress with n of N answered, and signed once signed', () => {
    const some = answers('u', { q1: 'ja', q2: 'nej', q3: null });
    expect(unitProgress({ followUp: followUp('u'), template: T, answers: some })).toEqual({
      state: 'in_progress',
      answered: 2,
      total: 7,
    });
    expect(
      unitProgress({ followUp: followUp('u', 'signed'), template: T, answers: some }).state,
    ).toBe('signed');
  });

  it('tallies the units below a higher node', () => {
    const units: UnitYear[] = [
      { followUp: undefined, template: undefined, answers: [] },
      { followUp: followUp('a'), template: T, answers: answers('a', { q1: 'ja' }) },
      { followUp: followUp('b', 'signed'), template: T, answers: answers('b', { q1: 'ja' }) },
      { followUp: followUp('c', 'signed'), template: T, answers: [] },
    ];
    expect(progressTally(units)).toEqual({ not_started: 1, in_progress: 1, signed: 2 });
  });
});

describe('answersBySection', () => {
  it("counts one unit's answers per section, the unanswered left out of n", () => {
    const groups = answersBySection([
      {
        followUp: followUp('u'),
        template: T,
        answers: answers('u', {
          q1: 'ja',
          q2: 'ja',
          q3: 'delvis',
          q4: 'nej',
          q5: 'ja',
          q6: 'vetej',
          q7: null,
        }),
      },
    ]);
    expect(groups.map((g) => [g.id, g.total])).toEqual([
      ['a', { ja: 2, delvis: 1, nej: 1, vetej: 0, n: 4 }],
      ['b', { ja: 1, delvis: 0, nej: 0, vetej: 1, n: 2 }],
    ]);
    expect(groups[0]?.questions.map((q) => [q.id, q.counts.n])).toEqual([
      ['q1', 1],
      ['q2', 1],
      ['q3', 1],
      ['q4', 1],
    ]);
    expect(totalCounts(groups)).toEqual({ ja: 3, delvis: 1, nej: 1, vetej: 1, n: 6 });
  });

  it('sums units per question across template versions, matching questions by id', () => {
    // A later version moved q2 into a new section and added a local question q8.
    const newer = template('t2', { a: ['q1'], c: ['q2', 'q8'] });
    const groups = answersBySection([
      { followUp: followUp('x'), template: T, answers: answers('x', { q1: 'ja', q2: 'nej' }) },
      {
        followUp: followUp('y'),
        template: newer,
        answers: answers('y', { q1: 'delvis', q2: 'nej', q8: 'ja' }),
      },
      { followUp: undefined, template: undefined, answers: [] },
    ]);
    const byId = new Map(groups.flatMap((g) => g.questions.map((q) => [q.id, q.counts])));
    expect(byId.get('q1')).toEqual({ ja: 1, delvis: 1, nej: 0, vetej: 0, n: 2 });
    // q2 stays where the first template put it (section a), counted from both units.
    expect(byId.get('q2')).toEqual({ ja: 0, delvis: 0, nej: 2, vetej: 0, n: 2 });
    expect(groups.find((g) => g.id === 'a')?.questions.map((q) => q.id)).toContain('q2');
    expect(groups.find((g) => g.id === 'c')?.questions.map((q) => q.id)).toEqual(['q8']);
    expect(totalCounts(groups).n).toBe(5);
  });

  it('ignores answers to questions no template has', () => {
    const groups = answersBySection([
      { followUp: followUp('u'), template: T, answers: answers('u', { okand: 'ja', q1: 'nej' }) },
    ]);
    expect(totalCounts(groups)).toEqual({ ja: 0, delvis: 0, nej: 1, vetej: 0, n: 1 });
  });
});

describe('actionTally', () => {
  const action = (fields: Partial<Action> & Pick<Action, 'id'>): Action => ({
    nodeId: 'u',
    year: 2026,
    text: fields.id,
    responsible: '',
    dueDate: null,
    followUpDate: null,
    status: 'planerad',
    reason: '',
    source: { kind: 'manual', ref: null },
    followUp: null,
    ...fields,
  });

  it('counts open actions up to the year, overdue ones earliest first', () => {
    const tally = actionTally(
      [
        action({ id: 'late-2026', status: 'pagar', dueDate: '2026-05-31' }),
        action({ id: 'late-2025', year: 2025, dueDate: '2025-12-01' }),
        action({ id: 'future', dueDate: '2026-12-15' }),
        action({ id: 'done', status: 'klar', dueDate: '2026-01-01' }),
        action({ id: 'given-up', status: 'ej_genomford', dueDate: '2026-01-01' }),
        action({ id: 'next-year', year: 2027, dueDate: '2026-01-01' }),
      ],
      2026,
      '2026-11-22',
    );
    expect(tally.open.map((a) => a.id)).toEqual(['late-2026', 'late-2025', 'future']);
    expect(tally.overdue.map((a) => a.id)).toEqual(['late-2025', 'late-2026']);
  });
});
