import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Identity, OrgNode } from '@shared/schemas';
import { buildOrgTree, type OrgTree } from '@shared/org/tree';
import { defaultFollowUpYear } from '@shared/followup-year';
import { getDb, getIdentity, getSetting, listNodes, setSetting } from '../data';

const ACTIVE_NODE_KEY = 'ui.activeNodeId';
const YEAR_KEY = 'ui.year';

/**
 * What every screen works on: this installation's identity, the organisation, the node being
 * looked at (the identity's own node or one below it) and the follow-up year.
 */
export interface WorkContextValue {
  identity: Identity;
  nodes: OrgNode[];
  tree: OrgTree;
  /** The node the screens show; null before an organisation exists. */
  activeNode: OrgNode | null;
  year: number;
  setActiveNode(id: string): Promise<void>;
  setYear(year: number): Promise<void>;
  /** True when this installation writes for that node: its own node (one writer per node). */
  canEdit(nodeId: string): boolean;
}

const Context = createContext<WorkContextValue | null>(null);

interface Loaded {
  identity: Identity;
  nodes: OrgNode[];
  activeNodeId: string | null;
  year: number;
}

async function load(): Promise<Loaded> {
  const db = getDb();
  const [identity, nodes, activeNodeId, year] = await Promise.all([
    getIdentity(db),
    listNodes(db, { includeArchived: true }),
    getSetting(db, ACTIVE_NODE_KEY),
    getSetting(db, YEAR_KEY),
  ]);
  return {
    identity,
    nodes,
    activeNodeId: typeof activeNodeId === 'string' ? activeNodeId : null,
    year: typeof year === 'number' ? year : defaultFollowUpYear(new Date()),
  };
}

/** Shown until the first read of the database has answered. */
function Loading() {
  return <p className="loading">…</p>;
}

export function WorkContextProvider({ children }: { children: ReactNode }) {
  const loaded = useLiveQuery(load, []);
  const setActiveNode = useCallback((id: string) => setSetting(getDb(), ACTIVE_NODE_KEY, id), []);
  const setYear = useCallback((year: number) => setSetting(getDb(), YEAR_KEY, year), []);

  const value = useMemo((): WorkContextValue | null => {
    if (!loaded) return null;
    const tree = buildOrgTree(loaded.nodes);
    const ownId = loaded.identity.nodeId;
    // The active node must lie within the identity's subtree; otherwise fall back to the own node.
    const candidate = loaded.activeNodeId ? tree.byId.get(loaded.activeNodeId) : undefined;
    const inScope = candidate && (ownId === null || tree.isWithin(candidate.id, ownId));
    const activeNode =
      (inScope ? candidate : undefined) ??
      (ownId ? tree.byId.get(ownId) : undefined) ??
      tree.childrenOf(null)[0] ??
      null;
    return {
      identity: loaded.identity,
      nodes: loaded.nodes,
      tree,
      activeNode,
      year: loaded.year,
      setActiveNode,
      setYear,
      canEdit: (nodeId) => ownId === nodeId,
    };
  }, [loaded, setActiveNode, setYear]);

  if (!value) return <Loading />;
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useWork(): WorkContextValue {
  const value = useContext(Context);
  if (!value) throw new Error('useWork utanför WorkContextProvider');
  return value;
}
