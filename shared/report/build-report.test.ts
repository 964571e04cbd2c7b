import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import { reportFixtureInput } from './build-report.fixture';
import type { ReportBlock, ReportModel, ReportSection } from './model';

const section = (model: ReportModel, id: ReportSection['id']) => {
  const found = model.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
type TableBlock = Extract<ReportBlock, { kind: 'table' }>;
type ChartBlock = Extract<ReportBlock, { kind: 'chart' }>;
const table = (model: ReportModel, id: string): TableBlock => {
  for (const s of model.sections)
    for (const b of s.blocks) if (b.kind === 'table' && b.id === id) return b;
  throw new Error(`no table ${id}`);
};
const chart = (model: ReportModel, id: string): ChartBlock => {
  for (const s of model.sections)
    for (const b of s.blocks) if (b.kind === 'chart' && b.id === id) return b;
  throw new Error(`no chart ${id}`);
};
/** Cell texts, the no-break space before % written as a plain space for readability. */
const texts = (t: TableBlock) =>
  t.rows.map((r) => r.cells.map((c) => c.text.replaceAll('\u00a0', ' ')));

describe('buildReport', () => {
  const model = buildReport(reportFixtureInput());

  it('has the sections in the order of issue 7 and a cover with both years', () => {
    expect(model.sections.map((s) => s.id)).toEqual([
      'cover',
      'process',
      'checklist',
      'incidents',
      'survey',
      'children',
      'childPriorities',
      'previousActions',
      'priorities',
      'actionPlan',
    ]);
    expect(model.meta).toMatchObject({
      nodeName: 'Socialförvaltningen',
      levelName: 'Förvaltning',
      year: 2026,
      coveredYear: 2025,
      date: '2026-03-15',
    });
    expect(section(model, 'cover').blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Uppföljningsår 2026. Uppföljningen avser 2025.',
    });
    const steps = section(model, 'process').blocks.find((b) => b.kind === 'list');
    expect(steps?.kind === 'list' && steps.items).toHaveLength(4);
  });

  it('gives the 28-unit question 15 Ja (53,57 %) and 13 Delvis (46,43 %)', () => {
    const t = table(model, 'q-q-rutiner');
    expect(t.columns.map((c) => c.label)).toEqual([
      'Grupp',
      'Totalt (n)',
      'Ja',
      'Ja %',
      'Delvis',
      'Delvis %',
      'Nej',
      'Nej %',
      'Vet ej',
      'Vet ej %',
    ]);
    expect(texts(t)).toEqual([
      ['Socialförvaltningen', '28', '15', '53,57 %', '13', '46,43 %', '0', '0,00 %', '0', '0,00 %'],
      ['Vuxen', '14', '10', '71,43 %', '4', '28,57 %', '0', '0,00 %', '0', '0,00 %'],
      ['Barn', '14', '5', '35,71 %', '9', '64,29 %', '0', '0,00 %', '0', '0,00 %'],
    ]);
    expect(t.rows[0]?.kind).toBe('total');
    expect(t.rows[0]?.cells[3]?.text).toBe('53,57\u00a0%');
    expect(t.rows[0]?.cells[5]?.text).toBe('46,43\u00a0%');
    expect(t.rows[0]?.cells[3]?.value).toBeCloseTo(15 / 28, 10);
    expect(t.rows[0]?.cells[2]?.value).toBe(15);
    const c = chart(model, 'q-q-rutiner-chart');
    expect(c.chart.kind).toBe('stackedPercentBar');
    expect(c.chart.n).toEqual([28]);
    expect(c.chart.series.map((s) => [s.label, s.counts?.[0], s.values[0]])).toEqual([
      ['Ja', 15, 15 / 28],
      ['Delvis', 13, 13 / 28],
      ['Nej', 0, 0],
      ['Vet ej', 0, 0],
    ]);
  });

  it('counts a 27-answer question with Vet ej, and leaves out a child with no answers', () => {
    expect(texts(table(model, 'q-q-statistik'))).toEqual([
      ['Socialförvaltningen', '27', '10', '37,04 %', '2', '7,41 %', '2', '7,41 %', '13', '48,15 %'],
      ['Vuxen', '27', '10', '37,04 %', '2', '7,41 %', '2', '7,41 %', '13', '48,15 %'],
    ]);
    expect(section(model, 'checklist').blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Underlag: 28 av 30 enheter har rapporterat, 25 med uppföljningen signerad av chef och skyddsombud. Procentsatserna är andelar av de svar som lämnats.',
    });
  });

  it('tables incidents by month and type with totals, and by cause and place with what is missing', () => {
    const t = table(model, 'incidents-month-type');
    expect(t.columns).toHaveLength(14);
    expect(t.columns[1]?.label).toBe('2025-01');
    expect(texts(t)).toEqual([
      ['Riskobservation', '0', '1', '1', '0', '2', '0', '0', '0', '1', '2', '0', '0', '7'],
      ['Tillbud', '3', '3', '3', '3', '2', '2', '4', '2', '6', '8', '7', '5', '48'],
      ['Olycksfall', '2', '1', '3', '2', '2', '1', '4', '3', '9', '8', '7', '4', '46'],
      ['Totalt', '5', '5', '7', '5', '6', '3', '8', '5', '16', '18', '14', '9', '101'],
    ]);
    const cause = table(model, 'incidents-cause');
    expect(texts(cause)).toEqual([
      ['Fall', '5', '16', '25', '46'],
      ['Hot och våld', '2', '30', '20', '52'],
      ['Buller', '0', '0', '0', '0'],
      ['Saknas skadeorsak/risk', '0', '2', '1', '3'],
    ]);
    expect(section(model, 'incidents').blocks).toContainEqual({
      kind: 'paragraph',
      text: '98 händelser med skadeorsak/risk. Saknas för 3. 3 val av skadeorsak/risk visas.',
    });
    expect(texts(table(model, 'incidents-place')).at(-1)).toEqual([
      'Saknas plats',
      '0',
      '1',
      '1',
      '2',
    ]);
    const monthChart = chart(model, 'incidents-month-chart');
    expect(monthChart.chart.categories).toHaveLength(12);
    expect(monthChart.chart.series.map((s) => s.values.reduce((a, b) => a + b, 0))).toEqual([
      7, 48, 46,
    ]);
  });

  it('shows the survey three years side by side, nine items, sub-indices, strengths', () => {
    expect(texts(table(model, 'survey-response'))).toEqual([
      ['Socialförvaltningen 2025', '93 %'],
      ['Socialförvaltningen 2024', '87 %'],
      ['Socialförvaltningen 2023', '85 %'],
    ]);
    // 2025: the stored HME 81; 2024: computed (84+74+69+78+85+82+76+63+78)/9 = 689/9 = 76.56 → 77
    // 2023: (81+73+68+75+81+78+72+57+75)/9 = 660/9 = 73.33 → 73
    expect(texts(table(model, 'survey-index'))).toEqual([
      ['Socialförvaltningen 2025', '78', '81'],
      ['Socialförvaltningen 2024', '72', '77'],
      ['Socialförvaltningen 2023', '–', '73'],
    ]);
    const items = texts(table(model, 'survey-items'));
    expect(items).toHaveLength(12);
    expect(items[0]).toEqual(['', 'Motivation', '80', '76', '74']);
    expect(items[1]).toEqual(['1', 'Mitt arbete känns meningsfullt', '87', '84', '81']);
    expect(items[10]).toEqual([
      '8',
      'Min arbetsplats mål följs upp och utvärderas på ett bra sätt',
      '73',
      '63',
      '57',
    ]);
    // styrning 2025: (81.5 + 72.5 + 83.5) / 3 = 79.17; 2024: (76 + 63 + 78) / 3 = 72.33
    const subs = table(model, 'survey-subindices');
    expect(texts(subs)).toEqual([
      ['Motivation', '80', '76', '74'],
      ['Ledarskap', '83', '82', '78'],
      ['Styrning', '79', '72', '68'],
      ['HME', '81', '77', '73'],
    ]);
    expect(subs.rows[2]?.cells[1]?.value).toBeCloseTo(79.1667, 4);
    expect(texts(table(model, 'survey-strengths'))).toEqual([
      ['Mitt arbete känns meningsfullt', '4,46', '4,36'],
      ['Min närmaste chef visar förtroende för mig som medarbetare', '4,42', '4,40'],
      ['Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete', '4,41', '4,28'],
    ]);
    expect(texts(table(model, 'survey-improvements')).map((r) => r[1])).toEqual([
      '3,90',
      '4,02',
      '4,10',
    ]);
  });

  it('lists each child’s texts and priorities from their lines', () => {
    const blocks = section(model, 'children').blocks;
    expect(section(model, 'children').title).toBe('Sammanfattning per verksamhet');
    expect(blocks.slice(0, 3)).toEqual([
      { kind: 'heading', level: 3, text: 'Verksamhet Vuxen' },
      { kind: 'heading', level: 4, text: 'Sammanfattning' },
      { kind: 'list', items: ['Ljudisolering förbättrad', 'Trivselgrupp skapad'] },
    ]);
    expect(blocks).toContainEqual({ kind: 'list', items: ['Återkommande information på APT'] });
    const priorities = section(model, 'childPriorities').blocks;
    expect(priorities).toEqual([
      { kind: 'heading', level: 3, text: 'Vuxen' },
      { kind: 'list', items: ['HLR-utbildning', 'Följa upp arbetsbelastningen'] },
      { kind: 'heading', level: 3, text: 'Barn' },
      { kind: 'paragraph', text: 'Inget angivet.' },
    ]);
  });

  it('follows up last year’s own actions, then the priorities and the action plan', () => {
    expect(texts(table(model, 'previous-actions'))).toEqual([
      ['Anställa på tillsvidare', 'Ja', ''],
      ['Metoder för involvering', 'Nej', 'Påbörjat men inte färdigt'],
    ]);
    expect(section(model, 'priorities').blocks).toEqual([
      { kind: 'list', items: ['Årshjulet i ledningsgruppen', 'Rapportera tillbud'] },
    ]);
    const plan = table(model, 'action-plan');
    expect(plan.columns.map((c) => c.label)).toEqual([
      'Åtgärd',
      'Ansvarig',
      'Klart när?',
      'Följs upp när?',
    ]);
    expect(texts(plan)).toEqual([
      [
        'Kompetenshöjande åtgärder inom arbetsskador och tillbud',
        'HR-chef',
        '2026-12-31',
        '2027-06-30',
      ],
      ['Fortsätta arbetet med hot och våld', 'Socialdirektör', '–', '2027-06-30'],
    ]);
  });

  it('says plainly when there is no survey and no action plan', () => {
    const input = reportFixtureInput();
    const empty = buildReport({
      ...input,
      surveys: [],
      aggregate: { ...input.aggregate, own: { summary: null, actions: [] }, previousActions: [] },
    });
    expect(section(empty, 'survey').blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Resultat från medarbetarundersökningen 2023–2025 saknas för Socialförvaltningen.',
      },
    ]);
    expect(section(empty, 'actionPlan').blocks).toEqual([
      { kind: 'paragraph', text: 'Handlingsplanen har inga åtgärder.' },
    ]);
    expect(section(empty, 'previousActions').blocks).toEqual([
      { kind: 'paragraph', text: 'Inga prioriterade åtgärder från 2025.' },
    ]);
  });
});
