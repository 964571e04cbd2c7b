import { isOpen, isOverdue } from '@shared/actions';
import type { Action, ActionStatus } from '@shared/schemas';

/** What the plan's "Visa" filter offers: everything, open, overdue, or one status. */
export type ActionFilter = 'all' | 'open' | 'overdue' | ActionStatus;

export const ACTION_FILTERS: readonly ActionFilter[] = [
  'all',
  'open',
  'overdue',
  'planerad',
  'pagar',
  'klar',
  'ej_genomford',
];

export function isActionFilter(value: string): value is ActionFilter {
  return ACTION_FILTERS.some((f) => f === value);
}

export function matchesFilter(action: Action, filter: ActionFilter, today: string): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'open':
      return isOpen(action);
    case 'overdue':
      return isOverdue(action, today);
    default:
      return action.status === filter;
  }
}
