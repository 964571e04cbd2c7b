import type { ReportBlock, ReportSection } from '@shared/report/model';

/**
 * How the document arranges the model's blocks (layout only, no figures): groups that a printed
 * page should not split, and for each chart the table beside it that carries the same numbers.
 */

/** Blocks from one heading to the next; a heading alone is kept with the group after it. */
export function groupBlocks(
  blocks: readonly ReportBlock[],
): { start: number; blocks: ReportBlock[] }[] {
  const groups: { start: number; blocks: ReportBlock[] }[] = [];
  let current: { start: number; blocks: ReportBlock[] } | null = null;
  blocks.forEach((block, i) => {
    const onlyHeadings = current?.blocks.every((b) => b.kind === 'heading') ?? false;
    if (!current || (block.kind === 'heading' && !onlyHeadings)) {
      current = { start: i, blocks: [] };
      groups.push(current);
    }
    current.blocks.push(block);
  });
  return groups;
}

/**
 * The table that accompanies the chart at `index`: the one named like it (`x-chart` → `x`),
 * else the table just before or after it. Null when there is none.
 */
export function partnerTable(blocks: readonly ReportBlock[], index: number): string | null {
  const chart = blocks[index];
  if (!chart || chart.kind !== 'chart') return null;
  const base = chart.id.replace(/-chart$/, '');
  const named = blocks.find((b) => b.kind === 'table' && b.id === base);
  if (named && named.kind === 'table') return named.id;
  for (const near of [blocks[index + 1], blocks[index - 1]])
    if (near?.kind === 'table') return near.id;
  return null;
}

/** The text of the heading or paragraph just before a block, to avoid printing it twice. */
export function textBefore(blocks: readonly ReportBlock[], index: number): string | null {
  const before = blocks[index - 1];
  if (before?.kind === 'heading' || before?.kind === 'paragraph') return before.text;
  return null;
}

/** The nearest heading above a block in its section: a chart titled the same need not repeat it. */
export function headingAbove(blocks: readonly ReportBlock[], index: number): string | null {
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block?.kind === 'heading') return block.text;
  }
  return null;
}

/** Sections after the cover: the ones the document prints each on a new page. */
export function bodySections(sections: readonly ReportSection[]): ReportSection[] {
  return sections.filter((s) => s.id !== 'cover');
}
