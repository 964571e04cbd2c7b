import { LEVELS, type Level, type OrgNode } from '../schemas/org';
import { parseOrgCsv, type CsvIssue, type OrgCsvRow, type ParsedOrgCsv } from './csv-import';

/** A node the import writes: new, or an existing one renamed or moved. */
export interface ImportedNode {
  id: string;
  parentId: string | null;
  level: Level;
  name: string;
}

export interface LevelCount {
  /** Rows in the file at this level. */
  total: number;
  created: number;
  changed: number;
}

/**
 * What importing the file would do to the organisation. The import is all or nothing: `nodes` is
 * only written when `issues` is empty.
 */
export interface OrgImportPlan {
  issues: CsvIssue[];
  /** New nodes and existing ones whose name or parent changes; unchanged rows are left out. */
  nodes: ImportedNode[];
  created: number;
  changed: number;
  unchanged: number;
  perLevel: Record<Level, LevelCount>;
}

interface Placed {
  parentId: string | null;
  level: Level | null;
  name: string;
}

/** Each file row checked against the merged tree: the existing nodes with the file laid over. */
function checkRow(
  row: OrgCsvRow,
  merged: ReadonlyMap<string, Placed>,
  existing: ReadonlyMap<string, OrgNode>,
  inFile: ReadonlySet<string>,
): CsvIssue[] {
  const issues: CsvIssue[] = [];
  const add = (code: CsvIssue['code'], values: CsvIssue['values'] = {}) =>
    issues.push({ line: row.line, code, values: { id: row.id, ...values } });
  const before = existing.get(row.id);
  if (before && row.level !== null && before.level !== row.level)
    add('levelChanged', { from: before.level, to: row.level });
  if (before?.archived) add('archived', { name: before.name });

  if (row.level === 4) {
    if (row.parentId !== null) add('rootWithParent', { parent: row.parentId });
    return issues;
  }
  if (row.parentId === null) {
    if (row.level !== null) add('missingParent', { level: row.level });
    return issues;
  }
  const parent = merged.get(row.parentId);
  if (!parent) {
    add('unknownParent', { parent: row.parentId });
    return issues;
  }
  if (row.parentId === row.id || leadsBackTo(row.id, row.parentId, merged)) add('cycle');
  if (row.level !== null && parent.level !== null && parent.level !== row.level + 1)
    add('parentLevel', { parent: row.parentId, level: row.level, parentLevel: parent.level });
  if (!inFile.has(row.parentId) && existing.get(row.parentId)?.archived)
    add('archivedParent', { parent: row.parentId });
  return issues;
}

/** True when walking up from `start` reaches `id` again: the rows form a loop. */
function leadsBackTo(id: string, start: string, merged: ReadonlyMap<string, Placed>): boolean {
  const seen = new Set<string>();
  for (let at: string | null = start; at !== null && !seen.has(at);) {
    if (at === id) return true;
    seen.add(at);
    at = merged.get(at)?.parentId ?? null;
  }
  return false;
}

/**
 * The organisation may have one top node. A level-4 row that is not the existing top (or, in an
 * empty organisation, not the file's first level-4 row) would make a second one.
 */
function checkRoots(rows: readonly OrgCsvRow[], existing: readonly OrgNode[]): CsvIssue[] {
  const existingRoot = existing.find((n) => n.level === 4 && n.parentId === null && !n.archived);
  const fileRoots = rows.filter((r) => r.level === 4);
  const primary = existingRoot?.id ?? fileRoots[0]?.id;
  const primaryName = existingRoot?.name ?? fileRoots[0]?.name ?? '';
  return fileRoots
    .filter((r) => r.id !== primary)
    .map((r) => ({
      line: r.line,
      code: 'multipleRoots' as const,
      values: { id: r.id, other: primaryName, otherId: primary ?? '' },
    }));
}

function emptyCounts(): Record<Level, LevelCount> {
  const counts = (): LevelCount => ({ total: 0, created: 0, changed: 0 });
  return { 1: counts(), 2: counts(), 3: counts(), 4: counts() };
}

/**
 * Lays the parsed file over the existing organisation and reports every row that would break the
 * tree: unknown parent, wrong parent level, a loop, a second top node, a changed level, an archived
 * node. Import merges by id: existing nodes are renamed or moved, new ones added, none deleted.
 */
export function planOrgImport(parsed: ParsedOrgCsv, existing: readonly OrgNode[]): OrgImportPlan {
  const byId = new Map(existing.map((n) => [n.id, n]));
  const merged = new Map<string, Placed>(byId);
  for (const row of parsed.rows) merged.set(row.id, row);
  const inFile = new Set(parsed.rows.map((r) => r.id));

  const issues = [
    ...parsed.issues,
    ...parsed.rows.flatMap((row) => checkRow(row, merged, byId, inFile)),
    ...checkRoots(parsed.rows, existing),
  ].sort((a, b) => a.line - b.line);

  const perLevel = emptyCounts();
  const nodes: ImportedNode[] = [];
  let unchanged = 0;
  for (const row of parsed.rows) {
    if (row.level === null) continue;
    const counts = perLevel[row.level];
    counts.total++;
    const before = byId.get(row.id);
    if (before && before.name === row.name && before.parentId === row.parentId) {
      unchanged++;
      continue;
    }
    if (before) counts.changed++;
    else counts.created++;
    nodes.push({ id: row.id, parentId: row.parentId, level: row.level, name: row.name });
  }
  const sum = (key: 'created' | 'changed') => LEVELS.reduce((n, l) => n + perLevel[l][key], 0);
  return { issues, nodes, created: sum('created'), changed: sum('changed'), unchanged, perLevel };
}

/** Parse and check in one step: what the import screen shows for a chosen file. */
export function readOrgCsv(text: string, existing: readonly OrgNode[]): OrgImportPlan {
  return planOrgImport(parseOrgCsv(text), existing);
}
