import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ActionsPage, UNIT_YEAR } from './pages/actions-page';

test.describe('the action plan (Åtgärder)', () => {
  let app: ActionsPage;
  test.beforeEach(async ({ page }) => {
    app = new ActionsPage(page);
    await app.seed(UNIT_YEAR);
  });

  test("shows this year's plan with overdue rows marked in words and sources in words", async ({
    page,
  }) => {
    await expect(app.heading()).toHaveText('Åtgärder');
    await expect(app.page.getByText('Uppföljning 2026, avser 2025')).toBeVisible();
    await expect(app.plan()).toContainText('3 åtgärder, varav 2 öppna och 1 försenade.');
    // Only Åsens boende's 2026 actions: not last year's, not the other unit's.
    await expect(app.planTable().getByRole('row')).toHaveCount(4);
    await expect(app.row('Byt trasig dörrstängare')).toHaveCount(0);

    const overdue = app.row('Utbildning i hot och våld');
    await expect(overdue).toContainText('2026-05-31');
    await expect(overdue).toContainText('Försenad');
    await expect(overdue).toContainText('Prioritering');
    await expect(app.row('Skyddsrond i köket')).not.toContainText('Försenad');
    await expect(app.row('Sammanställ tillbud')).not.toContainText('Försenad');
    await expect(app.row('Sammanställ tillbud')).toContainText(
      'Checklista: Vi gör sammanställningar över arbetsskador och tillbud.',
    );
    await expect(app.row('Skyddsrond i köket')).toContainText('Egen');
    // The plan fits the page: the table scrolls inside its card rather than widening the layout.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
    await page.screenshot({ path: '/tmp/actions-plan.png', fullPage: true });
  });

  test('adds an action, refusing a follow-up date before the due date, then edits it', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Ny åtgärd' }).click();
    await expect(app.field('Åtgärd')).toBeFocused();
    await app.save();
    await expect(app.form()).toContainText('Beskriv åtgärden.');

    await app.field('Åtgärd').fill('Ta fram en plan för ensamarbete');
    await app.field('Ansvarig').fill('Anna Andersson');
    await app.field('Klart när').fill('31/12 2026');
    await app.save();
    await expect(app.field('Klart när')).toHaveAccessibleDescription(
      /Ange datumet som ÅÅÅÅ-MM-DD\./,
    );
    await app.field('Klart när').fill('2026-12-31');
    await app.field('Följs upp när').fill('2026-12-01');
    await app.field('Källa').selectOption({ label: 'Fråga i checklistan' });
    await app
      .field('Fråga')
      .selectOption({ label: 'Risker bedöms innan förändringar i verksamheten genomförs.' });
    await app.save();
    await expect(app.field('Följs upp när')).toHaveAccessibleDescription(
      /Följs upp när kan inte vara före klart när\./,
    );
    await expect(app.field('Följs upp när')).toHaveAttribute('aria-invalid', 'true');

    await app.field('Följs upp när').fill('2027-01-15');
    await app.save();
    await expect(app.planStatus()).toHaveText(
      'Åtgärden ”Ta fram en plan för ensamarbete” sparades.',
    );
    await expect(app.form()).toHaveCount(0);
    const row = app.row('Ta fram en plan för ensamarbete');
    await expect(row).toContainText('Anna Andersson');
    await expect(row).toContainText('2026-12-31');
    await expect(row).toContainText('2027-01-15');
    await expect(row).toContainText('Planerad');
    await expect(row).toContainText(
      'Checklista: Risker bedöms innan förändringar i verksamheten genomförs.',
    );
    await expect(app.plan()).toContainText('4 åtgärder, varav 3 öppna och 1 försenade.');

    await row.getByRole('button', { name: 'Ändra ”Ta fram en plan för ensamarbete”' }).click();
    await expect(app.form()).toHaveAccessibleName('Ändra åtgärd');
    await expect(app.field('Åtgärd')).toHaveValue('Ta fram en plan för ensamarbete');
    await app.field('Ansvarig').fill('Sven Skyddsombud');
    await app.field('Status').selectOption({ label: 'Pågår' });
    await app.save();
    await expect(app.planStatus()).toContainText('sparades');

    await page.reload();
    const reloaded = app.row('Ta fram en plan för ensamarbete');
    await expect(reloaded).toContainText('Sven Skyddsombud');
    await expect(reloaded.getByRole('combobox')).toHaveValue('pagar');
  });

  test('"ej genomförd" asks for the reason in Swedish and saves it with one', async ({ page }) => {
    const row = app.row('Sammanställ tillbud');
    await row
      .getByRole('combobox', {
        name: 'Status för ”Sammanställ tillbud och arbetsskador varje kvartal”',
      })
      .selectOption({ label: 'Ej genomförd' });
    await expect(app.form()).toHaveAccessibleName('Ändra åtgärd');
    await expect(app.field('Status')).toHaveValue('ej_genomford');
    const reason = app.field('Orsak till att åtgärden inte genomfördes');
    await expect(reason).toBeFocused();

    await app.save();
    await expect(app.form()).toContainText('Skriv varför åtgärden inte genomfördes.');
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(row.getByRole('combobox')).toHaveValue('planerad');

    await reason.fill('Uppgiften flyttades till verksamhetens samordnare');
    await app.save();
    await expect(app.planStatus()).toContainText('sparades');
    await expect(row).toContainText('Orsak: Uppgiften flyttades till verksamhetens samordnare');
    await expect(app.plan()).toContainText('3 åtgärder, varav 1 öppna och 1 försenade.');

    await page.reload();
    await expect(app.row('Sammanställ tillbud').getByRole('combobox')).toHaveValue('ej_genomford');
  });

  test('changes status in the table, filters by status, and deletes after confirming', async ({
    page,
  }) => {
    const overdue = app.row('Utbildning i hot och våld');
    await overdue.getByRole('combobox').selectOption({ label: 'Klar' });
    await expect(app.planStatus()).toHaveText(
      'Åtgärden ”Utbildning i hot och våld för all personal” har nu status Klar.',
    );
    await expect(overdue).not.toContainText('Försenad');
    await expect(app.plan()).toContainText('3 åtgärder, varav 1 öppna och 0 försenade.');

    const filter = app.plan().getByLabel('Visa', { exact: true });
    await filter.selectOption({ label: 'Klara' });
    await expect(app.planTable().getByRole('row')).toHaveCount(3);
    await expect(app.plan()).toContainText('Visar 2 av 3');
    await filter.selectOption({ label: 'Öppna (planerade och pågående)' });
    await expect(app.planTable().getByRole('row')).toHaveCount(2);
    await expect(app.row('Sammanställ tillbud')).toBeVisible();
    await filter.selectOption({ label: 'Alla' });

    await app
      .row('Skyddsrond i köket')
      .getByRole('button', { name: 'Ta bort ”Skyddsrond i köket”' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Ta bort åtgärd' });
    await expect(dialog).toContainText('”Skyddsrond i köket”');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(app.row('Skyddsrond i köket')).toHaveCount(1);

    await app
      .row('Skyddsrond i köket')
      .getByRole('button', { name: 'Ta bort ”Skyddsrond i köket”' })
      .click();
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await expect(app.planStatus()).toHaveText('Åtgärden ”Skyddsrond i köket” togs bort.');
    await expect(app.row('Skyddsrond i köket')).toHaveCount(0);
    await page.reload();
    await expect(app.planTable().getByRole('row')).toHaveCount(3);
  });

  test("last year's action marked handled Nej with a reason survives a reload", async ({
    page,
  }) => {
    const panel = app.lastYear();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
      'Uppföljning av åtgärderna från 2025',
    );
    await expect(panel.getByRole('row')).toHaveCount(4);
    await expect(panel).toContainText('1 hanterad');
    await expect(panel).toContainText('2 kvar att följa upp');
    await expect(
      app.lastYearRow('Repetitionsutbildning i HLR').getByRole('radio', { name: 'Ja' }),
    ).toBeChecked();

    const involve = app.lastYearRow('involvera medarbetarna');
    const group = involve.getByRole('group', {
      name: 'Har ”Ta fram metoder för att involvera medarbetarna i arbetsmiljöarbetet” hanterats?',
    });
    await group.getByRole('radio', { name: 'Nej' }).check();
    const reason = involve.getByRole('textbox', {
      name: 'Orsak till att ”Ta fram metoder för att involvera medarbetarna i arbetsmiljöarbetet” inte hanterats',
    });
    await expect(involve).toContainText('Skriv orsaken.');
    await expect(panel).toContainText('(1 saknar orsak)');
    await reason.fill('Arbetet har påbörjats men är inte färdigställt');
    await expect(involve).not.toContainText('Skriv orsaken.');
    await expect(panel).not.toContainText('saknar orsak');
    await expect(panel.getByRole('status')).toHaveText('Uppföljningen sparades.');

    await page.reload();
    const after = app.lastYearRow('involvera medarbetarna');
    await expect(after.getByRole('radio', { name: 'Nej' })).toBeChecked();
    await expect(after.getByRole('textbox')).toHaveValue(
      'Arbetet har påbörjats men är inte färdigställt',
    );
    await expect(app.lastYear()).toContainText('1 inte hanterad');
    await expect(app.lastYear()).toContainText('1 kvar att följa upp');

    // Changing the answer to Ja drops the reason: a handled action has none.
    await after.getByRole('radio', { name: 'Ja' }).check();
    await expect(after.getByRole('textbox')).toHaveCount(0);
    await expect(app.lastYear()).toContainText('2 hanterade');
  });

  test('has no serious or critical accessibility violations, with the form open too', async ({
    page,
  }) => {
    expect(await app.seriousA11yViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Ny åtgärd' }).click();
    await app.field('Status').selectOption({ label: 'Ej genomförd' });
    await app.save();
    await expect(app.form()).toContainText('Skriv varför åtgärden inte genomfördes.');
    await app.lastYearRow('involvera medarbetarna').getByRole('radio', { name: 'Nej' }).check();
    await expect(app.lastYear().getByRole('status')).toHaveText('Uppföljningen sparades.');
    expect(await app.seriousA11yViolations()).toEqual([]);
    await page.screenshot({ path: '/tmp/actions-form.png', fullPage: true });
  });
});

test('a node this installation does not write for is shown read-only', async ({ page }) => {
  const app = new ActionsPage(page);
  const backup = JSON.parse(await readFile(UNIT_YEAR, 'utf8')) as {
    tables: { identity: { nodeId: string; role: string }[] };
  };
  const [identity] = backup.tables.identity;
  if (!identity) throw new Error('fixture without identity');
  identity.nodeId = 'barn1';
  identity.role = 'verksamhetschef';
  await app.seed({ name: 'barn1.json', buffer: Buffer.from(JSON.stringify(backup)) });
  await page.getByLabel('Visar').selectOption('asen');

  await expect(app.plan()).toContainText('Handlingsplanen för Åsens boende visas som läsning.');
  await expect(page.getByRole('button', { name: 'Ny åtgärd' })).toHaveCount(0);
  await expect(app.planTable().getByRole('combobox')).toHaveCount(0);
  await expect(app.row('Utbildning i hot och våld')).toContainText('Pågår');
  await expect(app.row('Utbildning i hot och våld')).toContainText('Försenad');
  await expect(app.lastYear().getByRole('radio')).toHaveCount(0);
  await expect(app.lastYearRow('Repetitionsutbildning i HLR')).toContainText('Ja');
  await expect(app.lastYearRow('involvera medarbetarna')).toContainText('Inte uppföljd');
  expect(await app.seriousA11yViolations()).toEqual([]);
  await page.screenshot({ path: '/tmp/actions-readonly.png', fullPage: true });
});

test("last year's follow-up is closed while this year's follow-up is signed", async ({ page }) => {
  const app = new ActionsPage(page);
  const backup = JSON.parse(await readFile(UNIT_YEAR, 'utf8')) as {
    tables: { identity: { nodeId: string }[] };
  };
  const [identity] = backup.tables.identity;
  if (!identity) throw new Error('fixture without identity');
  identity.nodeId = 'bjorken';
  await app.seed({ name: 'bjorken.json', buffer: Buffer.from(JSON.stringify(backup)) });

  // Björkens boende has signed its 2026 follow-up; its own plan stays editable.
  await expect(page.getByRole('button', { name: 'Ny åtgärd' })).toBeEnabled();
  await expect(app.lastYear()).toContainText('Uppföljningen 2026 är signerad.');
  await expect(app.lastYearRow('Bättre belysning på parkeringen')).toContainText('Inte uppföljd');
  await expect(app.lastYear().getByRole('radio')).toHaveCount(0);
});
