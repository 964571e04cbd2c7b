import { expect, type Locator } from '@playwright/test';
import { SettingsPage } from './settings-page';

/** Today as the tests see it: the plan's overdue marking depends on the date. */
export const TODAY = new Date('2026-11-22T10:00:00+01:00');

export const UNIT_YEAR = 'tests/fixtures/actions/unit-year.json';

/** Åtgärder and Översikt: the action plan, last year's follow-up and the overview. */
export class ActionsPage extends SettingsPage {
  /** Fixes the clock, seeds a backup through the real restore UI, then opens the screen. */
  async seed(
    fixture: string | { name: string; buffer: Buffer },
    path = '/atgarder',
  ): Promise<void> {
    await this.page.clock.setFixedTime(TODAY);
    await this.openSettings();
    await this.restore(fixture);
    await expect(this.status()).toContainText('Säkerhetskopian återställdes');
    await this.open(path);
  }

  plan(): Locator {
    return this.page.getByRole('region', { name: /^Handlingsplan \d{4}$/ });
  }

  planTable(): Locator {
    return this.plan().getByRole('table');
  }

  /** A row of the action plan, found by the action's text. */
  row(text: string): Locator {
    return this.planTable().getByRole('row').filter({ hasText: text });
  }

  form(): Locator {
    return this.page.getByRole('form', { name: /^(Ny åtgärd|Ändra åtgärd)$/ });
  }

  field(label: string): Locator {
    return this.form().getByLabel(label, { exact: true });
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: 'Spara åtgärden' }).click();
  }

  planStatus(): Locator {
    return this.plan().getByRole('status');
  }

  lastYear(): Locator {
    return this.page.getByRole('region', { name: /^Uppföljning av åtgärderna från \d{4}$/ });
  }

  lastYearRow(text: string): Locator {
    return this.lastYear().getByRole('row').filter({ hasText: text });
  }
}
