import { expect, type Locator } from '@playwright/test';
import { SettingsPage } from './settings-page';

export type AnswerLabel = 'Ja' | 'Delvis' | 'Nej' | 'Vet ej';

/** The checklist screen: the unit's follow-up form, or the list of units below a node. */
export class ChecklistPage extends SettingsPage {
  /** Seeds a backup through the real restore UI, then opens the checklist. */
  async seed(fixture: string): Promise<void> {
    await this.openSettings();
    await this.restore(fixture);
    await expect(this.status()).toContainText('Säkerhetskopian återställdes');
    await this.openChecklist();
  }

  async openChecklist(): Promise<void> {
    await this.open('/checklista');
  }

  progress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Besvarade frågor' });
  }

  /** "n av N besvarade" next to the progress bar. */
  progressText(): Locator {
    return this.page.locator('.progress-text');
  }

  saveStatus(): Locator {
    return this.page.locator('.save-status[role="status"]');
  }

  /** Waits until the autosave has written the last change. */
  async saved(): Promise<void> {
    await expect(this.saveStatus()).toHaveText(/^Sparat \d\d:\d\d$/);
  }

  /** The radio group of question n (1-based), found by its legend. */
  question(n: number): Locator {
    return this.page
      .locator('li.question')
      .filter({ has: this.page.locator('legend', { hasText: new RegExp(`^${n}\\.\\s`) }) });
  }

  answer(n: number, label: AnswerLabel): Locator {
    return this.question(n).getByRole('radio', { name: label, exact: true });
  }

  comment(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Kommentar till fråga ${n}`, exact: true });
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  signOff(): Locator {
    return this.page.getByRole('region', { name: 'Signering' });
  }

  signatureForm(role: 'Chef' | 'Skyddsombud'): Locator {
    return this.signOff().getByRole('form', { name: role, exact: true });
  }

  async sign(role: 'Chef' | 'Skyddsombud'): Promise<void> {
    const form = this.signatureForm(role);
    const button = role === 'Chef' ? 'Signera som chef' : 'Signera som skyddsombud';
    await form.getByRole('button', { name: button }).click();
  }
}
