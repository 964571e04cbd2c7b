import { createContext, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Action } from '@shared/schemas';
import { getDb, listActions } from '../../data';

/** One shared empty list, so a question without actions keeps a stable value. */
export const NO_ACTIONS: readonly Action[] = [];

/**
 * The unit's actions by the question they came from. A context rather than a prop so that the
 * memoised questions do not all re-render when one action is added.
 */
export const LinkedActionsContext = createContext<ReadonlyMap<string, readonly Action[]>>(
  new Map(),
);

export function actionsByQuestion(actions: readonly Action[]): Map<string, Action[]> {
  const map = new Map<string, Action[]>();
  for (const action of actions) {
    if (action.source.kind !== 'question' || action.source.ref === null) continue;
    const list = map.get(action.source.ref) ?? [];
    list.push(action);
    map.set(action.source.ref, list);
  }
  return map;
}

/** The unit's actions of the year by question, live; re-read only when actions change. */
export function useLinkedActions(unitId: string, year: number): ReadonlyMap<string, Action[]> {
  const actions = useLiveQuery(() => listActions(getDb(), unitId, year), [unitId, year]);
  return useMemo(() => actionsByQuestion(actions ?? []), [actions]);
}
