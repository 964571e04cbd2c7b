import { identitySchema, type Identity, type Level, type Role } from '@shared/schemas';
import type { SamDatabase } from './db';
import { RepositoryError } from './errors';
import { requireNode } from './guards';
import { sv } from './messages';
import { createNode } from './org-repo';
import { validate } from './validate';

/** What a fresh installation shows before the user has chosen a node and role. */
export function defaultIdentity(): Identity {
  return {
    id: 'self',
    nodeId: null,
    role: null,
    userName: '',
    levelNames: ['Enhet', 'Verksamhet', 'Förvaltning', 'Kommun'],
  };
}

/** This installation's identity; the default (not stored) until it has been saved once. */
export async function getIdentity(db: SamDatabase): Promise<Identity> {
  return (await db.identity.get('self')) ?? defaultIdentity();
}

export async function saveIdentity(db: SamDatabase, identity: Identity): Promise<Identity> {
  const row = validate(identitySchema, identity);
  return db.transaction('rw', db.identity, db.orgNodes, async () => {
    if (row.nodeId !== null) await requireNode(db, row.nodeId);
    await db.identity.put(row);
    return row;
  });
}

/** The first start's form: one chain from the municipality down to a unit, and who acts here. */
export interface NewOrganisation {
  /** Names from level 4 (municipality) down to level 1 (unit). */
  names: { 4: string; 3: string; 2: string; 1: string };
  role: Role;
  userName: string;
  /** Which of the four new nodes this installation acts for. */
  actsForLevel: Level;
}

/**
 * Sets up an empty installation in one transaction: four nodes, one per level, and the identity
 * acting for one of them. Refused when an organisation already exists, so a second click or a
 * second tab cannot build a parallel tree.
 */
export function setUpOrganisation(db: SamDatabase, input: NewOrganisation): Promise<Identity> {
  return db.transaction('rw', db.orgNodes, db.identity, async () => {
    if ((await db.orgNodes.count()) > 0) throw new RepositoryError(sv.organisationExists);
    let parentId: string | null = null;
    let actsFor: string | null = null;
    for (const level of [4, 3, 2, 1] as const) {
      const node = await createNode(db, { parentId, level, name: input.names[level].trim() });
      if (level === input.actsForLevel) actsFor = node.id;
      parentId = node.id;
    }
    const identity = await getIdentity(db);
    return saveIdentity(db, {
      ...identity,
      nodeId: actsFor,
      role: input.role,
      userName: input.userName.trim(),
    });
  });
}
