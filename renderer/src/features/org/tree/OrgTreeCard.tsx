import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@shared/schemas';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { createNode, getDb, moveNode, renameNode, setArchivedWithSubtree } from '../../../data';
import { useWork } from '../../../shell/WorkContext';
import { levelBelow } from '../level-names';
import { MoveDialog } from './MoveDialog';
import { TreeContext, type Editing, type FocusRequest, type TreeState } from './tree-context';
import { TreeNode } from './TreeNode';
import { TreeToolbar } from './TreeToolbar';
import { filterTree, openByDefault, visibleTree, type ExpandMode } from './tree-view';

type Message = { kind: 'status' | 'error'; text: string } | null;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The organisation tree with its actions: add, rename, move, archive and restore nodes. */
export function OrgTreeCard() {
  const { t } = useTranslation();
  const { nodes, tree: fullTree, identity } = useWork();
  const headingId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const [query, setQuery] = useState('');
  const [mode, setMode] = useState<ExpandMode>('auto');
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [editing, setEditingState] = useState<Editing>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest>(null);
  const [moving, setMoving] = useState<OrgNode | null>(null);
  const [archiving, setArchiving] = useState<OrgNode | null>(null);
  const [message, setMessage] = useState<Message>(null);

  const tree = useMemo(() => visibleTree(nodes, showArchived), [nodes, showArchived]);
  // Typing stays responsive while a broad search re-renders thousands of rows behind it.
  const deferredQuery = useDeferredValue(query);
  const filter = useMemo(() => filterTree(tree, deferredQuery), [tree, deferredQuery]);
  const nodeCount = tree.byId.size;

  const isOpen = useCallback(
    (node: OrgNode) => toggled.get(node.id) ?? openByDefault(node, mode, nodeCount),
    [toggled, mode, nodeCount],
  );
  const open = (id: string) => setToggled((map) => new Map(map).set(id, true));
  const focusDone = useCallback(() => setFocusRequest(null), []);
  const setEditing = (next: Editing, focusAfter?: FocusRequest) => {
    setEditingState(next);
    if (focusAfter) setFocusRequest(focusAfter);
  };
  const say = (text: string) => setMessage({ kind: 'status', text });

  const state: TreeState = {
    tree,
    identity,
    filter,
    isOpen,
    toggle: (node) => setToggled((map) => new Map(map).set(node.id, !isOpen(node))),
    editing,
    setEditing,
    async rename(node, name) {
      await renameNode(getDb(), node.id, name);
      setEditing(null, { id: node.id, target: 'rename' });
      say(t('org.tree.renamed', { name }));
    },
    async addChild(parent, name) {
      const level = levelBelow(parent.level);
      if (level === null) return;
      await createNode(getDb(), { parentId: parent.id, level, name });
      open(parent.id);
      setEditing(null, { id: parent.id, target: 'add' });
      say(t('org.tree.created', { name, parent: parent.name }));
    },
    askMove: setMoving,
    askArchive: setArchiving,
    restore(node) {
      setMessage(null);
      setArchivedWithSubtree(getDb(), node.id, false)
        .then(() => {
          setFocusRequest({ id: node.id, target: 'archive' });
          say(t('org.tree.restored', { name: node.name }));
        })
        .catch((error: unknown) =>
          setMessage({ kind: 'error', text: t('org.tree.failed', { message: errorText(error) }) }),
        );
    },
    focusRequest,
    focusDone,
  };

  const onMove = async (node: OrgNode, parentId: string) => {
    await moveNode(getDb(), node.id, parentId);
    setMoving(null);
    open(parentId);
    setFocusRequest({ id: node.id, target: 'move', parentId });
    say(t('org.tree.moved', { name: node.name, parent: fullTree.byId.get(parentId)?.name ?? '' }));
  };

  const archiveCount = archiving
    ? fullTree.subtree(archiving.id).filter((n) => !n.archived).length - 1
    : 0;
  const ownInside = archiving
    ? identity.nodeId !== null && fullTree.isWithin(identity.nodeId, archiving.id)
    : false;
  const onArchive = () => {
    const node = archiving;
    setArchiving(null);
    if (!node) return;
    setArchivedWithSubtree(getDb(), node.id, true)
      .then(() => {
        const target = showArchived || !node.parentId ? node.id : node.parentId;
        setFocusRequest({ id: target, target: showArchived ? 'restore' : 'name' });
        say(
          archiveCount > 0
            ? t('org.tree.archivedWithChildren', { name: node.name, count: archiveCount })
            : t('org.tree.archived', { name: node.name }),
        );
      })
      .catch((error: unknown) =>
        setMessage({ kind: 'error', text: t('org.tree.failed', { message: errorText(error) }) }),
      );
  };

  const roots = tree.childrenOf(null).filter((n) => !filter || filter.shown.has(n.id));

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('org.tree.heading')}</h2>
      <p className="help">{t('org.tree.help')}</p>
      <TreeToolbar
        query={query}
        onQuery={setQuery}
        matches={filter?.matches ?? null}
        showArchived={showArchived}
        onShowArchived={setShowArchived}
        onExpand={(next) => {
          setMode(next);
          setToggled(new Map());
        }}
      />
      <div role="status" className="message-slot org-tree-message">
        {message?.kind === 'status' ? message.text : null}
      </div>
      <div role="alert" className="message-slot">
        {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
      </div>
      {filter && filter.matches === 0 ? <p>{t('org.tree.noMatches')}</p> : null}
      <TreeContext.Provider value={state}>
        <ul className="org-tree">
          {roots.map((root) => (
            <TreeNode key={root.id} node={root} />
          ))}
        </ul>
      </TreeContext.Provider>
      {moving ? (
        <MoveDialog
          key={moving.id}
          node={moving}
          tree={fullTree}
          identity={identity}
          onMove={onMove}
          onClose={() => {
            setFocusRequest({ id: moving.id, target: 'move' });
            setMoving(null);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={archiving !== null}
        title={t('org.tree.archiveTitle', { name: archiving?.name ?? '' })}
        message={
          (archiveCount > 0
            ? t('org.tree.archiveMessageChildren', {
                name: archiving?.name ?? '',
                count: archiveCount,
              })
            : t('org.tree.archiveMessage', { name: archiving?.name ?? '' })) +
          (ownInside ? t('org.tree.archiveOwnNode') : '')
        }
        confirmLabel={t('org.tree.archive')}
        onConfirm={onArchive}
        onCancel={() => {
          if (archiving) setFocusRequest({ id: archiving.id, target: 'archive' });
          setArchiving(null);
        }}
      />
    </section>
  );
}
