import { expect, type Locator } from '@playwright/test';
import { SettingsPage } from './settings-page';

/** A small organisation with 34 incidents in 2025 (and three outside it), hand-counted in the spec. */
export const SMALL_ORG = 'tests/fixtures/incident-stats/small-org.json';
export const DEMO = 'tests/fixtures/demo/demo-backup.json';

/** Today as the tests see it: follow-up year 2026, covering 2025. */
export const TODAY = new Date('2026-02-15T10:00:00+01:00');

/** Händelser → Statistik and → Kategorier. */
export class IncidentStatsPage extends SettingsPage {
  /** Fixes the clock, seeds a backup through the real restore UI, then opens the path. */
  async seed(
    fixture: string | { name: string; buffer: Buffer },
    path = '/handelser/statistik',
  ): Promise<void> {
    await this.page.clock.setFixedTime(TODAY);
    await this.openSettings();
    await this.restore(fixture);
    await expect(this.status()).toContainText('Säkerhetskopian återställdes');
    await this.open(path);
  }

  /** The header's node choice ("Visar"). */
  async showNode(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Visar' }).selectOption({ label });
  }

  monthTable(): Locator {
    return this.page.getByRole('table', { name: /^Händelser per månad och händelsetyp \d{4}$/ });
  }

  /** Every row of a table as its cells' text, header row first; no-break spaces made plain. */
  async rows(table: Locator): Promise<string[][]> {
    const rows = await table.getByRole('row').all();
    return Promise.all(
      rows.map(async (row) =>
        (await row.locator('th, td').allTextContents()).map((text) =>
          text.replace(/\u00a0/g, ' ').trim(),
        ),
      ),
    );
  }

  figure(name: string | RegExp): Locator {
    return this.page.getByRole('figure', { name });
  }

  causeFigure(): Locator {
    return this.figure(/^Händelser per skadeorsak\/risk/);
  }

  placeFigure(): Locator {
    return this.figure(/^Händelser per plats/);
  }

  /** The hidden table behind a category chart. */
  figureTable(figure: Locator): Locator {
    return figure.getByRole('table', { includeHidden: true });
  }

  /** One list editor on the Kategorier page ("Platser" or "Skadeorsaker/risker"). */
  list(heading: 'Platser' | 'Skadeorsaker/risker'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${heading.replace('/', '\\/')}`) });
  }

  async saveLists(): Promise<void> {
    await this.page.getByRole('button', { name: 'Spara listorna' }).click();
  }

  listStatus(): Locator {
    return this.page.locator('.icat-status');
  }
}
