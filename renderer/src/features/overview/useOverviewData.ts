import { useLiveQuery } from 'dexie-react-hooks';
import type { Action } from '@shared/schemas';
import {
  getDb,
  getFollowUp,
  getTemplate,
  listAnswers,
  listNodeActions,
  type SamDatabase,
} from '../../data';
import type { UnitYear } from './overview-model';

export interface UnitYearOf extends UnitYear {
  unitId: string;
}

export interface OverviewData {
  units: UnitYearOf[];
  actions: Action[];
}

async function loadUnitYear(db: SamDatabase, unitId: string, year: number): Promise<UnitYearOf> {
  const followUp = await getFollowUp(db, unitId, year);
  if (!followUp) return { unitId, followUp, template: undefined, answers: [] };
  const [template, answers] = await Promise.all([
    getTemplate(db, followUp.templateId),
    listAnswers(db, followUp.id),
  ]);
  return { unitId, followUp, template, answers };
}

/**
 * The records behind the overview, live: each unit's follow-up (the node itself when it is a
 * unit), and the actions of every node shown. Read only: nothing is created by looking.
 */
export function useOverviewData(
  unitIds: readonly string[],
  nodeIds: readonly string[],
  year: number,
): OverviewData | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [units, actionLists] = await Promise.all([
      Promise.all(unitIds.map((id) => loadUnitYear(db, id, year))),
      Promise.all(nodeIds.map((id) => listNodeActions(db, id))),
    ]);
    return { units, actions: actionLists.flat() };
  }, [unitIds.join('|'), nodeIds.join('|'), year]);
}
