/**
 * Template versions as pure functions: an administration copies a published version into a draft,
 * adds its own (local) questions and sections, and publishes. A published version is what answers
 * were given against, so every function here refuses to change one; standard questions are never
 * edited or removed, so an answer to "apt-minst-10" means the same thing every year.
 *
 * Every function returns a new template and leaves its argument untouched; errors are thrown as
 * TemplateVersionError with a Swedish message the UI shows as it is.
 */
import type { LegalRef, Question, Template, TemplateSection } from '../schemas/template';

/** Limits of the stored schema (shared/schemas/template.ts), repeated here for early messages. */
export const TEMPLATE_LIMITS = {
  questionText: 1000,
  help: 4000,
  sectionTitle: 200,
  legalRefs: 10,
  legalRefField: 60,
  questionsPerSection: 200,
  sections: 100,
} as const;

/** A refused change to a template; `message` is Swedish, for the user. */
export class TemplateVersionError extends Error {
  override name = 'TemplateVersionError';
}

const messages = {
  published: 'En publicerad mallversion kan inte ändras. Skapa ett nytt utkast i stället.',
  baseNotPublished: 'Ett nytt utkast kan bara skapas från en publicerad version.',
  earlierYear: (year: number, baseYear: number) =>
    `Ett utkast för ${year} kan inte bygga på mallen för ${baseYear}, som gäller ett senare år.`,
  sectionMissing: (id: string) => `Avsnittet "${id}" finns inte i mallen.`,
  questionMissing: (id: string) => `Frågan "${id}" finns inte i mallen.`,
  standardQuestion: 'Standardfrågor kan inte ändras eller tas bort, bara lokala frågor.',
  standardSection: 'Avsnittet har standardfrågor och kan inte tas bort.',
  textRequired: 'Frågetexten saknas.',
  titleRequired: 'Avsnittets rubrik saknas.',
  tooLong: (what: string, max: number) => `${what} är längre än ${max} tecken.`,
  tooManyRefs: `En fråga kan ha högst ${TEMPLATE_LIMITS.legalRefs} lagrumshänvisningar.`,
  refSourceRequired: 'En lagrumshänvisning saknar källa (till exempel AFS 2023:1).',
  sectionFull: `Ett avsnitt kan ha högst ${TEMPLATE_LIMITS.questionsPerSection} frågor.`,
  templateFull: `En mall kan ha högst ${TEMPLATE_LIMITS.sections} avsnitt.`,
} as const;

/** The guard in front of every change: only a draft may change. */
export function assertDraft(template: Template): void {
  if (template.status !== 'draft') throw new TemplateVersionError(messages.published);
}

export function isEditable(template: Template): boolean {
  return template.status === 'draft';
}

/** Deep copy: a draft must share nothing with the published version it came from. */
function copySections(sections: readonly TemplateSection[]): TemplateSection[] {
  return sections.map((section) => ({
    ...section,
    questions: section.questions.map((question) => ({
      ...question,
      legalRefs: question.legalRefs.map((ref) => ({ ...ref })),
    })),
  }));
}

/**
 * A new draft copied from a published version. Same year: the next version of that year. Later
 * year: version 1, unless `takenVersions` (the versions already stored for that year, any owner)
 * says otherwise. The next version is always above the highest taken one, never a gap below it,
 * because the highest published version is the one new follow-ups get. Question and section ids are
 * kept, so answers can be compared across years.
 */
export function draftNextVersion(
  base: Template,
  target: { year: number; ownerNodeId: string | null; id: string },
  takenVersions: readonly number[] = [],
): Template {
  if (base.status !== 'published') throw new TemplateVersionError(messages.baseNotPublished);
  if (target.year < base.year)
    throw new TemplateVersionError(messages.earlierYear(target.year, base.year));
  const floor = target.year === base.year ? base.version : 0;
  const version = Math.max(floor, ...takenVersions) + 1;
  return {
    id: target.id,
    year: target.year,
    version,
    status: 'draft',
    publishedAt: null,
    ownerNodeId: target.ownerNodeId,
    sections: copySections(base.sections),
  };
}

/** What a user writes for a local question. */
export interface LocalQuestionInput {
  text: string;
  help: string;
  legalRefs: readonly LegalRef[];
}

/**
 * "Rutin för hemtjänstens nyckelhantering" → "rutin-for-hemtjanstens-nyckelhantering": ids read
 * like the question in exports and stay ASCII.
 */
export function slugify(text: string, maxLength = 40): string {
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength);
  if (ascii[maxLength] === '-') return cut;
  // Cut at a word boundary when there is one, so the id does not end in half a word.
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/** `prefix-slug`, or `prefix-slug-2`, `-3`, … when taken; `fallback` when the text has no letters. */
function uniqueId(prefix: string, text: string, fallback: string, taken: ReadonlySet<string>) {
  const stem = `${prefix}-${slugify(text) || fallback}`;
  if (!taken.has(stem)) return stem;
  let n = 2;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

const questionIds = (template: Template) =>
  new Set(template.sections.flatMap((s) => s.questions.map((q) => q.id)));

function cleanQuestion(input: LocalQuestionInput): Omit<Question, 'id' | 'origin'> {
  const text = input.text.trim();
  const help = input.help.trim();
  if (text === '') throw new TemplateVersionError(messages.textRequired);
  if (text.length > TEMPLATE_LIMITS.questionText)
    throw new TemplateVersionError(messages.tooLong('Frågetexten', TEMPLATE_LIMITS.questionText));
  if (help.length > TEMPLATE_LIMITS.help)
    throw new TemplateVersionError(messages.tooLong('Hjälptexten', TEMPLATE_LIMITS.help));
  if (input.legalRefs.length > TEMPLATE_LIMITS.legalRefs)
    throw new TemplateVersionError(messages.tooManyRefs);
  const legalRefs = input.legalRefs.map((ref) => ({
    source: ref.source.trim(),
    section: ref.section.trim(),
  }));
  for (const ref of legalRefs) {
    if (ref.source === '') throw new TemplateVersionError(messages.refSourceRequired);
    const longest = Math.max(ref.source.length, ref.section.length);
    if (longest > TEMPLATE_LIMITS.legalRefField)
      throw new TemplateVersionError(messages.tooLong('Lagrummet', TEMPLATE_LIMITS.legalRefField));
  }
  return { text, help, legalRefs };
}

function findQuestion(template: Template, questionId: string): Question {
  for (const section of template.sections) {
    const found = section.questions.find((q) => q.id === questionId);
    if (found) return found;
  }
  throw new TemplateVersionError(messages.questionMissing(questionId));
}

/** A local question at the end of a section; its id is made from the text ("lokal-…"). */
export function addLocalQuestion(
  draft: Template,
  sectionId: string,
  input: LocalQuestionInput,
): Template {
  assertDraft(draft);
  const section = draft.sections.find((s) => s.id === sectionId);
  if (!section) throw new TemplateVersionError(messages.sectionMissing(sectionId));
  if (section.questions.length >= TEMPLATE_LIMITS.questionsPerSection)
    throw new TemplateVersionError(messages.sectionFull);
  const fields = cleanQuestion(input);
  const question: Question = {
    id: uniqueId('lokal', fields.text, 'fraga', questionIds(draft)),
    ...fields,
    origin: 'local',
  };
  return {
    ...draft,
    sections: draft.sections.map((s) =>
      s.id === sectionId ? { ...s, questions: [...s.questions, question] } : s,
    ),
  };
}

/** Rewrites a local question's text, help and references; its id stays, so answers follow it. */
export function updateLocalQuestion(
  draft: Template,
  questionId: string,
  input: LocalQuestionInput,
): Template {
  assertDraft(draft);
  if (findQuestion(draft, questionId).origin !== 'local')
    throw new TemplateVersionError(messages.standardQuestion);
  const fields = cleanQuestion(input);
  return {
    ...draft,
    sections: draft.sections.map((s) => ({
      ...s,
      questions: s.questions.map((q) => (q.id === questionId ? { ...q, ...fields } : q)),
    })),
  };
}

export function removeLocalQuestion(draft: Template, questionId: string): Template {
  assertDraft(draft);
  if (findQuestion(draft, questionId).origin !== 'local')
    throw new TemplateVersionError(messages.standardQuestion);
  return {
    ...draft,
    sections: draft.sections.map((s) => ({
      ...s,
      questions: s.questions.filter((q) => q.id !== questionId),
    })),
  };
}

/** A new, empty section at the end; its id is made from the title ("lokal-avsnitt-…"). */
export function addLocalSection(
  draft: Template,
  input: { title: string },
): { template: Template; sectionId: string } {
  assertDraft(draft);
  const title = input.title.trim();
  if (title === '') throw new TemplateVersionError(messages.titleRequired);
  if (title.length > TEMPLATE_LIMITS.sectionTitle)
    throw new TemplateVersionError(messages.tooLong('Rubriken', TEMPLATE_LIMITS.sectionTitle));
  if (draft.sections.length >= TEMPLATE_LIMITS.sections)
    throw new TemplateVersionError(messages.templateFull);
  const sectionId = uniqueId(
    'lokal-avsnitt',
    title,
    'nytt',
    new Set(draft.sections.map((s) => s.id)),
  );
  return {
    template: { ...draft, sections: [...draft.sections, { id: sectionId, title, questions: [] }] },
    sectionId,
  };
}

/** A section with no standard question is the administration's own, so it may go again. */
export function isLocalSection(section: TemplateSection): boolean {
  return section.questions.every((q) => q.origin === 'local');
}

/** Removes a local section together with its local questions. */
export function removeLocalSection(draft: Template, sectionId: string): Template {
  assertDraft(draft);
  const section = draft.sections.find((s) => s.id === sectionId);
  if (!section) throw new TemplateVersionError(messages.sectionMissing(sectionId));
  if (!isLocalSection(section)) throw new TemplateVersionError(messages.standardSection);
  return { ...draft, sections: draft.sections.filter((s) => s.id !== sectionId) };
}

/**
 * The published version a new draft for `year` should start from: the newest year up to `year`,
 * and within it the version owned by the node nearest on `pathIds` (root first), then the built-in
 * default (owner null), highest version first. The same precedence as templateForUnit.
 */
export function baseForDraft(
  templates: readonly Template[],
  pathIds: readonly string[],
  year: number,
): Template | undefined {
  const rank = (t: Template) => (t.ownerNodeId === null ? -1 : pathIds.indexOf(t.ownerNodeId));
  const candidates = templates.filter(
    (t) =>
      t.status === 'published' &&
      t.year <= year &&
      (t.ownerNodeId === null || pathIds.includes(t.ownerNodeId)),
  );
  candidates.sort((a, b) => b.year - a.year || rank(b) - rank(a) || b.version - a.version);
  return candidates[0];
}

/** How many questions a template has, and how many of them are local. */
export function questionCounts(template: Template): { total: number; local: number } {
  const all = template.sections.flatMap((s) => s.questions);
  return { total: all.length, local: all.filter((q) => q.origin === 'local').length };
}
