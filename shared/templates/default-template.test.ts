import { describe, expect, it } from 'vitest';
import { templateSchema } from '../schemas/template';
import { DEFAULT_TEMPLATE_SECTIONS, defaultTemplate } from './default-template';
import * as templates from './index';

const allQuestions = DEFAULT_TEMPLATE_SECTIONS.flatMap((section) => section.questions);
const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Finds the one question whose text contains every phrase (case-insensitive). */
const findQuestion = (...phrases: string[]) => {
  const matches = allQuestions.filter((question) =>
    phrases.every((phrase) => question.text.toLowerCase().includes(phrase.toLowerCase())),
  );
  expect(matches, `exakt en fråga med ${phrases.join(' + ')}`).toHaveLength(1);
  const [match] = matches;
  if (!match) throw new Error(`ingen fråga med ${phrases.join(' + ')}`);
  return match;
};

describe('defaultTemplate', () => {
  it('parses with templateSchema', () => {
    const result = templateSchema.safeParse(defaultTemplate(2026));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('has the requested year and a stable id and version', () => {
    const template = defaultTemplate(2026);
    expect(template.year).toBe(2026);
    expect(template.id).toBe('default-2026-v1');
    expect(defaultTemplate(2026).id).toBe(template.id);
    expect(defaultTemplate(2027).id).toBe('default-2027-v1');
    expect(template.version).toBe(1);
    expect(template.status).toBe('published');
    expect(template.ownerNodeId).toBeNull();
  });

  it('is built from the default sections and is deterministic', () => {
    expect(defaultTemplate(2026).sections).toEqual(DEFAULT_TEMPLATE_SECTIONS);
    expect(defaultTemplate(2026)).toEqual(defaultTemplate(2026));
  });

  it('hands out copies: editing one template does not change the default', () => {
    const template = defaultTemplate(2026);
    const first = template.sections[0]?.questions[0];
    if (!first) throw new Error('mallen saknar frågor');
    first.text = 'ändrad';
    first.legalRefs.push({ source: 'X', section: '' });
    template.sections.pop();
    expect(DEFAULT_TEMPLATE_SECTIONS[0]?.questions[0]?.text).not.toBe('ändrad');
    expect(defaultTemplate(2026).sections).toHaveLength(DEFAULT_TEMPLATE_SECTIONS.length);
    expect(defaultTemplate(2026).sections[0]?.questions[0]?.legalRefs).toEqual(
      DEFAULT_TEMPLATE_SECTIONS[0]?.questions[0]?.legalRefs,
    );
  });

  it('is re-exported from the index', () => {
    expect(templates.defaultTemplate).toBe(defaultTemplate);
    expect(templates.DEFAULT_TEMPLATE_SECTIONS).toBe(DEFAULT_TEMPLATE_SECTIONS);
  });
});

describe('DEFAULT_TEMPLATE_SECTIONS', () => {
  it('has 25–40 questions in about a dozen sections', () => {
    expect(allQuestions.length).toBeGreaterThanOrEqual(25);
    expect(allQuestions.length).toBeLessThanOrEqual(40);
    expect(DEFAULT_TEMPLATE_SECTIONS.length).toBeGreaterThanOrEqual(10);
    expect(DEFAULT_TEMPLATE_SECTIONS.length).toBeLessThanOrEqual(16);
  });

  it('has no empty section and every section has a title', () => {
    for (const section of DEFAULT_TEMPLATE_SECTIONS) {
      expect(section.questions.length, section.id).toBeGreaterThan(0);
      expect(section.title.trim(), section.id).not.toBe('');
    }
  });

  it('has unique kebab-case ids across the template', () => {
    const questionIds = allQuestions.map((question) => question.id);
    const sectionIds = DEFAULT_TEMPLATE_SECTIONS.map((section) => section.id);
    expect(new Set(questionIds).size).toBe(questionIds.length);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    expect(new Set([...questionIds, ...sectionIds]).size).toBe(
      questionIds.length + sectionIds.length,
    );
    for (const id of [...questionIds, ...sectionIds]) expect(id).toMatch(kebabCase);
  });

  it('gives every question text, help and at least one legal reference', () => {
    for (const question of allQuestions) {
      expect(question.origin, question.id).toBe('standard');
      expect(question.text.trim(), question.id).not.toBe('');
      expect(question.text.trim().endsWith('.'), question.id).toBe(true);
      expect(question.help.trim().length, question.id).toBeGreaterThan(40);
      expect(question.legalRefs.length, question.id).toBeGreaterThan(0);
      for (const ref of question.legalRefs) {
        expect(ref.source.trim(), question.id).not.toBe('');
      }
    }
  });

  it('uses only known sources and well-formed paragraph references', () => {
    const sources = new Set(['AFS 2023:1', 'AFS 2023:2', 'AML', 'Socialförsäkringsbalken']);
    // "8 §", "2 kap. 10 §", "3 kap. 2 a §"; the whole regulation ("") or a chapter ("2 kap.").
    const section = /^(\d+ kap\.( \d+( [a-z])? §)?|\d+( [a-z])? §|)$/;
    for (const question of allQuestions) {
      for (const ref of question.legalRefs) {
        expect(sources.has(ref.source), `${question.id}: ${ref.source}`).toBe(true);
        expect(ref.section, question.id).toMatch(section);
      }
      const keys = question.legalRefs.map((ref) => `${ref.source} ${ref.section}`);
      expect(new Set(keys).size, question.id).toBe(keys.length);
    }
  });

  it('refers to AFS 2023:1 without chapters and to AFS 2023:2 and AML with chapters', () => {
    for (const ref of allQuestions.flatMap((question) => question.legalRefs)) {
      if (ref.source === 'AFS 2023:1') expect(ref.section).not.toContain('kap.');
      if (ref.source !== 'AFS 2023:1') expect(ref.section).toMatch(/^\d+ kap\./);
    }
  });

  it('contains the questions from the municipality’s own checklist, in its wording', () => {
    expect(
      findQuestion('rutiner för det systematiska arbetsmiljöarbetet', 'lätta att förstå').text,
    ).toBe(
      'Verksamhetens rutiner för det systematiska arbetsmiljöarbetet är lättillgängliga och lätta att förstå.',
    );
    expect(findQuestion('aktuella målet', 'organisatoriska och sociala arbetsmiljön').text).toBe(
      'Det aktuella målet för den organisatoriska och sociala arbetsmiljön är känt på enheten.',
    );
    expect(findQuestion('minst 10 arbetsplatsträffar', '12 månaderna').text).toBe(
      'Minst 10 arbetsplatsträffar har genomförts på vår enhet under de senaste 12 månaderna.',
    );
    expect(findQuestion('sammanställningar över arbetsskador och tillbud').text).toBe(
      'Vi gör sammanställningar över arbetsskador och tillbud.',
    );
    expect(
      findQuestion('tillräckliga resurser och befogenheter', 'ohälsosam arbetsbelastning').text,
    ).toContain('Du som chef (som har tilldelats arbetsmiljöuppgifter)');
    expect(findQuestion('känner till och tillämpar rutiner', 'alkohol och droger')).toBeDefined();
    expect(
      findQuestion('känner till och tillämpar rutiner', 'första hjälpen och krisstöd'),
    ).toBeDefined();
    expect(
      findQuestion('känner till och tillämpar rutiner', 'kränkande särbehandling'),
    ).toBeDefined();
  });

  it('keeps the ids of the seed questions stable', () => {
    const ids = new Set(allQuestions.map((question) => question.id));
    for (const id of [
      'rutiner-latta-att-hitta',
      'osa-mal-kant',
      'apt-minst-10',
      'sammanstallning-arbetsskador',
      'chef-resurser-arbetsbelastning',
      'alkohol-droger-rutin',
      'forsta-hjalpen-krisstod-rutin',
      'krankande-sarbehandling-rutin',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('covers the legal duties the follow-up must ask about', () => {
    const refs = allQuestions.flatMap((question) =>
      question.legalRefs.map((ref) => `${ref.source} ${ref.section}`),
    );
    for (const required of [
      'AFS 2023:1 6 §', // medverkan
      'AFS 2023:1 7 §', // arbetsmiljöpolicy
      'AFS 2023:1 8 §', // rutiner
      'AFS 2023:1 9 §', // uppgiftsfördelning
      'AFS 2023:1 11 §', // undersökning och riskbedömning
      'AFS 2023:1 12 §', // utredning
      'AFS 2023:1 13 §', // åtgärder och handlingsplan
      'AFS 2023:1 14 §', // årlig uppföljning
      'AFS 2023:1 15 §', // företagshälsovård
      'AFS 2023:2 2 kap. 5 §', // mål för OSA
      'AFS 2023:2 2 kap. 11 §', // rutiner för kränkande särbehandling
      'AFS 2023:2 4 kap. 4 §', // första hjälpen och krisstöd
      'AFS 2023:2 5 kap. 3 §', // våld och hot
      'AML 3 kap. 3 a §', // anmälan till Arbetsmiljöverket
      'Socialförsäkringsbalken 42 kap. 10 §', // anmälan till Försäkringskassan
    ]) {
      expect(refs, required).toContain(required);
    }
    const chapters = new Set(
      allQuestions
        .flatMap((question) => question.legalRefs)
        .filter((ref) => ref.source === 'AFS 2023:2')
        .map((ref) => ref.section.split(' kap.')[0]),
    );
    expect([...chapters].sort()).toEqual(['2', '3', '4', '5', '6']);
  });
});
