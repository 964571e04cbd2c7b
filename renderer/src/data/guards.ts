import type { FollowUp, OrgNode, Template } from '@shared/schemas';
import type { SamDatabase } from './db';
import { RepositoryError } from './errors';
import { sv } from './messages';

/* Lookups that refuse a write pointing at a record that is not there; call inside the write's
   transaction so the check and the write see the same state. */

export async function requireNode(db: SamDatabase, id: string): Promise<OrgNode> {
  const node = await db.orgNodes.get(id);
  if (!node) throw new RepositoryError(sv.nodeMissing(id));
  return node;
}

export async function requireTemplate(db: SamDatabase, id: string): Promise<Template> {
  const template = await db.templates.get(id);
  if (!template) throw new RepositoryError(sv.templateMissing(id));
  return template;
}

export async function requireFollowUp(db: SamDatabase, id: string): Promise<FollowUp> {
  const followUp = await db.followUps.get(id);
  if (!followUp) throw new RepositoryError(sv.followUpMissing(id));
  return followUp;
}
