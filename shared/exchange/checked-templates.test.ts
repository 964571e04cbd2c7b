import { describe, expect, it } from 'vitest';
import { templateSchema } from '../schemas/template';
import { defaultTemplate } from '../templates';
import { CheckedTemplates, jsonEqual } from './checked-templates';

/** A template as it arrives in a payload: parsed from JSON, a fresh object each time. */
const asReceived = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('jsonEqual', () => {
  it('compares JSON values deeply, keys in any order', () => {
    expect(jsonEqual({ a: [1, { b: null }], c: 'x' }, { c: 'x', a: [1, { b: null }] })).toBe(true);
    expect(jsonEqual([], [])).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual({ a: 1 }, { b: 1 })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual({ 0: 1 }, [1])).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
    expect(jsonEqual({ a: { b: [true] } }, { a: { b: [false] } })).toBe(false);
  });
});

describe('CheckedTemplates', () => {
  const template = defaultTemplate(2026);

  it('returns what templateSchema returns, for a repeat as for the first', () => {
    const checked = new CheckedTemplates();
    const first = checked.check(asReceived(template));
    const again = checked.check(asReceived(template));
    const expected = templateSchema.parse(asReceived(template));
    expect(first).toEqual({ ok: true, template: expected });
    expect(again).toEqual({ ok: true, template: expected });
  });

  it('checks in full what differs from a template that passed, in any value', () => {
    const checked = new CheckedTemplates();
    checked.check(asReceived(template));
    // Same id, one question's text changed: a valid variant, returned as sent.
    const variant = asReceived(template) as typeof template;
    const question = variant.sections[0]?.questions[0];
    if (!question) throw new Error('no question');
    question.text = 'En annan text';
    expect(checked.check(variant)).toEqual({ ok: true, template: templateSchema.parse(variant) });
    // Same id, an invalid value deep inside: refused, although the id was seen before.
    const broken = asReceived(template) as { sections: { questions: { origin: string }[] }[] };
    const brokenQuestion = broken.sections[1]?.questions[0];
    if (!brokenQuestion) throw new Error('no question');
    brokenQuestion.origin = 'påhittad';
    const result = checked.check(broken);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error.issues[0]?.path).toEqual([
      'sections',
      1,
      'questions',
      0,
      'origin',
    ]);
    // An extra key: stripped by the schema as on the first check (not taken from the cache).
    const extra = { ...(asReceived(template) as object), extra: 'x' };
    expect(checked.check(extra)).toEqual({ ok: true, template: templateSchema.parse(extra) });
  });

  it('refuses what is not a template at all', () => {
    const checked = new CheckedTemplates();
    expect(checked.check(null).ok).toBe(false);
    expect(checked.check({ id: template.id }).ok).toBe(false);
  });
});
