import { useLiveQuery } from 'dexie-react-hooks';
import type { OrgNode, Template } from '@shared/schemas';
import { getDb, getFollowUp, getTemplate, listAnswers } from '../../data';
import { followUpStatus, progressOf, type FollowUpStatus } from './follow-up-status';
import { questionIds } from './form-model';

async function readStatuses(unitIds: readonly string[], year: number) {
  const db = getDb();
  const templates = new Map<string, Template | undefined>();
  const statuses = new Map<string, FollowUpStatus>();
  for (const unitId of unitIds) {
    const followUp = await getFollowUp(db, unitId, year);
    if (!followUp) {
      statuses.set(unitId, { kind: 'notStarted' });
      continue;
    }
    if (!templates.has(followUp.templateId))
      templates.set(followUp.templateId, await getTemplate(db, followUp.templateId));
    const template = templates.get(followUp.templateId);
    const ids = new Set(template ? questionIds(template) : []);
    const answers = (await listAnswers(db, followUp.id)).filter((a) => ids.has(a.questionId));
    const answered = progressOf(answers.map((a) => a.value)).answered;
    statuses.set(unitId, followUpStatus(followUp, { answered, total: ids.size }));
  }
  return statuses;
}

/** Each unit's follow-up status for the year, live (undefined while loading). */
export function useUnitStatuses(units: readonly OrgNode[], year: number) {
  const key = units.map((u) => u.id).join('\u0000');
  return useLiveQuery(() => readStatuses(key ? key.split('\u0000') : [], year), [key, year]);
}
