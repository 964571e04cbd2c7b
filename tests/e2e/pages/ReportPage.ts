import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';
import { DEMO_FIXTURE, DEMO_TODAY } from './RollupPage';

/** The demo fixture's rows the report test computes its expectations from. */
export interface DemoReportTables {
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
  answers: { followUpId: string; questionId: string; value: string | null }[];
  incidents: {
    nodeId: string;
    date: string;
    type: string;
    causeCategory: string | null;
    placeCategory: string | null;
  }[];
  surveys: { nodeId: string; year: number; totalIndex: number | null }[];
}

export async function readDemoReportTables(): Promise<DemoReportTables> {
  const parsed = JSON.parse(await readFile(DEMO_FIXTURE, 'utf8')) as { tables: DemoReportTables };
  return parsed.tables;
}

/** Årsrapport: the report document, its print button and the presentation mode. */
export class ReportPage extends AppPage {
  /** The demo organisation, loaded from the first start with the clock at the fixture's day. */
  async loadDemo(): Promise<void> {
    await this.page.clock.setFixedTime(DEMO_TODAY);
    await this.open('/');
    await this.page.getByRole('button', { name: 'Ladda demoorganisationen' }).click();
    await expect(this.page.getByText(/25\s*signerade/)).toBeVisible();
  }

  async openReport(): Promise<void> {
    await this.nav().getByRole('link', { name: 'Rapport', exact: true }).click();
    await expect(this.document()).toBeVisible();
  }

  document(): Locator {
    return this.page.locator('article.report-document');
  }

  section(name: string | RegExp): Locator {
    return this.document().getByRole('region', { name });
  }

  presentButton(): Locator {
    return this.page.getByRole('button', { name: 'Presentera' });
  }

  presentation(): Locator {
    return this.page.getByRole('dialog', { name: 'Presentation av årsrapporten' });
  }

  /** axe-core on the presentation alone (the report below it is scanned on its own). */
  async presentationViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page })
      .include('.presentation')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  slideCounter(): Locator {
    return this.presentation().getByTestId('slide-counter');
  }
}
