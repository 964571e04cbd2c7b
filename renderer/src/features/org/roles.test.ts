import { describe, expect, it } from 'vitest';
import { ROLES, defaultLevelFor, isRole } from './roles';

describe('roles', () => {
  it('gives each role the level it usually works at', () => {
    expect(ROLES.map((role) => [role, defaultLevelFor(role)])).toEqual([
      ['enhetschef', 1],
      ['skyddsombud', 1],
      ['verksamhetschef', 2],
      ['hr', 3],
      ['direktor', 3],
    ]);
    expect(isRole('hr')).toBe(true);
    expect(isRole('')).toBe(false);
  });
});
