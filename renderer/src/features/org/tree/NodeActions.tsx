import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@shared/schemas';
import { levelBelow, levelNoun } from '../level-names';
import { useTreeState, type FocusTarget } from './tree-context';

/** One column of the action grid: every row has all four, so the buttons line up down the tree. */
function Slot({ children }: { children?: ReactNode }) {
  return <span className="org-slot">{children}</span>;
}

function ActionButton({
  focus,
  label,
  text,
  danger,
  onClick,
}: {
  focus: FocusTarget;
  label: string;
  text: string;
  danger?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      data-focus={focus}
      type="button"
      className={danger ? 'org-action org-action-danger' : 'org-action'}
      aria-label={label}
      onClick={onClick}
    >
      {text}
    </button>
  );
}

/**
 * A node's buttons. Short visible text, and an accessible name that says which node it acts on
 * ("Byt namn på Vuxen 2"), since a screen reader's button list shows them out of context.
 */
export function NodeActions({ node }: { node: OrgNode }) {
  const { t } = useTranslation();
  const state = useTreeState();
  const name = node.name;

  if (node.archived) {
    // Below an archived node only the top of the archived branch is restored (with its subtree).
    const parent = node.parentId ? state.tree.byId.get(node.parentId) : undefined;
    return (
      <span className="org-node-actions">
        <Slot />
        <Slot />
        <Slot />
        <Slot>
          {parent?.archived ? null : (
            <ActionButton
              focus="restore"
              label={t('org.tree.restoreLabel', { name })}
              text={t('org.tree.restore')}
              onClick={() => state.restore(node)}
            />
          )}
        </Slot>
      </span>
    );
  }

  const childLevel = levelBelow(node.level);
  const childWord = childLevel ? levelNoun(state.identity, childLevel) : '';
  return (
    <span className="org-node-actions">
      <Slot>
        {childLevel ? (
          <ActionButton
            focus="add"
            label={t('org.tree.addLabel', { level: childWord, name })}
            text={t('org.tree.add', { level: childWord })}
            onClick={() => state.setEditing({ kind: 'add', id: node.id })}
          />
        ) : null}
      </Slot>
      <Slot>
        <ActionButton
          focus="rename"
          label={t('org.tree.renameLabel', { name })}
          text={t('org.tree.rename')}
          onClick={() => state.setEditing({ kind: 'rename', id: node.id })}
        />
      </Slot>
      <Slot>
        {node.level < 4 ? (
          <ActionButton
            focus="move"
            label={t('org.tree.moveLabel', { name })}
            text={t('org.tree.move')}
            onClick={() => state.askMove(node)}
          />
        ) : null}
      </Slot>
      <Slot>
        <ActionButton
          focus="archive"
          label={t('org.tree.archiveLabel', { name })}
          text={t('org.tree.archive')}
          danger
          onClick={() => state.askArchive(node)}
        />
      </Slot>
    </span>
  );
}
