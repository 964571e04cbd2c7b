import type { KiaField } from './fields';
import type { KiaMapping } from './mapping';
import type { Resolved } from './resolve';

/** Field → column position; a field that is not mapped is absent. */
export type ColumnIndex = Partial<Record<KiaField, number>>;

export interface KiaIssue {
  /** The row in the file (CSV line, sheet row). */
  row: number;
  /** The heading of the column at fault, when one is. */
  column: string | null;
  field: KiaField | null;
  message: string;
}

/**
 * The row being checked: its cells by field, and the errors found in it. One instance walks all
 * rows (start() moves it on), so the hot loop allocates no closures per row.
 */
export class RowCheck {
  line = 0;
  private cells: readonly string[] = [];
  private errorsBefore = 0;

  constructor(
    private readonly index: ColumnIndex,
    private readonly columns: KiaMapping['columns'],
    private readonly errors: KiaIssue[],
  ) {}

  start(line: number, cells: readonly string[]): void {
    this.line = line;
    this.cells = cells;
    this.errorsBefore = this.errors.length;
  }

  /** True when the current row has had an error. */
  get failed(): boolean {
    return this.errors.length > this.errorsBefore;
  }

  has(field: KiaField): boolean {
    return this.index[field] !== undefined;
  }

  cell(field: KiaField): string {
    const at = this.index[field];
    return at === undefined ? '' : (this.cells[at] ?? '');
  }

  issue(field: KiaField, message: string): KiaIssue {
    return { row: this.line, column: this.columns[field] ?? null, field, message };
  }

  fail(field: KiaField, message: string): void {
    this.errors.push(this.issue(field, message));
  }

  /** A lookup's value, or undefined after recording its error. */
  value<T>(field: KiaField, resolved: Resolved<T>): T | undefined {
    if (resolved.ok) return resolved.value;
    this.fail(field, resolved.error(this.line));
    return undefined;
  }
}
