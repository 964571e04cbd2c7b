import { useLiveQuery } from 'dexie-react-hooks';
import type { Template } from '@shared/schemas';
import { countFollowUpsByTemplate, getDb, listTemplates } from '../../data';

export interface TemplatesData {
  /** Newest year first, highest version first within a year. */
  templates: Template[];
  /** Template id → how many follow-ups were answered against it. */
  followUps: ReadonlyMap<string, number>;
}

async function load(): Promise<TemplatesData> {
  const db = getDb();
  const [templates, followUps] = await Promise.all([
    listTemplates(db),
    countFollowUpsByTemplate(db),
  ]);
  templates.sort((a, b) => b.year - a.year || b.version - a.version);
  return { templates, followUps };
}

/** Every template version and its use, live: a publish or a new follow-up shows at once. */
export function useTemplatesData(): TemplatesData | undefined {
  return useLiveQuery(load, []);
}
