import { expect, test } from '@playwright/test';
import { ChecklistPage, type AnswerLabel } from './pages/checklist-page';

const UNIT_MANAGER = 'tests/fixtures/checklist/unit-manager.json';
const SECTION_HEAD = 'tests/fixtures/checklist/section-head.json';
const QUESTIONS = 38;
/** Today as the browser sees it (the suite runs in Europe/Stockholm, the machine may not). */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/** The answer given to question n in the full run: mostly Ja, some of each other value. */
function answerFor(n: number): AnswerLabel {
  if (n === 2 || n === 17) return 'Nej';
  if (n === 5 || n === 23) return 'Delvis';
  if (n === 9) return 'Vet ej';
  return 'Ja';
}

test('a unit manager answers the whole checklist, creates an action, signs, reloads and reopens', async ({
  page,
}) => {
  // 38 answers, two accessibility scans and three reloads: more than the default minute.
  test.slow();
  const checklist = new ChecklistPage(page);
  await checklist.seed(UNIT_MANAGER);
  await expect(checklist.heading()).toHaveText('Checklista: Åsens boende');
  await expect(page.getByText('Uppföljning 2026, avser 2025')).toBeVisible();
  await expect(checklist.progress()).toHaveAttribute('value', '0');
  await expect(checklist.progress()).toHaveAttribute('max', String(QUESTIONS));
  await expect(checklist.progressText()).toHaveText('0 av 38 besvarade');
  expect(await checklist.seriousA11yViolations()).toEqual([]);

  await checklist.field('Mötesdatum').fill('2026-01-22');
  await checklist.field('Chef').fill('Anna Chef');
  await checklist.field('Skyddsombud').fill('Sven Ombud');
  await checklist.field('Antal medarbetare som deltog').fill('12');

  // Question 1 by keyboard alone: Tab into the radio group, Space picks, arrows move.
  await checklist.question(1).locator('summary').focus();
  await page.keyboard.press('Tab');
  await expect(checklist.answer(1, 'Ja')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(checklist.answer(1, 'Ja')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Elva APT under året');

  for (let n = 2; n <= QUESTIONS; n++) await checklist.answer(n, answerFor(n)).check();
  await expect(checklist.progressText()).toHaveText(`${QUESTIONS} av ${QUESTIONS} besvarade`);
  await expect(checklist.progress()).toHaveAttribute('value', String(QUESTIONS));

  // A Nej answer: one step to an action in the plan, linked to the question.
  await expect(checklist.question(1).getByRole('button', { name: /Skapa åtgärd/ })).toHaveCount(0);
  await checklist.question(2).getByRole('button', { name: 'Skapa åtgärd för fråga 2' }).click();
  const actionForm = page.getByRole('form', { name: 'Ny åtgärd för fråga 2' });
  const actionText = actionForm.getByRole('textbox', { name: 'Åtgärd', exact: true });
  await expect(actionText).toBeFocused();
  await expect(actionText).toHaveValue(/\S/);
  await actionText.fill('Skyddsombudet bjuds in till varje skyddsrond');
  await expect(actionForm.getByRole('textbox', { name: 'Ansvarig' })).toHaveValue('Anna Chef');
  await actionForm.getByRole('textbox', { name: 'Klart när' }).fill('2026-31-12');
  await actionForm.getByRole('button', { name: 'Spara åtgärd' }).click();
  await expect(actionForm.getByText('Ogiltigt datum – skriv ÅÅÅÅ-MM-DD')).toBeVisible();
  await actionForm.getByRole('textbox', { name: 'Klart när' }).fill('2026-06-30');
  await actionForm.getByRole('button', { name: 'Spara åtgärd' }).click();
  await expect(actionForm).toHaveCount(0);
  await expect(checklist.question(2)).toContainText('Åtgärd skapad:');
  await expect(checklist.question(2)).toContainText('Skyddsombudet bjuds in till varje skyddsrond');
  await expect(checklist.question(2)).toContainText('klart 2026-06-30');

  await checklist
    .field('Åtgärder som genomförts under året')
    .fill('Skyddsrond i mars och oktober.');
  await checklist.field('Förbättringar som gjorts').fill('Nya rutiner för ensamarbete.');
  await checklist.field('Prioriteringar inför nästa år').fill('Arbetsbelastningen under sommaren.');
  await checklist.field('Prioriteringar inför nästa år').blur();
  await checklist.saved();

  // Sign-off: names come from the participants, the date is today.
  const manager = checklist.signatureForm('Chef');
  await expect(manager.getByRole('textbox', { name: 'Namn' })).toHaveValue('Anna Chef');
  await expect(manager.getByRole('textbox', { name: 'Datum' })).toHaveValue(today);
  await checklist.sign('Chef');
  await expect(checklist.signOff()).toContainText(`Signerad av Anna Chef ${today}`);
  await expect(checklist.question(3).getByRole('radio', { name: 'Ja' })).toBeEnabled();
  await checklist.sign('Skyddsombud');
  await expect(checklist.signOff()).toContainText(`Signerad av Sven Ombud ${today}`);
  await expect(page.getByText(`Signerad ${today}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  expect(await checklist.seriousA11yViolations()).toEqual([]);

  await page.reload();
  await expect(checklist.heading()).toHaveText('Checklista: Åsens boende');
  await expect(
    page.getByText('Uppföljningen är signerad och låst.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.locator('.followup-form').getByRole('textbox')).toHaveCount(0);
  for (let n = 1; n <= QUESTIONS; n++)
    await expect(checklist.question(n).locator('.answer-chip')).toHaveText(answerFor(n));
  await expect(checklist.question(1)).toContainText('Elva APT under året');
  await expect(checklist.question(2)).toContainText('Skyddsombudet bjuds in till varje skyddsrond');
  await expect(checklist.question(2).getByRole('button')).toHaveCount(0);
  await expect(page.locator('.followup-form')).toContainText('2026-01-22');
  await expect(page.locator('.followup-form')).toContainText('Sven Ombud');
  await expect(page.locator('.followup-form')).toContainText('Nya rutiner för ensamarbete.');
  await expect(page.locator('.followup-form')).toContainText('Arbetsbelastningen under sommaren.');
  await expect(checklist.signOff()).toContainText(`Signerad av Anna Chef ${today}`);
  await expect(checklist.signOff()).toContainText(`Signerad av Sven Ombud ${today}`);

  // Reopening asks who and why, clears the signatures and is logged.
  await checklist.signOff().getByRole('button', { name: 'Öppna för ändring' }).click();
  const dialog = page.getByRole('dialog', { name: 'Öppna uppföljningen för ändring' });
  await expect(dialog.getByRole('textbox', { name: 'Ditt namn' })).toHaveValue('Anna Chef');
  await dialog.getByRole('button', { name: 'Öppna för ändring' }).click();
  await expect(dialog.getByText('Skriv varför uppföljningen öppnas')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Orsak' }).fill('Fel antal deltagare');
  await dialog.getByRole('button', { name: 'Öppna för ändring' }).click();
  await expect(dialog).toBeHidden();
  const log = checklist.signOff().getByRole('table', { name: 'Öppnad för ändring' });
  await expect(log).toContainText('Anna Chef');
  await expect(log).toContainText('Fel antal deltagare');
  await expect(log).toContainText(today);
  await expect(checklist.answer(2, 'Nej')).toBeChecked();
  await expect(checklist.signOff()).not.toContainText('Signerad av');
  await expect(checklist.field('Antal medarbetare som deltog')).toHaveValue('12');
});

test('nothing typed is lost: a half-typed comment and an invalid staff count survive a reload', async ({
  page,
}) => {
  const checklist = new ChecklistPage(page);
  await checklist.seed(UNIT_MANAGER);

  // Typed and reloaded at once, long before the debounce: the pagehide flush must keep it.
  await checklist.comment(4).fill('Introduktionen för vikarier är inte kla');
  await page.reload();
  await expect(checklist.comment(4)).toHaveValue('Introduktionen för vikarier är inte kla');

  const staff = checklist.field('Antal medarbetare som deltog');
  await staff.fill('tolv');
  await expect(page.getByText('Skriv antalet med siffror, till exempel 12')).toBeVisible();
  await expect(staff).toHaveAttribute('aria-invalid', 'true');
  await checklist.field('Mötesdatum').fill('2026-02-30');
  await expect(page.getByText('Ogiltigt datum – skriv ÅÅÅÅ-MM-DD')).toBeVisible();
  await checklist.field('Chef').fill('Anna Chef');
  await checklist.saved();
  await expect(checklist.signOff()).toContainText('2 fält har fel som behöver rättas.');
  expect(await checklist.seriousA11yViolations()).toEqual([]);

  await page.reload();
  await expect(staff).toHaveValue('tolv');
  await expect(checklist.field('Mötesdatum')).toHaveValue('2026-02-30');
  await expect(checklist.field('Chef')).toHaveValue('Anna Chef');
  await expect(page.getByText('Skriv antalet med siffror, till exempel 12')).toBeVisible();
  await expect(checklist.comment(4)).toHaveValue('Introduktionen för vikarier är inte kla');

  await staff.fill('12');
  await checklist.field('Mötesdatum').fill('2026-02-03');
  await expect(page.locator('.field-error')).toHaveCount(0);
  await checklist.saved();
  await expect(checklist.signOff()).toContainText('38 av 38 frågor saknar svar.');
  await expect(checklist.signatureForm('Chef').getByRole('button')).toBeDisabled();
  await page.reload();
  await expect(staff).toHaveValue('12');
  await expect(checklist.field('Mötesdatum')).toHaveValue('2026-02-03');
});

test('a section head sees the units below with their status and opens one read-only', async ({
  page,
}) => {
  const checklist = new ChecklistPage(page);
  await checklist.seed(SECTION_HEAD);
  await expect(checklist.heading()).toHaveText('Checklista');
  const table = page.getByRole('table', { name: 'Enheter och status för uppföljningen 2026' });
  const row = (unit: string) => table.getByRole('row', { name: new RegExp(unit) });
  await expect(row('Åsens boende')).toContainText('Ej påbörjad');
  await expect(row('Björkens boende')).toContainText('Signerad 2026-01-21');
  await expect(row('Lindens hemtjänst')).toContainText('Pågår – 12 av 38 besvarade');
  expect(await checklist.seriousA11yViolations()).toEqual([]);

  await row('Lindens hemtjänst')
    .getByRole('button', { name: 'Visa uppföljningen för Lindens hemtjänst' })
    .click();
  await expect(checklist.heading()).toHaveText('Checklista: Lindens hemtjänst');
  await expect(
    page.getByText('Du ser uppföljningen för Lindens hemtjänst.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(checklist.progressText()).toHaveText('12 av 38 besvarade');
  await expect(checklist.question(1)).toContainText('Elva APT under året.');
  await expect(checklist.signOff().getByRole('button')).toHaveCount(0);
  expect(await checklist.seriousA11yViolations()).toEqual([]);

  await page.getByRole('combobox', { name: 'Visar' }).selectOption('enhet-asen');
  await expect(checklist.heading()).toHaveText('Checklista: Åsens boende');
  await expect(page.getByRole('heading', { name: 'Uppföljningen är inte påbörjad' })).toBeVisible();
});
