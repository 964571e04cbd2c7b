import { describe, expect, it } from 'vitest';
import { pendingEffects } from '../../../renderer/src/features/incidents/statistics/category-effects';

const USAGE = {
  places: new Map([
    ['Trappa', 4],
    ['Kontor', 2],
  ]),
  causes: new Map([['Fall', 3]]),
};

describe('pendingEffects', () => {
  it('lists the renames that reach incidents, and counts what a removal turns into "saknas"', () => {
    const effects = pendingEffects(
      {
        places: new Map([
          ['Trappa', 'Trappa och hiss'],
          ['Oanvänd', 'Ny'], // nobody carries it: no question needed
        ]),
        causes: new Map([['Fall', 'Fall och halka']]),
      },
      { places: ['Kontor', 'Garage'], causes: [] },
      USAGE,
    );
    expect(effects.renames).toEqual([
      { list: 'places', from: 'Trappa', to: 'Trappa och hiss', count: 4 },
      { list: 'causes', from: 'Fall', to: 'Fall och halka', count: 3 },
    ]);
    expect(effects.renamedIncidents).toBe(7);
    expect(effects.removedIncidents).toBe(2);
  });

  it('asks nothing while the usage is still being counted', () => {
    const effects = pendingEffects(
      { places: new Map([['Trappa', 'X']]), causes: new Map() },
      { places: ['Kontor'], causes: [] },
      undefined,
    );
    expect(effects).toEqual({ renames: [], renamedIncidents: 0, removedIncidents: 0 });
  });
});
