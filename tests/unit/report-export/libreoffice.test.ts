import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../renderer/src/features/report/export/docx-report';
import { exportMemoDocx } from '../../../renderer/src/features/report/export/docx-memo';
import { defaultMemo } from '../../../renderer/src/features/report/export/memo';
import { exportPptx } from '../../../renderer/src/features/report/export/pptx';
import { exportXlsx } from '../../../renderer/src/features/report/export/xlsx';
import { Q1, Q2, exportFixture } from './fixture';
import { squash } from './helpers';
import { SOFFICE, convertToPdf, pdfText } from '../../support/libreoffice';

/*
 * Acceptance (issue 7): each exported file opens in LibreOffice headless — the conversion to PDF
 * succeeds — and the PDF's text holds the figures. Each conversion has a LibreOffice profile of
 * its own, so parallel runs do not lock each other out. Swedish locale, as a Swedish user's
 * LibreOffice or Excel would show the workbook's number formats.
 */

const work = mkdtempSync(join(tmpdir(), 'r2-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function textOf(name: string, bytes: Uint8Array): Promise<string> {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) saknas');
  const dir = mkdtempSync(join(work, 'conv-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const pdf = await convertToPdf(file, dir, 80_000);
  expect(existsSync(pdf), `${name} converted to PDF`).toBe(true);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  const stdout = await pdfText(pdf);
  return squash(stdout);
}

const model = exportFixture();
const TIMEOUT = 90_000;

describe.skipIf(!SOFFICE)('the exports open in LibreOffice headless', () => {
  it(
    'DOCX report: converts, and the PDF holds the questions, counts and percentages',
    async () => {
      const text = await textOf('rapport.docx', await exportDocx(model));
      expect(text).toContain(squash(Q1));
      expect(text).toContain('53,57 %');
      expect(text).toContain('46,43 %');
      expect(text).toContain('48,15 %');
      expect(text).toMatch(/Sida 1 av \d+/);
    },
    TIMEOUT,
  );

  it(
    'DOCX memo: converts, and the PDF holds the headings and the key figures',
    async () => {
      const text = await textOf(
        'tjansteskrivelse.docx',
        await exportMemoDocx(model, defaultMemo(model)),
      );
      for (const heading of [
        'Förslag till beslut',
        'Sammanfattning',
        'Ärendet',
        'Ekonomiska konsekvenser',
        'Underlag för beslut',
        'Skickas till',
      ])
        expect(text).toContain(heading);
      expect(text).toContain('25 Ja (45,45 %)');
      expect(text).toContain(squash(Q2));
    },
    TIMEOUT,
  );

  it(
    'XLSX: converts, and the PDF shows the shares with the Swedish number format',
    async () => {
      const text = await textOf('rapport.xlsx', await exportXlsx(model));
      expect(text).toContain('53,57 %');
      expect(text).toContain('46,43 %');
      expect(text).toContain('101');
      expect(text).toContain('Verksamhetens rutiner för det systematiska arbetsmiljöarbetet');
    },
    TIMEOUT,
  );

  it(
    'PPTX: converts, and the PDF holds the question, n and the percentages',
    async () => {
      const text = await textOf('rapport.pptx', await exportPptx(model));
      expect(text).toContain(squash(Q1));
      expect(text).toContain('n = 28 · Ja 15 (53,57 %) · Delvis 13 (46,43 %)');
      expect(text).toContain('Händelser per månad 2025');
    },
    TIMEOUT,
  );
});
