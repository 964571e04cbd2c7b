import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

const SWEDISH_NAV = [
  'Översikt',
  'Checklista',
  'Händelser',
  'Åtgärder',
  'Sammanställning',
  'Skicka och ta emot',
  'Rapport',
  'Organisation',
  'Inställningar',
];

test('the web build shows the Swedish shell', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByText('SAM-uppföljning', { exact: true })).toBeVisible();
  const labels = await app.nav().getByRole('link').allInnerTexts();
  expect(labels).toEqual(SWEDISH_NAV);
  await expect(app.nav()).toContainText('Webbläge');
});

test('every navigation target is reachable by keyboard alone', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  // The first Tab reaches the skip link, which jumps over the menu to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();

  for (const label of SWEDISH_NAV) {
    // Start from the top each time and Tab until the menu item has focus, then press Enter.
    await page.locator('body').focus();
    let reached = false;
    for (let presses = 0; presses < 20 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await app
        .nav()
        .getByRole('link', { name: label, exact: true })
        .evaluate((el) => el === document.activeElement);
    }
    expect(reached, `${label} nås med Tab`).toBe(true);
    await page.keyboard.press('Enter');
    await expect(app.heading()).toHaveText(label);
    // Focus moves to the new screen's heading so a keyboard user starts reading there.
    await expect(app.heading()).toBeFocused();
  }
});

test('axe-core finds no serious or critical violation on any screen', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  for (const label of SWEDISH_NAV) {
    await app.nav().getByRole('link', { name: label, exact: true }).click();
    await expect(app.heading()).toHaveText(label);
    expect(await app.seriousA11yViolations(), label).toEqual([]);
  }
});

test('switching to English changes the labels and survives a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/installningar');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(app.nav().getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(app.heading()).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(app.heading()).toHaveText('Settings');
  await expect(app.nav().getByRole('link', { name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();

  await page.getByRole('radio', { name: 'Svenska' }).check();
  await expect(app.heading()).toHaveText('Inställningar');
});

test('the built app runs under its CSP without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const app = new AppPage(page);
  await app.open();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  for (const label of SWEDISH_NAV) {
    await app.nav().getByRole('link', { name: label, exact: true }).click();
    await expect(app.heading()).toHaveText(label);
  }
  expect(errors).toEqual([]);
});
