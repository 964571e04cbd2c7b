import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@shared/schemas';
import { levelBelow, levelName, levelNoun } from '../level-names';
import { InlineNameForm } from './InlineNameForm';
import { NodeActions } from './NodeActions';
import { useTreeState, type FocusTarget } from './tree-context';

/** One node of the tree with its row, its inline forms and (when open) the level below it. */
export function TreeNode({ node }: { node: OrgNode }) {
  const { t } = useTranslation();
  const state = useTreeState();
  const { tree, identity, filter, editing, focusRequest, focusDone } = state;
  const itemRef = useRef<HTMLLIElement>(null);

  // After an action re-renders or moves this row, focus goes to the asked-for control in the
  // row itself (not in the rows below it), or to the name when that control is gone.
  useEffect(() => {
    if (focusRequest?.id !== node.id) return;
    if (focusRequest.parentId !== undefined && focusRequest.parentId !== node.parentId) return;
    const row = itemRef.current?.querySelector(':scope > .org-node-row');
    const find = (target: FocusTarget) =>
      row?.querySelector<HTMLElement>(`[data-focus="${target}"]`);
    (find(focusRequest.target) ?? find('name'))?.focus();
    focusDone();
  }, [focusRequest, node.id, node.parentId, focusDone]);

  const kids = tree.childrenOf(node.id).filter((child) => !filter || filter.shown.has(child.id));
  const open = kids.length > 0 && (filter !== null || state.isOpen(node));
  const renaming = editing?.kind === 'rename' && editing.id === node.id;
  const adding = editing?.kind === 'add' && editing.id === node.id;
  const own = identity.nodeId === node.id;
  const childLevel = levelBelow(node.level);

  return (
    <li ref={itemRef} className={node.archived ? 'org-node org-node-archived' : 'org-node'}>
      <div className={`org-node-row org-node-level-${node.level}`}>
        {kids.length > 0 && !filter ? (
          <button
            data-focus="toggle"
            type="button"
            className="org-toggle"
            aria-expanded={open}
            aria-label={t('org.tree.toggle', { name: node.name })}
            onClick={() => state.toggle(node)}
          >
            <span aria-hidden="true" className="org-toggle-icon" />
          </button>
        ) : (
          <span className="org-toggle-spacer" />
        )}
        <span className="org-node-title">
          <span data-focus="name" tabIndex={-1} className="org-node-name">
            {node.name}
          </span>
          <span className={`org-badge org-badge-level-${node.level}`}>
            {levelName(identity, node.level)}
          </span>
          {node.archived ? (
            <span className="org-badge org-badge-archived">{t('org.tree.archivedBadge')}</span>
          ) : null}
          {own ? <span className="org-badge org-badge-own">{t('org.tree.ownBadge')}</span> : null}
          {!open && kids.length > 0 ? (
            <span className="org-node-count">
              {t('org.tree.childCount', { count: kids.length })}
            </span>
          ) : null}
        </span>
        <NodeActions node={node} />
      </div>
      {renaming ? (
        <InlineNameForm
          label={t('org.tree.newName', { name: node.name })}
          initial={node.name}
          submitLabel={t('org.tree.save')}
          onSubmit={(name) => state.rename(node, name)}
          onCancel={() => state.setEditing(null, { id: node.id, target: 'rename' })}
        />
      ) : null}
      {adding && childLevel ? (
        <InlineNameForm
          label={t('org.tree.childName', {
            level: levelNoun(identity, childLevel),
            name: node.name,
          })}
          initial=""
          submitLabel={t('org.tree.create')}
          onSubmit={(name) => state.addChild(node, name)}
          onCancel={() => state.setEditing(null, { id: node.id, target: 'add' })}
        />
      ) : null}
      {open ? (
        <ul className="org-tree-level">
          {kids.map((child) => (
            <TreeNode key={child.id} node={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
