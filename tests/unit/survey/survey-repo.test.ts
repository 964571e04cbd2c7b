import { beforeEach, describe, expect, it } from 'vitest';
import {
  getNodeSurvey,
  importSurveys,
  saveNodeSurvey,
  type SamDatabase,
  type SurveyInput,
} from '../../../renderer/src/data';
import { fill, sampleTables, useTestDb } from '../data/fixtures';

const newDb = useTestDb();

const input = (nodeId: string, year: number, hme: number | null = 80): SurveyInput => ({
  nodeId,
  year,
  responseRate: 90,
  totalIndex: 75,
  hme,
  items: [{ key: 'motivation-1', label: 'Mitt arbete känns meningsfullt', mean: 4.1 }],
});

describe('survey repository', () => {
  let db: SamDatabase;
  beforeEach(async () => {
    db = newDb();
    await fill(db, sampleTables());
  });

  it('keeps one row per node and year: a save replaces the year’s row', async () => {
    // The fixture holds mu-sof-2025 (hme 79).
    const saved = await saveNodeSurvey(db, input('sof', 2025, 81));
    expect(saved.id).toBe('mu-sof-2025');
    expect(await db.surveys.where('[nodeId+year]').equals(['sof', 2025]).count()).toBe(1);
    expect((await getNodeSurvey(db, 'sof', 2025))?.hme).toBe(81);
  });

  it('replaces a row stored under another id for the same node and year', async () => {
    await db.surveys.put({ ...input('barn1', 2024), id: 'annat-id' });
    await saveNodeSurvey(db, input('barn1', 2024, 70));
    const rows = await db.surveys.where('[nodeId+year]').equals(['barn1', 2024]).toArray();
    expect(rows.map((r) => [r.id, r.hme])).toEqual([['mu-barn1-2024', 70]]);
  });

  it('refuses values outside the schema, with a Swedish message', async () => {
    await expect(saveNodeSurvey(db, { ...input('sof', 2024), responseRate: 120 })).rejects.toThrow(
      /100/,
    );
    expect(await getNodeSurvey(db, 'sof', 2024)).toBeUndefined();
  });

  it('imports all or nothing', async () => {
    const result = await importSurveys(db, [input('sof', 2025), input('barn1', 2025)]);
    expect(result).toEqual({ created: 1, replaced: 1 });

    const before = await db.surveys.toArray();
    await expect(
      importSurveys(db, [input('vuxen2', 2025), input('finns-inte', 2025)]),
    ).rejects.toThrow(/finns-inte/);
    await expect(
      importSurveys(db, [input('vuxen2', 2024), { ...input('sof', 2023), hme: 101 }]),
    ).rejects.toThrow();
    await expect(importSurveys(db, [input('vuxen2', 2023), input('vuxen2', 2023)])).rejects.toThrow(
      /två gånger/,
    );
    expect(await db.surveys.toArray()).toEqual(before);
  });
});
