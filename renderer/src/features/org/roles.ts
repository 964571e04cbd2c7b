import type { Level, Role } from '@shared/schemas';

/** The roles in the order the choices are offered: from the unit upwards. */
export const ROLES: readonly Role[] = [
  'enhetschef',
  'skyddsombud',
  'verksamhetschef',
  'hr',
  'direktor',
];

/**
 * The level a role usually works at (DOMAIN.md): unit manager and safety representative at the
 * unit, the section head at the section, HR and the director at the administration.
 */
export function defaultLevelFor(role: Role): Level {
  switch (role) {
    case 'enhetschef':
    case 'skyddsombud':
      return 1;
    case 'verksamhetschef':
      return 2;
    case 'hr':
    case 'direktor':
      return 3;
  }
}

export function isRole(value: string): value is Role {
  return ROLES.some((role) => role === value);
}
