import { expect, test } from '@playwright/test';
import { ChecklistPage, type AnswerLabel } from './pages/checklist-page';
import { OrgPage } from './pages/org-page';

/**
 * The whole of a unit manager's year, from an empty installation: set up the organisation on the
 * first-start screen, answer the checklist, create an action from a Nej answer, sign as manager
 * and skyddsombud, reload, and find everything as it was left.
 */
const QUESTIONS = 38;

function answerFor(n: number): AnswerLabel {
  if (n === 3) return 'Nej';
  if (n === 7 || n === 20) return 'Delvis';
  if (n === 30) return 'Vet ej';
  return 'Ja';
}

test('a new user sets up the organisation and completes the unit’s follow-up', async ({ page }) => {
  test.slow();
  const org = new OrgPage(page);
  await org.open('/');
  await expect(org.firstStart()).toBeVisible();
  await org.setUpOwnOrganisation({
    municipality: 'Hagaviks kommun',
    administration: 'Socialförvaltningen',
    section: 'Äldreomsorg',
    unit: 'Hemtjänst norra',
    userName: 'Karin Berg',
    role: 'Enhetschef',
  });

  // The organisation screen shows the four levels that were just created.
  await org.openOrganisation();
  for (const name of ['Hagaviks kommun', 'Socialförvaltningen', 'Äldreomsorg', 'Hemtjänst norra']) {
    await expect(org.row(name)).toBeVisible();
  }

  const checklist = new ChecklistPage(page);
  await checklist.openChecklist();
  await expect(checklist.heading()).toHaveText('Checklista: Hemtjänst norra');
  await expect(checklist.progressText()).toHaveText(`0 av ${QUESTIONS} besvarade`);

  await checklist.field('Mötesdatum').fill('2026-02-10');
  await checklist.field('Chef').fill('Karin Berg');
  await checklist.field('Skyddsombud').fill('Omar Said');
  await checklist.field('Antal medarbetare som deltog').fill('18');

  for (let n = 1; n <= QUESTIONS; n++) await checklist.answer(n, answerFor(n)).check();
  await checklist.comment(3).fill('Ingen skyddsrond sedan hösten.');
  await expect(checklist.progressText()).toHaveText(`${QUESTIONS} av ${QUESTIONS} besvarade`);

  await checklist.question(3).getByRole('button', { name: 'Skapa åtgärd för fråga 3' }).click();
  const actionForm = page.getByRole('form', { name: 'Ny åtgärd för fråga 3' });
  await actionForm.getByRole('textbox', { name: 'Åtgärd', exact: true }).fill('Boka skyddsrond');
  await actionForm.getByRole('textbox', { name: 'Klart när' }).fill('2026-04-30');
  await actionForm.getByRole('button', { name: 'Spara åtgärd' }).click();
  await expect(checklist.question(3)).toContainText('Boka skyddsrond');

  // A half-typed comment, then a reload straight away: the flush on pagehide keeps it.
  await checklist.comment(7).pressSequentially('Arbetsbelastningen är hög i jul');
  await page.reload();
  await expect(checklist.comment(7)).toHaveValue('Arbetsbelastningen är hög i jul');

  await checklist.sign('Chef');
  await checklist.sign('Skyddsombud');
  await expect(page.getByText(/Signerad \d{4}-\d{2}-\d{2}/).first()).toBeVisible();

  await page.reload();
  await expect(checklist.heading()).toHaveText('Checklista: Hemtjänst norra');
  await expect(checklist.progressText()).toHaveText(`${QUESTIONS} av ${QUESTIONS} besvarade`);
  for (const n of [1, 3, 7, 20, 30]) {
    await expect(checklist.question(n)).toContainText(answerFor(n));
  }
  await expect(checklist.question(3)).toContainText('Ingen skyddsrond sedan hösten.');
  await expect(checklist.question(3)).toContainText('Boka skyddsrond');
  await expect(checklist.question(7)).toContainText('Arbetsbelastningen är hög i jul');
  await expect(page.getByText('Omar Said').first()).toBeVisible();
  // Signed means read-only: no answer can be changed.
  await expect(page.getByRole('radio')).toHaveCount(0);

  // The action made from the Nej answer stands in the unit's action plan.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Åtgärder' })
    .click();
  await expect(page.getByRole('cell', { name: 'Boka skyddsrond', exact: true })).toBeVisible();
});
