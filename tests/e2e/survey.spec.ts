import { expect, test, type Page } from '@playwright/test';
import { IncidentStatsPage, SMALL_ORG } from './pages/incident-stats-page';

/*
 * Medarbetarundersökning (#/enkat) on the small organisation (HR at Socialförvaltningen, follow-up
 * year 2026, so the survey years are 2025 and back). Figures are hand-computed:
 * - means 4,46 4,10 4,02 4,18 4,42 4,41 4,26 3,90 4,34 → indices 86,5 77,5 75,5 79,5 85,5 85,25
 *   81,5 72,5 83,5 → HME 727,25 / 9 = 80,81; motivation 239,5 / 3 = 79,83.
 * - question 1 answered 1×1, 2×2, 3×3, 4×4, 5×10 (n 20, mean 4,00, index 75); the other eight
 *   once 3 and once 4 (mean 3,50, index 62,5) → motivation (75 + 62,5 + 62,5) / 3 = 66,67,
 *   HME (75 + 8 × 62,5) / 9 = 63,89.
 */
const MEANS = ['4,46', '4,10', '4,02', '4,18', '4,42', '4,41', '4,26', '3,90', '4,34'];
const SHOTS = process.env.SURVEY_SHOTS_DIR;

class SurveyPage extends IncidentStatsPage {
  async openSurvey(): Promise<void> {
    await this.seed(SMALL_ORG, '/enkat');
    await expect(this.heading()).toHaveText('Medarbetarundersökning');
  }

  /** What the three-year card says while the node has no results at all. */
  noResults() {
    return this.page.getByText(/^Det finns inga resultat för Socialförvaltningen 2023–2025 ännu\./);
  }

  yearsTable(node = 'Socialförvaltningen') {
    return this.page.getByRole('table', { name: `${node}: medarbetarundersökningen 2023–2025` });
  }

  /** A row of the three-year table by its heading: the cells for 2025, 2024, 2023. */
  async yearsRow(label: string, node?: string): Promise<string[]> {
    const row = this.yearsTable(node)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
    await expect(row).toBeVisible();
    return (await row.getByRole('cell').allTextContents()).map((t) =>
      t.replace(/\u00a0/g, ' ').trim(),
    );
  }

  async chooseCsv(name: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Välj CSV-fil…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
  }

  async shot(name: string): Promise<void> {
    if (SHOTS) await this.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }
}

async function fillMeans(page: Page, means: readonly string[]): Promise<void> {
  for (const [i, mean] of means.entries())
    await page.getByLabel(`Fråga ${i + 1}, medelvärde`).fill(mean);
}

test.describe('employee survey (Medarbetarundersökning)', () => {
  let app: SurveyPage;
  test.beforeEach(async ({ page }) => {
    app = new SurveyPage(page);
    await app.openSurvey();
  });

  test('the report links to the survey input', async ({ page }) => {
    await page.goto('/#/rapport');
    await page
      .getByRole('link', { name: 'Medarbetarundersökningen: mata in eller importera resultat' })
      .click();
    await expect(app.heading()).toHaveText('Medarbetarundersökning');
    await expect(page).toHaveURL(/#\/enkat$/);
  });

  test('manual entry computes HME and survives a reload', async ({ page }) => {
    await expect(app.noResults()).toBeVisible();
    await expect(page.getByLabel('Undersökningsår')).toHaveValue('2025');
    expect(await app.seriousA11yViolations()).toEqual([]);

    await page.getByLabel('Svarsfrekvens (%)').fill('93');
    await page.getByLabel('Totalindex (TI), 0–100').fill('78');
    await fillMeans(page, MEANS);
    await expect(page.getByTestId('computed-motivation')).toHaveText('79,8');
    await expect(page.getByTestId('computed-hme')).toHaveText('80,8');
    await app.shot('survey-entry');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'sparades' })).toHaveText(
      'Medarbetarundersökningen 2025 sparades för Socialförvaltningen.',
    );

    await page.reload();
    await expect(app.heading()).toHaveText('Medarbetarundersökning');
    await expect(page.getByLabel('Svarsfrekvens (%)')).toHaveValue('93');
    await expect(page.getByLabel('Totalindex (TI), 0–100')).toHaveValue('78');
    // The computed HME was stored (80,81) but the field stays empty: it is computed again if a
    // mean changes.
    await expect(page.getByLabel('HME, 0–100')).toHaveValue('');
    await expect(page.getByLabel('Fråga 2, medelvärde')).toHaveValue('4,10');
    await expect(page.getByLabel('Fråga 9, medelvärde')).toHaveValue('4,34');
    expect(await app.yearsRow('Svarsfrekvens')).toEqual(['93 %', 'saknas', 'saknas']);
    expect(await app.yearsRow('HME')).toEqual(['80,8', 'saknas', 'saknas']);
    expect(await app.yearsRow('HME Motivation')).toEqual(['79,8', 'saknas', 'saknas']);
    expect(
      await app.yearsRow(
        '8. Min arbetsplats mål följs upp och utvärderas på ett bra sätt (medel 1–5)',
      ),
    ).toEqual(['3,90', 'saknas', 'saknas']);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('a 1–5 distribution gives the hand-computed means, sub-indices and HME', async ({
    page,
  }) => {
    await page.getByLabel('Undersökningsår').selectOption('2024');
    await page.getByLabel(/^Svarsfördelning per fråga/).check();
    const counts = async (q: number, values: string[]) => {
      for (const [k, v] of values.entries())
        await page.getByLabel(`Fråga ${q}, antal som svarat ${k + 1}`, { exact: true }).fill(v);
    };
    await counts(1, ['1', '2', '3', '4', '10']);
    for (let q = 2; q <= 9; q++) await counts(q, ['', '', '1', '1', '']);
    const firstRow = page
      .getByRole('table', { name: 'HME:s nio frågor' })
      .getByRole('row', { name: /Mitt arbete känns meningsfullt/ });
    await expect(firstRow).toContainText('n = 20, medel 4,00, index 75');
    await expect(page.getByTestId('computed-motivation')).toHaveText('66,7');
    await expect(page.getByTestId('computed-ledarskap')).toHaveText('62,5');
    await expect(page.getByTestId('computed-hme')).toHaveText('63,9');
    expect(await app.seriousA11yViolations()).toEqual([]);
    await app.shot('survey-distribution');

    // A count that is not a whole number is refused and nothing is saved.
    await page.getByLabel('Fråga 2, antal som svarat 1', { exact: true }).fill('1,5');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByText('Rätta 1 fel innan du sparar.')).toBeVisible();
    await expect(app.noResults()).toBeVisible();

    await page.getByLabel('Fråga 2, antal som svarat 1', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'sparades' })).toHaveText(
      'Medarbetarundersökningen 2024 sparades för Socialförvaltningen.',
    );
    expect(await app.yearsRow('HME')).toEqual(['saknas', '63,9', 'saknas']);
    expect(await app.yearsRow('HME Motivation')).toEqual(['saknas', '66,7', 'saknas']);
    expect(await app.yearsRow('1. Mitt arbete känns meningsfullt (medel 1–5)')).toEqual([
      'saknas',
      '4,00',
      'saknas',
    ]);
  });

  test('a CSV with a broken row is refused with row and column, and nothing changes', async ({
    page,
  }) => {
    const csv = [
      'id;år;svarsfrekvens;totalindex;hme;1;2;3;4;5;6;7;8;9',
      'sof;2025;93;78;81;4,46;4,10;4,02;4,18;4,42;4,41;4,26;3,90;4,34',
      'vuxen;2025;120;75;;;;;;;;;;',
      'okand;2025;80;;;;;;;;;;;',
    ].join('\r\n');
    await app.chooseCsv('mu-trasig.csv', Buffer.from('\uFEFF' + csv, 'utf8'));
    const preview = page.getByRole('region', { name: 'Förhandsgranskning av mu-trasig.csv' });
    await expect(preview.getByRole('alert')).toContainText('Filen har 2 fel och importeras inte');
    await expect(preview.getByRole('listitem')).toHaveText([
      'Rad 3, kolumn 3 ”svarsfrekvens”: 120 ligger utanför 0–100.',
      'Rad 4, kolumn 1 ”id”: Noden ”okand” finns inte under den här installationens del av organisationen.',
    ]);
    await expect(preview.getByRole('button', { name: /^Importera/ })).toHaveCount(0);
    expect(await app.seriousA11yViolations()).toEqual([]);
    await app.shot('survey-csv-errors');
    await preview.getByRole('button', { name: 'Avbryt' }).click();
    await expect(app.noResults()).toBeVisible();
    await page.reload();
    await expect(app.heading()).toHaveText('Medarbetarundersökning');
    await expect(app.noResults()).toBeVisible();
  });

  test('a good CSV (Windows-1252, HME computed where empty) imports all rows', async ({ page }) => {
    const csv = [
      'id;namn;år;svarsfrekvens;totalindex;hme;1;2;3;4;5;6;7;8;9',
      'sof;Socialförvaltningen;2025;93;78;;4,46;4,10;4,02;4,18;4,42;4,41;4,26;3,90;4,34',
      'sof;Socialförvaltningen;2024;87 %;72;76;;;;;;;;;',
      'vuxen;Vuxen;2025;88;75;79;;;;;;;;;',
    ].join('\r\n');
    await app.chooseCsv('mu-2025.csv', Buffer.from(csv, 'latin1'));
    const preview = page.getByRole('region', { name: 'Förhandsgranskning av mu-2025.csv' });
    const rows = preview.getByRole('table', { name: 'Rader i filen' }).getByRole('row');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText('80,81 (uträknat)');
    await expect(rows.nth(3)).toContainText('Vuxen');
    expect(await app.seriousA11yViolations()).toEqual([]);
    await app.shot('survey-csv-preview');
    await preview.getByRole('button', { name: 'Importera 3 rader' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Importen' })).toHaveText(
      'Importen är klar: 3 nya, 0 ersatta.',
    );
    expect(await app.yearsRow('HME')).toEqual(['80,8', '76', 'saknas']);
    expect(await app.yearsRow('Totalindex (TI)')).toEqual(['78', '72', 'saknas']);
    expect(await app.yearsRow('Svarsfrekvens')).toEqual(['93 %', '87 %', 'saknas']);
    await app.shot('survey-imported');

    // The section's row is there too.
    await app.showNode('\u2003Vuxen (Verksamhet)');
    await expect(app.yearsTable('Vuxen')).toBeVisible();
    expect(await app.yearsRow('HME', 'Vuxen')).toEqual(['79', 'saknas', 'saknas']);
  });
});
