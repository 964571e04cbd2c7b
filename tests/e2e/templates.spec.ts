import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { TemplatesPage } from './pages/templates-page';

/** An administration (level 3) with a four-level organisation and the 2026 default published. */
const FIXTURE = 'tests/fixtures/templates/administration-2026.json';
const SECTION = 'Delaktighet och samverkan';
const LOCAL_TEXT = 'Nyckelrutinen i hemtjänsten är känd och följs.';

async function seed(settings: SettingsPage, file: string | { name: string; buffer: Buffer }) {
  await settings.openSettings();
  await settings.restore(file);
  await expect(settings.status()).toContainText('Säkerhetskopian återställdes');
}

test('the administration drafts 2027, adds a local question and publishes it', async ({ page }) => {
  await seed(new SettingsPage(page), FIXTURE);
  const templates = new TemplatesPage(page);
  await templates.openTemplates();

  // The list: the published default, used by the two follow-ups in the fixture.
  const defaultRow = templates.row('Standardmall', 2026, 1);
  await expect(defaultRow).toContainText('Publicerad');
  await expect(defaultRow).toContainText('2026-01-02');
  await expect(defaultRow.getByRole('cell').nth(6)).toHaveText('2');

  // Next year is the default choice; the draft copies the version that applies now.
  await expect(page.getByLabel('År för den nya versionen')).toHaveValue('2027');
  await expect(page.getByText('Utkastet utgår från Standardmall 2026, version 1.')).toBeVisible();
  await templates.createDraft(2027);
  const view = templates.view();
  await expect(view.getByRole('heading', { level: 2 })).toHaveText(
    'Socialförvaltningen 2027, version 1',
  );
  await expect(view.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(templates.row('Socialförvaltningen', 2027, 1)).toContainText('Utkast');

  // Standard questions have no edit controls, even in a draft.
  const section = await templates.openSection(SECTION);
  await expect(section.getByRole('button', { name: /^Ändra/ })).toHaveCount(0);

  // The form refuses an empty question in Swedish and keeps the form open.
  await section.getByRole('button', { name: `Lägg till lokal fråga i ${SECTION}` }).click();
  const form = section.getByRole('form', { name: 'Ny lokal fråga' });
  await expect(form.getByLabel('Frågetext')).toBeFocused();
  await form.getByRole('button', { name: 'Lägg till frågan' }).click();
  await expect(form.getByText('Skriv frågetexten.')).toBeVisible();
  await expect(form.getByLabel('Frågetext')).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Lägg till lagrum' }).click();
  await form.getByRole('button', { name: 'Lägg till frågan' }).click();
  await expect(form.getByText('Ange källa, till exempel AFS 2023:1.')).toBeVisible();
  await form.screenshot({ path: '/tmp/templates-form-errors.png' });
  expect(await templates.seriousA11yViolations()).toEqual([]);
  await form.getByRole('button', { name: 'Avbryt' }).click();

  await templates.addLocalQuestion(SECTION, {
    text: LOCAL_TEXT,
    help: 'Fråga den som är nyckelansvarig.',
    legalRef: { source: 'AFS 2023:1', section: '8 §' },
  });
  const local = section.getByRole('listitem').filter({ hasText: LOCAL_TEXT });
  await expect(local).toContainText('Lokal fråga');
  await expect(local).toContainText('AFS 2023:1 8 §');
  await expect(local.getByRole('button', { name: /^Ändra/ })).toBeVisible();
  await expect(templates.row('Socialförvaltningen', 2027, 1)).toContainText('varav 1 lokala');
  await page.screenshot({ path: '/tmp/templates-draft.png', fullPage: true });
  expect(await templates.seriousA11yViolations()).toEqual([]);

  // Publish, confirmed in the dialog.
  await view.getByRole('button', { name: 'Publicera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publicera version 1 för 2027?' });
  await expect(dialog).toContainText('En publicerad version kan inte ändras');
  await page.screenshot({ path: '/tmp/templates-publish-dialog.png' });
  expect(await templates.seriousA11yViolations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Publicera' }).click();
  await expect(dialog).toBeHidden();
  await expect(view.getByRole('status')).toHaveText('Version 1 för 2027 är publicerad.');

  // A published version shows no edit control at all.
  await expect(view.getByText('Versionen är publicerad och kan inte ändras.')).toBeVisible();
  await expect(view.getByRole('button', { name: /Publicera|Ta bort|Ändra|Lägg till/ })).toHaveCount(
    0,
  );
  await expect(view.getByRole('textbox')).toHaveCount(0);
  await expect(templates.row('Socialförvaltningen', 2027, 1)).toContainText('Publicerad');
  await expect(section.getByRole('listitem').filter({ hasText: LOCAL_TEXT })).toContainText(
    'Lokal fråga',
  );
  // The next year now offers no draft of its own yet, and is based on the version just published.
  await page.getByLabel('År för den nya versionen').selectOption('2028');
  await expect(
    page.getByText('Utkastet utgår från Socialförvaltningen 2027, version 1.'),
  ).toBeVisible();

  // It stays that way after a reload.
  await page.reload();
  await expect(templates.row('Socialförvaltningen', 2027, 1)).toContainText('Publicerad');
  await page.screenshot({ path: '/tmp/templates-published.png', fullPage: true });
  expect(await templates.seriousA11yViolations()).toEqual([]);
});

test('a draft: a local section, a question edited and removed, the draft deleted', async ({
  page,
}) => {
  await seed(new SettingsPage(page), FIXTURE);
  const templates = new TemplatesPage(page);
  await templates.openTemplates();
  await templates.createDraft(2027);

  // A local section, then a question in it.
  await page.getByRole('button', { name: 'Lägg till avsnitt' }).click();
  const sectionForm = page.getByRole('form', { name: 'Nytt lokalt avsnitt' });
  await sectionForm.getByLabel('Rubrik').fill('Hemtjänstens nycklar');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Hemtjänstens nycklar/ })).toBeFocused();
  await templates.addLocalQuestion('Hemtjänstens nycklar', { text: 'Nycklar kvitteras ut.' });

  // Edit it: the id stays, the text changes.
  const section = templates.section('Hemtjänstens nycklar');
  await section.getByRole('button', { name: 'Ändra frågan Nycklar kvitteras ut.' }).click();
  const editForm = section.getByRole('form', { name: 'Ändra lokal fråga' });
  await editForm.getByLabel('Frågetext').fill('Nycklar kvitteras ut och in.');
  await editForm.getByRole('button', { name: 'Spara frågan' }).click();
  await expect(section.getByText('Nycklar kvitteras ut och in.')).toBeVisible();
  await expect(
    section.getByRole('button', { name: 'Ändra frågan Nycklar kvitteras ut och in.' }),
  ).toBeFocused();

  // Remove it, confirmed.
  await section.getByRole('button', { name: /^Ta bort frågan/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
  await expect(section.getByText('Avsnittet har inga frågor ännu.')).toBeVisible();

  // The draft can be thrown away again.
  await templates.view().getByRole('button', { name: 'Ta bort utkastet' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort utkastet' }).click();
  await expect(page.getByText('Utkastet är borttaget.')).toBeVisible();
  await expect(templates.row('Socialförvaltningen', 2027, 1)).toHaveCount(0);
});

test('an installation below the administration reads the templates only', async ({ page }) => {
  const backup = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
    tables: { identity: { nodeId: string; role: string }[] };
  };
  const [identity] = backup.tables.identity;
  if (!identity) throw new Error('fixturen saknar identitet');
  identity.nodeId = 'aldre';
  identity.role = 'verksamhetschef';
  await seed(new SettingsPage(page), {
    name: 'verksamhet.json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const templates = new TemplatesPage(page);
  await templates.openTemplates();
  await expect(page.getByText(/Bara en installation på nivå 3 \(Förvaltning\)/)).toContainText(
    'Äldreomsorg (Verksamhet)',
  );
  await expect(page.getByRole('button', { name: /Skapa utkast/ })).toHaveCount(0);
  await expect(templates.view().getByRole('heading', { level: 2 })).toHaveText(
    'Standardmall 2026, version 1',
  );
  await expect(
    templates.view().getByRole('button', { name: /Publicera|Ändra|Lägg till/ }),
  ).toHaveCount(0);
  await page.screenshot({ path: '/tmp/templates-readonly.png', fullPage: true });
  expect(await templates.seriousA11yViolations()).toEqual([]);
});
