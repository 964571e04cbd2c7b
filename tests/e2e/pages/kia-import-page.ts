import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';

/** Händelser → Import från KIA: the five-step wizard. */
export class KiaImportPage extends AppPage {
  async openImport(): Promise<void> {
    await this.open('/handelser/import');
  }

  /** The current step's heading, "Steg N av 5: …". */
  stepHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^Steg \d av 5/ });
  }

  async expectStep(number: number, name: string): Promise<void> {
    await expect(this.stepHeading()).toHaveText(`Steg ${number} av 5: ${name}`);
    await expect(this.stepHeading()).toBeFocused();
    await expect(this.page.locator('ol [aria-current="step"]')).toContainText(name);
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** Picks a file in step 1 (path or in-memory file). */
  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.button('Välj fil…').click();
    await (await chooser).setFiles(file);
  }

  /** Step 2: the select of the column for a field (by the field's name). */
  columnSelect(field: string): Locator {
    return this.page.getByRole('combobox', { name: new RegExp(`^${field}( \\(måste anges\\))?$`) });
  }

  /** Step 3: the select of what a value of the file becomes. */
  valueSelect(field: string, value: string): Locator {
    return this.page.getByRole('combobox', { name: `${field} för ”${value}”` });
  }

  /** Step 4: the counts table. */
  summaryCount(label: string | RegExp): Locator {
    return this.page
      .getByRole('table', { name: 'Så här blir importen' })
      .getByRole('row', { name: label })
      .getByRole('cell');
  }

  errorItems(): Locator {
    return this.page.getByRole('region', { name: 'Rader med fel' }).getByRole('listitem');
  }

  warningItems(): Locator {
    return this.page.getByRole('region', { name: 'Rader med personnummer' }).getByRole('listitem');
  }

  importButton(): Locator {
    return this.page.getByRole('button', { name: /^Importera [\d\s]+ händelser?$/ });
  }

  result(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Importen är klar' });
  }

  /** Steps 2 and 3 unchanged: from a chosen file to the preview. */
  async nextToPreview(): Promise<void> {
    await this.expectStep(2, 'Kolumner');
    await this.button('Nästa').click();
    await this.expectStep(3, 'Värden');
    await this.button('Nästa').click();
    await this.expectStep(4, 'Granska');
  }
}
