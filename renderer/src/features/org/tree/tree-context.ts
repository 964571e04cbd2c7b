import { createContext, useContext } from 'react';
import type { Identity, OrgNode } from '@shared/schemas';
import type { OrgTree } from '@shared/org/tree';
import type { FilterResult } from './tree-view';

/** The inline form open in the tree, if any: renaming a node or adding a child under it. */
export type Editing = { kind: 'rename' | 'add'; id: string } | null;

/** What gets focus after an action re-renders or moves a row. */
export type FocusTarget = 'toggle' | 'name' | 'add' | 'rename' | 'move' | 'archive' | 'restore';
/**
 * `parentId`, after a move: the row takes focus only once it stands under its new parent (the
 * database answers after the dialog closes, so the row first re-renders in its old place).
 */
export type FocusRequest = { id: string; target: FocusTarget; parentId?: string } | null;

/** Everything a row needs from the tree card: the shown tree, its state and its actions. */
export interface TreeState {
  tree: OrgTree;
  identity: Identity;
  filter: FilterResult | null;
  isOpen(node: OrgNode): boolean;
  toggle(node: OrgNode): void;
  editing: Editing;
  /** Closing a form (editing null) can say where focus goes back to. */
  setEditing(editing: Editing, focusAfter?: FocusRequest): void;
  /** Both reject with a Swedish message that the inline form shows. */
  rename(node: OrgNode, name: string): Promise<void>;
  addChild(parent: OrgNode, name: string): Promise<void>;
  askMove(node: OrgNode): void;
  askArchive(node: OrgNode): void;
  restore(node: OrgNode): void;
  focusRequest: FocusRequest;
  focusDone(): void;
}

export const TreeContext = createContext<TreeState | null>(null);

export function useTreeState(): TreeState {
  const state = useContext(TreeContext);
  if (!state) throw new Error('useTreeState utanför TreeContext');
  return state;
}
