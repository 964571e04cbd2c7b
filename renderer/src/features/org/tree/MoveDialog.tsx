import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity, OrgNode } from '@shared/schemas';
import type { OrgTree } from '@shared/org/tree';
import { levelAbove, levelNoun } from '../level-names';
import { pathLabel } from './tree-view';

/**
 * "Flytta" (render only while open, keyed by the node): a new parent among the active nodes one level up, each shown with its path so that
 * two sections with the same name can be told apart. The data layer has the last word (levels,
 * loops); its Swedish message is shown here.
 */
export function MoveDialog({
  node,
  tree,
  identity,
  onMove,
  onClose,
}: {
  node: OrgNode;
  tree: OrgTree;
  identity: Identity;
  onMove: (node: OrgNode, parentId: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const selectId = useId();
  const [parentId, setParentId] = useState(node.parentId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Rendered only while open (keyed by node): open as a modal on mount, close on unmount.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const upLevel = levelAbove(node.level);
  const candidates = upLevel
    ? [...tree.byId.values()]
        .filter((n) => n.level === upLevel && !n.archived)
        .map((n) => ({ id: n.id, label: pathLabel(tree, n.id) }))
        .sort((a, b) => a.label.localeCompare(b.label, 'sv'))
    : [];
  const elsewhere = candidates.some((c) => c.id !== node.parentId);
  const levelWord = upLevel ? levelNoun(identity, upLevel) : '';

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onMove(node, parentId);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog org-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId}>{t('org.tree.moveTitle', { name: node.name })}</h2>
        <p className="help">{t('org.tree.moveHelp', { level: levelWord, name: node.name })}</p>
        {elsewhere ? (
          <div className="org-field">
            <label htmlFor={selectId} className="org-label">
              {t('org.tree.moveTo', { level: levelWord })}
            </label>
            <select
              id={selectId}
              value={parentId}
              onChange={(event) => setParentId(event.target.value)}
            >
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p>{t('org.tree.moveNowhere', { level: levelWord })}</p>
        )}
        <div role="alert" className="message-slot">
          {error ? <p className="error-message">{error}</p> : null}
        </div>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !elsewhere || parentId === node.parentId}
          >
            {t('org.tree.moveSubmit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
