import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageOf } from '../../../renderer/src/features/incidents/log/Pager';

describe('pageOf', () => {
  const rows = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, i) => i);

  it('shows everything on one page up to the page size', () => {
    expect(pageOf(rows.slice(0, PAGE_SIZE), 0)).toMatchObject({ pages: 1, from: 1, to: PAGE_SIZE });
    expect(pageOf([], 0)).toMatchObject({ rows: [], pages: 1, page: 0, from: 1, to: 0 });
  });

  it('pages a long list and clamps a page past the end', () => {
    expect(pageOf(rows, 1)).toMatchObject({
      page: 1,
      pages: 3,
      from: PAGE_SIZE + 1,
      to: PAGE_SIZE * 2,
    });
    const last = pageOf(rows, 7);
    expect(last).toMatchObject({ page: 2, from: PAGE_SIZE * 2 + 1, to: PAGE_SIZE * 2 + 3 });
    expect(last.rows).toEqual([PAGE_SIZE * 2, PAGE_SIZE * 2 + 1, PAGE_SIZE * 2 + 2]);
  });
});
