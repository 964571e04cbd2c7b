import { describe, expect, it } from 'vitest';
import { templateSchema, type Template } from '../schemas/template';
import { defaultTemplate } from './default-template';
import {
  addLocalQuestion,
  addLocalSection,
  assertDraft,
  baseForDraft,
  draftNextVersion,
  isLocalSection,
  questionCounts,
  removeLocalQuestion,
  removeLocalSection,
  slugify,
  TemplateVersionError,
  updateLocalQuestion,
} from './versioning';

const published = (fields: Partial<Template> = {}): Template => ({
  ...defaultTemplate(2026),
  publishedAt: '2026-01-05T08:00:00.000Z',
  ...fields,
});

const draft2027 = () =>
  draftNextVersion(published(), { year: 2027, ownerNodeId: 'sof', id: 'sof-2027' });

const question = { text: 'Nyckelrutinen i hemtjänsten följs.', help: '', legalRefs: [] };

const allIds = (template: Template) =>
  template.sections.flatMap((s) => s.questions.map((q) => q.id));

describe('draftNextVersion', () => {
  it('copies a published version for a later year as version 1, a draft with a new owner', () => {
    const base = published();
    const draft = draftNextVersion(base, { year: 2027, ownerNodeId: 'sof', id: 'sof-2027' });
    expect(draft).toMatchObject({
      id: 'sof-2027',
      year: 2027,
      version: 1,
      status: 'draft',
      publishedAt: null,
      ownerNodeId: 'sof',
    });
    expect(draft.sections).toEqual(base.sections);
    expect(templateSchema.safeParse(draft).success).toBe(true);
  });

  it('gives the same year the next version', () => {
    const draft = draftNextVersion(published({ version: 3 }), {
      year: 2026,
      ownerNodeId: 'sof',
      id: 'x',
    });
    expect(draft.version).toBe(4);
  });

  it('takes the next free version above every version already stored for the year', () => {
    const target = { year: 2027, ownerNodeId: 'sof', id: 'x' };
    expect(draftNextVersion(published(), target, [1]).version).toBe(2);
    expect(draftNextVersion(published(), target, [1, 4, 2]).version).toBe(5);
    expect(
      draftNextVersion(published({ version: 2 }), { ...target, year: 2026 }, [1]).version,
    ).toBe(3);
  });

  it('keeps question and section ids, so answers compare across years', () => {
    const base = published();
    expect(allIds(draft2027())).toEqual(allIds(base));
    expect(draft2027().sections.map((s) => s.id)).toEqual(base.sections.map((s) => s.id));
  });

  it('shares nothing with the base: changing the draft leaves the published version as it was', () => {
    const base = published();
    const before = structuredClone(base);
    const draft = draftNextVersion(base, { year: 2027, ownerNodeId: 'sof', id: 'x' });
    const ref = draft.sections[0]?.questions[0]?.legalRefs[0];
    if (!ref) throw new Error('standardmallen saknar lagrum');
    ref.section = 'ändrad';
    addLocalQuestion(draft, 'delaktighet', question);
    expect(base).toEqual(before);
  });

  it('refuses a draft base and an earlier year, in Swedish', () => {
    expect(() =>
      draftNextVersion(draft2027(), { year: 2028, ownerNodeId: 'sof', id: 'x' }),
    ).toThrow(/bara skapas från en publicerad version/);
    expect(() =>
      draftNextVersion(published(), { year: 2025, ownerNodeId: 'sof', id: 'x' }),
    ).toThrow(TemplateVersionError);
  });
});

describe('the guard against changing a published version', () => {
  it('refuses every change to a published template with a Swedish message', () => {
    const template = published();
    const before = structuredClone(template);
    const local = { ...question };
    const attempts = [
      () => assertDraft(template),
      () => addLocalQuestion(template, 'delaktighet', local),
      () => updateLocalQuestion(template, 'apt-minst-10', local),
      () => removeLocalQuestion(template, 'apt-minst-10'),
      () => addLocalSection(template, { title: 'Hemtjänst' }),
      () => removeLocalSection(template, 'delaktighet'),
    ];
    for (const attempt of attempts)
      expect(attempt).toThrow('En publicerad mallversion kan inte ändras');
    expect(template).toEqual(before);
  });

  it('lets a draft through', () => {
    expect(() => assertDraft(draft2027())).not.toThrow();
  });
});

describe('addLocalQuestion', () => {
  it('adds a local question at the end of the section with an id made from the text', () => {
    const draft = draft2027();
    const next = addLocalQuestion(draft, 'delaktighet', {
      text: '  Nyckelrutinen i hemtjänsten följs.  ',
      help: ' Fråga nyckelansvarig. ',
      legalRefs: [{ source: ' AFS 2023:1 ', section: '8 §' }],
    });
    const section = next.sections.find((s) => s.id === 'delaktighet');
    expect(section?.questions.at(-1)).toEqual({
      id: 'lokal-nyckelrutinen-i-hemtjansten-foljs',
      text: 'Nyckelrutinen i hemtjänsten följs.',
      help: 'Fråga nyckelansvarig.',
      legalRefs: [{ source: 'AFS 2023:1', section: '8 §' }],
      origin: 'local',
    });
    expect(section?.questions).toHaveLength(
      (draft.sections.find((s) => s.id === 'delaktighet')?.questions.length ?? 0) + 1,
    );
    expect(allIds(draft)).not.toContain('lokal-nyckelrutinen-i-hemtjansten-foljs');
    expect(templateSchema.safeParse(next).success).toBe(true);
  });

  it('adds a suffix when the id is taken, anywhere in the template', () => {
    let draft = addLocalQuestion(draft2027(), 'delaktighet', question);
    draft = addLocalQuestion(draft, 'vald-och-hot', question);
    draft = addLocalQuestion(draft, 'vald-och-hot', {
      ...question,
      text: 'Nyckelrutinen i HEMTJÄNSTEN följs!',
    });
    const ids = allIds(draft).filter((id) => id.startsWith('lokal-'));
    expect(ids).toEqual([
      'lokal-nyckelrutinen-i-hemtjansten-foljs',
      'lokal-nyckelrutinen-i-hemtjansten-foljs-2',
      'lokal-nyckelrutinen-i-hemtjansten-foljs-3',
    ]);
    expect(new Set(allIds(draft)).size).toBe(allIds(draft).length);
  });

  it('makes an id for a text without letters', () => {
    const draft = addLocalQuestion(draft2027(), 'delaktighet', { ...question, text: '???' });
    expect(allIds(draft)).toContain('lokal-fraga');
  });

  it('refuses an empty or too long text, a missing section and a reference without source', () => {
    const draft = draft2027();
    expect(() => addLocalQuestion(draft, 'delaktighet', { ...question, text: '  ' })).toThrow(
      'Frågetexten saknas.',
    );
    expect(() =>
      addLocalQuestion(draft, 'delaktighet', { ...question, text: 'x'.repeat(1001) }),
    ).toThrow('Frågetexten är längre än 1000 tecken.');
    expect(() => addLocalQuestion(draft, 'finns-inte', question)).toThrow(
      'Avsnittet "finns-inte" finns inte i mallen.',
    );
    expect(() =>
      addLocalQuestion(draft, 'delaktighet', {
        ...question,
        legalRefs: [{ source: ' ', section: '3 §' }],
      }),
    ).toThrow(/saknar källa/);
  });
});

describe('updateLocalQuestion and removeLocalQuestion', () => {
  const withLocal = () => addLocalQuestion(draft2027(), 'delaktighet', question);
  const localId = 'lokal-nyckelrutinen-i-hemtjansten-foljs';

  it('rewrites a local question but keeps its id and origin', () => {
    const next = updateLocalQuestion(withLocal(), localId, {
      text: 'Ny lydelse',
      help: 'Hjälp',
      legalRefs: [{ source: 'AML', section: '3 kap. 2 a §' }],
    });
    const updated = next.sections.flatMap((s) => s.questions).find((q) => q.id === localId);
    expect(updated).toEqual({
      id: localId,
      text: 'Ny lydelse',
      help: 'Hjälp',
      legalRefs: [{ source: 'AML', section: '3 kap. 2 a §' }],
      origin: 'local',
    });
  });

  it('removes a local question and nothing else', () => {
    const before = withLocal();
    const next = removeLocalQuestion(before, localId);
    expect(allIds(next)).toEqual(allIds(before).filter((id) => id !== localId));
  });

  it('refuses to edit or remove a standard question, even in a draft', () => {
    const draft = withLocal();
    expect(() => updateLocalQuestion(draft, 'apt-minst-10', question)).toThrow(
      'Standardfrågor kan inte ändras eller tas bort',
    );
    expect(() => removeLocalQuestion(draft, 'apt-minst-10')).toThrow(TemplateVersionError);
    expect(() => removeLocalQuestion(draft, 'saknas')).toThrow(
      'Frågan "saknas" finns inte i mallen.',
    );
  });
});

describe('local sections', () => {
  it('adds an empty section at the end, with a unique id, that takes local questions', () => {
    const first = addLocalSection(draft2027(), { title: ' Hemtjänst ' });
    expect(first.sectionId).toBe('lokal-avsnitt-hemtjanst');
    expect(first.template.sections.at(-1)).toEqual({
      id: 'lokal-avsnitt-hemtjanst',
      title: 'Hemtjänst',
      questions: [],
    });
    const second = addLocalSection(first.template, { title: 'Hemtjänst' });
    expect(second.sectionId).toBe('lokal-avsnitt-hemtjanst-2');
    const filled = addLocalQuestion(second.template, second.sectionId, question);
    expect(filled.sections.at(-1)?.questions).toHaveLength(1);
    expect(() => addLocalSection(draft2027(), { title: ' ' })).toThrow('Avsnittets rubrik saknas.');
  });

  it('removes a local section with its questions, never a standard one', () => {
    const { template, sectionId } = addLocalSection(draft2027(), { title: 'Hemtjänst' });
    const filled = addLocalQuestion(template, sectionId, question);
    expect(isLocalSection(filled.sections.at(-1) ?? { id: '', title: '', questions: [] })).toBe(
      true,
    );
    const removed = removeLocalSection(filled, sectionId);
    expect(removed.sections.map((s) => s.id)).toEqual(draft2027().sections.map((s) => s.id));
    expect(() => removeLocalSection(filled, 'delaktighet')).toThrow(
      'Avsnittet har standardfrågor och kan inte tas bort.',
    );
  });
});

describe('baseForDraft', () => {
  const path = ['kommun', 'sof'];
  const t = (id: string, fields: Partial<Template>) => published({ id, ...fields });

  it('takes the newest year up to the target, then the nearest owner, then the highest version', () => {
    const templates = [
      t('default-2026', {}),
      t('kommun-2026', { ownerNodeId: 'kommun', version: 2 }),
      t('sof-2026-v3', { ownerNodeId: 'sof', version: 3 }),
      t('sof-2026-v4', { ownerNodeId: 'sof', version: 4 }),
      t('other-2026', { ownerNodeId: 'annan-forvaltning', version: 5 }),
      t('sof-2026-draft', { ownerNodeId: 'sof', version: 6, status: 'draft' }),
      t('default-2028', { year: 2028 }),
    ];
    expect(baseForDraft(templates, path, 2027)?.id).toBe('sof-2026-v4');
    expect(baseForDraft(templates, path, 2028)?.id).toBe('default-2028');
    expect(baseForDraft(templates, ['kommun'], 2027)?.id).toBe('kommun-2026');
    expect(baseForDraft(templates, path, 2025)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('slugify folds Swedish letters, cuts at a word boundary and trims dashes', () => {
    expect(slugify('Åsens äldreboende – Östra')).toBe('asens-aldreboende-ostra');
    expect(slugify('Är rutinen för hot och våld känd av alla medarbetare på enheten?')).toBe(
      'ar-rutinen-for-hot-och-vald-kand-av-alla',
    );
    expect(slugify('Medarbetarna känner till arbetsmiljöpolicyn och förstår den')).toBe(
      'medarbetarna-kanner-till',
    );
    expect(slugify('!!!')).toBe('');
  });

  it('questionCounts counts all and local questions', () => {
    const base = draft2027();
    const counts = questionCounts(addLocalQuestion(base, 'delaktighet', question));
    expect(counts).toEqual({ total: questionCounts(base).total + 1, local: 1 });
  });
});
