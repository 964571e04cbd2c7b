import { actionSchema, type Action } from '@shared/schemas';
import type { SamDatabase } from './db';
import { requireNode } from './guards';
import { validate } from './validate';

/** A node's action plan for the year in which the actions were decided. */
export function listActions(db: SamDatabase, nodeId: string, year: number): Promise<Action[]> {
  return db.actions.where('[nodeId+year]').equals([nodeId, year]).toArray();
}

export function getAction(db: SamDatabase, id: string): Promise<Action | undefined> {
  return db.actions.get(id);
}

export async function saveAction(db: SamDatabase, action: Action): Promise<Action> {
  const row = validate(actionSchema, action);
  return db.transaction('rw', db.actions, db.orgNodes, async () => {
    await requireNode(db, row.nodeId);
    await db.actions.put(row);
    return row;
  });
}

export async function deleteAction(db: SamDatabase, id: string): Promise<void> {
  await db.actions.delete(id);
}
