import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ChecklistPage, type AnswerLabel } from './pages/checklist-page';
import { ExchangePage, type PackageFile } from './pages/ExchangePage';
import { OrgPage } from './pages/org-page';

/**
 * Issue 6 acceptance: three browser contexts (three IndexedDB profiles) act as three machines of
 * one municipality — the unit, the section above it and the administration above that. Packages
 * travel between them only as downloaded files.
 */

const QUESTIONS = 38;
const MUNICIPALITY = 'Hagaviks kommun';
const ADMINISTRATION = 'Socialförvaltningen';
const SECTION = 'Äldreomsorg';
const UNIT = 'Hemtjänst norra';
const SECTION_OPTION = `\u2003\u2003${SECTION} (Verksamhet)`;
const UNIT_OPTION = `\u2003\u2003\u2003${UNIT} (Enhet)`;
const SHOTS = process.env.EXCHANGE_SHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

function answerFor(n: number): AnswerLabel {
  if (n === 3) return 'Nej';
  if (n === 7) return 'Delvis';
  if (n === 30) return 'Vet ej';
  return 'Ja';
}

/** The first machine: the first start builds the four levels; returns the organisation CSV. */
async function setUpFirst(
  page: Page,
  install: { role: string; userName: string; node: string },
): Promise<PackageFile> {
  const org = new OrgPage(page);
  await org.open('/');
  await org.setUpOwnOrganisation({
    municipality: MUNICIPALITY,
    administration: ADMINISTRATION,
    section: SECTION,
    unit: UNIT,
    userName: install.userName,
    role: install.role,
  });
  await expect(org.firstStart()).toBeHidden();
  await org.openOrganisation();
  await expect(org.row(install.node)).toContainText('Installationen arbetar här');
  const downloadPromise = page.waitForEvent('download');
  await org.csvCard().getByRole('button', { name: 'Spara organisationen som CSV' }).click();
  const download = await downloadPromise;
  return { name: download.suggestedFilename(), buffer: await readFile(await download.path()) };
}

/** Another machine: the same organisation read from the CSV, then its own node and role. */
async function setUpFromCsv(
  page: Page,
  csv: PackageFile,
  install: { option: string; role: string; userName: string },
): Promise<void> {
  const org = new OrgPage(page);
  await org.openOrganisation();
  await org.chooseCsv(csv);
  await org.csvCard().getByRole('button', { name: 'Importera 4 noder' }).click();
  await expect(org.csvCard().getByRole('status')).toContainText('4 nya');
  const card = org.installation();
  await card.getByLabel('Arbetar för').selectOption({ label: install.option });
  await card.getByLabel('Roll').selectOption(install.role);
  await card.getByLabel('Ditt namn').fill(install.userName);
  await card.getByRole('button', { name: 'Spara' }).click();
  await expect(card.getByRole('status')).toHaveText(
    'Inställningarna för installationen är sparade.',
  );
}

async function newMachine(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function fillAndSign(checklist: ChecklistPage): Promise<void> {
  await checklist.openChecklist();
  await expect(checklist.heading()).toHaveText(`Checklista: ${UNIT}`);
  await checklist.field('Mötesdatum').fill('2026-02-10');
  await checklist.field('Chef').fill('Karin Berg');
  await checklist.field('Skyddsombud').fill('Omar Said');
  await checklist.field('Antal medarbetare som deltog').fill('18');
  for (let n = 1; n <= QUESTIONS; n++) await checklist.answer(n, answerFor(n)).check();
  await expect(checklist.progressText()).toHaveText(`${QUESTIONS} av ${QUESTIONS} besvarade`);
  await checklist.sign('Chef');
  await checklist.sign('Skyddsombud');
  await expect(checklist.page.getByText(/Signerad \d{4}-\d{2}-\d{2}/).first()).toBeVisible();
}

test('unit → section → administration: submit, return, revision 2, drill-down with verified signature', async ({
  browser,
}) => {
  // Three installations, two full checklists and four imports: minutes on a busy 2-core machine.
  test.setTimeout(480_000);
  const adminPage = await newMachine(browser);
  const sectionPage = await newMachine(browser);
  const unitPage = await newMachine(browser);

  const csv = await setUpFirst(adminPage, {
    role: 'HR',
    userName: 'Helena HR',
    node: ADMINISTRATION,
  });
  await setUpFromCsv(sectionPage, csv, {
    option: SECTION_OPTION,
    role: 'verksamhetschef',
    userName: 'Sara Sektion',
  });
  await setUpFromCsv(unitPage, csv, {
    option: UNIT_OPTION,
    role: 'enhetschef',
    userName: 'Karin Berg',
  });

  const unit = new ExchangePage(unitPage);
  const section = new ExchangePage(sectionPage);
  const admin = new ExchangePage(adminPage);

  // Before signing, the unit sees why it cannot send.
  await unit.openSend();
  await expect(unit.ownStatus()).toHaveText('Ej påbörjad');
  await expect(unit.sendCard().getByText('Det går inte att skicka ännu:')).toBeVisible();
  await expect(unit.page.getByRole('button', { name: 'Spara paket som fil' })).toBeDisabled();
  await shot(unitPage, '01-unit-cannot-send');
  expect(await unit.seriousA11yViolations()).toEqual([]);

  await fillAndSign(new ChecklistPage(unitPage));
  const unitFingerprint = await unit.ownFingerprint();
  await shot(unitPage, '02-unit-keys');
  expect(await unit.seriousA11yViolations()).toEqual([]);

  await unit.openSend();
  await expect(unit.ownStatus()).toHaveText('Klar att skicka');
  await expect(
    unit.page.getByLabel('Ta med kommentarer (fritext kan innehålla personuppgifter)'),
  ).not.toBeChecked();
  await expect(unit.page.getByLabel('Ta med händelsernas detaljer')).not.toBeChecked();
  await expect(unit.sendCard()).toContainText(`${QUESTIONS} svar`);
  const rev1 = await unit.saveAsFile();
  await expect(unit.ownStatus()).toHaveText('Inskickad rev 1');
  await shot(unitPage, '03-unit-sent');

  // A tampered copy (one byte of the stored manifest changed) is refused in Swedish, and nothing
  // is stored: no key trusted, no package.
  const tampered = Buffer.from(rev1.buffer);
  const at = tampered.indexOf(Buffer.from('"author": "Karin Berg"'));
  expect(at).toBeGreaterThan(0);
  tampered[at + 11] = 'L'.charCodeAt(0);
  await section.openReceive();
  await section.chooseFiles([{ name: 'andrad.samx', buffer: tampered }]);
  // Which check catches the byte first (the zip's CRC, a digest or the signature) is the reader's
  // business; the user gets a Swedish refusal either way.
  await expect(section.result('andrad.samx')).toContainText(
    /Avvisad: (Filen är inget SAM-paket|Signaturen stämmer inte|Kontrollsumman för)/,
  );
  await expect(section.trustDialog()).toBeHidden();
  await shot(sectionPage, '04-section-tampered');
  await section.openKeys();
  await expect(section.page.getByText('Inga nycklar är betrodda ännu.')).toBeVisible();

  // The section imports revision 1: trust on first use, after comparing the fingerprint.
  await section.openReceive();
  await section.chooseFiles([rev1]);
  const dialog = section.trustDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText(`Ny nyckel för ${UNIT}`);
  await expect(dialog.locator('.fingerprint')).toHaveText(unitFingerprint);
  await expect(dialog).toContainText('Jämför fingeravtrycket med avsändaren per telefon.');
  await shot(sectionPage, '05-section-trust');
  expect(await section.seriousA11yViolations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Lita på nyckeln och importera' }).click();
  await expect(section.result(rev1.name)).toContainText(`Importerad: ${UNIT}, revision 1.`);
  await expect(section.progress()).toHaveText('Klart: 1 fil behandlad.');
  await shot(sectionPage, '06-section-imported');
  expect(await section.seriousA11yViolations()).toEqual([]);

  // The same file again is a no-op.
  await section.chooseFiles([rev1]);
  await expect(section.result(rev1.name)).toContainText('Oförändrad');

  await section.openKeys();
  await expect(section.trustedKeys().getByRole('row', { name: new RegExp(UNIT) })).toContainText(
    unitFingerprint,
  );

  // The section sees the unit's answers in its aggregate.
  await sectionPage.goto('/#/sammanstallning');
  await expect(section.heading()).toHaveText(`Sammanställning: ${SECTION}`);
  await expect(
    sectionPage.getByText(`${QUESTIONS} svar från signerade uppföljningar`),
  ).toBeVisible();
  await shot(sectionPage, '07-section-aggregate');

  // The section returns revision 1 with a comment; the return travels down as a file.
  const comment = 'Fråga 3: skyddsronden gjordes i mars, rätta svaret.';
  await sectionPage.getByRole('button', { name: `Återremittera rapporten från ${UNIT}` }).click();
  const returnDialog = sectionPage.getByRole('dialog', { name: `Återremittera ${UNIT}` });
  await returnDialog.getByLabel('Kommentar till mottagaren (obligatorisk)').fill(comment);
  const returnDownload = sectionPage.waitForEvent('download');
  await returnDialog.getByRole('button', { name: 'Skapa returpaket' }).click();
  const download = await returnDownload;
  const returnFile: PackageFile = {
    name: download.suggestedFilename(),
    buffer: await readFile(await download.path()),
  };
  await expect(returnDialog).toBeHidden();
  // Marked returned once the file is saved, with the comment, in the section's tracking table.
  const tracking = sectionPage.getByRole('table', { name: /Status per nod på nivån under/ });
  const unitRow = tracking.getByRole('row', { name: new RegExp(UNIT) });
  await expect(unitRow).toContainText('Återremitterad');
  await expect(unitRow).toContainText(comment);

  // The unit imports the return (trusting the section's key) and sees the comment.
  await unit.openReceive();
  await unit.chooseFiles([returnFile]);
  await expect(unit.trustDialog().getByRole('heading')).toHaveText(`Ny nyckel för ${SECTION}`);
  await unit.trustDialog().getByRole('button', { name: 'Lita på nyckeln och importera' }).click();
  await expect(unit.result(returnFile.name)).toContainText(
    `Återremittering mottagen: revision 1 återremitterades av ${SECTION}.`,
  );
  await expect(unit.result(returnFile.name)).toContainText(comment);
  await unit.openSend();
  await expect(unit.ownStatus()).toHaveText('Återremitterad');
  await expect(unit.returnNotice()).toContainText(comment);
  await expect(unit.returnNotice()).toContainText('Sara Sektion');
  await shot(unitPage, '08-unit-returned');
  expect(await unit.seriousA11yViolations()).toEqual([]);

  // The unit reopens, changes an answer, signs again and sends revision 2.
  await unit.returnNotice().getByRole('link', { name: 'Öppna checklistan' }).click();
  const checklist = new ChecklistPage(unitPage);
  await expect(checklist.heading()).toHaveText(`Checklista: ${UNIT}`);
  await unitPage.getByRole('button', { name: 'Öppna för ändring' }).click();
  const reopen = unitPage.getByRole('dialog', { name: 'Öppna uppföljningen för ändring' });
  await reopen.getByLabel('Orsak').fill('Återremitterad: fråga 3 rättas.');
  await reopen.getByRole('button', { name: 'Öppna för ändring' }).click();
  await checklist.answer(3, 'Ja').check();
  await checklist.saved();
  await checklist.sign('Chef');
  await checklist.sign('Skyddsombud');
  await expect(unitPage.getByText(/Signerad \d{4}-\d{2}-\d{2}/).first()).toBeVisible();
  await unit.openSend();
  // Still returned until revision 2 is sent; the page says what comes next.
  await expect(unit.ownStatus()).toHaveText('Återremitterad');
  await expect(unit.sendCard()).toContainText('Skicka den som revision 2.');
  const rev2 = await unit.saveAsFile();
  await expect(unit.ownStatus()).toHaveText('Inskickad rev 2');

  // The section imports revision 2, which replaces revision 1; an old file is then ignored.
  await section.openReceive();
  await section.chooseFiles([rev2, rev1]);
  await expect(section.trustDialog()).toBeHidden();
  await expect(section.result(rev2.name)).toContainText(
    `Importerad: ${UNIT}, revision 2 (ersatte revision 1).`,
  );
  await expect(section.result(rev1.name)).toContainText(
    `Äldre revision ignorerad: ${UNIT}, revision 1 (nuvarande är 2).`,
  );
  await expect(section.progress()).toHaveText('Klart: 2 filer behandlade.');
  await shot(sectionPage, '09-section-rev2');
  await sectionPage.goto('/#/sammanstallning');
  await sectionPage.getByRole('link', { name: UNIT, exact: true }).first().click();
  const sectionProvenance = sectionPage.getByRole('region', { name: 'Uppgifternas ursprung' });
  await expect(sectionProvenance).toContainText('Signaturen är verifierad.');
  await expect(sectionProvenance).toContainText(/Revision\s*2/);
  await shot(sectionPage, '10-section-drilldown-rev2');

  // The section submits its own package to the administration, carrying the unit's unchanged.
  await section.openSend();
  await expect(section.sendCard()).toContainText('1 mottaget paket, oförändrat');
  const sectionPackage = await section.saveAsFile();
  await shot(sectionPage, '11-section-sent');

  await admin.openReceive();
  await admin.chooseFiles([sectionPackage]);
  await expect(admin.trustDialog().getByRole('heading')).toHaveText(`Ny nyckel för ${SECTION}`);
  await admin.trustDialog().getByRole('button', { name: 'Lita på nyckeln och importera' }).click();
  await expect(admin.result(sectionPackage.name)).toContainText(
    `Importerad: ${SECTION}, revision 1.`,
  );
  await shot(adminPage, '12-admin-imported');

  // The administration drills down to the unit and sees its original signature verified.
  await adminPage.goto('/#/sammanstallning');
  await expect(admin.heading()).toHaveText(`Sammanställning: ${ADMINISTRATION}`);
  await adminPage.getByRole('link', { name: SECTION, exact: true }).first().click();
  await expect(admin.heading()).toHaveText(`Sammanställning: ${SECTION}`);
  await adminPage.getByRole('link', { name: UNIT, exact: true }).first().click();
  const provenance = adminPage.getByRole('region', { name: 'Uppgifternas ursprung' });
  await expect(provenance).toContainText('Signaturen är verifierad.');
  await expect(provenance).toContainText(unitFingerprint);
  await expect(provenance).toContainText(`Vidarebefordrad av ${SECTION}`);
  await shot(adminPage, '13-admin-drilldown');
  expect(await admin.seriousA11yViolations()).toEqual([]);
});

test('a changed key needs an explicit re-trust; the same revision with other content is a conflict', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const sectionPage = await newMachine(browser);
  const firstUnitPage = await newMachine(browser);
  // The unit's computer is replaced: a new installation with a new key for the same unit.
  const secondUnitPage = await newMachine(browser);
  const csv = await setUpFirst(sectionPage, {
    role: 'Verksamhetschef',
    userName: 'Sara Sektion',
    node: SECTION,
  });
  for (const page of [firstUnitPage, secondUnitPage]) {
    await setUpFromCsv(page, csv, {
      option: UNIT_OPTION,
      role: 'enhetschef',
      userName: 'Karin Berg',
    });
  }
  const section = new ExchangePage(sectionPage);
  const first = new ExchangePage(firstUnitPage);
  const second = new ExchangePage(secondUnitPage);

  await fillAndSign(new ChecklistPage(firstUnitPage));
  const oldFingerprint = await first.ownFingerprint();
  await first.openSend();
  const original = await first.saveAsFile();

  await fillAndSign(new ChecklistPage(secondUnitPage));
  const newFingerprint = await second.ownFingerprint();
  expect(newFingerprint).not.toEqual(oldFingerprint);
  await second.openSend();
  const other = await second.saveAsFile();
  expect(other.name).toEqual(original.name);
  const renamed = { ...other, name: `ny-dator-${other.name}` };

  await section.openReceive();
  await section.chooseFiles([original]);
  await section
    .trustDialog()
    .getByRole('button', { name: 'Lita på nyckeln och importera' })
    .click();
  await expect(section.result(original.name)).toContainText(`Importerad: ${UNIT}, revision 1.`);

  // The new key: the dialog says so, shows both fingerprints, and needs a ticked confirmation.
  await section.chooseFiles([renamed]);
  const dialog = section.trustDialog();
  await expect(dialog.getByRole('heading')).toHaveText(`Nyckeln för ${UNIT} har ändrats`);
  await expect(dialog).toContainText('signerar nu med en annan nyckel');
  await expect(dialog.locator('.trust-old .fingerprint')).toHaveText(oldFingerprint);
  await expect(dialog.locator('.fingerprint').last()).toHaveText(newFingerprint);
  const retrust = dialog.getByRole('button', { name: 'Lita på den nya nyckeln och importera' });
  await expect(retrust).toBeDisabled();
  await shot(sectionPage, '20-section-changed-key');
  expect(await section.seriousA11yViolations()).toEqual([]);
  await dialog
    .getByLabel('Jag har jämfört det nya fingeravtrycket med avsändaren per telefon.')
    .check();
  await retrust.click();

  // Same revision, different bytes: a conflict, both versions described, the stored one kept.
  const result = section.result(renamed.name);
  await expect(result).toContainText(
    `Konflikt: ${UNIT}, revision 1 finns redan med annat innehåll.`,
  );
  await expect(result).toContainText(/Lagrad: skapad .+, kontrollsumma [0-9a-f]{8}…/);
  await expect(result).toContainText(/Den här filen: skapad .+, kontrollsumma [0-9a-f]{8}…/);
  await expect(result).toContainText('Den lagrade versionen behålls.');
  await shot(sectionPage, '21-section-conflict');

  // Nycklar: the new key, the old fingerprint kept; removing asks first.
  await section.openKeys();
  const row = section.trustedKeys().getByRole('row', { name: new RegExp(UNIT) });
  await expect(row).toContainText(newFingerprint);
  await expect(row).toContainText(oldFingerprint);
  await shot(sectionPage, '22-section-keys');
  expect(await section.seriousA11yViolations()).toEqual([]);
  await row.getByRole('button', { name: `Ta bort nyckeln för ${UNIT}` }).click();
  const confirm = sectionPage.getByRole('dialog', { name: `Ta bort nyckeln för ${UNIT}?` });
  await confirm.getByRole('button', { name: 'Ta bort' }).click();
  await expect(sectionPage.getByText(`Nyckeln för ${UNIT} togs bort.`)).toBeVisible();
  await expect(sectionPage.getByText('Inga nycklar är betrodda ännu.')).toBeVisible();
});
