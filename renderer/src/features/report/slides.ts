import type { ReportBlock, ReportModel } from '@shared/report/model';

export type SlideBlock = Extract<ReportBlock, { kind: 'table' | 'chart' }>;

export interface Slide {
  key: string;
  /** The section (and sub-heading) the slide belongs to, shown above its title. */
  kicker: string;
  title: string;
  /** null for the title slide. */
  block: SlideBlock | null;
  /** The title slide's lines (organisation, node, year, date). */
  lines: string[];
}

/**
 * The presentation: a title slide, then one slide per chart or table in the model's order. A
 * table that only repeats the chart just before it (same id without "-chart") is left out: the
 * chart slide carries the same numbers for screen readers.
 */
export function reportSlides(model: ReportModel): Slide[] {
  const cover = model.sections.find((s) => s.id === 'cover');
  const slides: Slide[] = [
    {
      key: 'cover',
      kicker: model.meta.organisation,
      title: cover?.title ?? model.meta.title,
      block: null,
      lines: (cover?.blocks ?? []).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])),
    },
  ];
  for (const section of model.sections) {
    if (section.id === 'cover') continue;
    const charted = new Set(
      section.blocks.flatMap((b) => (b.kind === 'chart' ? [b.id.replace(/-chart$/, '')] : [])),
    );
    let subheading: string | null = null;
    for (const block of section.blocks) {
      if (block.kind === 'heading' && block.level <= 3) subheading = block.text;
      if (block.kind === 'table' && !charted.has(block.id)) {
        slides.push(slideOf(section.title, subheading, block.caption, block));
      } else if (block.kind === 'chart') {
        slides.push(slideOf(section.title, subheading, block.title, block));
      }
    }
  }
  return slides;
}

function slideOf(section: string, sub: string | null, title: string, block: SlideBlock): Slide {
  return {
    key: `${block.kind}-${block.id}`,
    kicker: sub && sub !== title ? `${section} · ${sub}` : section,
    title,
    block,
    lines: [],
  };
}
