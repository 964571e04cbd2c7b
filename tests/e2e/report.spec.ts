import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { formatPercent } from '../../shared/format';
import {
  ANSWER_VALUES,
  answerCounts,
  readDemoTables,
  signedFollowUps,
  subtreeIds,
  unitsUnder,
  type DemoTables,
} from './pages/demo-fixture';
import { ReportPage } from './pages/ReportPage';

/*
 * The annual report of the demo administration (Socialförvaltningen, follow-up 2026): printed to
 * PDF by Chromium as the Electron app does, read back with pdftotext, and every figure checked
 * against numbers this test computes from the demo fixture itself; then the presentation mode.
 */

const NODE = 'sof';
const YEAR = 2026;
const INCIDENT_YEAR = YEAR - 1;
const TYPE_LABELS: Record<string, string> = {
  riskobservation: 'Riskobservation',
  tillbud: 'Tillbud',
  olycksfall: 'Olycksfall',
  fardolycksfall: 'Färdolycksfall',
  arbetssjukdom: 'Arbetssjukdom',
};
const TYPES = Object.keys(TYPE_LABELS);
const VALUES = ANSWER_VALUES;

/** Whitespace (no-break spaces included) as single spaces: pdftotext's layout is not the point. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Per question of the template, the node's row: n, then count and share per answer. */
function expectedQuestionRows(tables: DemoTables, nodeName: string) {
  const counted = signedFollowUps(tables, NODE, YEAR);
  const templateIds = new Set(counted.map((f) => f.templateId));
  expect(templateIds.size).toBe(1);
  const template = tables.templates.find((t) => templateIds.has(t.id));
  if (!template) throw new Error('Mallen saknas i demodata');
  const counts = answerCounts(tables, counted);
  return {
    units: unitsUnder(tables, NODE).size,
    signed: counted.length,
    questions: template.sections.flatMap((section) =>
      section.questions.map((question) => {
        const c = counts.get(question.id) ?? { ja: 0, delvis: 0, nej: 0, vetej: 0 };
        const n = VALUES.reduce((sum, v) => sum + c[v], 0);
        const cells = VALUES.flatMap((v) => [String(c[v]), formatPercent(n === 0 ? 0 : c[v] / n)]);
        return { text: question.text, n, row: flat([nodeName, String(n), ...cells].join(' ')) };
      }),
    ),
  };
}

function expectedIncidents(tables: DemoTables) {
  const ids = subtreeIds(tables, NODE);
  const inYear = tables.incidents.filter(
    (i) => ids.has(i.nodeId) && i.date.startsWith(`${INCIDENT_YEAR}-`),
  );
  const byType = new Map(TYPES.map((type) => [type, Array<number>(12).fill(0)]));
  for (const incident of inYear) {
    const months = byType.get(incident.type);
    const month = Number(incident.date.slice(5, 7)) - 1;
    if (months) months[month] = (months[month] ?? 0) + 1;
  }
  const monthTotals = Array.from({ length: 12 }, (_, m) =>
    TYPES.reduce((sum, type) => sum + (byType.get(type)?.[m] ?? 0), 0),
  );
  return {
    total: inYear.length,
    byType,
    monthTotals,
    missingCause: inYear.filter((i) => i.causeCategory === null).length,
    missingPlace: inYear.filter((i) => i.placeCategory === null).length,
  };
}

test('the demo administration’s report prints to an A4 PDF whose text holds the figures of the fixture', async ({
  page,
}, testInfo) => {
  test.slow();
  const report = new ReportPage(page);
  await report.loadDemo();
  await report.openReport();
  await expect(report.section('Resultat av checklistan')).toBeVisible();
  expect(await report.seriousA11yViolations()).toEqual([]);

  await page.evaluate(() => document.fonts.ready);
  const pdfPath = testInfo.outputPath('arsrapport.pdf');
  await page.pdf({
    path: pdfPath,
    format: 'A4',
    printBackground: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: '<div></div>',
    footerTemplate:
      '<div style="width:100%;font-size:8pt;text-align:center;color:#444;">Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>',
    margin: { top: '20mm', bottom: '20mm', left: '25mm', right: '20mm' },
  });

  const layout = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const pages = layout.split('\f').filter((p) => p.trim() !== '').length;
  const text = flat(layout);
  expect(pages).toBeGreaterThan(8);
  expect(text).toContain(`Sida 1 av ${pages}`);
  expect(text).toContain(`Sida ${pages} av ${pages}`);

  const tables = await readDemoTables();
  const nodeName = tables.orgNodes.find((n) => n.id === NODE)?.name ?? '';
  // Cover.
  expect(text).toContain(`Årlig uppföljning av det systematiska arbetsmiljöarbetet (SAM) ${YEAR}`);
  expect(text).toContain(`Förvaltning: ${nodeName}`);

  // Checklist: every question, its n and its row of counts and shares of the answers given.
  const checklist = expectedQuestionRows(tables, nodeName);
  expect(text).toContain(
    `${checklist.units} av ${checklist.units} enheter har rapporterat, ${checklist.signed} med`,
  );
  const starts = checklist.questions.map((q) => ({ q, at: text.indexOf(flat(q.text)) }));
  for (const { q, at } of starts) expect(at, q.text).toBeGreaterThanOrEqual(0);
  const ordered = [...starts].sort((a, b) => a.at - b.at);
  ordered.forEach(({ q, at }, i) => {
    const chunk = text.slice(at, ordered[i + 1]?.at ?? text.length);
    expect(chunk, q.text).toContain(`(n = ${q.n})`);
    expect(chunk, q.text).toContain(q.row);
  });

  // Incidents: the month × type table with its totals, and what lacks a cause or a place.
  const incidents = expectedIncidents(tables);
  expect(text).toContain(`Händelser under ${INCIDENT_YEAR}: totalt ${incidents.total}.`);
  expect(text).toContain(flat(`Totalt ${incidents.monthTotals.join(' ')} ${incidents.total}`));
  for (const [type, months] of incidents.byType) {
    const total = months.reduce((a, b) => a + b, 0);
    if (total > 0) expect(text).toContain(`${TYPE_LABELS[type]} ${months.join(' ')} ${total}`);
  }
  expect(text).toContain(`Saknas för ${incidents.missingCause}.`);
  expect(text).toContain(`Saknas för ${incidents.missingPlace}.`);

  // Survey: the administration's total index of the covered year.
  const survey = tables.surveys.find((s) => s.nodeId === NODE && s.year === INCIDENT_YEAR);
  expect(survey?.totalIndex).toEqual(expect.any(Number));
  expect(text).toContain(`${nodeName} ${INCIDENT_YEAR} ${survey?.totalIndex}`);

  // Pages as images for a person to look at (the closing note describes them).
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, testInfo.outputPath('sida')]);
  const images = readdirSync(testInfo.outputPath()).filter((f) => /^sida-\d+\.png$/.test(f));
  expect(images).toHaveLength(pages);
});

test('the presentation shows one chart or table a slide and is driven by the keyboard', async ({
  page,
}, testInfo) => {
  test.slow();
  const report = new ReportPage(page);
  await report.loadDemo();
  await report.openReport();
  const tables = await readDemoTables();
  const firstQuestion = tables.templates.find((t) => t.id.includes(String(YEAR)))?.sections[0]
    ?.questions[0]?.text;

  await report.presentButton().focus();
  await page.keyboard.press('Enter');
  const show = report.presentation();
  await expect(show).toBeVisible();
  await expect(report.slideCounter()).toHaveText(/^1 \/ \d+$/);
  const total = Number((await report.slideCounter().textContent())?.split('/')[1]);
  expect(total).toBeGreaterThan(40);
  await expect(show.getByRole('heading', { level: 2 })).toContainText('Årlig uppföljning');

  await page.keyboard.press('ArrowRight');
  await expect(report.slideCounter()).toHaveText(`2 / ${total}`);
  await expect(show.getByRole('heading', { level: 2 })).toHaveText(firstQuestion ?? '');
  await expect(show.locator('[aria-live="polite"]')).toHaveText(
    `Bild 2 av ${total}: ${firstQuestion}`,
  );
  // A chart slide: the drawing hidden, its values in a table for screen readers.
  await expect(show.getByRole('table', { name: 'Värdena i diagrammet' })).toBeAttached();
  expect(await report.presentationViolations()).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('bild-2.png') });
  await page.keyboard.press('PageDown');
  await expect(report.slideCounter()).toHaveText(`3 / ${total}`);
  await page.keyboard.press(' ');
  await expect(report.slideCounter()).toHaveText(`4 / ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(report.slideCounter()).toHaveText(`3 / ${total}`);
  await page.keyboard.press('PageUp');
  await expect(report.slideCounter()).toHaveText(`2 / ${total}`);
  await page.keyboard.press('End');
  await expect(report.slideCounter()).toHaveText(`${total} / ${total}`);
  await expect(show.getByRole('heading', { level: 2 })).toHaveText(/^Handlingsplan/);
  await expect(show.getByRole('columnheader', { name: 'Ansvarig' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('bild-sista.png') });
  await page.keyboard.press('Home');
  await expect(report.slideCounter()).toHaveText(`1 / ${total}`);

  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await expect(report.presentButton()).toBeFocused();
});
