import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';

export interface SetupAnswers {
  municipality: string;
  administration: string;
  section: string;
  unit: string;
  userName: string;
  role: string;
}

/** The first-start screen (on Översikt) and the Organisation screen. */
export class OrgPage extends AppPage {
  async openOrganisation(): Promise<void> {
    await this.open('/organisation');
    await expect(this.heading()).toHaveText('Organisation');
  }

  firstStart(): Locator {
    return this.page.getByRole('heading', { level: 2, name: 'Välkommen till SAM-uppföljning' });
  }

  async setUpOwnOrganisation(answers: SetupAnswers): Promise<void> {
    const page = this.page;
    await page.getByLabel('Kommunens namn').fill(answers.municipality);
    await page.getByLabel('Förvaltningens namn').fill(answers.administration);
    await page.getByLabel('Verksamhetens namn').fill(answers.section);
    await page.getByLabel('Enhetens namn').fill(answers.unit);
    await page.getByLabel('Ditt namn').fill(answers.userName);
    await page.getByRole('group', { name: 'Din roll' }).getByLabel(answers.role).check();
    await page.getByRole('button', { name: 'Skapa organisationen' }).click();
  }

  tree(): Locator {
    return this.page.getByRole('region', { name: 'Organisationsträdet' });
  }

  /** The row of a node: its name, level badge and buttons (not the rows below it). */
  row(name: string): Locator {
    return this.tree()
      .locator('.org-node-row')
      .filter({ has: this.page.locator('.org-node-name', { hasText: new RegExp(`^${name}$`) }) });
  }

  /** The names shown directly under a node (its open level), in order. */
  childNames(name: string): Promise<string[]> {
    return this.tree().evaluate((tree, parent) => {
      const item = [...tree.querySelectorAll('li')].find(
        (li) => li.querySelector(':scope > .org-node-row .org-node-name')?.textContent === parent,
      );
      return [
        ...(item?.querySelectorAll(':scope > ul > li > .org-node-row .org-node-name') ?? []),
      ].map((el) => el.textContent ?? '');
    }, name);
  }

  treeStatus(): Locator {
    return this.tree().getByRole('status');
  }

  async addChild(parent: string, levelWord: string, name: string): Promise<void> {
    await this.tree()
      .getByRole('button', { name: `Lägg till ${levelWord} under ${parent}`, exact: true })
      .click();
    await this.tree().getByLabel(`Namn på ny ${levelWord} under ${parent}`).fill(name);
    await this.tree().getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect(this.treeStatus()).toHaveText(`${name} lades till under ${parent}.`);
  }

  async rename(name: string, newName: string): Promise<void> {
    await this.tree()
      .getByRole('button', { name: `Byt namn på ${name}`, exact: true })
      .click();
    await this.tree().getByLabel(`Nytt namn för ${name}`).fill(newName);
    await this.page.keyboard.press('Enter');
    await expect(this.treeStatus()).toHaveText(`Namnet är ändrat till ${newName}.`);
  }

  async move(name: string, newParentPath: string): Promise<void> {
    await this.tree()
      .getByRole('button', { name: `Flytta ${name}`, exact: true })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Flytta ${name}` });
    await dialog.getByRole('combobox').selectOption({ label: newParentPath });
    await dialog.getByRole('button', { name: 'Flytta', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async archive(name: string): Promise<void> {
    await this.tree()
      .getByRole('button', { name: `Arkivera ${name}`, exact: true })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Arkivera ${name}` });
    await dialog.getByRole('button', { name: 'Arkivera', exact: true }).click();
    await expect(this.treeStatus()).toContainText(`${name}`);
  }

  csvCard(): Locator {
    return this.page.getByRole('region', { name: 'Importera från CSV' });
  }

  /** Chooses a file in the import card; the preview (or its errors) appears below. */
  async chooseCsv(file: string | { name: string; buffer: Buffer }): Promise<void> {
    const chooserPromise = this.page.waitForEvent('filechooser');
    await this.csvCard().getByRole('button', { name: 'Välj CSV-fil…' }).click();
    const chooser = await chooserPromise;
    await chooser.setFiles(typeof file === 'string' ? file : { ...file, mimeType: 'text/csv' });
    await expect(this.csvCard().getByRole('heading', { level: 3 })).toContainText(
      'Förhandsgranskning',
    );
  }

  installation(): Locator {
    return this.page.getByRole('region', { name: 'Den här installationen' });
  }
}
