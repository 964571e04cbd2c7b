import { expect, test } from '@playwright/test';
import { OrgPage } from './pages/org-page';

const SAMPLE = 'tests/fixtures/org/organisation-exempel.csv';
const BROKEN = 'tests/fixtures/org/organisation-trasig.csv';
const SHOTS = process.env.ORG_SHOTS_DIR;

async function shot(org: OrgPage, name: string): Promise<void> {
  if (SHOTS) await org.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('first start: set up your own organisation, then keep the tree', async ({ page }) => {
  const org = new OrgPage(page);
  await org.open('/');
  await expect(org.firstStart()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ladda demoorganisationen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Återställ den under Inställningar' })).toBeVisible();
  expect(await org.seriousA11yViolations()).toEqual([]);

  // An empty submit names every missing field in Swedish.
  await page.getByRole('button', { name: 'Skapa organisationen' }).click();
  await expect(page.getByText('Ange kommunens namn.')).toBeVisible();
  await expect(page.getByText('Välj din roll.')).toBeVisible();
  await expect(page.getByLabel('Kommunens namn')).toHaveAttribute('aria-invalid', 'true');
  await shot(org, 'first-start-errors');

  // The role sets the default node: a section head works for the section.
  await page.getByRole('group', { name: 'Din roll' }).getByLabel('Verksamhetschef').check();
  await expect(page.getByLabel('Installationen arbetar för')).toHaveValue('2');
  await org.setUpOwnOrganisation({
    municipality: 'Hagaviks kommun',
    administration: 'Socialförvaltningen',
    section: 'Vuxen',
    unit: 'Boendestöd',
    userName: 'Anna Andersson',
    role: 'Enhetschef',
  });
  // The live work context swaps the first start for the normal overview.
  await expect(org.firstStart()).toBeHidden();
  await expect(org.heading()).toHaveText('Översikt');

  await org.openOrganisation();
  for (const [name, level] of [
    ['Hagaviks kommun', 'Kommun'],
    ['Socialförvaltningen', 'Förvaltning'],
    ['Vuxen', 'Verksamhet'],
    ['Boendestöd', 'Enhet'],
  ] as const) {
    await expect(org.row(name)).toContainText(level);
  }
  await expect(org.row('Boendestöd')).toContainText('Installationen arbetar här');

  // Add a section and a unit, rename the unit, move it to the other section, archive it.
  await org.addChild('Socialförvaltningen', 'verksamhet', 'Äldreomsorg');
  await org.addChild('Vuxen', 'enhet', 'Stöd i hemmet');
  await expect(org.row('Stöd i hemmet')).toContainText('Enhet');
  await org.rename('Stöd i hemmet', 'Hemtjänst norra');
  await expect(page.getByRole('button', { name: 'Byt namn på Hemtjänst norra' })).toBeFocused();
  await org.move('Hemtjänst norra', 'Hagaviks kommun › Socialförvaltningen › Äldreomsorg');
  await expect(org.treeStatus()).toHaveText('Hemtjänst norra flyttades till Äldreomsorg.');
  await expect.poll(() => org.childNames('Äldreomsorg')).toEqual(['Hemtjänst norra']);
  expect(await org.childNames('Vuxen')).toEqual(['Boendestöd']);
  await expect(page.getByRole('button', { name: 'Flytta Hemtjänst norra' })).toBeFocused();
  await shot(org, 'organisation-tree');
  expect(await org.seriousA11yViolations()).toEqual([]);

  await org.archive('Hemtjänst norra');
  await expect(org.row('Hemtjänst norra')).toHaveCount(0);
  await org.tree().getByLabel('Visa arkiverade').check();
  await expect(org.row('Hemtjänst norra')).toContainText('Arkiverad');
  await org.tree().getByRole('button', { name: 'Återställ Hemtjänst norra' }).click();
  await expect(org.treeStatus()).toHaveText('Hemtjänst norra återställdes.');
  await expect(org.row('Hemtjänst norra')).not.toContainText('Arkiverad');

  // Everything survives a reload.
  await page.reload();
  await expect(org.row('Hemtjänst norra')).toBeVisible();
  await expect(org.row('Äldreomsorg')).toBeVisible();
});

test('the installation: node, role, name and level names are saved', async ({ page }) => {
  const org = new OrgPage(page);
  await org.open('/');
  await org.setUpOwnOrganisation({
    municipality: 'Hagaviks kommun',
    administration: 'Socialförvaltningen',
    section: 'Vuxen',
    unit: 'Boendestöd',
    userName: 'Anna Andersson',
    role: 'Enhetschef',
  });
  await expect(org.firstStart()).toBeHidden();
  await org.openOrganisation();

  const card = org.installation();
  await expect(card.getByLabel('Ditt namn')).toHaveValue('Anna Andersson');
  await card
    .getByLabel('Arbetar för')
    .selectOption({ label: '\u2003Socialförvaltningen (Förvaltning)' });
  await card.getByLabel('Roll').selectOption('hr');
  await card.getByLabel('Ditt namn').fill('Helena Hansson');
  await card.getByRole('button', { name: 'Spara' }).click();
  await expect(card.getByRole('status')).toHaveText(
    'Inställningarna för installationen är sparade.',
  );
  await expect(org.row('Socialförvaltningen')).toContainText('Installationen arbetar här');

  const levels = page.getByRole('region', { name: 'Nivåernas namn' });
  await levels.getByLabel('Nivå 2').fill('Område');
  await levels.getByLabel('Nivå 4 (högsta)').fill('');
  await levels.getByRole('button', { name: 'Spara nivånamnen' }).click();
  await expect(levels.getByText('Ange ett namn för nivå 4.')).toBeVisible();
  await levels.getByLabel('Nivå 4 (högsta)').fill('Nämnd');
  await levels.getByRole('button', { name: 'Spara nivånamnen' }).click();
  await expect(levels.getByRole('status')).toHaveText('Nivånamnen är sparade.');
  await expect(org.row('Vuxen')).toContainText('Område');
  await expect(org.row('Hagaviks kommun')).toContainText('Nämnd');
  await shot(org, 'organisation-settings');

  await page.reload();
  await expect(card.getByLabel('Roll')).toHaveValue('hr');
  await expect(card.getByLabel('Ditt namn')).toHaveValue('Helena Hansson');
  await expect(levels.getByLabel('Nivå 2')).toHaveValue('Område');
  expect(await org.seriousA11yViolations()).toEqual([]);
});

test('CSV import: the sample is previewed and imported; the broken file imports nothing', async ({
  page,
}) => {
  const org = new OrgPage(page);
  await org.openOrganisation();
  await expect(page.getByText('Det finns ingen organisation ännu.')).toBeVisible();

  // The broken file first: every row error with its line, and nothing written.
  await org.chooseCsv(BROKEN);
  const card = org.csvCard();
  await expect(card.getByRole('alert')).toContainText('6 fel i filen – ingenting importeras');
  for (const line of [
    'Rad 5: Namn saknas för bof-mott.',
    'Rad 6: Nivån "5" för bof-utr är ogiltig: ange 1, 2, 3 eller 4.',
    'Rad 8: Id bof-fam finns redan på rad 7.',
    'Rad 9: Föräldern vux för vux-ekb finns varken i filen eller i organisationen.',
    'Rad 10: ald-hemn är på nivå 1 men föräldern sof är på nivå 3.',
    'Rad 11: ovk blir en andra topp på nivå 4.',
  ]) {
    await expect(card.getByRole('listitem').filter({ hasText: line })).toHaveCount(1);
  }
  await expect(card.getByRole('button', { name: /^Importera/ })).toHaveCount(0);
  await shot(org, 'csv-broken');
  expect(await org.seriousA11yViolations()).toEqual([]);
  await card.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByText('Det finns ingen organisation ännu.')).toBeVisible();

  // The sample: counts per level, then one import.
  await org.chooseCsv(SAMPLE);
  const table = card.getByRole('table', { name: 'Noder i filen per nivå' });
  await expect(table.getByRole('row', { name: /Nivå 4: Kommun/ })).toContainText('1');
  await expect(table.getByRole('row', { name: /Nivå 3: Förvaltning/ })).toContainText('2');
  await expect(table.getByRole('row', { name: /Nivå 2: Verksamhet/ })).toContainText('6');
  await expect(table.getByRole('row', { name: /Nivå 1: Enhet/ })).toContainText('22');
  await expect(table.getByRole('row', { name: /Totalt/ })).toContainText('31');
  await shot(org, 'csv-preview');
  await card.getByRole('button', { name: 'Importera 31 noder' }).click();
  await expect(card.getByRole('status')).toHaveText(
    'Importen är klar: 31 nya och 0 ändrade noder.',
  );
  await expect(org.row('Hagaviks kommun')).toBeVisible();
  await expect(org.row('Sjöängens vård- och omsorgsboende')).toBeVisible();

  // The same broken file against the imported tree: still refused, still nothing written.
  await org.chooseCsv(BROKEN);
  await expect(card.getByRole('alert')).toContainText('fel i filen – ingenting importeras');
  await card.getByRole('button', { name: 'Avbryt' }).click();
  await expect(org.row('Övriga kommunen')).toHaveCount(0);
  await expect(org.row('Familjebehandling (dubblett)')).toHaveCount(0);

  // Re-reading the sample changes nothing; a renamed row is merged by id.
  const renamed = (await import('node:fs'))
    .readFileSync(SAMPLE, 'utf8')
    .replace('vux;sof;2;Vuxen', 'vux;sof;2;Vuxenenheten');
  await org.chooseCsv({ name: 'andrad.csv', buffer: Buffer.from(renamed) });
  await expect(card.getByRole('button', { name: 'Importera 1 nod' })).toBeVisible();
  await card.getByRole('button', { name: 'Importera 1 nod' }).click();
  await expect(card.getByRole('status')).toHaveText('Importen är klar: 0 nya och 1 ändrade noder.');
  await expect(org.row('Vuxenenheten')).toBeVisible();
});

test('a 2,000-node organisation opens with the units folded away and can be searched', async ({
  page,
}) => {
  const lines = ['id;förälder;nivå;namn', 'k;;4;Storstads kommun'];
  for (let a = 1; a <= 4; a++) {
    lines.push(`f${a};k;3;Förvaltning ${a}`);
    for (let s = 1; s <= 10; s++) {
      lines.push(`f${a}s${s};f${a};2;Verksamhet ${a}.${s}`);
      for (let u = 1; u <= 50; u++) lines.push(`f${a}s${s}u${u};f${a}s${s};1;Enhet ${a}.${s}.${u}`);
    }
  }
  const org = new OrgPage(page);
  await org.openOrganisation();
  await org.chooseCsv({ name: 'stor.csv', buffer: Buffer.from(lines.join('\n')) });
  await org.csvCard().getByRole('button', { name: 'Importera 2045 noder' }).click();
  await expect(org.csvCard().getByRole('status')).toContainText('2045 nya');

  await page.reload();
  await expect(org.row('Verksamhet 4.10')).toBeVisible();
  // Sections are closed: no unit rows until one is opened.
  await expect(org.tree().locator('.org-node-row')).toHaveCount(45);
  await org.tree().getByRole('button', { name: 'Visa nivån under Verksamhet 2.3' }).click();
  await expect(org.row('Enhet 2.3.50')).toBeVisible();
  await org.tree().getByLabel('Sök i organisationen').fill('Enhet 3.7.4');
  await expect(org.tree().getByText('11 träffar')).toBeVisible();
  await expect(org.row('Enhet 3.7.41')).toBeVisible();
});

test('the demo organisation loads with one click from the first start', async ({ page }) => {
  const org = new OrgPage(page);
  await org.open('/');
  await page.getByRole('button', { name: 'Ladda demoorganisationen' }).click();
  await expect(org.firstStart()).toBeHidden({ timeout: 30_000 });
  await org.openOrganisation();
  await org.tree().getByRole('button', { name: 'Öppna alla' }).click();
  const units = org.tree().locator('.org-node-level-1');
  expect(await units.count()).toBeGreaterThanOrEqual(20);
  await expect(org.tree().locator('.org-node-level-2')).toHaveCount(5);
  expect(await org.seriousA11yViolations()).toEqual([]);
  await shot(org, 'organisation-demo');
});
