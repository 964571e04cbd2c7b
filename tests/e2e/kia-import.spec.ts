import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { KiaImportPage } from './pages/kia-import-page';
import { SettingsPage, type BackupFile } from './pages/settings-page';

/*
 * The KIA import wizard with the sample export (tests/fixtures/kia): an HR installation at
 * Socialförvaltningen imports the fictional municipality's 2025 events, sees the five broken rows
 * with row number and reason, imports the rest, imports the same file again without duplicates,
 * finds its choices remembered, and cancels without changing anything.
 */
const FIXTURE = 'tests/fixtures/kia-e2e/hr-socialforvaltningen.json';
const CSV = 'tests/fixtures/kia/kia-export-2025.csv';
const XLSX = 'tests/fixtures/kia/kia-export-2025.xlsx';

const CSV_ERRORS = [
  ['Rad 33: Händelsedatum "2025-02-30" är inget giltigt datum (ange ÅÅÅÅ-MM-DD).', 'Händelsedatum'],
  ['Rad 58: okänd enhet "Björkgården".', 'Arbetsställe'],
  ['Rad 83: händelsetyp "Olycka?" saknas i mappningen.', 'Ärendetyp'],
  ['Rad 103: ärendenummer saknas.', 'Ärendenummer'],
  ['Rad 124: ärendenummer "251117" förekommer redan på rad 123.', 'Ärendenummer'],
] as const;

interface StoredIncident {
  id: string;
  externalId: string | null;
  createdAt: string;
}

function incidentsOf(backup: BackupFile): StoredIncident[] {
  return (backup.tables.incidents ?? []) as StoredIncident[];
}

async function seed(page: Page): Promise<SettingsPage> {
  const settings = new SettingsPage(page);
  await settings.openSettings();
  await settings.restore(FIXTURE);
  await expect(settings.status()).toContainText('Säkerhetskopian återställdes');
  return settings;
}

async function expectNoSeriousViolations(kia: KiaImportPage): Promise<void> {
  expect(await kia.seriousA11yViolations()).toEqual([]);
}

test('the sample export: bad rows listed, good rows imported, no duplicates, mapping remembered', async ({
  page,
}) => {
  test.slow();
  const settings = await seed(page);
  expect(incidentsOf(await settings.exportBackup())).toHaveLength(0);
  const kia = new KiaImportPage(page);

  // Step 1: what is wanted, for which units.
  await kia.openImport();
  await expect(kia.stepHeading()).toHaveText('Steg 1 av 5: Välj fil');
  await expect(page.getByText('de 8 enheterna under Socialförvaltningen')).toBeVisible();
  await expectNoSeriousViolations(kia);
  await kia.chooseFile(CSV);

  // Step 2: columns guessed from the headings, with sample values.
  await kia.expectStep(2, 'Kolumner');
  await expect(page.getByText('Fil: kia-export-2025.csv – 153 rader, 13 kolumner.')).toBeVisible();
  await expect(page.getByText('Förifyllt efter kolumnnamnen i filen.')).toBeVisible();
  await expect(kia.columnSelect('Ärendenummer')).toHaveValue('Ärendenummer');
  await expect(kia.columnSelect('Händelsetyp')).toHaveValue('Ärendetyp');
  await expect(kia.columnSelect('Enhet')).toHaveValue('Arbetsställe');
  await expect(kia.columnSelect('Utredning')).toHaveValue('');
  await expect(page.getByRole('row', { name: /^Händelsedatum/ })).toContainText('2025-01-02');
  await expectNoSeriousViolations(kia);
  await kia.button('Nästa').click();

  // Step 3: recognised values filled in, the two unknown ones left open.
  await kia.expectStep(3, 'Värden');
  await expect(kia.valueSelect('Händelsetyp', 'Arbetsolycka')).toHaveValue('olycksfall');
  await expect(kia.valueSelect('Händelsetyp', 'Olycka?')).toHaveValue('');
  await expect(kia.valueSelect('Enhet', 'Björkgården')).toHaveValue('');
  await expect(kia.valueSelect('Enhet', 'Hemtjänst Söder')).toHaveValue('enh-hemtjanst-soder');
  await expectNoSeriousViolations(kia);
  await kia.button('Nästa').click();

  // Step 4: counts, every broken row with its reason and column, the personnummer warning.
  await kia.expectStep(4, 'Granska');
  await expect(kia.summaryCount('Rader i filen')).toHaveText('153');
  await expect(kia.summaryCount('Kan importeras')).toHaveText('148');
  await expect(kia.summaryCount(/varav nya/)).toHaveText('148');
  await expect(kia.summaryCount(/varav redan importerade/)).toHaveText('0');
  await expect(kia.summaryCount(/Rader med fel/)).toHaveText('5');
  await expect(page.getByRole('heading', { name: '5 rader importeras inte' })).toBeVisible();
  await expect(kia.errorItems()).toHaveCount(5);
  await expect(kia.errorItems()).toContainText(CSV_ERRORS.map(([message]) => message));
  await expect(kia.errorItems()).toContainText(CSV_ERRORS.map(([, column]) => `Kolumn: ${column}`));
  await expect(kia.warningItems()).toHaveText([/^Rad 23: Beskrivning innehöll ett personnummer/]);
  await expect(
    page.getByRole('checkbox', { name: 'Maskera personnummer vid import' }),
  ).toBeChecked();
  await expectNoSeriousViolations(kia);
  await kia.importButton().click();

  // Step 5: the result, with links on.
  await kia.expectStep(5, 'Importera');
  await expect(kia.result()).toContainText(
    '148 nya händelser lades till och 0 redan importerade uppdaterades.',
  );
  await expect(kia.result()).toContainText('5 rader med fel importerades inte.');
  await expect(page.getByRole('link', { name: 'Visa händelseloggen' })).toBeVisible();
  await expectNoSeriousViolations(kia);

  await settings.openSettings();
  const first = incidentsOf(await settings.exportBackup());
  expect(first).toHaveLength(148);
  expect(first.find((incident) => incident.externalId === 'kia:251021')).toBeDefined();

  // The same file again: prefilled from the last import, 148 updated, nothing added.
  await kia.openImport();
  await kia.chooseFile(CSV);
  await kia.expectStep(2, 'Kolumner');
  await expect(page.getByText('Förifyllt med dina val från förra importen')).toBeVisible();
  await kia.button('Nästa').click();
  await kia.expectStep(3, 'Värden');
  await kia.button('Nästa').click();
  await kia.expectStep(4, 'Granska');
  await expect(kia.summaryCount(/varav nya/)).toHaveText('0');
  await expect(kia.summaryCount(/varav redan importerade/)).toHaveText('148');
  await kia.importButton().click();
  await expect(kia.result()).toContainText(
    '0 nya händelser lades till och 148 redan importerade uppdaterades.',
  );
  await settings.openSettings();
  const second = incidentsOf(await settings.exportBackup());
  expect(second).toHaveLength(148);
  expect(second.map((incident) => [incident.id, incident.createdAt])).toEqual(
    first.map((incident) => [incident.id, incident.createdAt]),
  );

  // The Excel version, this time with the unknown type mapped: one more event, the rest updated,
  // errors named by the sheet's rows.
  await kia.openImport();
  await kia.chooseFile(XLSX);
  await kia.expectStep(2, 'Kolumner');
  await kia.button('Nästa').click();
  await kia.expectStep(3, 'Värden');
  await kia.valueSelect('Händelsetyp', 'Olycka?').selectOption('Olycksfall');
  await expect(page.getByText('1 värde är inte valt.')).toHaveCount(1);
  await kia.button('Nästa').click();
  await kia.expectStep(4, 'Granska');
  await expect(kia.summaryCount('Kan importeras')).toHaveText('149');
  await expect(kia.summaryCount(/varav redan importerade/)).toHaveText('148');
  await expect(kia.errorItems()).toContainText(['Rad 32:', 'Rad 57:', 'Rad 102:', 'Rad 123:']);
  await expect(kia.errorItems()).toHaveCount(4);
  await kia.importButton().click();
  await expect(kia.result()).toContainText(
    '1 nya händelser lades till och 148 redan importerade uppdaterades.',
  );

  // The choice made for the Excel file is remembered for the next file.
  await kia.button('Importera en fil till').click();
  await kia.expectStep(1, 'Välj fil');
  await kia.chooseFile(CSV);
  await kia.button('Nästa').click();
  await kia.expectStep(3, 'Värden');
  // Every type is chosen now, so its list starts folded; only the unknown unit is left open.
  await expect(page.getByText('Alla värden är valda.')).toHaveCount(4);
  await expect(page.getByText('1 värde är inte valt.')).toHaveCount(1);
  await kia.button('Visa de 7 värdena för händelsetyp').click();
  await expect(kia.valueSelect('Händelsetyp', 'Olycka?')).toHaveValue('olycksfall');

  // Cancelling at the preview stores nothing.
  await settings.openSettings();
  const beforeCancel = await settings.exportBackup();
  expect(incidentsOf(beforeCancel)).toHaveLength(149);
  await kia.openImport();
  await kia.chooseFile(CSV);
  await kia.nextToPreview();
  await expect(kia.summaryCount(/varav redan importerade/)).toHaveText('149');
  await kia.button('Avbryt').click();
  await kia.expectStep(1, 'Välj fil');
  await expect(page.getByText('Importen avbröts. Inget har sparats.')).toBeVisible();
  await settings.openSettings();
  const afterCancel = await settings.exportBackup();
  expect(afterCancel.tables.incidents).toEqual(beforeCancel.tables.incidents);
});

/** A large valid export (so the import runs in several chunks and can be stopped). */
async function largeExport(rows: number): Promise<Buffer> {
  const header = (await readFile(CSV, 'utf8')).split(/\r?\n/)[0] ?? '';
  const lines = [header];
  for (let i = 0; i < rows; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      `${700000 + i};2025-03-${day};10:00;Tillbud;Hemtjänst Söder;Tvättstuga;Kemiska ämnen;Stänk av rengöringsmedel.;Skyddsglasögon köptes in.;Nej;;;Avslutad`,
    );
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

test('stopping a running import stores nothing', async ({ page }) => {
  test.slow();
  const settings = await seed(page);
  const before = await settings.exportBackup();
  const kia = new KiaImportPage(page);
  await kia.openImport();
  await kia.chooseFile({
    name: 'stor-export.csv',
    mimeType: 'text/csv',
    buffer: await largeExport(20_000),
  });
  await kia.nextToPreview();
  await expect(kia.summaryCount('Kan importeras')).toHaveText(/^20\s000$/);
  await kia.importButton().click();
  await kia.button('Avbryt importen').click();
  const stopped = page.getByRole('alert').filter({ hasText: 'Importen avbröts' });
  await expect(stopped).toContainText('Inget har sparats');
  await expectNoSeriousViolations(kia);
  await settings.openSettings();
  expect((await settings.exportBackup()).tables.incidents).toEqual(before.tables.incidents);
});

test('an unreadable file is refused in Swedish', async ({ page }) => {
  await seed(page);
  const kia = new KiaImportPage(page);
  await kia.openImport();
  await kia.chooseFile({
    name: 'trasig.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('det här är ingen arbetsbok'),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'kunde inte läsas' });
  await expect(alert).toContainText('Filen ”trasig.xlsx” kunde inte läsas.');
  await expect(alert).toContainText('Filen kan inte läsas som en Excel-arbetsbok (.xlsx).');
  await expect(kia.stepHeading()).toHaveText('Steg 1 av 5: Välj fil');

  await kia.chooseFile({
    name: 'rapport.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'är varken CSV (.csv, .txt) eller Excel (.xlsx)',
  );
  await expectNoSeriousViolations(kia);
});

test('an installation without units of its own is told why it cannot import', async ({ page }) => {
  const backup = JSON.parse(await readFile(FIXTURE, 'utf8')) as BackupFile;
  const identity = backup.tables.identity?.[0];
  expect(identity).toBeDefined();
  backup.tables.identity = [{ ...(identity as object), nodeId: null }];
  const settings = new SettingsPage(page);
  await settings.openSettings();
  await settings.restore({ name: 'utan-nod.json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(settings.status()).toContainText('Säkerhetskopian återställdes');
  const kia = new KiaImportPage(page);
  await kia.openImport();
  await expect(
    page.getByRole('heading', { name: 'Import går inte att göra från den här installationen' }),
  ).toBeVisible();
  await expect(page.getByText('Installationen är inte kopplad till någon del')).toBeVisible();
  await expect(kia.button('Välj fil…')).toHaveCount(0);
});
