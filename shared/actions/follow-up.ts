import type { Action } from '../schemas/action';
import { compareActions } from './status';

/**
 * The actions a node's follow-up in `year` looks back on: those decided in the previous follow-up
 * year (the seed's "Uppföljning åtgärder": prioriterade åtgärder 2022, followed up in 2023).
 */
export function actionsForFollowUp(
  actions: readonly Action[],
  nodeId: string,
  year: number,
): Action[] {
  return actions.filter((a) => a.nodeId === nodeId && a.year === year - 1).sort(compareActions);
}

/** The follow-up recorded for `year`, or null when the action has not been followed up then. */
export function followUpIn(action: Action, year: number): Action['followUp'] {
  return action.followUp !== null && action.followUp.year === year ? action.followUp : null;
}

export interface FollowUpSummary {
  handled: number;
  notHandled: number;
  /** Not yet marked Ja or Nej in this year's follow-up. */
  pending: number;
  /** Marked Nej but the reason ("om nej, orsak") is still empty. */
  missingReason: number;
  total: number;
}

/** How far the look-back has come: "3 hanterade, 1 inte hanterad, 2 kvar att följa upp". */
export function followUpSummary(actions: readonly Action[], year: number): FollowUpSummary {
  const summary: FollowUpSummary = {
    handled: 0,
    notHandled: 0,
    pending: 0,
    missingReason: 0,
    total: 0,
  };
  for (const action of actions) {
    const followUp = followUpIn(action, year);
    summary.total += 1;
    if (followUp === null) summary.pending += 1;
    else if (followUp.handled) summary.handled += 1;
    else {
      summary.notHandled += 1;
      if (followUp.reason.trim() === '') summary.missingReason += 1;
    }
  }
  return summary;
}
