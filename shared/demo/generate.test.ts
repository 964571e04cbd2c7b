import { describe, expect, it } from 'vitest';
import type { Template } from '../schemas';
import { defaultTemplate } from '../templates';
import { firstInvalidRow } from './dataset-check';
import { generateMunicipality, type GenerateOptions } from './generate';

/** The default template plus two local questions: 40 in all. */
function fortyQuestions(year: number): Template {
  const template = defaultTemplate(year);
  template.sections.push({
    id: 'lokala',
    title: 'Lokala frågor',
    questions: [1, 2].map((n) => ({
      id: `lokal-${n}`,
      text: `Lokal fråga ${n}`,
      help: '',
      legalRefs: [],
      origin: 'local' as const,
    })),
  });
  return template;
}

const small: GenerateOptions = {
  seed: 11,
  units: 30,
  administrations: 2,
  sectionsPerAdministration: 3,
  followUpYear: 2026,
  template: fortyQuestions(2026),
  incidentsPerUnit: 8,
  withTexts: true,
};

describe('generateMunicipality', () => {
  it('is deterministic: the same options give the same dataset', () => {
    expect(JSON.stringify(generateMunicipality(small))).toBe(
      JSON.stringify(generateMunicipality(small)),
    );
    expect(JSON.stringify(generateMunicipality({ ...small, seed: 12 }))).not.toBe(
      JSON.stringify(generateMunicipality(small)),
    );
  });

  it('makes rows that pass their schemas, in a four-level tree', () => {
    const data = generateMunicipality(small);
    expect(firstInvalidRow(data)).toBeUndefined();
    const count = (level: number) => data.orgNodes.filter((node) => node.level === level).length;
    expect([count(4), count(3), count(2), count(1)]).toEqual([1, 2, 6, 30]);
    const ids = new Set(data.orgNodes.map((node) => node.id));
    for (const node of data.orgNodes) {
      if (node.parentId !== null) expect(ids.has(node.parentId)).toBe(true);
    }
    expect(data.incidents).toHaveLength(240);
    expect(data.incidents.every((incident) => incident.date.startsWith('2025-'))).toBe(true);
    expect(data.followUps.every((followUp) => followUp.status === 'signed')).toBe(true);
    expect(data.submissions).toEqual([]);
    expect(data.identity).toEqual([]);
    expect(data.settings).toEqual([]);
  });

  it('leaves texts empty without withTexts, but keeps every row valid', () => {
    const data = generateMunicipality({ ...small, withTexts: false });
    expect(firstInvalidRow(data)).toBeUndefined();
    expect(data.answers.every((answer) => answer.comment === '')).toBe(true);
    expect(data.incidents.every((incident) => incident.description === '')).toBe(true);
  });

  it('refuses both incidentsPerUnit and totalIncidents', () => {
    expect(() => generateMunicipality({ ...small, totalIncidents: 10 })).toThrow(/antingen/);
  });

  it('scales: 2,000 units × 40 questions and 20,000 incidents', () => {
    const data = generateMunicipality({
      seed: 2026,
      units: 2000,
      administrations: 4,
      sectionsPerAdministration: 6,
      followUpYear: 2026,
      template: fortyQuestions(2026),
      totalIncidents: 20_000,
      withTexts: true,
    });
    expect(data.orgNodes.filter((node) => node.level === 1)).toHaveLength(2000);
    expect(data.followUps).toHaveLength(2000);
    expect(data.answers).toHaveLength(80_000);
    expect(data.incidents).toHaveLength(20_000);
    expect(new Set(data.answers.map((answer) => answer.id)).size).toBe(80_000);
    expect(new Set(data.incidents.map((incident) => incident.id)).size).toBe(20_000);
    const external = data.incidents.flatMap((incident) => incident.externalId ?? []);
    expect(new Set(external).size).toBe(external.length);
  });
});
