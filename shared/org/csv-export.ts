import Papa from 'papaparse';
import type { OrgNode } from '../schemas/org';
import { buildOrgTree } from './tree';

/**
 * The organisation as CSV in the import format, so it can be edited in Excel and read back:
 * Swedish headers, ";" (what Swedish Excel expects), CRLF and a byte-order mark (without it
 * Excel reads UTF-8 as Windows-1252 and breaks å, ä, ö). Archived branches are left out: the
 * import refuses rows for archived nodes.
 */
export function orgToCsv(nodes: readonly OrgNode[]): string {
  const tree = buildOrgTree(nodes);
  const rows: string[][] = [];
  const visit = (node: OrgNode) => {
    if (node.archived) return;
    rows.push([node.id, node.parentId ?? '', String(node.level), node.name]);
    for (const child of tree.childrenOf(node.id)) visit(child);
  };
  for (const root of tree.childrenOf(null)) visit(root);
  const body = Papa.unparse(
    { fields: ['id', 'förälder', 'nivå', 'namn'], data: rows },
    { delimiter: ';', newline: '\r\n' },
  );
  return `\uFEFF${body}\r\n`;
}
