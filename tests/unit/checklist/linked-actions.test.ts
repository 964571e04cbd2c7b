import { describe, expect, it } from 'vitest';
import type { Action } from '@shared/schemas';
import { actionsByQuestion } from '../../../renderer/src/features/checklist/linked-actions';

const action = (id: string, source: Action['source']): Action => ({
  id,
  nodeId: 'enhet',
  year: 2026,
  text: `Åtgärd ${id}`,
  responsible: '',
  dueDate: null,
  followUpDate: null,
  status: 'planerad',
  reason: '',
  source,
  followUp: null,
});

describe('actionsByQuestion', () => {
  it('groups the actions made from questions by question, leaving other sources out', () => {
    const map = actionsByQuestion([
      action('a', { kind: 'question', ref: 'apt' }),
      action('b', { kind: 'incident', ref: 'inc-1' }),
      action('c', { kind: 'question', ref: 'apt' }),
      action('d', { kind: 'question', ref: null }),
      action('e', { kind: 'question', ref: 'policy' }),
    ]);
    expect([...map.keys()]).toEqual(['apt', 'policy']);
    expect(map.get('apt')?.map((a) => a.id)).toEqual(['a', 'c']);
  });
});
