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
