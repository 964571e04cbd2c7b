import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Answer, FollowUp, Summary, Template } from '@shared/schemas';
import {
  getDb,
  getFollowUp,
  getOrCreateFollowUp,
  getSummary,
  getTemplate,
  listAnswers,
  templateForUnit,
  type JsonValue,
} from '../../data';
import { loadDraft } from './follow-up-store';

/** Everything the form shows for one unit and year, read together. */
export interface FollowUpBundle {
  followUp: FollowUp;
  template: Template;
  answers: Answer[];
  summary: Summary | undefined;
  draft: JsonValue | undefined;
}

export type BundleState =
  | { kind: 'loading' }
  | { kind: 'notStarted' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; bundle: FollowUpBundle };

async function readBundle(unitId: string, year: number): Promise<FollowUpBundle | null> {
  const db = getDb();
  const followUp = await getFollowUp(db, unitId, year);
  if (!followUp) return null;
  const [template, answers, summary, draft] = await Promise.all([
    getTemplate(db, followUp.templateId),
    listAnswers(db, followUp.id),
    getSummary(db, unitId, year),
    loadDraft(db, followUp.id),
  ]);
  if (!template) throw new Error(followUp.templateId);
  return { followUp, template, answers, summary, draft };
}

/**
 * The unit's follow-up for the year, live. When this installation writes for the unit and there
 * is none yet, it is created against the template that applies to the unit (the nearest
 * administration's published version, else the default); others only ever read.
 */
export function useFollowUpBundle(
  unitId: string,
  pathIds: readonly string[],
  year: number,
  editable: boolean,
): BundleState {
  const [failure, setFailure] = useState<string | null>(null);
  const result = useLiveQuery(
    () =>
      readBundle(unitId, year).then(
        (bundle) => ({ bundle, error: null }),
        (error: unknown) => ({ bundle: null, error: String(error) }),
      ),
    [unitId, year],
  );
  const path = pathIds.join('\u0000');
  const missing = result !== undefined && result.bundle === null && result.error === null;

  useEffect(() => {
    if (!editable || !missing) return;
    const db = getDb();
    templateForUnit(db, path.split('\u0000'), year)
      .then((template) =>
        getOrCreateFollowUp(db, { nodeId: unitId, year, templateId: template.id }),
      )
      .catch((error: unknown) =>
        setFailure(error instanceof Error ? error.message : String(error)),
      );
  }, [editable, missing, path, unitId, year]);

  if (failure) return { kind: 'failed', message: failure };
  if (result === undefined) return { kind: 'loading' };
  if (result.error !== null) return { kind: 'failed', message: result.error };
  if (result.bundle === null) return editable ? { kind: 'loading' } : { kind: 'notStarted' };
  return { kind: 'ready', bundle: result.bundle };
}
