import { describe, expect, it } from 'vitest';
import type { FollowUp } from '@shared/schemas';
import {
  followUpStatus,
  needsAction,
  progressOf,
  signBlockers,
  withSignature,
  withoutSignature,
} from '../../../renderer/src/features/checklist/follow-up-status';
import type { FollowUpFormValues } from '../../../renderer/src/features/checklist/form-model';

const fresh: FollowUp = {
  id: 'fu-1',
  nodeId: 'enhet',
  year: 2026,
  templateId: 't',
  status: 'draft',
  meetingDate: null,
  participants: { manager: '', safetyRep: '', staffCount: null },
  narrative: { done: '', results: '', improvements: '', notDone: '' },
  signOff: { manager: null, safetyRep: null },
  reopenLog: [],
  updatedAt: '2026-02-03T12:00:00.000Z',
};

function form(answers: FollowUpFormValues['items'][number]['value'][], meetingDate = '2026-02-03') {
  return {
    meetingDate,
    manager: 'Anna',
    safetyRep: 'Sven',
    staffCount: '',
    narrative: { done: '', results: '', improvements: '', notDone: '' },
    summary: { summary: '', goodExamples: '', challenges: '', priorities: '' },
    items: answers.map((value, i) => ({ questionId: `q${i}`, value, comment: '' })),
  } satisfies FollowUpFormValues;
}

describe('progressOf', () => {
  it('counts answered questions of all', () => {
    expect(progressOf(['ja', '', 'vetej', null])).toEqual({ answered: 2, total: 4 });
    expect(progressOf([])).toEqual({ answered: 0, total: 0 });
  });
});

describe('followUpStatus', () => {
  it('is "not started" without a follow-up or for an untouched draft', () => {
    expect(followUpStatus(undefined, { answered: 0, total: 38 })).toEqual({ kind: 'notStarted' });
    expect(followUpStatus(fresh, { answered: 0, total: 38 })).toEqual({ kind: 'notStarted' });
  });

  it('is "in progress" with n of N once anything is filled in', () => {
    expect(followUpStatus(fresh, { answered: 5, total: 38 })).toEqual({
      kind: 'inProgress',
      answered: 5,
      total: 38,
    });
    expect(
      followUpStatus({ ...fresh, meetingDate: '2026-02-03' }, { answered: 0, total: 38 }).kind,
    ).toBe('inProgress');
  });

  it('is "signed" with the date of the last signature', () => {
    const signed = withSignature(
      withSignature(fresh, 'safetyRep', { name: 'Sven', date: '2026-02-05' }),
      'manager',
      { name: 'Anna', date: '2026-02-03' },
    );
    expect(followUpStatus(signed, { answered: 38, total: 38 })).toEqual({
      kind: 'signed',
      date: '2026-02-05',
    });
  });
});

describe('signing', () => {
  it('locks only when both have signed', () => {
    const one = withSignature(fresh, 'manager', { name: 'Anna', date: '2026-02-03' });
    expect(one.status).toBe('draft');
    expect(one.signOff.manager).toEqual({ name: 'Anna', date: '2026-02-03' });
    const both = withSignature(one, 'safetyRep', { name: 'Sven', date: '2026-02-03' });
    expect(both.status).toBe('signed');
  });

  it('withdraws one signature', () => {
    const one = withSignature(fresh, 'manager', { name: 'Anna', date: '2026-02-03' });
    expect(withoutSignature(one, 'manager').signOff).toEqual({ manager: null, safetyRep: null });
  });

  it('lists what blocks signing: unanswered questions, the meeting date, invalid fields', () => {
    expect(signBlockers(form(['ja', 'nej', 'vetej']), [])).toEqual([]);
    expect(signBlockers(form(['ja', '', '']), [])).toEqual([{ kind: 'unanswered', count: 2 }]);
    expect(signBlockers(form(['ja'], ''), [])).toEqual([{ kind: 'meetingDate' }]);
    expect(signBlockers(form(['ja'], '2026-02-30'), ['meetingDate', 'staffCount'])).toEqual([
      { kind: 'invalid', count: 2 },
    ]);
  });
});

describe('needsAction', () => {
  it('is true for Delvis and Nej only', () => {
    expect(
      (['ja', 'delvis', 'nej', 'vetej', '', null] as const).map((v) => needsAction(v)),
    ).toEqual([false, true, true, false, false, false]);
  });
});
