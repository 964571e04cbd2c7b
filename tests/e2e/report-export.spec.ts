import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { formatPercent } from '../../shared/format';
import {
  ANSWER_VALUES,
  answerCounts,
  readDemoTables,
  signedFollowUps,
  unitsUnder,
  type DemoTables,
} from './pages/demo-fixture';
import { ReportPage } from './pages/ReportPage';
import { SOFFICE, convertToPdf, pdfText } from '../support/libreoffice';

/*
 * Issue 7 acceptance: the demo administration's report exported from the report screen as Word,
 * Excel and PowerPoint (and the cover memo), each file converted to PDF by LibreOffice headless
 * (which must succeed) and the PDF's text checked for figures computed here from the demo
 * fixture. Each conversion uses a LibreOffice profile of its own so parallel runs do not clash.
 */

const NODE = 'sof';
const YEAR = 2026;
const VALUES = ANSWER_VALUES;
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();

/** The first question of the demo template with the administration's n and shares. */
function firstQuestion(tables: DemoTables) {
  const units = unitsUnder(tables, NODE);
  const counted = signedFollowUps(tables, NODE, YEAR);
  const template = tables.templates.find((t) => t.id === counted[0]?.templateId);
  const question = template?.sections[0]?.questions[0];
  if (!template || !question) throw new Error('Demomallen saknas');
  const counts = answerCounts(tables, counted).get(question.id) ?? {
    ja: 0,
    delvis: 0,
    nej: 0,
    vetej: 0,
  };
  const n = VALUES.reduce((sum, v) => sum + counts[v], 0);
  const questions = template.sections.reduce((sum, s) => sum + s.questions.length, 0);
  return {
    text: question.text,
    n,
    counts,
    shares: VALUES.map((v) => flat(formatPercent(n === 0 ? 0 : counts[v] / n))),
    unitsWithFollowUp: tables.followUps.filter((f) => f.year === YEAR && units.has(f.nodeId))
      .length,
    questions,
  };
}

/** A short failure message: the PDFs' text runs to hundreds of kilobytes. */
function expectIn(text: string, wanted: string): void {
  expect(text.includes(wanted), `PDF text holds "${wanted}"`).toBe(true);
}

async function download(page: Page, testInfo: TestInfo, button: string): Promise<string> {
  const waiting = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Exportera rapporten' })
    .getByRole('button', { name: button })
    .click();
  const file = await waiting;
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: 'sparades som' })).toBeVisible();
  return path;
}

/** LibreOffice headless to PDF (must succeed), then the PDF's text. */
async function libreOfficeText(file: string): Promise<string> {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) saknas');
  const dir = mkdtempSync(join(tmpdir(), 'r2-lo-e2e-'));
  // An ASCII name: soffice mangles non-ASCII paths where the locale is not installed.
  const extension = file.split('.').pop() ?? '';
  const source = join(dir, `export.${extension}`);
  copyFileSync(file, source);
  const pdf = await convertToPdf(source, dir, 90_000);
  expect(existsSync(pdf), `${file} → PDF`).toBe(true);
  const stdout = await pdfText(pdf, { layout: true });
  return flat(stdout);
}

test.describe('exports of the annual report', () => {
  test.skip(!SOFFICE, 'LibreOffice (soffice) is not installed');

  test('the DOCX, XLSX and PPTX each open in LibreOffice headless and hold the figures', async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    const report = new ReportPage(page);
    await report.loadDemo();
    await report.openReport();
    const tables = await readDemoTables();
    const q = firstQuestion(tables);
    expect(q.n).toBeGreaterThan(0);

    const docx = await download(page, testInfo, 'Word (rapport)');
    const xlsx = await download(page, testInfo, 'Excel');
    const pptx = await download(page, testInfo, 'PowerPoint');
    const memo = await download(page, testInfo, 'Word (tjänsteskrivelse)');
    expect(docx).toMatch(/SAM-uppföljning 2026 .+\.docx$/);
    expect(memo).toMatch(/tjänsteskrivelse\.docx$/);

    const [ja, delvis, nej, vetej] = q.shares;
    const row = flat(
      `${q.n} ${q.counts.ja} ${ja} ${q.counts.delvis} ${delvis} ${q.counts.nej} ${nej} ${q.counts.vetej} ${vetej}`,
    );

    const docxText = await libreOfficeText(docx);
    expectIn(docxText, flat(q.text));
    expectIn(docxText, row);
    expect(/Sida 1 av \d+/.test(docxText), 'Sida 1 av N').toBe(true);

    const xlsxText = await libreOfficeText(xlsx);
    expectIn(xlsxText, row);
    // And read back with a library: the shares are numbers, the underlying rows are there.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const first = workbook.worksheets[1];
    expect(first?.getCell('B3').value).toBe(q.n);
    expect(first?.getCell('D3').value).toBeCloseTo(q.n === 0 ? 0 : q.counts.ja / q.n, 10);
    const underlag = workbook.getWorksheet('Underlag');
    expect(underlag?.actualRowCount).toBe(1 + q.unitsWithFollowUp * q.questions);

    const pptxText = await libreOfficeText(pptx);
    expectIn(pptxText, flat(q.text));
    expectIn(
      pptxText,
      `n = ${q.n} · Ja ${q.counts.ja} (${ja}) · Delvis ${q.counts.delvis} (${delvis})`,
    );
    const charts = Object.keys(unzipSync(readFileSync(pptx))).filter((n) =>
      /^ppt\/charts\/chart\d+\.xml$/.test(n),
    );
    expect(charts.length).toBeGreaterThan(q.questions);

    const memoText = await libreOfficeText(memo);
    for (const heading of [
      'Förslag till beslut',
      'Sammanfattning',
      'Ärendet',
      'Ekonomiska konsekvenser',
      'Underlag för beslut',
      'Skickas till',
    ])
      expectIn(memoText, heading);
    expectIn(memoText, 'godkänner den årliga uppföljningen');
  });
});

test('the cover memo is edited, saved, exported with the edit and restored to the proposal', async ({
  page,
}, testInfo) => {
  test.slow();
  const report = new ReportPage(page);
  await report.loadDemo();
  await report.openReport();
  await page.getByText('Tjänsteskrivelsen: granska och redigera').click();
  const proposal = page.getByLabel('Förslag till beslut');
  await expect(proposal).toHaveValue(/godkänner den årliga uppföljningen .* 2026 för /);
  const original = await proposal.inputValue();
  await page
    .locator('.report-export')
    .screenshot({ path: testInfo.outputPath('export-and-memo.png') });
  expect(await report.seriousA11yViolations()).toEqual([]);

  // A refusal: no proposal, a date that does not exist. Nothing is stored.
  await proposal.fill('');
  await page.getByLabel('Datum').fill('2026-02-30');
  await page.getByRole('button', { name: 'Spara tjänsteskrivelsen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'rätta fälten' })).toBeVisible();
  await expect(page.getByText('Förslag till beslut saknas')).toBeVisible();
  await expect(page.getByText('Ogiltigt datum (ange ÅÅÅÅ-MM-DD)')).toBeVisible();
  await expect(proposal).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Datum').fill('2026-04-20');
  await proposal.fill('Socialnämnden godkänner uppföljningen och lägger den till handlingarna.');
  await page.getByLabel('Diarienummer').fill('SN/2026:00220');
  await page.getByRole('button', { name: 'Spara tjänsteskrivelsen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Tjänsteskrivelsen är sparad.' }),
  ).toBeVisible();

  // Kept across a reload.
  await page.reload();
  await expect(report.document()).toBeVisible();
  await page.getByText('Tjänsteskrivelsen: granska och redigera').click();
  await expect(proposal).toHaveValue(
    'Socialnämnden godkänner uppföljningen och lägger den till handlingarna.',
  );
  await expect(page.getByText('En redigerad tjänsteskrivelse är sparad')).toBeVisible();

  const memo = await download(page, testInfo, 'Word (tjänsteskrivelse)');
  const xml = strFromU8(unzipSync(readFileSync(memo))['word/document.xml'] ?? new Uint8Array());
  expect(xml).toContain('Socialnämnden godkänner uppföljningen och lägger den till handlingarna.');
  expect(xml).toContain('Dnr: SN/2026:00220');

  await page.getByRole('button', { name: 'Återställ förslaget' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Förslaget från rapporten är återställt.' }),
  ).toBeVisible();
  await expect(proposal).toHaveValue(original);
  await expect(page.getByLabel('Diarienummer')).toHaveValue('');
  await expect(page.getByText('Förslaget från rapporten används i exporten.')).toBeVisible();
});
