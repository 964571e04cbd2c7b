import { readFile } from 'node:fs/promises';
import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';

/** The demo organisation as a backup: the same rows the demo button writes as of DEMO_TODAY. */
export const DEMO_FIXTURE = 'tests/fixtures/demo/demo-backup.json';
/** The day the fixture was made (tests/unit/demo/demo-fixture.test.ts): follow-up year 2026. */
export const DEMO_TODAY = new Date(2026, 10, 22, 12);

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
}

export async function readDemoTables(): Promise<DemoTables> {
  const parsed = JSON.parse(await readFile(DEMO_FIXTURE, 'utf8')) as { tables: DemoTables };
  return parsed.tables;
}

/** Sammanställning: the aggregated view of a node, its drill-down and the tracking of the level below. */
export class RollupPage extends AppPage {
  /** Loads the demo organisation from the first-start screen with the clock at DEMO_TODAY. */
  async loadDemo(): Promise<void> {
    await this.page.clock.setFixedTime(DEMO_TODAY);
    await this.open('/');
    await this.page.getByRole('button', { name: 'Ladda demoorganisationen' }).click();
    await expect(this.page.getByText(/25\s*signerade/)).toBeVisible();
  }

  async openRollup(nodeId?: string): Promise<void> {
    await this.open(nodeId ? `/sammanstallning/${nodeId}` : '/sammanstallning');
  }

  coverage(): Locator {
    return this.page.locator('.rollup-coverage-line');
  }

  breadcrumb(): Locator {
    return this.page.getByRole('navigation', { name: 'Var i organisationen' });
  }

  /** The drill-down list of the level below. */
  children(): Locator {
    return this.page.getByRole('region', { name: /^Nivån under/ });
  }

  childLink(name: string): Locator {
    return this.children().getByRole('link', { name, exact: true });
  }

  /** A section's answers table (visually hidden until "Visa tabellerna" is ticked). */
  answersTable(section: string, node: string): Locator {
    return this.page.getByRole('table', { name: `${section}: svar per fråga, ${node}` });
  }

  /** The cells of the row whose header is `label`; no-break spaces made plain. */
  async rowCells(table: Locator, label: string): Promise<string[]> {
    const row = table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
    await expect(row).toHaveCount(1);
    return (await row.getByRole('cell').allTextContents()).map((text) =>
      text.replace(/\u00a0/g, ' ').trim(),
    );
  }

  trackingTable(): Locator {
    return this.page.getByRole('table', { name: /^Status per nod på nivån under/ });
  }

  trackingRow(name: string): Locator {
    return this.trackingTable()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  deadlines(): Locator {
    return this.page.getByRole('region', { name: /^Sista dag för inrapportering/ });
  }

  reminders(): Locator {
    return this.page.getByRole('region', { name: 'Påminnelselista' });
  }
}
