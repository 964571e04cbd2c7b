import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '@shared/report/model';
import { ROWS_PER_SLIDE, exportPptx } from '../../../renderer/src/features/report/export/pptx';
import { reportSlides } from '../../../renderer/src/features/report/slides';
import { Q1, exportFixture } from './fixture';
import { runText, squash, zipTexts } from './helpers';

const slideNames = (files: Map<string, string>) =>
  [...files.keys()]
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));

describe('exportPptx', async () => {
  const model = exportFixture();
  const bytes = await exportPptx(model);
  const files = zipTexts(bytes);
  const slides = slideNames(files);
  const slideText = (i: number) => squash(runText(files.get(slides[i] ?? '') ?? ''));
  const charts = [...files.entries()].filter(([n]) => /^ppt\/charts\/chart\d+\.xml$/.test(n));

  it('has a title slide and then one slide per chart or table of the presentation', () => {
    const expected = reportSlides(model);
    // No table of the fixture is longer than a slide holds.
    expect(slides).toHaveLength(expected.length);
    expect(slideText(0)).toContain('Årlig uppföljning av det systematiska arbetsmiljöarbetet');
    expect(slideText(0)).toContain('Förvaltning: Socialförvaltningen');
    expect(slideText(1)).toContain(Q1);
    expect(slideText(1)).toContain(
      'n = 28 · Ja 15 (53,57 %) · Delvis 13 (46,43 %) · Nej 0 (0,00 %) · Vet ej 0 (0,00 %)',
    );
  });

  it('draws native charts: 100 % stacked bars for the answers with the shares as data', () => {
    const answers = charts.find(([, xml]) => xml.includes('percentStacked'))?.[1] ?? '';
    expect(answers).toContain('<c:barDir val="bar"/>');
    expect(answers).toContain('<c:grouping val="percentStacked"/>');
    expect(answers).toMatch(/<c:v>Ja<\/c:v>/);
    expect(answers).toMatch(/<c:v>0\.53571428\d*<\/c:v>/);
    expect(answers).toMatch(/<c:v>0\.46428571\d*<\/c:v>/);
    expect(answers).toContain('<c:v>Socialförvaltningen</c:v>');
    // Editable: the data travels in an embedded workbook.
    const embedded = Object.keys(unzipSync(bytes)).filter((n) =>
      /^ppt\/embeddings\/.+\.xlsx$/.test(n),
    );
    expect(embedded).toHaveLength(charts.length);
  });

  it('stacks incidents per month in columns and groups TI and HME', () => {
    const months = charts.find(([, xml]) => xml.includes('<c:v>jan 2025</c:v>'))?.[1] ?? '';
    expect(months).toContain('<c:barDir val="col"/>');
    expect(months).toContain('<c:grouping val="stacked"/>');
    expect(months).toContain('<c:v>Tillbud</c:v>');
    const index = charts.find(([, xml]) => xml.includes('<c:v>HME</c:v>'))?.[1] ?? '';
    expect(index).toContain('<c:grouping val="clustered"/>');
    expect(index).toContain('<c:v>78</c:v>');
    expect(index).toContain('<c:v>81</c:v>');
  });

  it('writes tables as native tables with the figures', () => {
    const i = reportSlides(model).findIndex((s) => s.block?.id === 'incidents-month-type');
    const xml = files.get(slides[i] ?? '') ?? '';
    expect(xml).toContain('<a:tbl>');
    expect(squash(runText(xml))).toMatch(/Totalt 5 5 7 5 6 3 8 5 16 18 14 9 101/);
    expect(xml).toContain('lang="sv-SE"');
  });

  it('splits a long table over several slides, the header on each', async () => {
    const long: ReportModel = {
      meta: model.meta,
      sections: [
        {
          id: 'actionPlan',
          title: 'Handlingsplan',
          blocks: [
            {
              kind: 'table',
              id: 'action-plan',
              caption: 'Handlingsplan',
              columns: [
                { key: 'action', label: 'Åtgärd', align: 'start' },
                { key: 'responsible', label: 'Ansvarig', align: 'start' },
              ],
              rows: Array.from({ length: ROWS_PER_SLIDE * 2 + 1 }, (_, i) => ({
                cells: [
                  { text: `Åtgärd ${i + 1}`, value: null },
                  { text: 'HR', value: null },
                ],
              })),
            },
          ],
        },
      ],
    };
    const deck = zipTexts(await exportPptx(long));
    const names = slideNames(deck);
    expect(names).toHaveLength(1 + 3);
    const texts = names.map((n) => squash(runText(deck.get(n) ?? '')));
    expect(texts[1]).toContain('Handlingsplan (1 av 3)');
    expect(texts[3]).toContain('Handlingsplan (3 av 3)');
    for (const text of texts.slice(1)) expect(text).toContain('Åtgärd Ansvarig');
    expect(texts[1]).toContain(`Åtgärd ${ROWS_PER_SLIDE} HR`);
    expect(texts[1]).not.toContain(`Åtgärd ${ROWS_PER_SLIDE + 1} HR`);
    expect(texts[3]).toContain(`Åtgärd ${ROWS_PER_SLIDE * 2 + 1} HR`);
  });
});
