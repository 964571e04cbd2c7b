import { Dexie } from 'dexie';
import { actionsForFollowUp } from '@shared/actions';
import { actionSchema, type Action } from '@shared/schemas';
import type { SamDatabase } from './db';
import { RepositoryError } from './errors';
import { requireNode } from './guards';
import { sv } from './messages';
import { validate } from './validate';

/** A node's action plan for the year in which the actions were decided. */
export function listActions(db: SamDatabase, nodeId: string, year: number): Promise<Action[]> {
  return db.actions.where('[nodeId+year]').equals([nodeId, year]).toArray();
}

/** Every action of a node, whatever year it was decided in (open ones live on across years). */
export function listNodeActions(db: SamDatabase, nodeId: string): Promise<Action[]> {
  return db.actions
    .where('[nodeId+year]')
    .between([nodeId, Dexie.minKey], [nodeId, Dexie.maxKey])
    .toArray();
}

/** The actions the node's follow-up in `year` looks back on: last year's plan, in plan order. */
export async function listActionsForFollowUp(
  db: SamDatabase,
  nodeId: string,
  year: number,
): Promise<Action[]> {
  return actionsForFollowUp(await listActions(db, nodeId, year - 1), nodeId, year);
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

/* The two refusals below are specific to this function; kept here rather than in messages.ts. */
const followUpMessages = {
  actionMissing: (id: string) => `Åtgärden "${id}" finns inte.`,
  wrongYear: (actionYear: number, year: number) =>
    `En åtgärd från ${actionYear} följs upp i uppföljningen ${actionYear + 1}, inte ${year}.`,
};

/**
 * Records next year's look-back on an action: "har hanterats Ja/Nej, om nej orsak". Only the
 * follow-up of the year after the action's own can record it, and not while the node's follow-up
 * of that year is signed. A Ja keeps no reason; a Nej may be saved before its reason is written
 * (autosave), the UI asks for the reason.
 */
export async function recordActionFollowUp(
  db: SamDatabase,
  actionId: string,
  followUp: { year: number; handled: boolean; reason: string },
): Promise<Action> {
  return db.transaction('rw', db.actions, db.followUps, db.orgNodes, async () => {
    const stored = await db.actions.get(actionId);
    if (!stored) throw new RepositoryError(followUpMessages.actionMissing(actionId));
    if (followUp.year !== stored.year + 1) {
      throw new RepositoryError(followUpMessages.wrongYear(stored.year, followUp.year));
    }
    const nodeFollowUp = await db.followUps
      .where('[nodeId+year]')
      .equals([stored.nodeId, followUp.year])
      .first();
    if (nodeFollowUp?.status === 'signed') throw new RepositoryError(sv.followUpSigned);
    const row = validate(actionSchema, {
      ...stored,
      followUp: { ...followUp, reason: followUp.handled ? '' : followUp.reason },
    });
    await requireNode(db, row.nodeId);
    await db.actions.put(row);
    return row;
  });
}
