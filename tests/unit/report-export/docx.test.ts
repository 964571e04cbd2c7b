import { describe, expect, it } from 'vitest';
import { exportDocx, tableLayout } from '../../../renderer/src/features/report/export/docx-report';
import { exportMemoDocx } from '../../../renderer/src/features/report/export/docx-memo';
import { defaultMemo } from '../../../renderer/src/features/report/export/memo';
import { TEXT_WIDTH } from '../../../renderer/src/features/report/export/docx-common';
import { Q1, Q2, exportFixture } from './fixture';
import { runText, squash, zipTexts } from './helpers';

describe('exportDocx (the report in Word)', async () => {
  const model = exportFixture();
  const files = zipTexts(await exportDocx(model));
  const document = files.get('word/document.xml') ?? '';
  const text = squash(runText(document));

  it('holds the title page, the questions and their counts and percentages', () => {
    expect(text).toContain('Årlig uppföljning av det systematiska arbetsmiljöarbetet (SAM) 2026');
    expect(text).toContain('Förvaltning: Socialförvaltningen');
    expect(text).toContain(Q1);
    expect(text).toContain(Q2);
    // The 28-unit question: 15 Ja, 13 Delvis.
    expect(text).toMatch(/Socialförvaltningen 28 15 53,57 % 13 46,43 % 0 0,00 % 0 0,00 %/);
    expect(text).toContain('Vet ej 48,15 %');
    // Incidents: the month table's total.
    expect(text).toMatch(/Totalt 5 5 7 5 6 3 8 5 16 18 14 9 101/);
    expect(text).toContain('Kompetenshöjande åtgärder inom arbetsskador och tillbud');
  });

  it('uses Word heading styles in the report’s order, so the navigation pane lists them', () => {
    const headings = [...document.matchAll(/<w:pStyle w:val="(Heading\d|Title)"\/>/g)].map(
      (m) => m[1],
    );
    expect(headings[0]).toBe('Title');
    expect(headings.filter((h) => h === 'Heading1')).toHaveLength(model.sections.length - 1);
    expect(headings).toContain('Heading2');
    expect(headings).toContain('Heading3');
    const firstH1 = document.indexOf('<w:pStyle w:val="Heading1"/>');
    expect(runText(document.slice(firstH1, firstH1 + 600))).toContain(
      'Arbetsmiljöarbetet som en process',
    );
    expect(files.get('word/styles.xml')).toMatch(/w:styleId="Heading1"/);
  });

  it('repeats table header rows, right-aligns figures and sets Swedish as the language', () => {
    const tables = document.match(/<w:tbl>/g)?.length ?? 0;
    const headers = document.match(/<w:tblHeader\/>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(10);
    // Every data table has a repeated header row (the percentage bars have none).
    expect(headers).toBeGreaterThanOrEqual(12);
    expect(document).toContain('<w:jc w:val="right"/>');
    expect(files.get('word/styles.xml')).toMatch(/<w:lang w:val="sv-SE"/);
  });

  it('draws the answers as a bar of coloured cells as wide as the shares', () => {
    // Ja green and Delvis yellow with the rounded labels; widths 15/28 and 13/28 of the column.
    expect(document).toMatch(/w:fill="2E7D4F"/);
    expect(document).toMatch(/w:fill="E0A526"/);
    const bar = /<w:tblGrid><w:gridCol w:w="(\d+)"\/><w:gridCol w:w="(\d+)"\/><\/w:tblGrid>/.exec(
      document,
    );
    expect(bar).not.toBeNull();
    const [ja, delvis] = [Number(bar?.[1]), Number(bar?.[2])];
    expect(ja + delvis).toBe(TEXT_WIDTH);
    expect(Math.abs(ja / TEXT_WIDTH - 15 / 28)).toBeLessThan(0.001);
  });

  it('numbers the pages in the footer: Sida X av Y', () => {
    const footer = [...files.entries()].find(([name]) => /word\/footer\d*\.xml/.test(name))?.[1];
    expect(footer).toBeDefined();
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(runText(footer ?? '')).toContain('Sida');
  });

  it('gives figure columns room and the label column the rest', () => {
    const { widths, size } = tableLayout({
      columns: [
        { key: 'a', label: 'Grupp', align: 'start' },
        { key: 'b', label: 'Ja %', align: 'end' },
      ],
      rows: [
        {
          cells: [
            { text: 'Socialförvaltningen', value: null },
            { text: '53,57 %', value: 0.5357 },
          ],
        },
      ],
    });
    expect(size).toBe(18);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(widths[1]).toBeGreaterThan(8 * 100);
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
  });
});

describe('exportMemoDocx (the cover memo)', async () => {
  const model = exportFixture();
  const memo = { ...defaultMemo(model), caseNumber: 'SN/2026:00220', officer: 'Åsa Olsen' };
  const files = zipTexts(await exportMemoDocx(model, memo));
  const document = files.get('word/document.xml') ?? '';
  const text = squash(runText(document));

  it('has the memo’s headings in order, as Word headings', () => {
    const headings = [...document.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((m) =>
      squash(runText(m[0])),
    );
    expect(headings).toEqual([
      'Förslag till beslut',
      'Sammanfattning',
      'Ärendet',
      'Ekonomiska konsekvenser',
      'Underlag för beslut',
      'Skickas till',
    ]);
    expect(text).toContain('Tjänsteskrivelse');
  });

  it('carries the proposal, the key figures and the header fields', () => {
    expect(text).toContain(
      'Socialnämnden godkänner den årliga uppföljningen av det systematiska arbetsmiljöarbetet 2026 för Socialförvaltningen.',
    );
    expect(text).toContain('Av de 55 svar som lämnats är 25 Ja (45,45 %)');
    expect(text).toContain('Under 2025 rapporterades 101');
    expect(text).toContain('Dnr: SN/2026:00220');
    expect(text).toContain('Handläggare: Åsa Olsen');
    expect(text).toContain('Kommunstyrelsen');
    expect(text).toContain(
      'Årlig uppföljning av det systematiska arbetsmiljöarbetet (SAM) 2026 – Socialförvaltningen',
    );
  });

  it('writes "Fastställd av" only when someone is named, and list lines as bullets', async () => {
    const named = zipTexts(
      await exportMemoDocx(model, {
        ...memo,
        approvedBy: 'Socialdirektör Anna Berg\nHR-chef Åsa Olsen',
      }),
    ).get('word/document.xml');
    expect(squash(runText(named ?? ''))).toContain(
      'Fastställd av Socialdirektör Anna Berg HR-chef Åsa Olsen',
    );
    expect(text).not.toContain('Fastställd av');
    // The four steps of the process in Ärendet are bullets.
    expect(document.match(/<w:numPr>/g)?.length ?? 0).toBeGreaterThanOrEqual(4 + 2);
  });
});
