import { expect, test } from '@playwright/test';
import { DEMO, IncidentsPage, UNIT_LOG, type TypeLabel } from './pages/incidents-page';

/*
 * The incident log, the legal reporting duties and the personal-data guard (issue 5, points 1–3),
 * as a unit manager at Åsens boende (follow-up year 2026, covering 2025). The clock is fixed at
 * 2026-03-10.
 */

test.describe('the incident log', () => {
  test('logs each of the five event types', async ({ page }) => {
    const app = new IncidentsPage(page);
    await app.seed(UNIT_LOG);
    await expect(app.count()).toHaveText('Visar 3 av 4 händelser.');

    await app.register({
      type: 'Riskobservation',
      date: '2025-01-15',
      time: '7.05',
      place: 'Korridor och trappa',
      cause: 'Fall, halka eller snubbling',
      description: 'Lös matta i hallen.',
    });
    const events: { type: TypeLabel; date: string; description: string }[] = [
      { type: 'Tillbud', date: '2025-02-03', description: 'Nästan klämd av branddörren.' },
      { type: 'Olycksfall', date: '2025-04-22', description: 'Vrickade foten på gården.' },
      {
        type: 'Färdolycksfall',
        date: '2025-05-08',
        description: 'Cykelolycka på väg till jobbet.',
      },
      { type: 'Arbetssjukdom', date: '2025-10-30', description: 'Besvär i axlarna av lyft.' },
    ];
    for (const event of events) await app.register(event);

    await expect(app.count()).toHaveText('Visar 8 av 9 händelser.');
    // Newest first; every type with its Swedish label.
    await expect(app.rows().locator('.ilog-day')).toHaveText([
      '2025-10-30',
      '2025-09-20',
      '2025-06-02',
      '2025-05-08',
      '2025-04-22',
      '2025-03-14',
      '2025-02-03',
      '2025-01-15',
    ]);
    for (const event of events) await expect(app.row(event.description)).toContainText(event.type);
    const first = app.row('Lös matta i hallen.');
    await expect(first.getByRole('cell')).toHaveText([
      '2025-01-15 07:05',
      /^Riskobservation/,
      'Korridor och trappa',
      'Fall, halka eller snubbling',
      'Ny',
      'Nej',
      '–',
      'Öppna',
    ]);
    // No cause chosen: "saknas".
    await expect(app.row('Vrickade foten på gården.').getByRole('cell').nth(3)).toHaveText(
      'saknas',
    );

    // Edit one: the form opens with its values; the change is saved.
    await app.openRow('2025-02-03', 'Tillbud');
    await expect(app.form()).toHaveAccessibleName('Händelse 2025-02-03 – Tillbud');
    await expect(app.textArea('Beskrivning av händelsen')).toHaveValue(
      'Nästan klämd av branddörren.',
    );
    await app.field('Status').selectOption({ label: 'Utreds' });
    await app.save();
    await expect(app.logStatus()).toHaveText('Händelsen 2025-02-03 (Tillbud) sparades.');
    await expect(app.row('Nästan klämd av branddörren.')).toContainText('Utreds');
    // Focus is back on the row the user opened.
    await expect(app.openButton('2025-02-03', 'Tillbud')).toBeFocused();

    // Delete one, after confirming.
    await app.openRow('2025-01-15', 'Riskobservation');
    await app.form().getByRole('button', { name: 'Ta bort händelsen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ta bort händelsen' });
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await expect(app.logStatus()).toHaveText('Händelsen 2025-01-15 (Riskobservation) togs bort.');
    await expect(app.count()).toHaveText('Visar 7 av 8 händelser.');
  });

  test('checks dates, time and required fields in Swedish', async ({ page }) => {
    const app = new IncidentsPage(page);
    await app.seed(UNIT_LOG);
    await app.startNew();
    await app.save();
    await expect(app.form().getByRole('group', { name: 'Typ av händelse' })).toContainText(
      'Välj typ av händelse.',
    );
    expect(await app.describedText(app.field('Datum'))).toContain(
      'Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2025-03-14.',
    );
    expect(await app.describedText(app.textArea('Beskrivning av händelsen'))).toContain(
      'Beskriv händelsen.',
    );

    await app.chooseType('Tillbud');
    await app.textArea('Beskrivning av händelsen').fill('Test');
    await app.field('Datum').fill('2025-02-30');
    await app.field('Klockslag').fill('25:00');
    await app.save();
    expect(await app.describedText(app.field('Datum'))).toContain(
      'Datumet finns inte i kalendern.',
    );
    expect(await app.describedText(app.field('Klockslag'))).toContain(
      'Ange klockslaget som TT:MM, till exempel 14:30.',
    );
    await app.field('Datum').fill('2026-03-11');
    await app.save();
    expect(await app.describedText(app.field('Datum'))).toContain(
      'Datumet kan inte ligga i framtiden.',
    );
    await app.form().getByRole('button', { name: 'Avbryt' }).click();
    await expect(app.count()).toHaveText('Visar 3 av 4 händelser.');
  });

  test('filters by year, type, status and serious, and searches the texts', async ({ page }) => {
    const app = new IncidentsPage(page);
    await app.seed(UNIT_LOG);
    // A unit: no unit column, no unit filter; the other unit's events are not shown.
    await expect(app.filter('Enhet')).toHaveCount(0);
    await expect(app.table().getByRole('columnheader', { name: 'Enhet' })).toHaveCount(0);
    await expect(app.table()).not.toContainText('Björkens');

    await expect(app.filter('År')).toHaveValue('2025');
    await expect(app.rows()).toHaveCount(3);
    await app.filter('År').selectOption({ label: 'Alla år' });
    await expect(app.rows()).toHaveCount(4);
    await expect(app.count()).toHaveText('Visar 4 av 4 händelser.');

    await app.filter('Typ').selectOption({ label: 'Tillbud' });
    await expect(app.rows()).toHaveCount(2);
    await app.filter('Status').selectOption({ label: 'Ej avslutade' });
    await expect(app.rows()).toHaveCount(0);
    await expect(app.log()).toContainText('Ingen händelse matchar filtret.');
    await app.filter('Status').selectOption({ label: 'Avslutad' });
    await expect(app.rows()).toHaveCount(2);
    await app.filter('Allvarlig').selectOption({ label: 'Endast allvarliga' });
    await expect(app.rows()).toHaveCount(0);
    await app.filter('Allvarlig').selectOption({ label: 'Ej allvarliga' });
    await expect(app.rows()).toHaveCount(2);

    await app.log().getByRole('button', { name: 'Rensa filter' }).click();
    await expect(app.filter('År')).toHaveValue('2025');
    await expect(app.rows()).toHaveCount(3);

    const search = app.filter('Sök i text och id');
    // Description, several words in any field.
    await search.fill('tallrik');
    await expect(app.rows()).toHaveCount(1);
    await expect(app.rows()).toContainText('Olycksfall');
    // Immediate measures.
    await search.fill('fastighetsägaren');
    await expect(app.rows()).toHaveCount(1);
    await expect(app.rows()).toContainText('Riskobservation');
    // Investigation, case-insensitive.
    await search.fill('HALKSKYDD');
    await expect(app.rows()).toHaveCount(1);
    await expect(app.rows()).toContainText('2025-03-14');
    // The id from KIA.
    await search.fill('kia:5001');
    await expect(app.rows()).toHaveCount(1);
    await search.fill('blankis trappan');
    await expect(app.rows()).toHaveCount(1);
    await search.fill('finns inte någonstans');
    await expect(app.rows()).toHaveCount(0);
  });
});

test.describe('the legal reporting duties', () => {
  test('a serious accident cannot be closed until both reports are recorded', async ({ page }) => {
    const app = new IncidentsPage(page);
    await app.seed(UNIT_LOG);
    await app.startNew();
    await app.chooseType('Olycksfall');
    await app.field('Datum').fill('2025-12-30');
    await app
      .textArea('Beskrivning av händelsen')
      .fill('Medarbetare föll från stege och bröt armen.');
    // A non-serious injury: a quiet hint, an optional Försäkringskassan date, no AV date.
    await expect(app.form()).toContainText(
      'Arbetsskador (olycksfall, färdolycksfall och arbetssjukdom) anmäls normalt till Försäkringskassan',
    );
    await expect(app.field('Anmälan till Arbetsmiljöverket')).toHaveCount(0);

    await app.form().getByRole('checkbox', { name: 'Allvarlig händelse' }).check();
    await expect(app.field('Anmälan till Arbetsmiljöverket')).toBeVisible();
    await expect(app.field('Anmälan till Försäkringskassan')).toBeVisible();
    await expect(app.form()).toContainText('Anmäl utan dröjsmål, samma dag');

    // Closing without the reports is refused, naming both and the law.
    const status = app.field('Status');
    await status.selectOption({ label: 'Avslutad' });
    await app.save();
    expect(await app.describedText(status)).toBe(
      'Ärendet kan inte avslutas: anmälan till Arbetsmiljöverket (Arbetsmiljölagen 3 kap. 3 a §) och anmälan till Försäkringskassan (Socialförsäkringsbalken 42 kap. 10 §) saknas. Ange datum för anmälan eller välj en annan status.',
    );
    await expect(status).toBeFocused();
    await expect(app.form()).toBeVisible();

    await status.selectOption({ label: 'Utreds' });
    await app.save();
    await expect(app.logStatus()).toHaveText('Händelsen 2025-12-30 (Olycksfall) sparades.');
    const row = app.row('föll från stege');
    await expect(row).toContainText('Ja');
    await expect(row).toContainText('AV saknas');
    await expect(row).toContainText('FK saknas');

    // The reporting overview lists it, with what is missing and how long it has waited.
    await app.log().page().getByRole('link', { name: 'Anmälningar' }).click();
    const unreported = app.unreported().getByRole('row').filter({ hasText: 'föll från stege' });
    await expect(unreported).toContainText('70 dagar');
    await expect(unreported).toContainText('ArbetsmiljöverketFörsäkringskassan');
    await expect(unreported).toContainText('Utreds');

    // Record Arbetsmiljöverket only: still refused, now naming Försäkringskassan alone.
    await unreported.getByRole('button', { name: /^Öppna ärendet/ }).click();
    await app.formOpened();
    await expect(app.form()).toHaveAccessibleName('Händelse 2025-12-30 – Olycksfall');
    await app.field('Anmälan till Arbetsmiljöverket').fill('2025-12-30');
    await status.selectOption({ label: 'Avslutad' });
    await app.save();
    expect(await app.describedText(status)).toBe(
      'Ärendet kan inte avslutas: anmälan till Försäkringskassan (Socialförsäkringsbalken 42 kap. 10 §) saknas. Ange datum för anmälan eller välj en annan status.',
    );
    // Nothing was saved: the overview still lists it, as Utreds, missing both.
    await app.form().getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('link', { name: 'Anmälningar' }).click();
    await expect(unreported).toContainText('Utreds');
    await expect(unreported).toContainText('ArbetsmiljöverketFörsäkringskassan');

    // Both dates: it closes, leaves the unreported list and shows among the reported.
    await unreported.getByRole('button', { name: /^Öppna ärendet/ }).click();
    await app.formOpened();
    await app.field('Anmälan till Arbetsmiljöverket').fill('2025-12-30');
    await app.field('Anmälan till Försäkringskassan').fill('2025-12-31');
    await status.selectOption({ label: 'Avslutad' });
    await app.save();
    await expect(app.logStatus()).toHaveText('Händelsen 2025-12-30 (Olycksfall) sparades.');
    await expect(row).toContainText('Avslutad');
    await expect(row).toContainText('AV 2025-12-30');
    await expect(row).toContainText('FK 2025-12-31');

    await page.getByRole('link', { name: 'Anmälningar' }).click();
    await expect(app.unreported()).toContainText(
      'Alla allvarliga händelser har registrerad anmälan.',
    );
    const reported = app.reported(2025).getByRole('row').filter({ hasText: 'föll från stege' });
    await expect(reported).toContainText('2025-12-30samma dag');
    await expect(reported).toContainText('2025-12-31efter 1 dag');
    await expect(reported).toContainText('Avslutad');
  });

  test('a report cannot predate the event; an action is created from the incident', async ({
    page,
  }) => {
    const app = new IncidentsPage(page);
    await app.seed(UNIT_LOG);
    await app.openRow('2025-09-20', 'Olycksfall');
    await app.form().getByRole('checkbox', { name: 'Allvarlig händelse' }).check();
    await app.field('Anmälan till Arbetsmiljöverket').fill('2025-09-19');
    await app.save();
    expect(await app.describedText(app.field('Anmälan till Arbetsmiljöverket'))).toContain(
      'Anmälan kan inte vara gjord före händelsen.',
    );
    await app.form().getByRole('button', { name: 'Avbryt' }).click();

    await app.openRow('2025-09-20', 'Olycksfall');
    const actions = page.getByRole('region', { name: 'Åtgärder från händelsen' });
    await expect(actions).toContainText('handlingsplanen för 2026 för Åsens boende');
    await actions.getByRole('button', { name: 'Skapa åtgärd' }).click();
    await actions.getByRole('button', { name: 'Lägg till i handlingsplanen' }).click();
    await expect(actions).toContainText('Beskriv åtgärden.');
    await actions
      .getByRole('textbox', { name: 'Åtgärd', exact: true })
      .fill('Sortera ut trasigt porslin vid disken');
    await actions.getByRole('textbox', { name: 'Ansvarig', exact: true }).fill('Köksansvarig');
    await actions.getByRole('button', { name: 'Lägg till i handlingsplanen' }).click();
    await expect(actions.getByRole('status')).toContainText(
      'Åtgärden lades till i handlingsplanen 2026.',
    );
    await expect(actions.getByRole('listitem')).toContainText([
      'Sortera ut trasigt porslin vid disken',
    ]);

    // It is in the unit's action plan for 2026, marked as coming from an incident.
    await actions.getByRole('link', { name: 'Visa handlingsplanen' }).click();
    const plan = page.getByRole('region', { name: 'Handlingsplan 2026' });
    await expect(
      plan.getByRole('row').filter({ hasText: 'Sortera ut trasigt porslin vid disken' }),
    ).toContainText('Händelse');
  });
});

test.describe('the personal-data guard', () => {
  test('warns about a personnummer as it is typed and masks it', async ({ page }) => {
    const app = new IncidentsPage(page);
    await app.seed(UNIT_LOG);
    await app.startNew();
    const description = app.textArea('Beskrivning av händelsen');
    await description.pressSequentially('Skadad: 811218-9876 föll');
    const warning = app.form().getByText('Texten innehåller ett personnummer.');
    await expect(warning).toBeVisible();
    await expect(warning).toHaveAttribute('aria-live', 'polite');
    expect(await app.describedText(description)).toContain('Texten innehåller ett personnummer.');
    // A Luhn-invalid number is not flagged.
    const measures = app.textArea('Omedelbara åtgärder');
    await measures.fill('Ring 811218-9875 om det upprepas.');
    await page.waitForTimeout(700);
    expect(await app.describedText(measures)).not.toContain('personnummer');

    await app
      .form()
      .getByRole('button', { name: 'Maskera numren i Beskrivning av händelsen' })
      .click();
    await expect(description).toHaveValue('Skadad: [personnummer borttaget] föll');
    await expect(description).toBeFocused();
    await expect(app.form()).toContainText('Ett nummer maskerades.');
    await expect(warning).toHaveCount(0);
  });

  test('warns at once about a pasted personnummer', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = new IncidentsPage(page);
    await app.seed(UNIT_LOG);
    await app.startNew();
    const investigation = app.textArea('Utredning: orsaker som har kommit fram');
    await page.evaluate(() => navigator.clipboard.writeText('Se 19811218-9876 och 811218-9876.'));
    await investigation.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(investigation).toHaveValue('Se 19811218-9876 och 811218-9876.');
    await expect(app.form()).toContainText(
      'Det inklistrade innehöll personnummer. Texten innehåller 2 personnummer.',
    );
  });
});

test.describe('accessibility and the demo organisation', () => {
  test('log, form and reporting overview have no serious axe violations', async ({ page }) => {
    const app = new IncidentsPage(page);
    await app.seed(UNIT_LOG);
    await app.register({ type: 'Olycksfall', date: '2025-11-02', description: 'Föll i trappan.' });
    await app.openRow('2025-11-02', 'Olycksfall');
    await app.form().getByRole('checkbox', { name: 'Allvarlig händelse' }).check();
    await app.field('Status').selectOption({ label: 'Avslutad' });
    await app.textArea('Beskrivning av händelsen').fill('Föll i trappan. 811218-9876');
    await app.save();
    await expect(app.form()).toContainText('Texten innehåller ett personnummer.');
    expect(await app.seriousA11yViolations()).toEqual([]);
    await page.screenshot({ path: '/tmp/ilog-shots/e2e-form.png', fullPage: true });

    await app.field('Status').selectOption({ label: 'Utreds' });
    await app.textArea('Beskrivning av händelsen').fill('Föll i trappan.');
    await app.save();
    await expect(app.logStatus()).toContainText('sparades');
    expect(await app.seriousA11yViolations()).toEqual([]);
    await page.screenshot({ path: '/tmp/ilog-shots/e2e-log.png', fullPage: true });

    await app.open('/handelser/anmalan');
    await expect(app.unreported().getByRole('row')).toHaveCount(2);
    expect(await app.seriousA11yViolations()).toEqual([]);
    await page.screenshot({ path: '/tmp/ilog-shots/e2e-reporting.png', fullPage: true });

    await app.open('/');
    const card = page.getByRole('region', { name: 'Anmälan saknas' });
    await expect(card).toContainText('1 allvarlig händelse saknar registrerad anmälan.');
    await card.getByRole('link', { name: 'Till anmälningarna' }).click();
    await expect(app.unreported()).toBeVisible();
  });

  test('the HR view of the demo shows 25 units’ year at once and filters by unit', async ({
    page,
  }) => {
    // The demo backup is large: restoring it takes most of this test's time.
    test.slow();
    const app = new IncidentsPage(page);
    await app.seed(DEMO);
    await expect(app.count()).toHaveText('Visar 320 av 587 händelser.');
    await expect(app.rows()).toHaveCount(320);
    await expect(app.table().getByRole('columnheader', { name: 'Enhet' })).toBeVisible();
    await app.filter('Enhet').selectOption({ label: 'Nattpatrullen' });
    const rows = await app.rows().count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(320);
    await expect(app.rows().first()).toContainText('Nattpatrullen');
    await app.filter('Allvarlig').selectOption({ label: 'Endast allvarliga' });
    await expect(app.rows()).toHaveCount(3);
    // The unit column and filter, scanned on a short list (axe is slow on hundreds of rows).
    expect(await app.seriousA11yViolations()).toEqual([]);

    // All years: more than one page of rows.
    await app.log().getByRole('button', { name: 'Rensa filter' }).click();
    await app.filter('År').selectOption({ label: 'Alla år' });
    await expect(
      app.log().getByRole('navigation', { name: 'Sidor i händelseloggen' }),
    ).toContainText('Händelse 1–500 av 587');
    await app.log().getByRole('button', { name: 'Nästa' }).click();
    await expect(app.rows()).toHaveCount(87);
  });
});
