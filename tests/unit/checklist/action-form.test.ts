import { describe, expect, it } from 'vitest';
import {
  actionFormSchema,
  toActionFields,
} from '../../../renderer/src/features/checklist/action-form';
import { sv } from '../../../renderer/src/i18n/sv';

const schema = actionFormSchema(sv.checklist.action);
const valid = { text: 'Planera APT', responsible: 'Anna', dueDate: '', followUpDate: '2026-09-01' };

describe('the "Skapa åtgärd" form', () => {
  it('accepts an action with empty or real dates', () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it('requires a description and real dates, in Swedish', () => {
    const result = schema.safeParse({ ...valid, text: '   ', dueDate: '2026-02-30' });
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((i) => i.message);
    expect(messages).toEqual([
      'Beskriv åtgärden',
      'Ogiltigt datum – skriv ÅÅÅÅ-MM-DD, till exempel 2026-06-30',
    ]);
  });

  it('stores empty dates as not decided', () => {
    expect(toActionFields({ ...valid, text: ' Planera APT ' })).toEqual({
      text: 'Planera APT',
      responsible: 'Anna',
      dueDate: null,
      followUpDate: '2026-09-01',
    });
  });
});
