import { expect, test } from '@playwright/test';
import { formatPercent } from '../../shared/format';
import {
  ANSWER_VALUES,
  answerCounts,
  readDemoTables,
  signedFollowUps,
  unitsUnder,
  type AnswerCounts,
  type DemoTables,
} from './pages/demo-fixture';
import { RollupPage } from './pages/RollupPage';

const YEAR = 2026;
const ADMIN = { id: 'sof', name: 'Socialförvaltningen' };
const SECTION = { id: 'sof-barn', name: 'Barn och unga' };
const UNIT = { id: 'sof-barn-lindgarden', name: 'HVB Lindgården' };

const VALUES = ANSWER_VALUES;

/**
 * Counts of one question over the signed follow-ups of the year below a node, from the fixture
 * itself. The question chosen is the one whose answers are most spread, so a wrong sum shows.
 */
function expectedQuestion(tables: DemoTables, nodeId: string) {
  const units = unitsUnder(tables, nodeId);
  const signed = signedFollowUps(tables, nodeId, YEAR);
  const template = tables.templates.find((t) => t.id === signed[0]?.templateId);
  if (!template) throw new Error('no template for the signed follow-ups');
  const counts = answerCounts(tables, signed);
  const spread = (c: AnswerCounts) => VALUES.filter((v) => c[v] > 0).length;
  let best: { section: string; question: string; counts: AnswerCounts } | undefined;
  for (const section of template.sections) {
    for (const question of section.questions) {
      const c = counts.get(question.id);
      if (c && (!best || spread(c) > spread(best.counts)))
        best = { section: section.title, question: question.text, counts: c };
    }
  }
  if (!best) throw new Error('no answered question');
  const n = VALUES.reduce((sum, v) => sum + best.counts[v], 0);
  const cells = [
    String(n),
    ...VALUES.map(
      (v) => `${best.counts[v]} (${formatPercent(best.counts[v] / n, 2).replace(/\u00a0/g, ' ')})`,
    ),
  ];
  return { ...best, n, cells, units: units.size, signed: signed.length };
}

test.describe('Sammanställning on the demo organisation', () => {
  let rollup: RollupPage;
  let tables: DemoTables;

  test.beforeEach(async ({ page }) => {
    // The demo is 25 units; the axe scans of the full administration view take their time.
    test.slow();
    tables = await readDemoTables();
    rollup = new RollupPage(page);
    await rollup.loadDemo();
  });

  test("the administration's aggregate shows each question's counts and shares", async ({
    page,
  }) => {
    const expected = expectedQuestion(tables, ADMIN.id);
    expect(expected.n).toBeGreaterThan(0);
    await rollup.openRollup();
    await expect(rollup.heading()).toHaveText(`Sammanställning: ${ADMIN.name}`);
    await expect(rollup.coverage()).toHaveText(
      `${expected.signed} av ${expected.units} enheter har rapporterat, ${expected.signed} signerade`,
    );
    const table = rollup.answersTable(expected.section, ADMIN.name);
    expect(await rollup.rowCells(table, expected.question)).toEqual(expected.cells);

    // The same figures, made visible on request.
    await page.getByRole('checkbox', { name: 'Visa tabellerna med antal och procent' }).check();
    await expect(table).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('rollup-admin.png') });
    expect(await rollup.seriousA11yViolations()).toEqual([]);
  });

  test('drills down from the administration through a section to a unit and back up', async ({
    page,
  }) => {
    await rollup.openRollup();
    await rollup.childLink(SECTION.name).click();
    await expect(page).toHaveURL(new RegExp(`#/sammanstallning/${SECTION.id}$`));
    await expect(rollup.heading()).toHaveText(`Sammanställning: ${SECTION.name}`);
    const sectionExpected = expectedQuestion(tables, SECTION.id);
    expect(
      await rollup.rowCells(
        rollup.answersTable(sectionExpected.section, SECTION.name),
        sectionExpected.question,
      ),
    ).toEqual(sectionExpected.cells);
    await page.screenshot({ path: test.info().outputPath('rollup-section.png') });
    expect(await rollup.seriousA11yViolations()).toEqual([]);

    await rollup.childLink(UNIT.name).click();
    await expect(rollup.heading()).toHaveText(`Sammanställning: ${UNIT.name}`);
    await expect(
      page.getByText('Uppgifterna finns i den här installationen (inget paket).'),
    ).toBeVisible();

    // Every answer of the unit's signed follow-up, as in the fixture.
    const followUp = tables.followUps.find((f) => f.nodeId === UNIT.id && f.year === YEAR);
    const template = tables.templates.find((t) => t.id === followUp?.templateId);
    if (!followUp || !template) throw new Error('the demo unit has no follow-up');
    const answers = tables.answers.filter((a) => a.followUpId === followUp.id);
    const label = { ja: 'Ja', delvis: 'Delvis', nej: 'Nej', vetej: 'Vet ej' } as const;
    for (const section of template.sections) {
      const table = page.getByRole('table', { name: section.title, exact: true });
      for (const question of section.questions) {
        const answer = answers.find((a) => a.questionId === question.id);
        const cells = await rollup.rowCells(table, question.text);
        expect(cells[0]).toBe(
          answer?.value ? label[answer.value as keyof AnswerCounts] : 'Ej besvarad',
        );
        expect(cells[1]).toBe(answer?.comment ? answer.comment : '–');
      }
    }
    await page.screenshot({ path: test.info().outputPath('rollup-unit.png') });
    expect(await rollup.seriousA11yViolations()).toEqual([]);

    // Back up through the breadcrumb.
    await rollup.breadcrumb().getByRole('link', { name: SECTION.name }).click();
    await expect(rollup.heading()).toHaveText(`Sammanställning: ${SECTION.name}`);
    await rollup.breadcrumb().getByRole('link', { name: ADMIN.name }).click();
    await expect(rollup.heading()).toHaveText(`Sammanställning: ${ADMIN.name}`);
  });

  test('the drill-down is reachable with Tab and Enter', async ({ page }) => {
    await rollup.openRollup();
    await rollup.heading().focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        (name) => document.activeElement?.textContent === name,
        SECTION.name,
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect(rollup.heading()).toHaveText(`Sammanställning: ${SECTION.name}`);
    await expect(rollup.heading()).toBeFocused();
  });

  test('deadlines in the past make a child that has not reported overdue, first in the reminders', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await rollup.openRollup();
    // Nothing is received in the demo (every report is held here): no deadline, nothing overdue.
    await expect(rollup.trackingRow(SECTION.name)).toContainText('Pågår');
    await expect(rollup.trackingRow(SECTION.name)).not.toContainText('Försenad');

    // A unit's deadline after its section's is refused, in Swedish, naming both levels.
    const deadlines = rollup.deadlines();
    await deadlines.getByLabel('Sista dag för Verksamhet').fill('2026-01-31');
    await deadlines.getByLabel('Sista dag för Enhet').fill('2026-03-01');
    await deadlines.getByRole('button', { name: 'Spara sista dagarna' }).click();
    await expect(deadlines.getByRole('alert')).toContainText(
      'Sista dag för Enhet (2026-03-01) ligger efter sista dag för Verksamhet (2026-01-31)',
    );
    await expect(rollup.trackingRow(SECTION.name)).not.toContainText('Försenad');

    await deadlines.getByLabel('Sista dag för Enhet').fill('2026-01-15');
    await deadlines.getByRole('button', { name: 'Spara sista dagarna' }).click();
    await expect(deadlines.getByRole('status')).toHaveText('Sista dagarna för 2026 är sparade.');

    const row = rollup.trackingRow(SECTION.name);
    await expect(row).toContainText('2026-01-31');
    await expect(row).toContainText('Försenad');
    const sections = tables.orgNodes.filter((n) => n.parentId === ADMIN.id);
    for (const section of sections)
      await expect(rollup.trackingRow(section.name)).toContainText('Försenad');

    // The reminder list: every node not received, the overdue ones first (here all of them).
    const reminders = rollup.reminders();
    const items = reminders.getByRole('listitem');
    const units = unitsUnder(tables, ADMIN.id);
    const below = tables.orgNodes.filter((n) => units.has(n.id));
    await expect(items).toHaveCount(sections.length + below.length);
    await expect(items.first()).toContainText(
      'Barn och unga (Verksamhet): Pågår, FÖRSENAD sedan 2026-01-31',
    );
    await expect(items.filter({ hasText: `Barn och unga › ${UNIT.name} (Enhet)` })).toContainText(
      `Barn och unga › ${UNIT.name} (Enhet): Pågår, FÖRSENAD sedan 2026-01-15`,
    );

    await reminders.getByRole('button', { name: 'Kopiera listan' }).click();
    await expect(reminders.getByRole('status')).toHaveText(
      `Listan är kopierad (${sections.length + below.length} rader).`,
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').slice(0, 3)).toEqual([
      'Saknade rapporter 2026, Socialförvaltningen',
      '',
      'Barn och unga (Verksamhet): Pågår, FÖRSENAD sedan 2026-01-31',
    ]);
    await page.screenshot({ path: test.info().outputPath('rollup-tracking.png') });
    expect(await rollup.seriousA11yViolations()).toEqual([]);
  });
});
