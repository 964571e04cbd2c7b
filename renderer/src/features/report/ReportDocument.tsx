import type { ReportBlock, ReportModel, ReportSection } from '@shared/report/model';
import { ReportChartFigure, type ChartSize } from './ReportChartFigure';
import { ReportTable } from './ReportTable';
import {
  bodySections,
  groupBlocks,
  headingAbove,
  partnerTable,
  textBefore,
} from './document-layout';
import type { ReportLabels } from './report-labels';

/** A4's text width (21 cm less 2.5 + 2 cm margins) at 96 px per inch, less a little air. */
export const DOCUMENT_CHART: ChartSize = { width: 620, height: 240, labelWidth: 200 };

/**
 * The annual report as a board document: the cover (its title an h2 under the screen's h1), then
 * every section of the model in its order (h3), each printed from a new page. Renders the model only (nothing is computed here), with no
 * state, hooks or i18n, so the same component is server-rendered for the benchmark and the PDF.
 */
export function ReportDocument({
  model,
  labels,
  idPrefix = 'rd',
}: {
  model: ReportModel;
  labels: ReportLabels;
  idPrefix?: string;
}) {
  const cover = model.sections.find((s) => s.id === 'cover');
  return (
    <article className="report-document" lang="sv" aria-label={model.meta.title}>
      <header className="report-cover">
        <h2 className="report-cover-title">{cover?.title ?? model.meta.title}</h2>
        <div className="report-cover-meta">
          {(cover?.blocks ?? []).map((block, i) =>
            block.kind === 'paragraph' ? <p key={i}>{block.text}</p> : null,
          )}
        </div>
      </header>
      {bodySections(model.sections).map((section) => (
        <DocumentSection key={section.id} section={section} labels={labels} idPrefix={idPrefix} />
      ))}
    </article>
  );
}

function DocumentSection({
  section,
  labels,
  idPrefix,
}: {
  section: ReportSection;
  labels: ReportLabels;
  idPrefix: string;
}) {
  const headingId = `${idPrefix}-${section.id}`;
  return (
    <section className={`report-section report-section-${section.id}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="report-section-title">
        {section.title}
      </h3>
      {groupBlocks(section.blocks).map((group) => (
        <div className="rb-group" key={group.start}>
          {group.blocks.map((block, j) => (
            <DocumentBlock
              key={j}
              blocks={section.blocks}
              index={group.start + j}
              block={block}
              labels={labels}
              idPrefix={idPrefix}
            />
          ))}
        </div>
      ))}
    </section>
  );
}

function DocumentBlock({
  blocks,
  index,
  block,
  labels,
  idPrefix,
}: {
  blocks: readonly ReportBlock[];
  index: number;
  block: ReportBlock;
  labels: ReportLabels;
  idPrefix: string;
}) {
  switch (block.kind) {
    case 'heading': {
      // The screen's h1 and the title above: the model's level 3 is h4 here, 4 is h5.
      const Tag = block.level === 4 ? 'h5' : 'h4';
      return <Tag className="rb-heading">{block.text}</Tag>;
    }
    case 'paragraph':
      return <p className="rb-paragraph">{block.text}</p>;
    case 'list':
      return (
        <ul className="rb-list">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return <ReportTable table={block} domId={`${idPrefix}-${block.id}`} />;
    case 'chart': {
      const partner = partnerTable(blocks, index);
      const before = textBefore(blocks, index);
      return (
        <ReportChartFigure
          id={`${idPrefix}-${block.id}`}
          title={block.title}
          chart={block.chart}
          // The bars carry n themselves; a note that repeats the text above is left out.
          note={block.note === before || block.chart.n ? undefined : block.note}
          size={DOCUMENT_CHART}
          describedBy={partner ? `${idPrefix}-${partner}` : undefined}
          titleHidden={block.title === before || block.title === headingAbove(blocks, index)}
          labels={labels}
        />
      );
    }
  }
}
