import { identitySchema, type Identity } from '@shared/schemas';
import type { SamDatabase } from './db';
import { requireNode } from './guards';
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
