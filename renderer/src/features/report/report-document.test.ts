import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ReportBlock, ReportModel } from '@shared/report/model';
import { ReportDocument } from './ReportDocument';
import { groupBlocks, partnerTable } from './document-layout';
import { reportSlides } from './slides';

const chart = (id: string, title: string): ReportBlock => ({
  kind: 'chart',
  id,
  title,
  chart: {
    kind: 'stackedPercentBar',
    categories: ['Socialförvaltningen'],
    series: [
      { key: 'ja', label: 'Ja', values: [15 / 28], counts: [15] },
      { key: 'delvis', label: 'Delvis', values: [13 / 28], counts: [13] },
    ],
    valueFormat: 'percent',
    n: [28],
  },
  note: 'n = 28',
});

const table = (id: string, caption: string): ReportBlock => ({
  kind: 'table',
  id,
  caption,
  columns: [
    { key: 'group', label: 'Grupp', align: 'start' },
    { key: 'ja', label: 'Ja %', align: 'end' },
  ],
  rows: [
    {
      cells: [
        { text: 'Socialförvaltningen', value: null },
        { text: '53,57 %', value: 0.5357, format: 'percent' },
      ],
      kind: 'total',
    },
  ],
});

const MODEL: ReportModel = {
  meta: {
    title: 'Årlig uppföljning 2026',
    organisation: 'Exempelstads kommun',
    nodeId: 'sof',
    nodeName: 'Socialförvaltningen',
    levelName: 'Förvaltning',
    year: 2026,
    coveredYear: 2025,
    date: '2026-03-31',
  },
  sections: [
    {
      id: 'cover',
      title: 'Årlig uppföljning 2026',
      blocks: [{ kind: 'paragraph', text: 'Exempelstads kommun' }],
    },
    {
      id: 'checklist',
      title: 'Resultat av checklistan',
      blocks: [
        { kind: 'heading', level: 3, text: 'Rutiner' },
        { kind: 'heading', level: 4, text: 'Rutinerna är kända.' },
        chart('q-1-chart', 'Rutinerna är kända.'),
        table('q-1', 'Rutinerna är kända. (n = 28)'),
        { kind: 'heading', level: 4, text: 'Målet är känt.' },
        table('q-2', 'Målet är känt. (n = 28)'),
      ],
    },
    {
      id: 'actionPlan',
      title: 'Handlingsplan',
      blocks: [table('action-plan', 'Handlingsplan Socialförvaltningen 2026')],
    },
  ],
};

const LABELS = { chartData: 'Värdena i diagrammet', category: 'Kategori' };

describe('the report document', () => {
  it('keeps a lone heading with the group after it and starts a group at each further heading', () => {
    const blocks = MODEL.sections[1]?.blocks ?? [];
    expect(groupBlocks(blocks).map((g) => [g.start, g.blocks.length])).toEqual([
      [0, 4],
      [4, 2],
    ]);
  });

  it('pairs a chart with the table named like it', () => {
    const blocks = MODEL.sections[1]?.blocks ?? [];
    expect(partnerTable(blocks, 2)).toBe('q-1');
    expect(partnerTable(blocks, 3)).toBeNull();
  });

  it('renders on the server: an SVG per chart described by its table, figures right-aligned', () => {
    const html = renderToStaticMarkup(
      createElement(ReportDocument, { model: MODEL, labels: LABELS }),
    );
    expect(html).toContain('<h2 class="report-cover-title">');
    expect(html).toContain('aria-describedby="rd-q-1"');
    expect(html).toContain('id="rd-q-1"');
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('54\u00a0%'); // the Ja segment's label (sv-SE: no-break space)
    expect(html).toContain('n = 28');
    expect(html).toMatch(/<td class="rt-end">53,57 %<\/td>/);
    // Every section after the cover is a region named by its heading.
    expect(html).toContain('aria-labelledby="rd-checklist"');
  });
});

describe('the presentation slides', () => {
  it('are a title slide, then each chart and each table that no chart repeats', () => {
    const slides = reportSlides(MODEL);
    expect(slides.map((s) => s.key)).toEqual([
      'cover',
      'chart-q-1-chart',
      'table-q-2',
      'table-action-plan',
    ]);
    expect(slides[1]?.kicker).toBe('Resultat av checklistan · Rutiner');
    expect(slides[0]?.lines).toEqual(['Exempelstads kommun']);
  });
});
