import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

/**
 * The demo organisation is one click from the first-start screen, and every screen built so far
 * shows its data — with no serious accessibility violation anywhere along the way.
 */
test('the demo organisation loads from the first start and fills every screen', async ({
  page,
}) => {
  test.slow();
  const app = new AppPage(page);
  await app.open('/');
  await page.getByRole('button', { name: 'Ladda demoorganisationen' }).click();

  // Översikt: the administration's 25 units, all signed.
  await expect(page.getByText('Socialförvaltningen (Förvaltning). Uppföljning 2026')).toBeVisible();
  await expect(page.getByText(/25\s*signerade/)).toBeVisible();
  await expect(page.getByText('Svar i checklistan')).toBeVisible();
  expect(await app.seriousA11yViolations()).toEqual([]);

  const nav = app.nav();
  await nav.getByRole('link', { name: 'Checklista' }).click();
  await expect(page.getByRole('row')).toHaveCount(26); // header + 25 units
  expect(await app.seriousA11yViolations()).toEqual([]);

  await nav.getByRole('link', { name: 'Åtgärder' }).click();
  await expect(page.getByRole('heading', { name: 'Handlingsplan 2026' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Uppföljning av åtgärderna från 2025' }),
  ).toBeVisible();
  expect(await app.seriousA11yViolations()).toEqual([]);

  await nav.getByRole('link', { name: 'Organisation' }).click();
  const tree = page.getByRole('region', { name: 'Organisationsträdet' });
  await expect(tree.getByText('Exempelstads kommun')).toBeVisible();
  await expect(tree.getByText('Barn och unga', { exact: true })).toBeVisible();
  expect(await app.seriousA11yViolations()).toEqual([]);

  // A unit, chosen in the header: its signed follow-up with answers and signatures.
  const showing = page.getByRole('combobox', { name: 'Visar' });
  await showing.selectOption({ label: '\u2003\u2003HVB Lindgården (Enhet)' });
  await nav.getByRole('link', { name: 'Checklista' }).click();
  await expect(app.heading()).toHaveText('Checklista: HVB Lindgården');
  await expect(page.getByText('38 av 38 besvarade').first()).toBeVisible();
  await expect(page.getByText(/Signerad \d{4}-\d{2}-\d{2}/).first()).toBeVisible();
  expect(await app.seriousA11yViolations()).toEqual([]);

  await page.goto('/#/mallar');
  await expect(page.getByRole('cell', { name: 'Standardmall' }).first()).toBeVisible();
  expect(await app.seriousA11yViolations()).toEqual([]);
});
