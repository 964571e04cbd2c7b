import { readFile } from 'node:fs/promises';
import { expect, test, type Locator } from '@playwright/test';
import { ActionsPage, UNIT_YEAR } from './pages/actions-page';

/**
 * The cells of a table row, as text: n, then Ja, Delvis, Nej, Vet ej with shares. formatPercent puts
 * a no-break space before "%"; it is made a plain space here so the expectations read naturally.
 */
async function rowCells(table: Locator, label: string): Promise<string[]> {
  const row = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: label, exact: true }) });
  return (await row.getByRole('cell').allTextContents()).map((text) =>
    text.replace(/\u00a0/g, ' '),
  );
}

test.describe('the unit overview (Översikt)', () => {
  let app: ActionsPage;
  test.beforeEach(async ({ page }) => {
    app = new ActionsPage(page);
    await app.seed(UNIT_YEAR, '/');
  });

  test("shows this year's follow-up status and the open and overdue actions", async ({ page }) => {
    await expect(app.heading()).toHaveText('Översikt');
    await expect(
      page.getByText('Åsens boende (Enhet). Uppföljning 2026, avser 2025.'),
    ).toBeVisible();

    const status = page.locator('.overview-tile').filter({ hasText: 'Årets uppföljning' });
    await expect(status).toContainText('Pågår');
    await expect(status).toContainText('6 av 7 frågor besvarade');
    await expect(status.getByRole('progressbar', { name: 'Besvarade frågor' })).toHaveAttribute(
      'value',
      '6',
    );

    const open = page.locator('.overview-tile').filter({ hasText: 'Öppna åtgärder' });
    await expect(open.locator('.overview-big')).toHaveText('2');
    const overdue = page.locator('.overview-tile').filter({ hasText: 'Försenade åtgärder' });
    await expect(overdue.locator('.overview-big')).toHaveText('1');
    await expect(overdue).toContainText('1 åtgärd har passerat sitt klart när-datum.');

    const list = page.getByRole('table', { name: 'Försenade åtgärder att ta tag i' });
    await expect(list.getByRole('row')).toHaveCount(2);
    await expect(list).toContainText('Utbildning i hot och våld för all personal');
    await expect(list).toContainText('2026-05-31');
    // The other unit's overdue action is not this unit's business.
    await expect(list).not.toContainText('dörrstängare');

    await open.getByRole('link', { name: 'Till åtgärderna' }).click();
    await expect(app.heading()).toHaveText('Åtgärder');
  });

  test('charts the answers per section with n, counts and shares as text', async ({ page }) => {
    const figure = page.getByRole('figure', { name: 'Svar per avsnitt, Åsens boende' });
    await expect(figure).toBeVisible();
    await expect(figure.locator('.asb-row')).toHaveCount(3);
    await expect(figure.locator('.asb-row').nth(0)).toContainText('Alla frågor');
    await expect(figure.locator('.asb-row').nth(0)).toContainText('n = 6');
    await expect(figure.locator('.asb-row').nth(1)).toContainText('n = 4');
    await expect(figure.locator('.asb-row').nth(2)).toContainText('n = 2');
    // Bars drawn by recharts, one segment per answer value present.
    await expect(figure.locator('.asb-row').nth(1).locator('.recharts-rectangle')).toHaveCount(3);

    // The figures behind the bars (computed by hand from the fixture).
    const table = figure.getByRole('table', {
      name: 'Svar per avsnitt, Åsens boende',
      includeHidden: true,
    });
    expect(await rowCells(table, 'Alla frågor')).toEqual([
      '6',
      '3 (50,00 %)',
      '1 (16,67 %)',
      '1 (16,67 %)',
      '1 (16,67 %)',
    ]);
    expect(await rowCells(table, 'Delaktighet och rutiner')).toEqual([
      '4',
      '2 (50,00 %)',
      '1 (25,00 %)',
      '1 (25,00 %)',
      '0 (0,00 %)',
    ]);
    expect(await rowCells(table, 'Risker och åtgärder')).toEqual([
      '2',
      '1 (50,00 %)',
      '0 (0,00 %)',
      '0 (0,00 %)',
      '1 (50,00 %)',
    ]);

    // For screen readers only (a 1 px clipped box) until the user asks to see the figures.
    await expect(table).toHaveCSS('position', 'absolute');
    await page.getByRole('checkbox', { name: 'Visa siffrorna som tabell' }).check();
    await expect(table).toHaveCSS('position', 'static');
    expect((await table.boundingBox())?.width ?? 0).toBeGreaterThan(300);

    await page.getByRole('radio', { name: 'Per fråga' }).check();
    const perQuestion = page.locator('.overview-question-list');
    await expect(perQuestion.locator('li')).toHaveCount(7);
    await expect(perQuestion.locator('li').filter({ hasText: 'första hjälpen' })).toContainText(
      'Ej besvarad',
    );
    await expect(perQuestion.locator('li').filter({ hasText: 'sammanställningar' })).toContainText(
      'Nej',
    );
    await expect(perQuestion.locator('li').filter({ hasText: 'sammanställningar' })).toContainText(
      'Ingen sammanställning görs i dag.',
    );
  });

  test('has no serious or critical accessibility violations', async ({ page }) => {
    expect(await app.seriousA11yViolations()).toEqual([]);
    await page.screenshot({ path: '/tmp/overview-unit.png', fullPage: true });
    await page.getByRole('checkbox', { name: 'Visa siffrorna som tabell' }).check();
    await page.getByRole('radio', { name: 'Per fråga' }).check();
    expect(await app.seriousA11yViolations()).toEqual([]);
    await page.screenshot({ path: '/tmp/overview-unit-questions.png', fullPage: true });
  });
});

test('a higher node sums its units: status per unit, answers per section and question', async ({
  page,
}) => {
  const app = new ActionsPage(page);
  const backup = JSON.parse(await readFile(UNIT_YEAR, 'utf8')) as {
    tables: { identity: { nodeId: string; role: string }[] };
  };
  const [identity] = backup.tables.identity;
  if (!identity) throw new Error('fixture without identity');
  identity.nodeId = 'barn1';
  identity.role = 'verksamhetschef';
  await app.seed({ name: 'barn1.json', buffer: Buffer.from(JSON.stringify(backup)) }, '/');

  await expect(
    page.getByText('Barn och familj (Verksamhet). Uppföljning 2026, avser 2025.'),
  ).toBeVisible();
  const status = page.locator('.overview-tile').filter({ hasText: 'Årets uppföljning' });
  await expect(status).toContainText('2 enheter');
  await expect(status.locator('li')).toHaveText(['0 ej påbörjade', '1 pågår', '1 signerad']);
  await status.getByText('Visa enheterna').click();
  await expect(status.getByRole('row', { name: /Åsens boende/ })).toContainText('Pågår, 6 av 7');
  await expect(status.getByRole('row', { name: /Björkens boende/ })).toContainText('Signerad');

  // Both units' actions: Åsen's two open (one overdue) and Björken's overdue one.
  await expect(
    page.locator('.overview-tile').filter({ hasText: 'Öppna åtgärder' }).locator('.overview-big'),
  ).toHaveText('3');
  const list = page.getByRole('table', { name: 'Försenade åtgärder att ta tag i' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByRole('row').nth(1)).toContainText('Byt trasig dörrstängare vid entrén');
  await expect(list.getByRole('row').nth(1)).toContainText('Björkens boende');
  await expect(list.getByRole('row').nth(1)).toContainText('2026-02-01');

  const table = page.getByRole('table', {
    name: 'Svar per avsnitt, Barn och familj',
    includeHidden: true,
  });
  expect(await rowCells(table, 'Alla frågor')).toEqual([
    '13',
    '8 (61,54 %)',
    '2 (15,38 %)',
    '2 (15,38 %)',
    '1 (7,69 %)',
  ]);
  expect(await rowCells(table, 'Delaktighet och rutiner')).toEqual([
    '8',
    '5 (62,50 %)',
    '1 (12,50 %)',
    '2 (25,00 %)',
    '0 (0,00 %)',
  ]);

  await page.getByRole('radio', { name: 'Per fråga' }).check();
  const questions = page.getByRole('table', {
    name: 'Svar per fråga: Delaktighet och rutiner',
    includeHidden: true,
  });
  expect(
    await rowCells(
      questions,
      'Det aktuella målet för den organisatoriska och sociala arbetsmiljön är känt på enheten.',
    ),
  ).toEqual(['2', '1 (50,00 %)', '0 (0,00 %)', '1 (50,00 %)', '0 (0,00 %)']);
  expect(await app.seriousA11yViolations()).toEqual([]);
  await page.screenshot({ path: '/tmp/overview-higher.png', fullPage: true });
});

test('before any organisation exists, Översikt is the first-start screen', async ({ page }) => {
  const app = new ActionsPage(page);
  await app.open('/');
  await expect(app.heading()).toHaveText('Översikt');
  await expect(page.getByRole('heading', { name: 'Välkommen till SAM-uppföljning' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Svar i checklistan' })).toHaveCount(0);
});
