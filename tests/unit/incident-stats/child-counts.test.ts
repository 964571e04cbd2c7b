import { describe, expect, it } from 'vitest';
import { countsByChild } from '../../../renderer/src/features/incidents/statistics/child-counts';

describe('countsByChild', () => {
  it('adds up each child’s units per type, in the children’s order', () => {
    const rows = countsByChild(
      [
        { nodeId: 'a1', type: 'tillbud' },
        { nodeId: 'a2', type: 'tillbud' },
        { nodeId: 'a2', type: 'olycksfall' },
        { nodeId: 'b1', type: 'riskobservation' },
        { nodeId: 'elsewhere', type: 'olycksfall' }, // under none of the children
      ],
      [
        { id: 'b', name: 'Barn', unitIds: ['b1'] },
        { id: 'a', name: 'Vuxen', unitIds: ['a1', 'a2'] },
        { id: 'c', name: 'Tom', unitIds: [] },
      ],
    );
    expect(rows.map((row) => [row.label, row.total])).toEqual([
      ['Barn', 1],
      ['Vuxen', 3],
      ['Tom', 0],
    ]);
    expect(rows[1]?.byType).toEqual({
      riskobservation: 0,
      tillbud: 2,
      olycksfall: 1,
      fardolycksfall: 0,
      arbetssjukdom: 0,
    });
  });
});
