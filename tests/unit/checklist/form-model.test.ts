import { describe, expect, it } from 'vitest';
import type { FollowUp, Template } from '@shared/schemas';
import { defaultTemplate } from '@shared/templates';
import {
  applyToFollowUp,
  applyToSummary,
  followUpFormSchema,
  formMessages,
  mergeDraft,
  questionIds,
  splitValid,
  valuesFromRecords,
  type FollowUpFormValues,
} from '../../../renderer/src/features/checklist/form-model';

const template: Template = defaultTemplate(2026);
const ids = questionIds(template);

function followUp(fields: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'fu-1',
    nodeId: 'enhet',
    year: 2026,
    templateId: template.id,
    status: 'draft',
    meetingDate: '2026-02-03',
    participants: { manager: 'Anna Chef', safetyRep: 'Sven Ombud', staffCount: 14 },
    narrative: { done: 'Skyddsrond', results: '', improvements: '', notDone: '' },
    signOff: { manager: null, safetyRep: null },
    reopenLog: [],
    updatedAt: '2026-02-03T12:00:00.000Z',
    ...fields,
  };
}

function values(): FollowUpFormValues {
  return valuesFromRecords(
    followUp(),
    template,
    [
      {
        id: `fu-1:${ids[1]}`,
        followUpId: 'fu-1',
        questionId: ids[1] ?? '',
        value: 'nej',
        comment: 'Saknas',
      },
    ],
    undefined,
  );
}

describe('valuesFromRecords', () => {
  it('gives one item per template question, in order, with stored answers filled in', () => {
    const v = values();
    expect(ids).toHaveLength(38);
    expect(v.items.map((i) => i.questionId)).toEqual(ids);
    expect(v.items[0]).toEqual({ questionId: ids[0], value: '', comment: '' });
    expect(v.items[1]).toEqual({ questionId: ids[1], value: 'nej', comment: 'Saknas' });
  });

  it('shows numbers and missing values as the text the user would type', () => {
    const v = values();
    expect(v.staffCount).toBe('14');
    expect(v.meetingDate).toBe('2026-02-03');
    const blank = valuesFromRecords(
      followUp({
        meetingDate: null,
        participants: { manager: '', safetyRep: '', staffCount: null },
      }),
      template,
      [],
      undefined,
    );
    expect(blank.staffCount).toBe('');
    expect(blank.meetingDate).toBe('');
    expect(blank.summary).toEqual({
      summary: '',
      goodExamples: '',
      challenges: '',
      priorities: '',
    });
  });
});

describe('splitValid', () => {
  it('passes a valid form whole, turning typed numbers and empty dates into stored values', () => {
    const v = { ...values(), staffCount: ' 12 ', meetingDate: '' };
    const { patch, invalid } = splitValid(v);
    expect(invalid).toEqual([]);
    expect(patch.staffCount).toBe(12);
    expect(patch.meetingDate).toBeNull();
    expect(patch.items).toHaveLength(38);
    expect(patch.items[0]).toEqual({ questionId: ids[0], value: null, comment: '' });
  });

  it('holds back an invalid staff count and date with Swedish messages, keeping the rest', () => {
    const v = { ...values(), staffCount: 'tolv', meetingDate: '2026-02-30', manager: 'Ny Chef' };
    const { patch, invalid } = splitValid(v);
    expect(invalid.sort()).toEqual(['meetingDate', 'staffCount']);
    expect(patch).not.toHaveProperty('staffCount');
    expect(patch).not.toHaveProperty('meetingDate');
    expect(patch.manager).toBe('Ny Chef');

    const result = followUpFormSchema.safeParse(v);
    const messages = result.success ? [] : result.error.issues.map((i) => i.message);
    expect(messages).toContain(formMessages.staffCountDigits);
    expect(messages).toContain(formMessages.meetingDate);
    expect(formMessages.staffCountDigits).toMatch(/siffror/);
  });

  it('refuses a negative or absurd staff count', () => {
    expect(splitValid({ ...values(), staffCount: '-3' }).invalid).toEqual(['staffCount']);
    expect(splitValid({ ...values(), staffCount: '1000000' }).invalid).toEqual(['staffCount']);
    expect(splitValid({ ...values(), staffCount: '100000' }).invalid).toEqual([]);
  });

  it('stores the answer of a question whose comment is too long, but not the comment', () => {
    const v = values();
    const items = v.items.map((item, i) =>
      i === 2 ? { ...item, value: 'ja' as const, comment: 'x'.repeat(4001) } : item,
    );
    const { patch, invalid } = splitValid({ ...v, items });
    expect(invalid).toEqual(['items.2.comment']);
    expect(patch.items[2]).toEqual({ questionId: ids[2], value: 'ja' });
  });
});

describe('mergeDraft', () => {
  it('lays the draft over the stored values, field by field', () => {
    const stored = values();
    const draft = {
      staffCount: 'tolv',
      narrative: { done: 'Skyddsrond och APT' },
      items: [{ questionId: ids[0], comment: 'Halvskriven' }],
    };
    const merged = mergeDraft(stored, draft);
    expect(merged.staffCount).toBe('tolv');
    expect(merged.manager).toBe('Anna Chef');
    expect(merged.narrative).toEqual({ ...stored.narrative, done: 'Skyddsrond och APT' });
    expect(merged.items[0]).toEqual({ questionId: ids[0], value: '', comment: 'Halvskriven' });
    expect(merged.items[1]).toEqual(stored.items[1]);
  });

  it('ignores questions the template no longer has and drafts that are not drafts', () => {
    const stored = values();
    const merged = mergeDraft(stored, { items: [{ questionId: 'borttagen', value: 'ja' }] });
    expect(merged).toEqual(stored);
    expect(mergeDraft(stored, 'trasig')).toEqual(stored);
    expect(mergeDraft(stored, { staffCount: 12 })).toEqual(stored);
    expect(mergeDraft(stored, undefined)).toEqual(stored);
  });
});

describe('applying a patch', () => {
  it('changes only the valid fields of the follow-up', () => {
    const stored = followUp();
    const { patch } = splitValid({ ...values(), staffCount: 'tolv', safetyRep: 'Eva Ombud' });
    const next = applyToFollowUp(stored, patch);
    expect(next.participants).toEqual({
      manager: 'Anna Chef',
      safetyRep: 'Eva Ombud',
      staffCount: 14,
    });
    expect(next.meetingDate).toBe('2026-02-03');
    expect(next.signOff).toBe(stored.signOff);
  });

  it('fills the summary row, keeping stored texts of invalid fields', () => {
    const v = values();
    const { patch } = splitValid({
      ...v,
      summary: { ...v.summary, summary: 'Bra år', challenges: 'y'.repeat(10_001) },
    });
    const stored = {
      id: 'enhet:2026',
      nodeId: 'enhet',
      year: 2026,
      summary: '',
      goodExamples: '',
      challenges: 'Sparad',
      priorities: '',
    };
    expect(applyToSummary('enhet', 2026, stored, patch)).toEqual({
      nodeId: 'enhet',
      year: 2026,
      summary: 'Bra år',
      goodExamples: '',
      challenges: 'Sparad',
      priorities: '',
    });
  });
});
