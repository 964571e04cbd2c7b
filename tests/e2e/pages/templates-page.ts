import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page';

/** #/mallar: the version list, the draft panel and one template version in full. */
export class TemplatesPage extends AppPage {
  async openTemplates(): Promise<void> {
    await this.open('/mallar');
    await expect(this.heading()).toHaveText('Checklistmallar');
  }

  versionsTable(): Locator {
    return this.page.getByRole('table', { name: 'Alla mallversioner, nyaste året först' });
  }

  /** The table row of one version, found by owner, year and version. */
  row(owner: string, year: number, version: number): Locator {
    return this.versionsTable()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: owner, exact: true }) })
      .filter({ has: this.page.getByRole('cell', { name: String(year), exact: true }) })
      .filter({ has: this.page.getByRole('cell', { name: String(version), exact: true }) });
  }

  view(): Locator {
    return this.page.getByRole('article');
  }

  async createDraft(year: number): Promise<void> {
    await this.page.getByLabel('År för den nya versionen').selectOption(String(year));
    await this.page.getByRole('button', { name: `Skapa utkast för ${year}` }).click();
    await expect(this.page.getByRole('status').first()).toContainText(
      `Utkastet för ${year} är skapat`,
    );
  }

  section(title: string): Locator {
    return this.view().getByRole('region', { name: new RegExp(`^${title}`) });
  }

  async openSection(title: string): Promise<Locator> {
    const toggle = this.view().getByRole('button', { name: new RegExp(`^${title}`) });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return this.section(title);
  }

  async addLocalQuestion(
    sectionTitle: string,
    question: { text: string; help?: string; legalRef?: { source: string; section: string } },
  ): Promise<void> {
    const section = await this.openSection(sectionTitle);
    await section.getByRole('button', { name: `Lägg till lokal fråga i ${sectionTitle}` }).click();
    const form = section.getByRole('form', { name: 'Ny lokal fråga' });
    await form.getByLabel('Frågetext').fill(question.text);
    if (question.help) await form.getByLabel('Hjälptext (valfri)').fill(question.help);
    if (question.legalRef) {
      await form.getByRole('button', { name: 'Lägg till lagrum' }).click();
      await form.getByLabel('Källa, lagrum 1').fill(question.legalRef.source);
      await form.getByLabel('Paragraf, lagrum 1').fill(question.legalRef.section);
    }
    await form.getByRole('button', { name: 'Lägg till frågan' }).click();
    await expect(form).toBeHidden();
  }

  async publish(): Promise<void> {
    await this.view().getByRole('button', { name: 'Publicera' }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toContainText('En publicerad version kan inte ändras');
    await dialog.getByRole('button', { name: 'Publicera' }).click();
    await expect(dialog).toBeHidden();
  }
}
