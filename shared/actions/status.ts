import type { Action, ActionStatus } from '../schemas/action';

/** Statuses in the order the action plan shows and filters them. */
export const ACTION_STATUSES: readonly ActionStatus[] = [
  'planerad',
  'pagar',
  'klar',
  'ej_genomford',
];

/** An action is open until it is done or has been given up (with a reason). */
export function isOpen(action: Pick<Action, 'status'>): boolean {
  return action.status === 'planerad' || action.status === 'pagar';
}

/**
 * Overdue: still open and its "klart när" date has passed. `today` is a YYYY-MM-DD date in the
 * user's time zone, so ISO strings compare as dates; an action due today is not yet late.
 */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: string): boolean {
  return isOpen(action) && action.dueDate !== null && action.dueDate < today;
}

/** "Följs upp när" may not come before "klart när"; either date may be missing. */
export function followUpDateInOrder(dueDate: string | null, followUpDate: string | null): boolean {
  return dueDate === null || followUpDate === null || followUpDate >= dueDate;
}

/** Plan order: earliest due date first, undated last, then by text (Swedish collation). */
export function compareActions(
  a: Pick<Action, 'dueDate' | 'text'>,
  b: Pick<Action, 'dueDate' | 'text'>,
): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.text.localeCompare(b.text, 'sv');
}
