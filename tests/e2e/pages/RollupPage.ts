import { expect, type Locator } from '@playwright/test';
import { DemoAppPage } from './demo-fixture';

/** Sammanställning: the aggregated view of a node, its drill-down and the tracking of the level below. */
export class RollupPage extends DemoAppPage {
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
