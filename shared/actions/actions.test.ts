import { describe, expect, it } from 'vitest';
import type { Action } from '../schemas/action';
import {
  actionsForFollowUp,
  compareActions,
  followUpDateInOrder,
  followUpIn,
  followUpSummary,
  isOpen,
  isOverdue,
} from './index';

function action(fields: Partial<Action> & Pick<Action, 'id'>): Action {
  return {
    nodeId: 'enhetA',
    year: 2026,
    text: 'Åtgärd',
    responsible: '',
    dueDate: null,
    followUpDate: null,
    status: 'planerad',
    reason: '',
    source: { kind: 'manual', ref: null },
    followUp: null,
    ...fields,
  };
}

describe('isOpen', () => {
  it('is open while planned or in progress, closed when done or given up', () => {
    expect(isOpen({ status: 'planerad' })).toBe(true);
    expect(isOpen({ status: 'pagar' })).toBe(true);
    expect(isOpen({ status: 'klar' })).toBe(false);
    expect(isOpen({ status: 'ej_genomford' })).toBe(false);
  });
});

describe('isOverdue', () => {
  const today = '2026-11-22';
  it('is overdue when open and the due date has passed', () => {
    expect(isOverdue({ status: 'pagar', dueDate: '2026-05-31' }, today)).toBe(true);
    expect(isOverdue({ status: 'planerad', dueDate: '2026-11-21' }, today)).toBe(true);
  });
  it('is not overdue on the due date itself, later, or without a date', () => {
    expect(isOverdue({ status: 'planerad', dueDate: today }, today)).toBe(false);
    expect(isOverdue({ status: 'planerad', dueDate: '2026-12-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'planerad', dueDate: null }, today)).toBe(false);
  });
  it('is never overdue once done or not carried out', () => {
    expect(isOverdue({ status: 'klar', dueDate: '2026-01-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'ej_genomford', dueDate: '2026-01-01' }, today)).toBe(false);
  });
  it('compares as dates across month and year boundaries', () => {
    expect(isOverdue({ status: 'pagar', dueDate: '2025-12-31' }, '2026-01-01')).toBe(true);
    expect(isOverdue({ status: 'pagar', dueDate: '2026-10-09' }, '2026-09-10')).toBe(false);
  });
});

describe('followUpDateInOrder', () => {
  it('refuses a follow-up date before the due date only', () => {
    expect(followUpDateInOrder('2026-06-30', '2026-06-29')).toBe(false);
    expect(followUpDateInOrder('2026-06-30', '2026-06-30')).toBe(true);
    expect(followUpDateInOrder('2026-06-30', '2026-09-01')).toBe(true);
    expect(followUpDateInOrder(null, '2026-01-01')).toBe(true);
    expect(followUpDateInOrder('2026-01-01', null)).toBe(true);
  });
});

describe('compareActions', () => {
  it('sorts by due date, undated last, then by text', () => {
    const rows = [
      action({ id: 'c', text: 'Öva utrymning', dueDate: null }),
      action({ id: 'b', text: 'Ändra rutin', dueDate: '2026-03-01' }),
      action({ id: 'a', text: 'Boka skyddsrond', dueDate: '2026-03-01' }),
      action({ id: 'd', text: 'APT', dueDate: '2026-01-15' }),
      action({ id: 'e', text: 'Arbetsmiljöpolicy', dueDate: null }),
    ];
    expect(rows.sort(compareActions).map((r) => r.id)).toEqual(['d', 'a', 'b', 'e', 'c']);
  });
});

describe('actionsForFollowUp', () => {
  const rows = [
    action({ id: 'own-last-year', year: 2025, dueDate: '2025-06-01' }),
    action({ id: 'own-last-year-early', year: 2025, dueDate: '2025-02-01' }),
    action({ id: 'own-this-year', year: 2026 }),
    action({ id: 'own-two-years-ago', year: 2024 }),
    action({ id: 'other-node', nodeId: 'enhetB', year: 2025 }),
  ];
  it("lists the node's actions from the year before, in plan order", () => {
    expect(actionsForFollowUp(rows, 'enhetA', 2026).map((a) => a.id)).toEqual([
      'own-last-year-early',
      'own-last-year',
    ]);
  });
  it('lists this year’s actions in next year’s follow-up', () => {
    expect(actionsForFollowUp(rows, 'enhetA', 2027).map((a) => a.id)).toEqual(['own-this-year']);
  });
  it('is empty when the node had no actions the year before', () => {
    expect(actionsForFollowUp(rows, 'enhetB', 2027)).toEqual([]);
  });
});

describe('followUpIn and followUpSummary', () => {
  const rows = [
    action({ id: 'ja', year: 2025, followUp: { year: 2026, handled: true, reason: '' } }),
    action({
      id: 'nej',
      year: 2025,
      followUp: { year: 2026, handled: false, reason: 'Påbörjat men inte klart' },
    }),
    action({
      id: 'nej-utan-orsak',
      year: 2025,
      followUp: { year: 2026, handled: false, reason: ' ' },
    }),
    action({ id: 'ej-uppfoljd', year: 2025 }),
    // Followed up in another year: does not count as followed up in 2026.
    action({ id: 'annat-ar', year: 2025, followUp: { year: 2027, handled: true, reason: '' } }),
  ];

  it('reads the follow-up only for the year asked', () => {
    expect(followUpIn(rows[0] ?? action({ id: 'x' }), 2026)).toEqual({
      year: 2026,
      handled: true,
      reason: '',
    });
    expect(followUpIn(rows[4] ?? action({ id: 'x' }), 2026)).toBeNull();
  });

  it('counts handled, not handled (and those lacking a reason) and not yet followed up', () => {
    expect(followUpSummary(rows, 2026)).toEqual({
      handled: 1,
      notHandled: 2,
      missingReason: 1,
      pending: 2,
      total: 5,
    });
  });

  it('is all zeros for no actions', () => {
    expect(followUpSummary([], 2026)).toEqual({
      handled: 0,
      notHandled: 0,
      missingReason: 0,
      pending: 0,
      total: 0,
    });
  });
});
