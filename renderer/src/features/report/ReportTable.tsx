import type { ReportBlock } from '@shared/report/model';

type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

/** A date (2026-12-31) or month (2025-01) is kept on one line: a break at the hyphen misleads. */
const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/**
 * A table of the report as the model gives it: caption, column headers (repeated on every printed
 * page by the browser), the first cell of each row as its header, figures right-aligned, sum rows
 * bold and group rows as subheadings. Wide tables (the months) get a denser type size.
 */
export function ReportTable({
  table,
  domId,
  captionHidden = false,
}: {
  table: TableBlock;
  domId: string;
  /** On a slide the caption is the slide's title already: kept for screen readers only. */
  captionHidden?: boolean;
}) {
  const dense = table.columns.length > 8;
  return (
    // A wide table may scroll sideways on a narrow screen: then it must be reachable by keyboard.
    <div
      className="rt-wrap"
      {...(dense ? { tabIndex: 0, role: 'region', 'aria-labelledby': `${domId}-caption` } : {})}
    >
      <table id={domId} className={dense ? 'rt rt-dense' : 'rt'}>
        <caption id={`${domId}-caption`} className={captionHidden ? 'visually-hidden' : undefined}>
          {table.caption}
        </caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.align === 'end' ? 'rt-end' : undefined}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className={row.kind ? `rt-${row.kind}` : undefined}>
              {row.cells.map((cell, c) => {
                const align =
                  [
                    table.columns[c]?.align === 'end' ? 'rt-end' : '',
                    DATE.test(cell.text) ? 'rt-nowrap' : '',
                  ]
                    .filter(Boolean)
                    .join(' ') || undefined;
                return c === 0 ? (
                  <th key={c} scope="row" className={align}>
                    {cell.text}
                  </th>
                ) : (
                  <td key={c} className={align}>
                    {cell.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
