import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { AppPage } from './app-page';

/** The demo organisation as a backup: the same rows the demo button writes as of DEMO_TODAY. */
export const DEMO_FIXTURE = 'tests/fixtures/demo/demo-backup.json';
/** The day the fixture was made (tests/unit/demo/demo-fixture.test.ts): follow-up year 2026. */
export const DEMO_TODAY = new Date(2026, 10, 22, 12);

/** The demo fixture's rows that tests compute their expectations from. */
export interface DemoTables {
  orgNodes: {
    id: string;
    parentId: string | null;
    level: number;
    name: string;
    archived: boolean;
  }[];
  templates: {
    id: string;
    sections: { id: string; title: string; questions: { id: string; text: string }[] }[];
  }[];
  followUps: {
    id: string;
    nodeId: string;
    year: number;
    templateId: string;
    status: string;
    signOff: { manager: unknown; safetyRep: unknown };
  }[];
  answers: { followUpId: string; questionId: string; value: string | null; comment: string }[];
  incidents: {
    nodeId: string;
    date: string;
    type: string;
    causeCategory: string | null;
    placeCategory: string | null;
  }[];
  surveys: { nodeId: string; year: number; totalIndex: number | null }[];
}

/** The checklist answers, in the order the report and the screens show them. */
export const ANSWER_VALUES = ['ja', 'delvis', 'nej', 'vetej'] as const;
export type AnswerCounts = Record<(typeof ANSWER_VALUES)[number], number>;

/** The active nodes at or below a node (an archived node is left out with its subtree). */
export function subtreeIds(tables: DemoTables, rootId: string): Set<string> {
  const ids = new Set([rootId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const node of tables.orgNodes)
      if (node.parentId && ids.has(node.parentId) && !ids.has(node.id) && !node.archived) {
        ids.add(node.id);
        grew = true;
      }
  }
  return ids;
}

/** The active units at or below a node. */
export function unitsUnder(tables: DemoTables, nodeId: string): Set<string> {
  const ids = subtreeIds(tables, nodeId);
  return new Set(tables.orgNodes.filter((n) => n.level === 1 && ids.has(n.id)).map((n) => n.id));
}

/** The year's follow-ups of the units below a node that count: signed, by both. */
export function signedFollowUps(tables: DemoTables, nodeId: string, year: number) {
  const units = unitsUnder(tables, nodeId);
  return tables.followUps.filter(
    (f) =>
      f.year === year &&
      units.has(f.nodeId) &&
      f.status === 'signed' &&
      f.signOff.manager !== null &&
      f.signOff.safetyRep !== null,
  );
}

/** Ja / Delvis / Nej / Vet ej per question over the answers of the given follow-ups. */
export function answerCounts(
  tables: DemoTables,
  followUps: readonly { id: string }[],
): Map<string, AnswerCounts> {
  const ids = new Set(followUps.map((f) => f.id));
  const counts = new Map<string, AnswerCounts>();
  for (const answer of tables.answers) {
    if (!ids.has(answer.followUpId) || answer.value === null) continue;
    const row = counts.get(answer.questionId) ?? { ja: 0, delvis: 0, nej: 0, vetej: 0 };
    row[answer.value as keyof AnswerCounts] += 1;
    counts.set(answer.questionId, row);
  }
  return counts;
}

export async function readDemoTables(): Promise<DemoTables> {
  const parsed = JSON.parse(await readFile(DEMO_FIXTURE, 'utf8')) as { tables: DemoTables };
  return parsed.tables;
}

/** A page model for screens tested on the demo organisation as it stands in the fixture. */
export class DemoAppPage extends AppPage {
  /** Loads the demo organisation from the first-start screen with the clock at DEMO_TODAY. */
  async loadDemo(): Promise<void> {
    await this.page.clock.setFixedTime(DEMO_TODAY);
    await this.open('/');
    await this.page.getByRole('button', { name: 'Ladda demoorganisationen' }).click();
    await expect(this.page.getByText(/25\s*signerade/)).toBeVisible();
  }
}
