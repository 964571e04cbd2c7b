import { useLiveQuery } from 'dexie-react-hooks';
import type { TemplateSection } from '@shared/schemas';
import { defaultTemplate } from '@shared/templates';
import { getDb, getFollowUp, getTemplate, latestPublishedTemplate } from '../../data';

export interface TemplateQuestions {
  sections: readonly TemplateSection[];
  /** Question id → its text, for showing an action's source in words. */
  textOf: ReadonlyMap<string, string>;
}

/**
 * The checklist questions an action of this node and year can point to: the template the node's
 * follow-up was answered against, else the year's newest published one, else the built-in
 * default (question ids are stable across versions). Read only: looking creates nothing.
 */
export function useTemplateQuestions(nodeId: string, year: number): TemplateQuestions | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const followUp = await getFollowUp(db, nodeId, year);
    const template =
      (followUp ? await getTemplate(db, followUp.templateId) : undefined) ??
      (await latestPublishedTemplate(db, year)) ??
      defaultTemplate(year);
    const textOf = new Map<string, string>();
    for (const section of template.sections) {
      for (const question of section.questions) textOf.set(question.id, question.text);
    }
    return { sections: template.sections, textOf };
  }, [nodeId, year]);
}
