import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEMO, IncidentStatsPage, SMALL_ORG } from './pages/incident-stats-page';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const HEADER = ['Händelsetyp', ...MONTHS, 'Totalt'];

/*
 * The fixture's 2025 incidents, counted by hand from tests/fixtures/incident-stats/small-org.json
 * (one line per incident there): 16 at Tallåsen, 12 at Beroendeenheten (both Vuxen), 6 at
 * Lindgården (Barn och familj); three more in 2024 and 2026 must not count.
 */
const ALL_UNITS = [
  HEADER,
  ['Riskobservation', '1', '1', '0', '0', '1', '2', '0', '0', '0', '0', '2', '0', '7'],
  ['Tillbud', '1', '2', '3', '0', '1', '1', '2', '0', '1', '2', '0', '2', '15'],
  ['Olycksfall', '2', '0', '1', '1', '1', '0', '0', '1', '2', '0', '0', '1', '9'],
  ['Färdolycksfall', '0', '0', '0', '0', '0', '0', '0', '1', '0', '0', '0', '0', '1'],
  ['Arbetssjukdom', '0', '0', '0', '1', '0', '0', '0', '0', '0', '1', '0', '0', '2'],
  ['Totalt', '4', '3', '4', '2', '3', '3', '2', '2', '3', '3', '2', '3', '34'],
];
const TALLASEN = [
  HEADER,
  ['Riskobservation', '0', '1', '0', '0', '0', '1', '0', '0', '0', '0', '1', '0', '3'],
  ['Tillbud', '1', '1', '1', '0', '1', '0', '0', '0', '1', '1', '0', '0', '6'],
  ['Olycksfall', '1', '0', '1', '0', '1', '0', '0', '0', '1', '0', '0', '1', '5'],
  ['Färdolycksfall', '0', '0', '0', '0', '0', '0', '0', '1', '0', '0', '0', '0', '1'],
  ['Arbetssjukdom', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '1'],
  ['Totalt', '2', '2', '2', '1', '2', '1', '0', '1', '2', '1', '1', '1', '16'],
];
const TYPES = ['Riskobservation', 'Tillbud', 'Olycksfall', 'Färdolycksfall', 'Arbetssjukdom'];

test.describe('incident statistics (Händelser → Statistik)', () => {
  let app: IncidentStatsPage;
  test.beforeEach(async ({ page }) => {
    app = new IncidentStatsPage(page);
    await app.seed(SMALL_ORG);
  });

  test('shows the hand-counted month × type table with totals for all units below', async ({
    page,
  }) => {
    await expect(
      page.getByRole('heading', { level: 2, name: 'Händelser 2025 (uppföljning 2026)' }),
    ).toBeVisible();
    await expect(
      page.getByText(
        'Socialförvaltningen (Förvaltning): alla 3 enheter under. Totalt 34 händelser under 2025.',
      ),
    ).toBeVisible();
    expect(await app.rows(app.monthTable())).toEqual(ALL_UNITS);
    // Month headings abbreviate; the full name is there for whoever needs it.
    await expect(app.monthTable().locator('abbr').first()).toHaveAttribute('title', 'januari 2025');

    // Per section: the children of the administration, each with all its units.
    const perChild = page.getByRole('table', {
      name: 'Händelser 2025 per verksamhet och händelsetyp',
    });
    expect(await app.rows(perChild)).toEqual([
      ['Verksamhet', ...TYPES, 'Totalt'],
      ['Barn och familj', '1', '3', '2', '0', '0', '6'],
      ['Vuxen', '6', '12', '7', '1', '2', '28'],
      ['Totalt', '7', '15', '9', '1', '2', '34'],
    ]);

    // The stacked chart: a figure named by its caption, described by the table above.
    const chart = app.figure('Händelser per månad 2025, staplade per händelsetyp');
    await expect(chart).toBeVisible();
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(chart.locator('.itc-total-label').filter({ hasText: /^4$/ })).toHaveCount(2);
  });

  test('says how many incidents have a cause and a place, and how many lack one', async () => {
    const cause = app.causeFigure();
    await expect(cause).toContainText(
      '30 händelser med skadeorsak/risk, saknas för 4. Alla 13 val av skadeorsak/risk visas.',
    );
    const causeRows = await app.rows(app.figureTable(cause));
    expect(causeRows).toHaveLength(1 + 13 + 2);
    expect(causeRows).toContainEqual(['Våld eller hot om våld', '0', '7', '2', '0', '0', '9']);
    expect(causeRows).toContainEqual(['Kemiska ämnen', '1', '0', '0', '0', '0', '1']);
    expect(causeRows).toContainEqual(['Annan orsak', '0', '0', '0', '0', '0', '0']);
    // The four without a cause: three left empty, one with a name no longer in the list.
    expect(causeRows.at(-2)).toEqual(['Saknas', '0', '4', '0', '0', '0', '4']);
    expect(causeRows.at(-1)).toEqual(['Totalt', '7', '15', '9', '1', '2', '34']);

    const place = app.placeFigure();
    await expect(place).toContainText(
      '32 händelser med plats, saknas för 2. Alla 21 val av plats visas.',
    );
    const placeRows = await app.rows(app.figureTable(place));
    expect(placeRows).toHaveLength(1 + 21 + 2);
    expect(placeRows).toContainEqual(['Besöks- och samtalsrum', '1', '2', '1', '0', '0', '4']);
    expect(placeRows.at(-2)).toEqual(['Saknas', '0', '1', '1', '0', '0', '2']);
  });

  test("switching node in the header shows the unit's own numbers", async ({ page }) => {
    await app.showNode('\u2003\u2003Tallåsens boende (Enhet)');
    await expect(
      page.getByText('Tallåsens boende (Enhet). Totalt 16 händelser under 2025.'),
    ).toBeVisible();
    expect(await app.rows(app.monthTable())).toEqual(TALLASEN);
    await expect(app.causeFigure()).toContainText(
      '14 händelser med skadeorsak/risk, saknas för 2.',
    );
    await expect(app.placeFigure()).toContainText('14 händelser med plats, saknas för 2.');
    // A unit has no children: no per-section table.
    await expect(page.getByRole('table', { name: /per verksamhet/ })).toHaveCount(0);

    await app.showNode('\u2003Vuxen (Verksamhet)');
    await expect(page.getByText('Totalt 28 händelser under 2025.')).toBeVisible();
    await expect(app.monthTable().getByRole('row').last()).toContainText('28');
  });

  test('a year without incidents shows a friendly empty state', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Uppföljningsår' }).selectOption('2024');
    await expect(page.getByRole('heading', { name: 'Inga händelser under 2023' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Importera från KIA' })).toBeVisible();
    await expect(app.monthTable()).toHaveCount(0);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('has no serious accessibility violations', async () => {
    await expect(app.monthTable()).toBeVisible();
    expect(await app.seriousA11yViolations()).toEqual([]);
  });
});

test.describe('category lists (Händelser → Kategorier)', () => {
  let app: IncidentStatsPage;
  test.beforeEach(async ({ page }) => {
    app = new IncidentStatsPage(page);
    await app.seed(SMALL_ORG, '/handelser/kategorier');
  });

  test('rename (rewriting the incidents), add and reorder persist and reach the statistics', async ({
    page,
  }) => {
    const causes = app.list('Skadeorsaker/risker');
    await expect(causes.getByRole('textbox')).toHaveCount(13 + 1); // 13 names and the new-name field
    await causes.getByLabel('Skadeorsak/risk 3', { exact: true }).fill('Våld och hot');
    await expect(causes).toContainText('Hette tidigare ”Våld eller hot om våld”.');
    await causes.getByLabel('Ny skadeorsak/risk').fill('Hot och våld');
    await causes.getByRole('button', { name: 'Lägg till' }).click();
    await expect(causes.getByRole('textbox')).toHaveCount(14 + 1);

    // Reorder from the keyboard: the focus stays on the moved item's button.
    const up = causes.getByRole('button', { name: 'Flytta upp Hot och våld' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(up).toBeFocused();
    await expect(app.listStatus()).toHaveText('Hot och våld flyttad till plats 13 av 14.');

    // The save reaches stored incidents, so it asks first. Eleven carry the old name: nine in
    // 2025, one each in 2024 and 2026.
    await app.saveLists();
    const dialog = page.getByRole('dialog', { name: 'Spara listorna?' });
    await expect(dialog).toContainText('”Våld eller hot om våld” → ”Våld och hot”: 11 händelser');
    await expect(dialog.getByLabel('Byt namn även i de sparade händelserna')).toBeChecked();
    await dialog.getByRole('button', { name: 'Spara listorna' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.listStatus()).toHaveText(
      'Listorna är sparade och 11 händelser har fått de nya namnen.',
    );

    await page.reload();
    const inputs = app.list('Skadeorsaker/risker').locator('.icat-items input');
    await expect(inputs).toHaveCount(14); // read only once the stored lists have loaded
    const values = await inputs.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    expect(values.slice(0, 3)).toEqual([
      'Fall, halka eller snubbling',
      'Lyft, förflyttning och belastning',
      'Våld och hot',
    ]);
    expect(values.slice(-2)).toEqual(['Hot och våld', 'Annan orsak']);

    await app.open('/handelser/statistik');
    const cause = app.causeFigure();
    await expect(cause).toContainText(
      '31 händelser med skadeorsak/risk, saknas för 3. Alla 14 val av skadeorsak/risk visas.',
    );
    const rows = await app.rows(app.figureTable(cause));
    expect(rows[3]).toEqual(['Våld och hot', '0', '7', '2', '0', '0', '9']);
    expect(rows.at(-4)).toEqual(['Hot och våld', '0', '1', '0', '0', '0', '1']);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('keeping the old names, and removing a used category, turns those incidents into "saknas"', async ({
    page,
  }) => {
    const causes = app.list('Skadeorsaker/risker');
    await causes.getByLabel('Skadeorsak/risk 1', { exact: true }).fill('Fall och halka');
    await causes.getByRole('button', { name: 'Ta bort Kemiska ämnen' }).click();
    await expect(
      causes.getByRole('button', { name: 'Ta bort Brand, rök eller utrymning' }),
    ).toBeFocused();
    await app.saveLists();
    const dialog = page.getByRole('dialog', { name: 'Spara listorna?' });
    await expect(dialog).toContainText(
      '”Fall, halka eller snubbling” → ”Fall och halka”: 3 händelser',
    );
    await expect(dialog).toContainText('1 händelse har en kategori som tas bort');
    await dialog.getByLabel('Byt namn även i de sparade händelserna').uncheck();
    await dialog.getByRole('button', { name: 'Spara listorna' }).click();
    await expect(app.listStatus()).toHaveText('Listorna är sparade.');

    await app.open('/handelser/statistik');
    // 30 with a cause before; three falls keep the old name and one cause is gone: 26, and 8 missing.
    await expect(app.causeFigure()).toContainText(
      '26 händelser med skadeorsak/risk, saknas för 8. Alla 12 val av skadeorsak/risk visas.',
    );
    const rows = await app.rows(app.figureTable(app.causeFigure()));
    expect(rows[1]).toEqual(['Fall och halka', '0', '0', '0', '0', '0', '0']);
  });

  test('a name already in the list is refused, and the defaults can be restored', async ({
    page,
  }) => {
    const places = app.list('Platser');
    await places.getByLabel('Ny plats').fill('tvättstuga');
    await places.getByRole('button', { name: 'Lägg till' }).click();
    await expect(places.getByRole('alert')).toHaveText('”tvättstuga” finns redan i listan.');

    await places.getByLabel('Plats 2', { exact: true }).fill('Kontor och arbetsrum');
    await app.saveLists();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Rätta det som är markerat' }),
    ).toBeVisible();
    await expect(places.getByLabel('Plats 2', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await page.getByRole('button', { name: 'Ångra ändringarna' }).click();
    await places.getByRole('button', { name: 'Ta bort Annan plats' }).click();
    await app.saveLists();
    await expect(app.listStatus()).toHaveText('Listorna är sparade.');
    await expect(places.locator('.icat-items input')).toHaveCount(20);

    await page.getByRole('button', { name: 'Återställ standardlistorna' }).click();
    const dialog = page.getByRole('dialog', { name: 'Återställ standardlistorna?' });
    await dialog.getByRole('button', { name: 'Återställ' }).click();
    await app.saveLists();
    await expect(app.listStatus()).toHaveText('Listorna är sparade.');
    await page.reload();
    await expect(app.list('Platser').locator('.icat-items input')).toHaveCount(21);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('a unit installation sees the lists but cannot change them', async ({ page }) => {
    const backup = JSON.parse(await readFile(SMALL_ORG, 'utf8')) as {
      tables: { identity: { nodeId: string; role: string }[] };
    };
    for (const identity of backup.tables.identity) {
      identity.nodeId = 'tallasen';
      identity.role = 'enhetschef';
    }
    await app.seed(
      { name: 'enhet.json', buffer: Buffer.from(JSON.stringify(backup)) },
      '/handelser/kategorier',
    );
    await expect(
      page.getByText(/Listorna ändras av installationer på nivån Verksamhet eller högre/),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Platser' }).getByRole('listitem')).toHaveCount(
      21,
    );
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Spara listorna' })).toHaveCount(0);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });
});

test('the demo organisation: 320 incidents in 2025 across 25 units, as a board report', async ({
  page,
}) => {
  test.slow();
  const app = new IncidentStatsPage(page);
  await app.seed(DEMO);
  await expect(
    page.getByText(
      'Socialförvaltningen (Förvaltning): alla 25 enheter under. Totalt 320 händelser under 2025.',
    ),
  ).toBeVisible();
  const rows = await app.rows(app.monthTable());
  expect(rows.map((row) => [row[0], row.at(-1)])).toEqual([
    ['Händelsetyp', 'Totalt'],
    ['Riskobservation', '63'],
    ['Tillbud', '123'],
    ['Olycksfall', '113'],
    ['Färdolycksfall', '9'],
    ['Arbetssjukdom', '12'],
    ['Totalt', '320'],
  ]);
  await expect(app.causeFigure()).toContainText(
    '305 händelser med skadeorsak/risk, saknas för 15.',
  );
  await expect(app.placeFigure()).toContainText('301 händelser med plats, saknas för 19.');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: '/tmp/istats-demo.png', fullPage: true });
  expect(await app.seriousA11yViolations()).toEqual([]);
});
