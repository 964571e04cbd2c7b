import { describe, expect, it } from 'vitest';
import type { Action } from '@shared/schemas';
import {
  actionFormSchema,
  fromFormValues,
  toFormValues,
  type ActionFormInput,
} from '../../../renderer/src/features/actions/action-form-schema';
import { sv } from '../../../renderer/src/i18n/sv';

const e = sv.actions.form.errors;
const schema = actionFormSchema({
  textRequired: e.textRequired,
  textTooLong: e.tooLong,
  responsibleTooLong: e.tooLong,
  dateFormat: e.dateFormat,
  followUpBeforeDue: e.followUpBeforeDue,
  reasonRequired: e.reasonRequired,
  reasonTooLong: e.tooLong,
  questionRequired: e.questionRequired,
});

const valid: ActionFormInput = {
  text: 'Utbildning i hot och våld',
  responsible: 'Anna Chef',
  dueDate: '2026-06-30',
  followUpDate: '2026-09-01',
  status: 'planerad',
  reason: '',
  sourceKind: 'manual',
  sourceRef: '',
};

function messages(input: ActionFormInput): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the action form rules (Swedish messages)', () => {
  it('accepts a complete action, and one without dates', () => {
    expect(messages(valid)).toEqual({});
    expect(messages({ ...valid, dueDate: '', followUpDate: '' })).toEqual({});
  });

  it('asks for the action text', () => {
    expect(messages({ ...valid, text: '   ' })).toEqual({ text: 'Beskriv åtgärden.' });
  });

  it('requires a reason for "ej genomförd", and only then', () => {
    expect(messages({ ...valid, status: 'ej_genomford' })).toEqual({
      reason: 'Skriv varför åtgärden inte genomfördes.',
    });
    expect(messages({ ...valid, status: 'ej_genomford', reason: 'Ingen budget' })).toEqual({});
    expect(messages({ ...valid, status: 'klar' })).toEqual({});
  });

  it('reports every problem at once, the cross-field ones included', () => {
    expect(messages({ ...valid, text: '', status: 'ej_genomford' })).toEqual({
      text: 'Beskriv åtgärden.',
      reason: 'Skriv varför åtgärden inte genomfördes.',
    });
  });

  it('refuses a follow-up date before the due date, allows the same day', () => {
    expect(messages({ ...valid, followUpDate: '2026-06-29' })).toEqual({
      followUpDate: 'Följs upp när kan inte vara före klart när.',
    });
    expect(messages({ ...valid, followUpDate: '2026-06-30' })).toEqual({});
  });

  it('refuses dates that are not YYYY-MM-DD real dates', () => {
    expect(messages({ ...valid, dueDate: '2026-02-30' })).toEqual({
      dueDate: 'Ange datumet som ÅÅÅÅ-MM-DD.',
    });
    expect(messages({ ...valid, followUpDate: '1/9 2026' })).toEqual({
      followUpDate: 'Ange datumet som ÅÅÅÅ-MM-DD.',
    });
  });

  it('asks which question when the source is the checklist', () => {
    expect(messages({ ...valid, sourceKind: 'question' })).toEqual({
      sourceRef: 'Välj vilken fråga åtgärden gäller.',
    });
    expect(messages({ ...valid, sourceKind: 'question', sourceRef: 'q-apt' })).toEqual({});
  });
});

describe('form values and stored actions', () => {
  const base = { id: 'a1', nodeId: 'enhetA', year: 2026, followUp: null };

  it('turns empty dates into null, trims, and drops a reason unless ej genomförd', () => {
    const parsed = schema.parse({ ...valid, text: '  Skyddsrond ', dueDate: '', reason: 'x' });
    expect(fromFormValues(parsed, base)).toEqual({
      ...base,
      text: 'Skyddsrond',
      responsible: 'Anna Chef',
      dueDate: null,
      followUpDate: '2026-09-01',
      status: 'planerad',
      reason: '',
      source: { kind: 'manual', ref: null },
    } satisfies Action);
  });

  it('keeps the question reference and the follow-up of an edited action', () => {
    const followUp = { year: 2027, handled: true, reason: '' };
    const parsed = schema.parse({
      ...valid,
      status: 'ej_genomford',
      reason: 'Ingen budget',
      sourceKind: 'question',
      sourceRef: 'q-apt',
    });
    const action = fromFormValues(parsed, { ...base, followUp });
    expect(action).toMatchObject({
      status: 'ej_genomford',
      reason: 'Ingen budget',
      source: { kind: 'question', ref: 'q-apt' },
      followUp,
    });
    expect(toFormValues(action)).toEqual({
      ...valid,
      status: 'ej_genomford',
      reason: 'Ingen budget',
      sourceKind: 'question',
      sourceRef: 'q-apt',
    });
  });

  it('starts a new action empty and planned', () => {
    expect(toFormValues(undefined)).toEqual({
      text: '',
      responsible: '',
      dueDate: '',
      followUpDate: '',
      status: 'planerad',
      reason: '',
      sourceKind: 'manual',
      sourceRef: '',
    });
  });
});
