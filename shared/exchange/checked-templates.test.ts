import { afterEach, describe, expect, it, vi } from 'vitest';
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
    // An extra key: stripped by the schema, as on the first check.
    const extra = { ...(asReceived(template) as object), extra: 'x' };
    expect(checked.check(extra)).toEqual({ ok: true, template: templateSchema.parse(extra) });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs the schema once per distinct template, and again for anything that differs', () => {
    const parse = vi.spyOn(templateSchema, 'safeParse');
    const checked = new CheckedTemplates();
    checked.check(asReceived(template));
    checked.check(asReceived(template));
    checked.check(asReceived(template));
    expect(parse).toHaveBeenCalledTimes(1);
    checked.check({ ...(asReceived(template) as object), extra: 'x' });
    expect(parse).toHaveBeenCalledTimes(2);
    // The variant with the extra key is remembered as it came (equal JSON only).
    checked.check({ ...(asReceived(template) as object), extra: 'x' });
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('is bounded: four versions of an id, a hundred ids; beyond that it checks every time', () => {
    const parse = vi.spyOn(templateSchema, 'safeParse');
    const checked = new CheckedTemplates();
    const small = (id: string, version: number) =>
      asReceived({ ...template, id, version, sections: template.sections.slice(0, 1) });
    for (let version = 1; version <= 5; version++) checked.check(small('mall-x', version));
    expect(parse).toHaveBeenCalledTimes(5);
    for (let version = 1; version <= 4; version++) checked.check(small('mall-x', version));
    expect(parse).toHaveBeenCalledTimes(5);
    checked.check(small('mall-x', 5));
    expect(parse).toHaveBeenCalledTimes(6);
    // 99 more ids fill the cache to 100; the 101st id is not remembered.
    for (let i = 0; i < 100; i++) checked.check(small(`mall-${i}`, 1));
    expect(parse).toHaveBeenCalledTimes(106);
    checked.check(small('mall-98', 1));
    checked.check(small('mall-99', 1));
    expect(parse).toHaveBeenCalledTimes(107);
  });

  it('hands out frozen templates (one object may go to many packages)', () => {
    const checked = new CheckedTemplates();
    const result = checked.check(asReceived(template));
    if (!result.ok) throw new Error('refused');
    expect(Object.isFrozen(result.template)).toBe(true);
    expect(Object.isFrozen(result.template.sections[0]?.questions[0]?.legalRefs)).toBe(true);
  });

  it('refuses what is not a template at all', () => {
    const checked = new CheckedTemplates();
    expect(checked.check(null).ok).toBe(false);
    expect(checked.check({ id: template.id }).ok).toBe(false);
  });
});
