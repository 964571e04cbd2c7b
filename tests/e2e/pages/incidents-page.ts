import { expect, type Locator } from '@playwright/test';
import { SettingsPage } from './settings-page';

/** Today as the tests see it: dates in the future are refused, "days since" counts from here. */
export const TODAY = new Date('2026-03-10T10:00:00+01:00');

/** A unit installation (Åsens boende, enhetschef) with a few incidents; follow-up year 2026. */
export const UNIT_LOG = 'tests/fixtures/incidents/unit-log.json';
/** The demo organisation: HR for 25 units, 320 incidents in 2025. */
export const DEMO = 'tests/fixtures/demo/demo-backup.json';

export type TypeLabel =
  'Riskobservation' | 'Tillbud' | 'Olycksfall' | 'Färdolycksfall' | 'Arbetssjukdom';

/** Händelser: the log with its form, and the reporting overview. */
export class IncidentsPage extends SettingsPage {
  /** Fixes the clock, seeds a backup through the real restore UI, then opens the screen. */
  async seed(fixture: string, path = '/handelser'): Promise<void> {
    await this.page.clock.setFixedTime(TODAY);
    await this.openSettings();
    await this.restore(fixture);
    await expect(this.status()).toContainText('Säkerhetskopian återställdes');
    await this.open(path);
  }

  log(): Locator {
    return this.page.getByRole('region', { name: 'Händelselogg' });
  }

  table(): Locator {
    return this.log().getByRole('table');
  }

  /** The body rows of the log table. */
  rows(): Locator {
    return this.table().locator('tbody tr');
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  count(): Locator {
    return this.log().locator('.ilog-count');
  }

  logStatus(): Locator {
    return this.log().getByRole('status');
  }

  filter(label: string): Locator {
    return this.log().getByRole('group', { name: 'Filter' }).getByLabel(label, { exact: true });
  }

  form(): Locator {
    return this.page.getByRole('form', {
      name: /^(Registrera händelse|Händelse \d{4}-\d\d-\d\d – .+)$/,
    });
  }

  /** A form control by its label; a required field's label ends in " *". */
  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.form().getByLabel(new RegExp(`^${escaped}( \\*)?$`));
  }

  textArea(label: string): Locator {
    return this.form().getByRole('textbox', { name: label, exact: true });
  }

  /** The error text under a field, found through the field's aria-describedby. */
  async describedText(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      ids
        .split(' ')
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"]`).innerText()),
    );
    return texts.join(' ');
  }

  /** The form page's heading takes focus once the page has opened; wait for that before typing. */
  async formOpened(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2 }).first()).toBeFocused();
    await expect(this.form()).toBeVisible();
  }

  async startNew(): Promise<void> {
    await this.log().getByRole('button', { name: 'Registrera händelse' }).click();
    await this.formOpened();
  }

  /** Opens an incident of the log by its date and type. */
  async openRow(date: string, type: TypeLabel): Promise<void> {
    await this.openButton(date, type).click();
    await this.formOpened();
  }

  async chooseType(type: TypeLabel): Promise<void> {
    await this.form().getByRole('radio', { name: type, exact: true }).check();
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: 'Spara händelsen' }).click();
  }

  /** Registers an incident through the form and waits for the log to confirm it. */
  async register(incident: {
    type: TypeLabel;
    date: string;
    time?: string;
    description: string;
    place?: string;
    cause?: string;
  }): Promise<void> {
    await this.startNew();
    await this.chooseType(incident.type);
    await this.field('Datum').fill(incident.date);
    if (incident.time) await this.field('Klockslag').fill(incident.time);
    if (incident.place) await this.field('Plats').selectOption(incident.place);
    if (incident.cause) await this.field('Skadeorsak/risk').selectOption(incident.cause);
    await this.textArea('Beskrivning av händelsen').fill(incident.description);
    await this.save();
    await expect(this.logStatus()).toHaveText(
      `Händelsen ${incident.date} (${incident.type}) sparades.`,
    );
  }

  /** The opening button of a row (named by date and type). */
  openButton(date: string, type: TypeLabel): Locator {
    return this.page.getByRole('button', { name: `Öppna händelsen ${date}, ${type}` });
  }

  unreported(): Locator {
    return this.page.getByRole('region', { name: /^Allvarliga händelser som inte är anmälda/ });
  }

  reported(year: number): Locator {
    return this.page.getByRole('region', { name: `Anmälda allvarliga händelser ${year}` });
  }
}
