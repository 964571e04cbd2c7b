import { describe, expect, it } from 'vitest';
import {
  questionFormDefaults,
  questionFormSchema,
  sectionFormSchema,
} from '../../../renderer/src/features/templates/template-forms';
import { sv } from '../../../renderer/src/i18n/sv';

const m = {
  textRequired: sv.templates.form.textRequired,
  textTooLong: 'för lång',
  helpTooLong: 'hjälp för lång',
  sourceRequired: sv.templates.form.sourceRequired,
  refTooLong: 'lagrum för långt',
  tooManyRefs: 'för många',
};
const schema = questionFormSchema(m);
const messages = (value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('the local question form', () => {
  it('trims what was typed and passes it on', () => {
    expect(
      schema.parse({
        text: '  Nycklar kvitteras.  ',
        help: ' ',
        legalRefs: [{ source: ' AFS 2023:1 ', section: ' 8 § ' }],
      }),
    ).toEqual({
      text: 'Nycklar kvitteras.',
      help: '',
      legalRefs: [{ source: 'AFS 2023:1', section: '8 §' }],
    });
  });

  it('says in Swedish what is wrong, per field', () => {
    expect(messages({ text: '   ', help: '', legalRefs: [{ source: '', section: '' }] })).toEqual([
      'text: Skriv frågetexten.',
      'legalRefs.0.source: Ange källa, till exempel AFS 2023:1.',
    ]);
    expect(
      messages({
        text: 'x'.repeat(1001),
        help: 'x'.repeat(4001),
        legalRefs: [{ source: 'AFS', section: 'x'.repeat(61) }],
      }),
    ).toEqual(['text: för lång', 'help: hjälp för lång', 'legalRefs.0.section: lagrum för långt']);
    const eleven = Array.from({ length: 11 }, () => ({ source: 'AML', section: '' }));
    expect(messages({ text: 'Fråga', help: '', legalRefs: eleven })).toEqual([
      'legalRefs: för många',
    ]);
  });

  it('starts empty for a new question and with a copy of an existing one', () => {
    expect(questionFormDefaults()).toEqual({ text: '', help: '', legalRefs: [] });
    const question = {
      id: 'lokal-x',
      text: 'Fråga',
      help: 'Hjälp',
      legalRefs: [{ source: 'AML', section: '3 kap.' }],
      origin: 'local' as const,
    };
    const values = questionFormDefaults(question);
    expect(values).toEqual({ text: 'Fråga', help: 'Hjälp', legalRefs: question.legalRefs });
    expect(values.legalRefs[0]).not.toBe(question.legalRefs[0]);
  });
});

describe('the section form', () => {
  it('wants a heading of at most 200 characters', () => {
    const section = sectionFormSchema({ titleRequired: 'Skriv en rubrik.', titleTooLong: 'lång' });
    expect(section.parse({ title: ' Hemtjänst ' })).toEqual({ title: 'Hemtjänst' });
    expect(section.safeParse({ title: ' ' }).error?.issues[0]?.message).toBe('Skriv en rubrik.');
    expect(section.safeParse({ title: 'x'.repeat(201) }).error?.issues[0]?.message).toBe('lång');
  });
});
